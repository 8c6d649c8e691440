package org.upward.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The catch-all rule of the security chains. An address that no controller answers lets a signed-in person
 * through, so they get the honest 404 instead of "not for your role"; a visitor still goes to the login. An
 * address a controller does answer but no explicit rule names stays denied, so a forgotten rule never opens
 * a page or an endpoint.
 */
@Component
class UnmappedAddresses implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<HandlerMappingIntrospector> introspector;

    UnmappedAddresses(ObjectProvider<HandlerMappingIntrospector> introspector) {
        this.introspector = introspector;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        return new AuthorizationDecision(signedIn && !answeredByAController(context.getRequest()));
    }

    private boolean answeredByAController(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : introspector.getObject().getHandlerMappings()) {
                if (mapping instanceof RequestMappingInfoHandlerMapping controllers
                        && controllers.getHandler(request) != null) {
                    return true;
                }
            }
            return false;
        } catch (Exception mappedButRefused) {
            // e.g. a known address with another method: a controller answers it, so the rule stays "deny"
            return true;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(previous, request);
            }
        }
    }
}
