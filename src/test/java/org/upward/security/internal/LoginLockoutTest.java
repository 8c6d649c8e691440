package org.upward.security.internal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;
import org.upward.support.Passwords;
import org.upward.support.Race;

/**
 * Login throttling on PostgreSQL, through the login form and API Basic: five failures lock the account for a
 * minute, each further lockout doubles it, a success resets; the answer never says whether the email exists.
 */
class LoginLockoutTest extends IntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String WRONG = "not-my-password-at-all";

    @Autowired
    People people;

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

    private Callable<Integer> basicFrom(String address, String email, String password) {
        return () -> mvc.perform(
                        get("/api/v1/me").with(httpBasic(email, password)).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long accountOf(String email) {
        return jdbc.queryForObject(
                "select a.id from account a join person p on p.id = a.person_id where p.email = ?", Long.class, email);
    }

    @Test
    void theRightPasswordRacingTheGuessThatLocksTheAccountIsRefused() throws Exception {
        String email = personWithPassword();
        for (int attempt = 1; attempt < LoginLockout.FAILURES_PER_LOCK; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(email, WRONG))).andExpect(status().isUnauthorized());
        }
        List<Callable<Integer>> attempts = new ArrayList<>();
        // from addresses of their own, as a botnet would: only the account's limit can hold them
        attempts.add(basicFrom("203.0.113.1", email, WRONG + 1));
        attempts.add(basicFrom("203.0.113.2", email, PASSWORD));
        for (int i = 3; i <= 8; i++) {
            attempts.add(basicFrom("203.0.113." + i, email, WRONG + i));
        }

        // all eight are in flight at once, each past every check before the account's row and waiting there; the
        // first to wait is the first to go on (after it, PostgreSQL keeps no order). Eight, because each holds one
        // of the pool's ten connections while it waits.
        List<Integer> answers = Race.heldAtRow(jdbc, "account", accountOf(email), "%account%", attempts);

        assertThat(answers.get(1))
                .as("the right password, racing the fifth wrong one")
                .isEqualTo(401);
        assertThat(answers).containsOnly(401);
        assertThat(failures(email))
                .as("the fifth guess locked the account; the others were not checked")
                .isEqualTo(LoginLockout.FAILURES_PER_LOCK);
        assertThat(lockedUntil(email)).isAfter(clock.instant());
    }

    @Test
    void fortyWrongPasswordsAtOnceAreCountedUpToTheLockAndNoFurther() throws Exception {
        String email = personWithPassword();
        ExecutorService threads = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                Callable<Integer> attempt = basicFrom("198.51.100." + i, email, WRONG + i);
                answers.add(threads.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(120, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(failures(email))
                .as("the attempts that found the account locked were not checked nor counted")
                .isEqualTo(LoginLockout.FAILURES_PER_LOCK);
        assertThat(lockedUntil(email)).isAfter(clock.instant());
        assertThat(formLogin(email, PASSWORD)).isEqualTo("/login?error");
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
