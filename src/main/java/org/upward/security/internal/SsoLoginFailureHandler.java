package org.upward.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused single sign-on (unknown or unverified email) shows a page saying so and whom to ask, with 403;
 * any other failure (provider error, expired login attempt) goes back to the login page.
 */
class SsoLoginFailureHandler implements AuthenticationFailureHandler {

    static final String REFUSED_PAGE = "/login/sso-refused";
    static final String REASON_ATTRIBUTE = "upward.sso.refusedReason";
    static final String EMAIL_ATTRIBUTE = "upward.sso.refusedEmail";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof SsoLoginRefusedException refused) {
            request.setAttribute(REASON_ATTRIBUTE, refused.reason());
            request.setAttribute(EMAIL_ATTRIBUTE, refused.email());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(REFUSED_PAGE).forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?sso-error");
    }
}
