package org.upward.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-address limit on password logins (form and API Basic), beside the per-account lockout: once an
 * address has had {@code upward.login.address-limit} failed logins (default 50) within a window of
 * {@code upward.login.address-window} (default 15 minutes), every password login from it is refused until the
 * window ends, whichever accounts it tries. IPv6 addresses count per /64 network. The count lives in PostgreSQL
 * ({@code login_address_failure}), shared by all instances; 0 turns the limit off.
 */
@Component
class LoginAddressLimit {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    LoginAddressLimit(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${upward.login.address-limit:50}") int limit,
            @Value("${upward.login.address-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /**
     * Counts a login from this address as failed before its password is checked, in one statement, so parallel
     * attempts all count; answers false, counting nothing, when the address has used up its window's limit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean admit(String address) {
        if (limit <= 0 || address == null) {
            return true;
        }
        Instant now = clock.instant();
        Timestamp windowOver = Timestamp.from(now.minus(window));
        List<Integer> counted = jdbc.queryForList(
                """
                insert into login_address_failure as f (address, failed_count, window_started_at) values (?, 1, ?)
                on conflict (address) do update set
                    failed_count = case when f.window_started_at <= ? then 1 else f.failed_count + 1 end,
                    window_started_at = case when f.window_started_at <= ? then excluded.window_started_at
                        else f.window_started_at end
                where f.window_started_at <= ? or f.failed_count < ?
                returning failed_count""",
                Integer.class,
                key(address),
                Timestamp.from(now),
                windowOver,
                windowOver,
                windowOver,
                limit);
        return !counted.isEmpty();
    }

    /** The login succeeded: its attempt was no failure. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgive(String address) {
        if (limit > 0 && address != null) {
            jdbc.update(
                    "update login_address_failure set failed_count = greatest(failed_count - 1, 0) where address = ?",
                    key(address));
        }
    }

    /** Forgets the windows that are over (any instance may; deleting twice is harmless). */
    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    public void forgetOldWindows() {
        jdbc.update(
                "delete from login_address_failure where window_started_at <= ?",
                Timestamp.from(clock.instant().minus(window)));
    }

    /** The address as counted: an IPv6 address by its /64 network, which one subscriber usually has whole. */
    static String key(String address) {
        if (!address.contains(":") || !TrustedProxies.isIpLiteral(address)) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
    }
}
