package org.upward.security;

import java.util.List;

/**
 * Sets the roles an admin manages (ADMIN, EXECUTIVE). PARTICIPANT is not set by hand: it follows
 * from enrollments. The last enabled admin cannot take their own ADMIN role away.
 */
public interface AccountRoles {

    /** The emails of every account with the ADMIN role, for telling the admins something. */
    List<String> adminEmails();
}
