package org.upward.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies and errors per action, kept for the requests that start inside the measured window (after the
 * warm-up); errors during the warm-up are counted apart. Also counts every 201 answer to a session log, warm-up
 * included, for the database check.
 */
final class Measurements {

    private static final int ERROR_EXAMPLES = 8;

    private final Map<Action, Samples> samples = new EnumMap<>(Action.class);
    private final List<String> errorExamples = new ArrayList<>();
    private final AtomicLong warmUpErrors = new AtomicLong();
    private final AtomicLong sessionsCreated = new AtomicLong();
    private final AtomicLong sessionsUnanswered = new AtomicLong();
    private final List<Long> sessionIds = new ArrayList<>();
    private final Map<Long, Integer> checkIns = new java.util.HashMap<>();
    private final long measureFrom;
    private final long measureUntil;

    Measurements(long measureFromNanos, long measureUntilNanos) {
        this.measureFrom = measureFromNanos;
        this.measureUntil = measureUntilNanos;
        for (Action action : Action.values()) {
            samples.put(action, new Samples());
        }
    }

    long measureUntil() {
        return measureUntil;
    }

    void sessionCreated() {
        sessionsCreated.incrementAndGet();
    }

    long sessionsCreated() {
        return sessionsCreated.get();
    }

    /** A session log that got no answer (time-out, broken connection): it may or may not have been committed. */
    void sessionUnanswered() {
        sessionsUnanswered.incrementAndGet();
    }

    long sessionsUnanswered() {
        return sessionsUnanswered.get();
    }

    /** A session log acknowledged with 201 and the id it answered. */
    synchronized void sessionAcknowledged(long id) {
        sessionIds.add(id);
    }

    synchronized List<Long> acknowledgedSessions() {
        return List.copyOf(sessionIds);
    }

    /** A check-in acknowledged (201 or 200) with its id and the rating it stored; a later answer replaces it. */
    synchronized void checkInAcknowledged(long id, int rating) {
        checkIns.put(id, rating);
    }

    synchronized Map<Long, Integer> acknowledgedCheckIns() {
        return Map.copyOf(checkIns);
    }

    /** A request that started at {@code startNanos}; {@code error} describes what went wrong, or is null. */
    void record(Action action, long startNanos, long endNanos, String error) {
        boolean measured = startNanos >= measureFrom && startNanos < measureUntil;
        if (error != null) {
            synchronized (errorExamples) {
                if (errorExamples.size() < ERROR_EXAMPLES) {
                    errorExamples.add((measured ? "" : "(warm-up) ") + action.label + ": " + error);
                }
            }
            if (!measured) {
                warmUpErrors.incrementAndGet();
            }
        }
        if (measured) {
            samples.get(action).add(endNanos - startNanos, error != null);
        }
    }

    long warmUpErrors() {
        return warmUpErrors.get();
    }

    List<String> errorExamples() {
        synchronized (errorExamples) {
            return List.copyOf(errorExamples);
        }
    }

    /** The figures of one action. */
    Figures of(Action action) {
        return samples.get(action).figures();
    }

    /** The figures of all actions of the mix together (the health probe is not of the mix). */
    Figures overall() {
        Samples all = new Samples();
        samples.forEach((action, of) -> {
            if (action.role != Role.PROBE) {
                all.addAll(of);
            }
        });
        return all.figures();
    }

    /** Count, errors and latency percentiles in milliseconds (nearest rank). */
    record Figures(int count, long errors, double p50, double p95, double p99, double max) {}

    private static final class Samples {

        private long[] nanos = new long[1024];
        private int size;
        private long errors;

        synchronized void add(long elapsed, boolean error) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = elapsed;
            if (error) {
                errors++;
            }
        }

        synchronized void addAll(Samples other) {
            synchronized (other) {
                for (int i = 0; i < other.size; i++) {
                    add(other.nanos[i], false);
                }
                errors += other.errors;
            }
        }

        synchronized Figures figures() {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            return new Figures(size, errors, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), at(sorted, 1.0));
        }

        private static double at(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
        }
    }
}
