package org.upward.intake;

/** Applying on a person's behalf, as other modules (the demo) may: the same rules as the person's own form. */
public interface Applicants {

    /** The person applies to the program; an ineligible one is refused with the rule, and nothing is stored. */
    ApplicationView apply(long programId, String email, ApplicationRequest request);
}
