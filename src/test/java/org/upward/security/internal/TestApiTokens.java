package org.upward.security.internal;

import org.springframework.context.ApplicationContext;

/**
 * API tokens for benchmarks and load tests that call the API with a Bearer token as integrations do: issued
 * by the token service, as {@code POST /api/v1/tokens} issues them, for accounts that have no password to sign
 * in with.
 *
 * <p>Here, in the security module's package, because the token service is package-private; public so tests
 * of other packages can use it.
 */
public final class TestApiTokens {

    private TestApiTokens() {}

    /** A new live token of the account, named {@code name}: the token itself, to send as a Bearer token. */
    public static String issue(ApplicationContext app, long accountId, String name) {
        return app.getBean(ApiTokenService.class).issue(accountId, name).token();
    }
}
