package org.upward.impact.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The latest figures of each section of each program, kept with the {@link FigureStamp.Key} they were computed
 * under and given again only for an equal key. One entry per program and section, so it stays as small as the
 * number of programs viewed; past {@value #MOST_ENTRIES} entries it starts afresh.
 */
@Component
class FigureCache {

    static final int MOST_ENTRIES = 5_000;

    private record Slot(long programId, String section) {}

    private record Entry(FigureStamp.Key key, Object figures) {}

    private final Map<Slot, Entry> entries = new ConcurrentHashMap<>();

    <T> T get(FigureStamp.Key key, Supplier<T> compute) {
        Slot slot = new Slot(key.program().id(), key.section());
        Entry entry = entries.get(slot);
        if (entry != null && entry.key().equals(key)) {
            @SuppressWarnings("unchecked")
            T figures = (T) entry.figures();
            return figures;
        }
        T figures = compute.get();
        if (entries.size() >= MOST_ENTRIES) {
            entries.clear();
        }
        entries.put(slot, new Entry(key, figures));
        return figures;
    }
}
