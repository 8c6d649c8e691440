package org.upward.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.PageRequest;

/**
 * The one paging rule of every list, API and page alike: {@code page} counts from 0 up to {@link #MAX_PAGE},
 * {@code size} is 1 to {@link #MAX_SIZE} (default {@link #DEFAULT_SIZE}). The API refuses anything else with 400
 * naming the parameter ({@link #request}, {@link #slice}); a page of the app clamps instead and shows the last
 * page when asked for one past the end ({@link #shown}).
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** Far beyond any real list, and small enough that {@code page * size} never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {}

    /** The page an API call asks for, or {@link MalformedRequestException} naming {@code page} or {@code size}. */
    public static PageRequest request(int page, int size) {
        check(page, size);
        return PageRequest.of(page, size);
    }

    /** One page of a list already in memory, as the API returns it; the same checks as {@link #request}. */
    public static <T> PageView<T> slice(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new PageView<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    /**
     * For pages: runs {@code query} for the page asked for, clamped into range, and again for the last page when
     * that one is past the end of a non-empty list, so an old or hand-typed link still shows rows.
     */
    public static <P> P shown(int page, int size, Function<PageRequest, P> query, ToLongFunction<P> total) {
        int rows = Math.min(Math.max(size, 1), MAX_SIZE);
        int asked = Math.min(Math.max(page, 0), MAX_PAGE);
        P found = query.apply(PageRequest.of(asked, rows));
        long count = total.applyAsLong(found);
        if (count > 0 && (long) asked * rows >= count) {
            return query.apply(PageRequest.of((int) ((count - 1) / rows), rows));
        }
        return found;
    }

    private static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new MalformedRequestException("page", UiText.of("web.error.pageOutOfRange", MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new MalformedRequestException("size", UiText.of("web.error.sizeOutOfRange", MAX_SIZE));
        }
    }
}
