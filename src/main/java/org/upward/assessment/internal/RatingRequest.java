package org.upward.assessment.internal;

/** One skill rated from 1 (new to me) to 5 (I could teach it). */
record RatingRequest(String skill, Integer level) {}
