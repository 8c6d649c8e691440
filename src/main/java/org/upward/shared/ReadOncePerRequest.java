package org.upward.shared;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps a value read from the database for the rest of the same GET request, so that the several features a page
 * gathers (each checking the same pair, program or person) read it once rather than once each. Only GET requests:
 * they change none of what is kept, so nothing kept can be out of date; any other request, and work outside a
 * request (jobs, listeners), always reads. Keep only immutable values.
 */
public final class ReadOncePerRequest {

    private static final String PREFIX = ReadOncePerRequest.class.getName() + ".";

    private ReadOncePerRequest() {}

    /** The value kept under {@code key} in this GET request, read by {@code read} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> read) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)
                || !"GET".equals(servlet.getRequest().getMethod())) {
            return read.get();
        }
        String name = PREFIX + key;
        Object kept = servlet.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (kept != null) {
            return (T) kept;
        }
        T value = read.get();
        if (value != null) {
            servlet.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }
}
