package org.upward.startup.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.upward.startup.MissingSettingException;

/**
 * Refuses to start without a database, before any bean needs one. Spring Boot would otherwise fail
 * later with advice about embedded databases that does not apply: PostgreSQL is the only database.
 */
@Component
class DatabaseSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            throw new MissingSettingException(
                    "Upward has no database configured.",
                    "Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db:5432/upward), SPRING_DATASOURCE_USERNAME"
                            + " and SPRING_DATASOURCE_PASSWORD to a PostgreSQL 16 database,"
                            + " or run ./mvnw spring-boot:run for the embedded demo.");
        }
    }
}
