package org.upward.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A wrong password goes to /login?error; a password login while SSO is required goes to /login?sso-required. */
class PasswordLoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = requiresSso(exception) ? "/login?sso-required" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The user details service's exception reaches here wrapped by the authentication provider. */
    static boolean requiresSso(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PasswordLoginRequiresSsoException) {
                return true;
            }
        }
        return false;
    }
}
