package se.finsam.handlingar.render;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's own logging ({@code XRLog}, which otherwise writes to stderr in its own format past
 * {@code logging.level}) through SLF4J under its logger names ({@code com.openhtmltopdf.load}, …), so the usual
 * {@code logging.level.com.openhtmltopdf=WARN} and the JSON log format apply to it.
 */
final class RendererLogging implements XRLogger {

    private static volatile boolean installed;

    private RendererLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (RendererLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new RendererLogging());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        switch (severity(level)) {
            case 4 -> logger.error(msg, th);
            case 3 -> logger.warn(msg, th);
            case 2 -> logger.info(msg, th);
            case 1 -> logger.debug(msg, th);
            default -> logger.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the Spring Boot logging configuration, not from the library
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return switch (severity(level(diagnostic))) {
            case 4 -> logger.isErrorEnabled();
            case 3 -> logger.isWarnEnabled();
            case 2 -> logger.isInfoEnabled();
            case 1 -> logger.isDebugEnabled();
            default -> logger.isTraceEnabled();
        };
    }

    @Override
    public void log(Diagnostic diagnostic) {
        log(diagnostic.getLogMessageId().getWhere(), level(diagnostic), diagnostic.getFormattedMessage(),
                diagnostic.getError());
    }

    /**
     * PDF/UA-1 requires a document title (dc:title), not a description: openhtmltopdf's warning that a document
     * without {@code <meta name="subject">} "will not be PDF/UA compliant" is wrong, so it is only a debug note.
     */
    private static Level level(Diagnostic diagnostic) {
        LogMessageId id = diagnostic.getLogMessageId();
        if (id == LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED) {
            return Level.FINE;
        }
        return diagnostic.getLevel();
    }

    private static int severity(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return 4;
        }
        if (value >= Level.WARNING.intValue()) {
            return 3;
        }
        if (value >= Level.INFO.intValue()) {
            return 2;
        }
        return value >= Level.FINE.intValue() ? 1 : 0;
    }
}
