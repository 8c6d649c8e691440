package org.upward.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A wrong password goes to /login?error; a password login while SSO is required goes to /login?sso-required. */
class PasswordLoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // only SsoOnlyLogin is ever expired: Upward's accounts do not expire
        String target = exception instanceof AccountExpiredException ? "/login?sso-required" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
