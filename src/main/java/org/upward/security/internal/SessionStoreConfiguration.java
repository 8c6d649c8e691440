package org.upward.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Requests at the same time in one browser session (two tabs, a double click) each read the session, add an
 * attribute (the CSRF token, a flash message) and write it back. Spring Session JDBC's plain INSERT of an added
 * attribute failed with a duplicate key when another request had just stored the same one, and its plain UPDATE
 * of a changed attribute was lost when another request had just removed it. Both writes are upserts on
 * PostgreSQL, and neither stores anything for a session that a concurrent request (a logout) has deleted.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String UPSERT_ATTRIBUTE =
            """
            INSERT INTO %%TABLE_NAME%%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT A.ID, A.NAME, A.BYTES FROM (VALUES (?, ?, ?)) AS A (%s)
            WHERE EXISTS (SELECT 1 FROM %%TABLE_NAME%% S WHERE S.PRIMARY_ID = A.ID)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** The parameters in the order Spring Session sets them for an added attribute. */
    static final String CREATE_ATTRIBUTE = UPSERT_ATTRIBUTE.formatted("ID, NAME, BYTES");

    /** The parameters in the order Spring Session sets them for a changed attribute. */
    static final String UPDATE_ATTRIBUTE = UPSERT_ATTRIBUTE.formatted("BYTES, ID, NAME");

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAreUpserted() {
        return sessions -> {
            sessions.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
            sessions.setUpdateSessionAttributeQuery(UPDATE_ATTRIBUTE);
        };
    }
}
