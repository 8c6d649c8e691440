package org.upward.impact.internal;

/**
 * Who takes part: enrolled per side, how many mentees are matched, pairs, swaps and withdrawals, and the share of
 * active pairs whose agreement both partners confirmed (the agreements themselves stay the pairs').
 */
record Participation(
        Figure enrolledMentors,
        Figure enrolledMentees,
        Figure matchRatePercent,
        Figure activePairs,
        Figure swapRatePercent,
        Figure withdrawalRatePercent,
        Figure agreementConfirmedPercent) {}
