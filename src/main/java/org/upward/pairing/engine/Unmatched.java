package org.upward.pairing.engine;

/** A participant the run leaves unmatched, with the reason in a code and in words. */
public record Unmatched(long personId, Side side, UnmatchedReason reason, String explanation) {}
