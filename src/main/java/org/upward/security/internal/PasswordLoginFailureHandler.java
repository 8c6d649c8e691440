package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed password login goes to /login?error. While single sign-on is required, every failed password login
 * goes to /login?sso-required: a break-glass admin's wrong password too, so that probing emails cannot tell the
 * break-glass admins from everyone else.
 */
class PasswordLoginFailureHandler implements AuthenticationFailureHandler {

    private final PasswordLoginPolicy policy;

    PasswordLoginFailureHandler(PasswordLoginPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // only SsoOnlyLogin is ever expired: Upward's accounts do not expire
        boolean ssoOnly = exception instanceof AccountExpiredException || policy.requiresSso();
        String target = ssoOnly ? "/login?sso-required" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
