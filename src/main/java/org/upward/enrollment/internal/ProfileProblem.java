package org.upward.enrollment.internal;

/** One broken rule of a profile: the API field (e.g. {@code skillsOffered[1].level}), its CSV column, and why. */
record ProfileProblem(String field, String column, String message) {}
