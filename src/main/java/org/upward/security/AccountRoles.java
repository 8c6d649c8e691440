package org.upward.security;

import java.util.List;

/** Who holds a role, for other modules (roles are set by admins on the accounts pages and API). */
public interface AccountRoles {

    /** The emails of every account with the ADMIN role, for telling the admins something. */
    List<String> adminEmails();
}
