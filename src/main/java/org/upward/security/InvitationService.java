package org.upward.security;

/** Invites people: a disabled account and a one-time, expiring link to choose a password. */
public interface InvitationService {

    IssuedInvitation invite(String email, long invitedByAccountId);
}
