package org.upward.security.internal;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Addresses refused for their characters answer like any bad request, never with Tomcat's bare page. Tomcat
 * passes an encoded slash ({@code %2F}) on, so Spring Security's firewall refuses it ({@link RejectedRequests});
 * what Tomcat still refuses itself ({@code %00}) is answered by {@link RejectedAddressValve}.
 */
@Configuration(proxyBeanMethods = false)
class RejectedAddressConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> rejectedAddressesAnswerLikeBadRequests() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
            factory.addEngineValves(new RejectedAddressValve());
        };
    }
}
