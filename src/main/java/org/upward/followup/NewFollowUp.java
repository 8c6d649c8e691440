package org.upward.followup;

/** A follow-up as a partner writes it: its text (at most 500 characters) and its owner's email, one of the pair. */
public record NewFollowUp(String text, String owner) {}
