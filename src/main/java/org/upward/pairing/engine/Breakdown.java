package org.upward.pairing.engine;

/** The three parts of a pair's score, each 0–100 with two decimals. */
public record Breakdown(double skillGap, double sharedInterest, double workStyle) {}
