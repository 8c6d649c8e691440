package org.upward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.people.NewPerson;
import org.upward.people.PeopleService;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;
import org.upward.support.Passwords;

/**
 * Login throttling on PostgreSQL, through the login form and API Basic: five failures lock the account for a
 * minute, each further lockout doubles it, a success resets; the answer never says whether the email exists.
 */
class LoginLockoutTest extends IntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String WRONG = "not-my-password-at-all";

    @Autowired
    PeopleService people;

    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private String personWithPassword() throws Exception {
        String email = "lockout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Lena Lockout", "Finance", "Analyst", 3));
        Passwords.setThroughInvitation(mvc, email, PASSWORD);
        return email;
    }

    /** Where the login form sends the browser: "/" when logged in, "/login?error" when refused. */
    private String formLogin(String email, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private int failures(String email) {
        return jdbc.queryForObject(
                "select a.failed_login_count from account a join person p on p.id = a.person_id where p.email = ?",
                Integer.class,
                email);
    }

    private Instant lockedUntil(String email) {
        Timestamp until = jdbc.queryForObject(
                "select a.locked_until from account a join person p on p.id = a.person_id where p.email = ?",
                Timestamp.class,
                email);
        return until == null ? null : until.toInstant();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAMinuteWithTheSameAnswerAsAnUnknownEmail() throws Exception {
        String email = personWithPassword();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(formLogin(email, WRONG)).isEqualTo("/login?error");
        }
        assertThat(lockedUntil(email)).as("four failures do not lock").isNull();
        assertThat(formLogin(email, WRONG)).isEqualTo("/login?error");
        assertThat(lockedUntil(email))
                .isBetween(clock.instant().plusSeconds(50), clock.instant().plusSeconds(61));

        String locked = formLogin(email, PASSWORD);
        String unknown = formLogin("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);
        assertThat(locked)
                .as("the right password does not open a locked account")
                .isEqualTo("/login?error");
        assertThat(unknown).isEqualTo(locked);
        mvc.perform(get(locked))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("That email and password did not work")));
        assertThat(failures(email)).as("attempts while locked are not counted").isEqualTo(5);

        clock.advance(Duration.ofSeconds(61));
        assertThat(formLogin(email, PASSWORD)).isEqualTo("/");
        assertThat(failures(email)).isZero();
        assertThat(lockedUntil(email)).isNull();
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLong() throws Exception {
        String email = personWithPassword();
        for (int attempt = 1; attempt <= 5; attempt++) {
            formLogin(email, WRONG);
        }
        clock.advance(Duration.ofSeconds(61));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(formLogin(email, WRONG)).isEqualTo("/login?error");
        }
        assertThat(lockedUntil(email)).isBefore(clock.instant());
        formLogin(email, WRONG);
        assertThat(failures(email)).isEqualTo(10);
        assertThat(Duration.between(clock.instant(), lockedUntil(email)))
                .isBetween(Duration.ofSeconds(110), Duration.ofSeconds(120));

        clock.advance(Duration.ofSeconds(61));
        assertThat(formLogin(email, PASSWORD))
                .as("still locked after one minute")
                .isEqualTo("/login?error");
        clock.advance(Duration.ofSeconds(60));
        assertThat(formLogin(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void successfulLoginResetsTheCount() throws Exception {
        String email = personWithPassword();
        for (int attempt = 1; attempt <= 4; attempt++) {
            formLogin(email, WRONG);
        }
        assertThat(formLogin(email, PASSWORD)).isEqualTo("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            formLogin(email, WRONG);
        }
        assertThat(lockedUntil(email)).as("the count started again from zero").isNull();
        assertThat(formLogin(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void apiBasicIsThrottledTooAndAnswersAlikeForUnknownWrongAndLocked() throws Exception {
        String email = personWithPassword();
        String wrongPassword = mvc.perform(get("/api/v1/me").with(httpBasic(email, WRONG)))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (int attempt = 2; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(email, WRONG))).andExpect(status().isUnauthorized());
        }
        String locked = mvc.perform(get("/api/v1/me").with(httpBasic(email, PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + UUID.randomUUID() + "@x.org", WRONG)))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(locked).isEqualTo(wrongPassword).isEqualTo(unknown).contains("did not work");
        assertThat(formLogin(email, PASSWORD))
                .as("failures through the API lock the login form too")
                .isEqualTo("/login?error");

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(get("/api/v1/me").with(httpBasic(email, PASSWORD))).andExpect(status().isOk());
        assertThat(failures(email)).isZero();
    }

    @Test
    void lockoutsGrowFromOneMinuteAndStopAtAnHour() {
        assertThat(LoginLockout.lockAfter(4)).isEmpty();
        assertThat(LoginLockout.lockAfter(5)).contains(Duration.ofMinutes(1));
        assertThat(LoginLockout.lockAfter(6)).isEmpty();
        assertThat(LoginLockout.lockAfter(10)).contains(Duration.ofMinutes(2));
        assertThat(LoginLockout.lockAfter(15)).contains(Duration.ofMinutes(4));
        assertThat(LoginLockout.lockAfter(30)).contains(Duration.ofMinutes(32));
        assertThat(LoginLockout.lockAfter(35)).contains(Duration.ofHours(1));
        assertThat(LoginLockout.lockAfter(5_000)).contains(Duration.ofHours(1));
    }
}
