package org.upward.assessment;

/** One skill rated from 1 (new to me) to 5 (I could teach it). */
public record RatingRequest(String skill, Integer level) {}
