package org.upward.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every integration test: the whole application on a real PostgreSQL chosen by
 * {@link TestDatabase}, with demo data, on a random port, and a {@link MutableClock}. All subclasses share one
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    protected static final String DEMO_PASSWORD = "upward-demo";
    protected static final String ADMIN = "admin@demo.upward.app";
    protected static final String EXECUTIVE = "exec@demo.upward.app";
    protected static final String MENTOR = "mentor@demo.upward.app";
    protected static final String MENTEE = "mentee@demo.upward.app";
    /** The failed logins an address may have in 15 minutes in tests (production default: 50). */
    protected static final int ADDRESS_LIMIT = 1000;
    /** The address of the tests' one trusted reverse proxy (TEST-NET-1). */
    protected static final String TRUSTED_PROXY = "192.0.2.10";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    /** Logs in through the login form and answers the session cookie (Spring Session's SESSION). */
    protected Cookie logIn(String email, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    protected Cookie logIn(String email) throws Exception {
        return logIn(email, DEMO_PASSWORD);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Settings db = TestDatabase.shared();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("upward.demo.enabled", () -> "true");
        // the cheapest bcrypt cost: the suite logs in thousands of times (production: 10, PasswordHashingTest)
        registry.add("upward.security.bcrypt-strength", () -> "4");
        // tests run the reminder job themselves, on the days they choose
        registry.add("upward.reminders.cron", () -> "-");
        // ... and the quiet pairs' job (relationship health)
        registry.add("upward.pair-health.cron", () -> "-");
        // ... and the sponsor summary job
        registry.add("upward.sponsor-summaries.cron", () -> "-");
        // ... and the retention run
        registry.add("upward.retention.cron", () -> "-");
        // tests run the webhook sender themselves, against a local http:// server
        registry.add("upward.webhooks.cron", () -> "-");
        registry.add("upward.webhooks.allow-insecure-localhost", () -> "true");
        // MockMvc's requests all come from 127.0.0.1, and the suite fails many logins on purpose: a high limit
        // keeps them from tripping the per-address login limit (LoginAddressLimitTest fills a count itself)
        registry.add("upward.login.address-limit", () -> String.valueOf(ADDRESS_LIMIT));
        // the one reverse proxy whose forwarded headers count (TrustedProxyTest); 127.0.0.1 is not one
        registry.add("upward.trusted-proxies", () -> TRUSTED_PROXY);
    }
}
