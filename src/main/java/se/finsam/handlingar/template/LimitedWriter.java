package se.finsam.handlingar.template;

import java.io.IOException;
import java.io.Writer;

/** Collects template output up to a number of characters; one more stops the template. */
final class LimitedWriter extends Writer {

    static final class LimitReached extends IOException {
        LimitReached() {
            super("Template output over limit");
        }
    }

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final long limit;

    LimitedWriter(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        if (out.length() + (long) length > limit) {
            throw new LimitReached();
        }
        out.append(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (out.length() + (long) length > limit) {
            throw new LimitReached();
        }
        out.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
