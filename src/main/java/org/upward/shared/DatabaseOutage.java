package org.upward.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by PostgreSQL being out of reach (stopped, restarting, network cut, no
 * connection free in time) from every other error: it is answered with 503 "temporarily unavailable",
 * not 500, and the request can simply be repeated once the database is back.
 */
public final class DatabaseOutage {

    public static String title() {
        return UiText.of("web.error.temporarilyUnavailable");
    }

    public static String detail() {
        return UiText.of("web.error.databaseOutOfReach");
    }

    /** Seconds a client is asked to wait before retrying. */
    public static final String RETRY_AFTER = "30";

    /** Hikari's words (without a SQLSTATE) for a pooled connection that died, e.g. rolling back after a cut. */
    private static final String CLOSED = "Connection is closed";

    private DatabaseOutage() {}

    /** Whether anything in the cause chain says the database could not be reached or dropped the connection. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (isConnectionState(sql.getSQLState()) || CLOSED.equals(sql.getMessage()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01..57P03 (server shutting down or starting). */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
