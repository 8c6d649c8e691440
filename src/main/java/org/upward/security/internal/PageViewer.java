package org.upward.security.internal;

import java.util.Set;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.upward.security.Role;

/**
 * What the navigation of every page ({@code layout.html}: {@code @pageViewer.of(#authentication)}) shows the
 * visitor, worked out once per page: the same rules as {@code sec:authorize="isAuthenticated()"} and
 * {@code hasRole(…)}, which evaluated a security expression for each of the menu's items.
 */
@Component("pageViewer")
class PageViewer {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Which parts of the navigation the visitor sees. */
    public record Shown(boolean signedIn, boolean admin, boolean executive, boolean participant) {}

    public Shown of(Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication)) {
            return new Shown(false, false, false, false);
        }
        Set<String> authorities = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        return new Shown(
                true,
                authorities.contains(Role.ADMIN.authority()),
                authorities.contains(Role.EXECUTIVE.authority()),
                authorities.contains(Role.PARTICIPANT.authority()));
    }
}
