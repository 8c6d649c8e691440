package org.upward.program.internal;

import java.time.Instant;
import java.util.List;

/**
 * A program template as its page and the API show it: {@code shipped} for the one that comes with Upward,
 * {@code lengthInDays} from its start to its end (a program made from it may run longer or shorter), its objectives'
 * statements and whether one of them has a measure Upward judges (what a program needs to leave DRAFT).
 */
record ProgramTemplateView(
        long id,
        String name,
        String description,
        boolean shipped,
        long lengthInDays,
        List<String> objectives,
        boolean measurable,
        Instant updatedAt) {}
