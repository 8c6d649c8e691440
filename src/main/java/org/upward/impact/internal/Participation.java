package org.upward.impact.internal;

/** Who takes part: enrolled per side, how many mentees are matched, pairs, swaps and withdrawals. */
record Participation(
        Figure enrolledMentors,
        Figure enrolledMentees,
        Figure matchRatePercent,
        Figure activePairs,
        Figure swapRatePercent,
        Figure withdrawalRatePercent) {}
