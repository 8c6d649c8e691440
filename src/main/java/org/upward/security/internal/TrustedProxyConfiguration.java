package org.upward.security.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link TrustedProxyFilter} first, before Spring Session and Spring Security read the scheme or the
 * address. {@code server.forward-headers-strategy} is {@code none}, so nothing else reads forwarded headers.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxyConfiguration {

    @Bean
    TrustedProxies trustedProxies(@Value("${upward.trusted-proxies:}") String setting) {
        return TrustedProxies.parse(setting);
    }

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(TrustedProxies proxies) {
        FilterRegistrationBean<TrustedProxyFilter> registration =
                new FilterRegistrationBean<>(new TrustedProxyFilter(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
