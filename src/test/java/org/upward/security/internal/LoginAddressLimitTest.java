package org.upward.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.support.IntegrationTest;
import org.upward.support.MutableClock;
import org.upward.support.Passwords;

/**
 * The per-address login limit beside the per-account lockout: an address that used up its failed logins for the
 * window is refused for every account, with the same answer as a wrong password, until the window ends; IPv6
 * counts per /64; parallel attempts cannot get past it. (The tests' limit is {@link #ADDRESS_LIMIT}; each test
 * starts its address near it.)
 */
class LoginAddressLimitTest extends IntegrationTest {

    private static final String PASSWORD = "violet kettle under a bridge";

    @Autowired
    People people;

    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** A /64 network of its own (2001:db8::/32 is for documentation) and one address in it. */
    private static String freshNetwork() {
        return "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + "::";
    }

    private void failuresSoFar(String network, int failures) {
        jdbc.update(
                "insert into login_address_failure (address, failed_count, window_started_at) values (?, ?, ?)",
                LoginAddressLimit.key(network + "1"),
                failures,
                Timestamp.from(clock.instant()));
    }

    private int failures(String network) {
        return jdbc.queryForObject(
                "select failed_count from login_address_failure where address = ?",
                Integer.class,
                LoginAddressLimit.key(network + "1"));
    }

    private String personWithPassword() throws Exception {
        String email = "spray-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.registerIfAbsent(new NewPerson(email, "Sam Spray", "Sales", "Lead", 3));
        Passwords.setThroughInvitation(mvc, email, PASSWORD);
        return email;
    }

    private int basic(String address, String email, String password) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(email, password)).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String form(String address, String email, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private int accountFailures(String email) {
        return jdbc.queryForObject(
                "select a.failed_login_count from account a join person p on p.id = a.person_id where p.email = ?",
                Integer.class,
                email);
    }

    @Test
    void anAddressOutOfFailuresIsRefusedForEveryAccountUntilTheWindowEnds() throws Exception {
        String network = freshNetwork();
        String email = personWithPassword();
        failuresSoFar(network, ADDRESS_LIMIT - 2);

        assertThat(basic(network + "1", "nobody-" + UUID.randomUUID() + "@example.com", PASSWORD))
                .isEqualTo(401);
        assertThat(form(network + "1", "nobody-" + UUID.randomUUID() + "@example.com", PASSWORD))
                .isEqualTo("/login?error");
        assertThat(failures(network)).isEqualTo(ADDRESS_LIMIT);

        assertThat(basic(network + "1", email, PASSWORD))
                .as("the right password from an address out of failures")
                .isEqualTo(401);
        assertThat(form(network + "2", email, PASSWORD))
                .as("another address of the same /64")
                .isEqualTo("/login?error");
        assertThat(accountFailures(email))
                .as("refused before the account was tried")
                .isZero();
        assertThat(failures(network)).as("refusals are not counted").isEqualTo(ADDRESS_LIMIT);
        assertThat(basic(freshNetwork() + "1", email, PASSWORD))
                .as("from elsewhere")
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(form(network + "1", email, PASSWORD)).isEqualTo("/");
        assertThat(failures(network))
                .as("a new window, and a success is no failure")
                .isZero();
    }

    @Test
    void aSuccessfulLoginIsNotCountedAgainstItsAddress() throws Exception {
        String network = freshNetwork();
        String email = personWithPassword();
        failuresSoFar(network, ADDRESS_LIMIT - 1);
        assertThat(basic(network + "7", email, PASSWORD)).isEqualTo(200);
        assertThat(basic(network + "7", email, PASSWORD)).isEqualTo(200);
        assertThat(failures(network)).isEqualTo(ADDRESS_LIMIT - 1);
        assertThat(basic(network + "7", email, "not-my-password-at-all")).isEqualTo(401);
        assertThat(basic(network + "7", email, PASSWORD)).isEqualTo(401);
    }

    @Test
    void parallelLoginsFromOneAddressGetOnlyItsLastFailures() throws Exception {
        String network = freshNetwork();
        String email = personWithPassword();
        failuresSoFar(network, ADDRESS_LIMIT - 3);
        int parallel = 12;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String address = network + Integer.toHexString(i + 1);
                String guess = "wrong-guess-number-" + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return basic(address, email, guess);
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(failures(network)).isEqualTo(ADDRESS_LIMIT);
        assertThat(accountFailures(email))
                .as("only the address's last three attempts reached the account")
                .isEqualTo(3);
    }
}
