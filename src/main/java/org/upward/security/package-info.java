/**
 * Accounts, roles, invitations, API tokens, provisioning tokens (SCIM), single sign-on, login throttling (a person who
 * left the company cannot sign in), and the security chains: the areas'
 * defaults and every module's {@link org.upward.security.AccessRules}, applied in their order.
 */
@ApplicationModule(
        displayName = "Accounts and security",
        allowedDependencies = {"people", "shared", "startup"})
package org.upward.security;

import org.springframework.modulith.ApplicationModule;
