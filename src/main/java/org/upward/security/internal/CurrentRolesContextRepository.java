package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/**
 * Where the pages keep the signed-in user (the session in PostgreSQL, as Spring Security does by default), with
 * one difference: whenever a request needs the user, their roles are read again from the database. A role an
 * admin gives or takes away (or an enrollment that begins or ends) counts from the person's next request, in
 * every session and on every instance; a session whose account is gone or disabled is ended.
 */
class CurrentRolesContextRepository implements SecurityContextRepository {

    private final SecurityContextRepository stored = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SignedInUsers users;

    CurrentRolesContextRepository(SignedInUsers users) {
        this.users = users;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext context = stored.loadDeferredContext(request);
        return new DeferredSecurityContext() {

            private SecurityContext current;

            @Override
            public SecurityContext get() {
                if (current == null) {
                    current = refreshed(context.get(), request);
                }
                return current;
            }

            @Override
            public boolean isGenerated() {
                return context.isGenerated();
            }
        };
    }

    private SecurityContext refreshed(SecurityContext context, HttpServletRequest request) {
        Authentication signedIn = context.getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof UpwardUser user)) {
            return context;
        }
        Optional<Set<Role>> roles = users.currentRoles(user);
        if (roles.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return SecurityContextHolder.createEmptyContext();
        }
        if (roles.get().equals(user.roles())) {
            return context;
        }
        UpwardUser now = user.withRoles(roles.get());
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
        updated.setDetails(signedIn.getDetails());
        SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
        refreshed.setAuthentication(updated);
        HttpSession session = request.getSession(false);
        if (session != null) {
            // the session remembers the new roles, so the next request finds nothing to change
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, refreshed);
        }
        return refreshed;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        stored.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return stored.containsContext(request);
    }
}
