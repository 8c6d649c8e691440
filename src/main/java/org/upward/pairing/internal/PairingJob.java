package org.upward.pairing.internal;

import java.time.Instant;

/** The latest background pairing run of a program, as the review page shows it. */
record PairingJob(State state, Instant startedAt, Instant finishedAt, String message) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
