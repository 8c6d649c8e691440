package org.upward.impact.internal;

/**
 * The privacy rule of every impact figure: a figure built from fewer than {@link #MINIMUM} people is
 * suppressed, so nobody can read one person's answers out of an aggregate.
 */
final class SmallGroups {

    public static final int MINIMUM = 5;

    private SmallGroups() {}

    public static boolean suppressed(long people) {
        return people < MINIMUM;
    }
}
