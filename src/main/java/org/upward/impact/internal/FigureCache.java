package org.upward.impact.internal;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.upward.shared.KeptUntilChanged;

/**
 * The latest figures of each section of each program, kept with the {@link FigureStamp.Key} they were computed
 * under and given again only for an equal key. One entry per program and section, so it stays as small as the
 * number of programs viewed; past {@value #MOST_ENTRIES} entries it starts afresh.
 */
@Component
class FigureCache {

    static final int MOST_ENTRIES = 5_000;

    private record Slot(long programId, String section) {}

    private final KeptUntilChanged<Slot, Object> kept = new KeptUntilChanged<>(MOST_ENTRIES);

    <T> T get(FigureStamp.Key key, Supplier<T> compute) {
        @SuppressWarnings("unchecked")
        T figures = (T) kept.get(new Slot(key.program().id(), key.section()), key, compute::get);
        return figures;
    }
}
