package org.upward.impact.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages in the application's log, under its own logger names ({@code com.openhtmltopdf.*}),
 * instead of on standard error through its own console handler. Its INFO lines (timings, "using fast mode") are
 * DEBUG here; its warnings (a CSS rule it cannot apply) stay warnings.
 */
final class PdfRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (level.intValue() >= Level.CONFIG.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the application's logging configuration sets the levels
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        if (level >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return level >= Level.CONFIG.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
