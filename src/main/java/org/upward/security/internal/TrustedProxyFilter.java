package org.upward.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers ({@code Forwarded}, {@code X-Forwarded-Proto}, {@code -Host}, {@code -Port}, {@code -Prefix},
 * {@code -For}) count only on requests that come straight from a {@link TrustedProxies trusted proxy}: then the
 * request's scheme, host and port are the proxy's (Spring's {@link ForwardedHeaderFilter}) and its remote address
 * is the client's from {@code X-Forwarded-For}. From anyone else they are removed, so nothing downstream (HSTS,
 * the Secure cookie, redirects, the per-address login limit) can be steered by them.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    TrustedProxyFilter(TrustedProxies proxies) {
        this.proxies = proxies;
        remove.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!proxies.trusts(request.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        apply.doFilter(
                request,
                response,
                (forwarded, answer) ->
                        chain.doFilter(new ClientAddress((HttpServletRequest) forwarded, client), answer));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The request as the client made it, seen from behind the proxy. */
    private static final class ClientAddress extends HttpServletRequestWrapper {

        private final String client;

        ClientAddress(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
