package org.upward.security;

/**
 * Tells whether a person takes part in a program, which gives them the PARTICIPANT role. Implemented by
 * the feature that owns enrollments, so that security does not depend on it.
 */
public interface ParticipantRoleSource {

    boolean isParticipant(String email);
}
