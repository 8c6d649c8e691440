package org.upward.intake;

/** How many applications wait for an admin's decision: what the admin's to-do list asks. */
public interface ApplicationsAwaiting {

    /** Pending applications of the program whose manager has approved, or that need no manager's approval. */
    long forDecision(long programId);
}
