package org.upward.program.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramView;
import org.upward.shared.ChangeCounts;
import org.upward.shared.KeptUntilChanged;

/**
 * Each program's latest view, kept with the database's counts of changes to the program's own tables (V49) and to
 * the people and skills it names (V48), and given again only while both counts are the same. The counts are read
 * before the view is built, so a kept view is never older than the data, on any instance; a transaction that has
 * written something builds its own view and keeps nothing.
 */
@Component
class ProgramViewCache {

    static final int MOST_ENTRIES = 5_000;

    private final KeptUntilChanged<Long, ProgramView> views = new KeptUntilChanged<>(MOST_ENTRIES);
    private final ChangeCounts counts;

    ProgramViewCache(ChangeCounts counts) {
        this.counts = counts;
    }

    ProgramView get(long programId, Supplier<ProgramView> build) {
        Optional<List<Long>> changes = counts.of(programId, "program", "company");
        return changes.isEmpty() ? build.get() : views.get(programId, changes.get(), build);
    }
}
