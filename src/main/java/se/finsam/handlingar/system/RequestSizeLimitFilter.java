package se.finsam.handlingar.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code handlingar.max-request-size} with 413, also when no length is announced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    RequestSizeLimitFilter(HandlingarProperties properties) {
        this.limit = properties.maxRequestSize().toBytes();
    }

    /**
     * Every request is limited, whatever its path. The one exception is decided on the path as the container decoded
     * and normalised it (the one Spring routes by), never on the raw URI, so {@code /%61pi/checks} is limited like
     * {@code /api/checks}.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // PDF uploads for distribution have their own, larger limit (handlingar.distribution.max-upload-size),
        // enforced while the body is read
        // and so do PDFs sent for signature validation (handlingar.signing.max-validation-size)
        String path = decodedPath(request);
        return UPLOADS.equals(path) || SIGNATURE_VALIDATION.equals(path);
    }

    static final String UPLOADS = "/api/distribution/uploads";
    static final String SIGNATURE_VALIDATION = "/api/signatures/validation";

    private static String decodedPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            reject(response);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                reject(response);
            }
        } catch (ServletException e) {
            if (hasCause(e, BodyTooLargeException.class) && !response.isCommitted()) {
                response.reset();
                reject(response);
            } else {
                throw e;
            }
        }
    }

    private static boolean hasCause(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void reject(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"För stor begäran","status":413,\
                "detail":"Begärans innehåll är större än gränsen på %d byte (handlingar.max-request-size).",\
                "errors":[{"pointer":"","message":"För stor begäran"}]}""".formatted(limit));
    }

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("Request body over limit");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream delegate = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = delegate.read();
                        if (b >= 0 && ++count > limit) {
                            throw new BodyTooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = delegate.read(buf, off, len);
                        if (n > 0 && (count += n) > limit) {
                            throw new BodyTooLargeException();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return delegate.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        delegate.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
