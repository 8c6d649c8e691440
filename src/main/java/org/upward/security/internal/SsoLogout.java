package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.upward.security.UpwardUser;

/**
 * Logging out of a session that began with single sign-on also ends the session at the identity provider
 * (OpenID Connect RP-initiated logout), which then sends the person back to Upward's login page. The session keeps
 * the ID token from the login because the signed-in principal is the plain {@link UpwardUser}; a password session,
 * or a provider without an end-session endpoint, simply goes to the login page.
 */
class SsoLogout implements LogoutHandler, LogoutSuccessHandler {

    static final String ID_TOKEN = SsoLogout.class.getName() + ".idToken";

    private final ClientRegistration registration;

    SsoLogout(ClientRegistration registration) {
        this.registration = registration;
    }

    /** Runs before the session is invalidated, to carry the ID token over to {@link #onLogoutSuccess}. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ID_TOKEN) != null) {
            request.setAttribute(ID_TOKEN, session.getAttribute(ID_TOKEN));
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String loggedOut = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/login")
                .query("logout")
                .toUriString();
        Object idToken = request.getAttribute(ID_TOKEN);
        Object endSession =
                registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (idToken == null || endSession == null) {
            response.sendRedirect(loggedOut);
            return;
        }
        response.sendRedirect(UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("id_token_hint", idToken)
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", loggedOut)
                .encode()
                .build()
                .toUriString());
    }
}
