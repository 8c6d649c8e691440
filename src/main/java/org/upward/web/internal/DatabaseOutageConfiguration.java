package org.upward.web.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ViewResolver;

/** Puts {@link DatabaseOutageFilter} in front of Spring Session (order -2147483598) and Spring Security. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    /** After the character encoding filter (highest precedence), before everything that reads the session. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            @Qualifier("thymeleafViewResolver") ViewResolver views) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(views));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
