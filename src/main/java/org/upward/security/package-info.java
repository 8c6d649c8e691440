/** Accounts, roles, invitations, API tokens, single sign-on, login throttling and the access rules of every page and endpoint. */
@ApplicationModule(
        displayName = "Accounts and security",
        allowedDependencies = {"people", "shared", "startup"})
package org.upward.security;

import org.springframework.modulith.ApplicationModule;
