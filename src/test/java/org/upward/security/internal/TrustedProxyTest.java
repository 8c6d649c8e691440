package org.upward.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.upward.security.internal.WebSecurityHeadersTest.fromTrustedProxy;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;

/**
 * Forwarded headers count only from the configured reverse proxies (upward.trusted-proxies, in tests
 * {@link #TRUSTED_PROXY}); from anyone else X-Forwarded-Host cannot rewrite redirects, X-Forwarded-Proto cannot
 * switch HSTS or the Secure cookie, and X-Forwarded-For cannot choose the address the login limit counts.
 */
class TrustedProxyTest extends IntegrationTest {

    @Autowired
    MutableClock clock;

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void forwardedHostAndProtoFromAnyoneElseChangeNothing() throws Exception {
        MockHttpServletResponse spoofed = answer(get("/admin")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https"));
        assertThat(spoofed.getRedirectedUrl()).isEqualTo("/login");
        assertThat(spoofed.getHeader("Strict-Transport-Security")).isNull();

        MockHttpServletResponse login = answer(post("/login")
                .param("email", MENTOR)
                .param("password", DEMO_PASSWORD)
                .with(csrf())
                .header("X-Forwarded-Host", "evil.example"));
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void forwardedHostAndProtoFromTheTrustedProxyCount() throws Exception {
        MockHttpServletResponse proxied = answer(get("/admin")
                .with(fromTrustedProxy())
                .header("X-Forwarded-Host", "upward.example.com")
                .header("X-Forwarded-Proto", "https"));
        assertThat(proxied.getRedirectedUrl()).isEqualTo("https://upward.example.com/login");
        assertThat(proxied.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    private void outOfFailures(String address) {
        jdbc.update(
                "insert into login_address_failure (address, failed_count, window_started_at) values (?, ?, ?)",
                address,
                ADDRESS_LIMIT,
                Timestamp.from(clock.instant()));
    }

    private int basicVia(String remoteAddress, String forwardedFor) throws Exception {
        return answer(get("/api/v1/me")
                        .with(httpBasic(MENTOR, DEMO_PASSWORD))
                        .header("X-Forwarded-For", forwardedFor)
                        .with(request -> {
                            request.setRemoteAddr(remoteAddress);
                            return request;
                        }))
                .getStatus();
    }

    @Test
    void theLoginLimitCountsTheClientAddressTheTrustedProxyAddedAndNothingElse() throws Exception {
        String limited = "203.0.113.77";
        outOfFailures(limited);

        assertThat(basicVia(TRUSTED_PROXY, limited))
                .as("the proxy says who the client is")
                .isEqualTo(401);
        assertThat(basicVia(TRUSTED_PROXY, "198.51.100.9, " + limited + ", " + TRUSTED_PROXY))
                .as("read from the right, past trusted proxies")
                .isEqualTo(401);
        assertThat(basicVia(TRUSTED_PROXY, limited + ", 198.51.100.9"))
                .as("what the client wrote left of the address the proxy added is not believed")
                .isEqualTo(200);
        assertThat(basicVia("127.0.0.1", limited))
                .as("X-Forwarded-For from anyone but a trusted proxy")
                .isEqualTo(200);
        assertThat(basicVia(limited, "198.51.100.9"))
                .as("nor can the limited client name another address")
                .isEqualTo(401);
    }

    @Test
    void noProxyIsTrustedUnlessConfiguredAndEntriesAreAddressesOrRanges() {
        TrustedProxies none = TrustedProxies.parse("");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.trusts("127.0.0.1")).isFalse();

        TrustedProxies some = TrustedProxies.parse("10.0.0.0/8, 192.0.2.10 2001:db8::/32");
        assertThat(some.trusts("10.1.2.3")).isTrue();
        assertThat(some.trusts("192.0.2.10")).isTrue();
        assertThat(some.trusts("192.0.2.11")).isFalse();
        assertThat(some.trusts("2001:db8::5")).isTrue();
        assertThat(some.trusts("localhost")).isFalse();
        assertThat(some.clientAddress("10.0.0.1", "203.0.113.5, 10.0.0.2")).isEqualTo("203.0.113.5");
        assertThat(some.clientAddress("10.0.0.1", "[2001:db9::1]:4711")).isEqualTo("2001:db9::1");
        assertThat(some.clientAddress("10.0.0.1", "not-an-address, 10.0.0.3")).isEqualTo("10.0.0.3");

        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.com"))
                .hasMessageContaining("UPWARD_TRUSTED_PROXIES");
    }
}
