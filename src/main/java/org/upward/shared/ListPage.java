package org.upward.shared;

import java.util.List;

/**
 * One page of rows a page shows out of a longer list, so a large program's tables stay a screenful: the rows,
 * the page number (from 0), the page size and how many rows there are in all.
 */
public record ListPage<T>(List<T> rows, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;

    /** The {@code page}-th page of {@code all}; a page past the end shows the last one. */
    public static <T> ListPage<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        int from = shown * size;
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), shown, size, all.size());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Position of the first row shown, counted from 1 (0 when there is none). */
    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return (long) page * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return last() < total;
    }

    /** Whether there is more than one page, so the page needs links between them. */
    public boolean paged() {
        return total > size;
    }
}
