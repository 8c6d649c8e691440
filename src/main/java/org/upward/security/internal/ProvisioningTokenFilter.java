package org.upward.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /scim/v2} requests by {@code Authorization: Bearer <provisioning token>}; an unknown or
 * revoked token is a SCIM 401 at once. The identity provider is no person: it gets only {@link #AUTHORITY}.
 */
class ProvisioningTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "SCIM_PROVISIONING";

    private static final String BEARER = "Bearer ";

    private final ProvisioningTokenService tokens;

    ProvisioningTokenFilter(ProvisioningTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        if (!tokens.authenticate(header.substring(BEARER.length()).trim())) {
            ScimErrorResponses.unauthorized()
                    .commence(request, response, new BadCredentialsException("Invalid provisioning token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "identity-provider", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
