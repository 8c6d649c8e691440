package org.upward.impact.internal;

import java.util.List;

/**
 * Whether a program did what it set out to do: each objective's verdict, and the return on its cost in percent
 * ({@code roi}), null until at least one business outcome is recorded (or without a cost).
 */
record ProgramResults(long programId, String status, List<ObjectiveResult> objectives, Double roi) {}
