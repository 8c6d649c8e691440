package org.upward.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PersonRef;
import org.upward.security.BreakGlassChanged;
import org.upward.security.Role;
import org.upward.security.SsoPolicyChanged;

/**
 * "Require single sign-on": when on, only break-glass admins may log in with a password (form or API Basic);
 * everyone else signs in through the identity provider. API tokens keep working.
 */
@Service
class PasswordLoginPolicy {

    /** An admin account and whether it is a break-glass account. */
    public record BreakGlassCandidate(String email, String name, boolean hasPassword, boolean breakGlass) {}

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final AccountHolders holders;
    private final SingleSignOn sso;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordLoginPolicy(
            JdbcTemplate jdbc,
            AccountRepository accounts,
            AccountHolders holders,
            SingleSignOn sso,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.holders = holders;
        this.sso = sso;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean requiresSso() {
        List<Boolean> rows =
                jdbc.queryForList("select password_login_requires_sso from sso_policy where id = 1", Boolean.class);
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    @Transactional
    public void requireSso(boolean required, long adminAccountId) {
        boolean wasRequired = requiresSso();
        if (required && !sso.isConfigured()) {
            throw new SsoPolicyConflict(
                    "sso.admin.refused.notConfigured",
                    "Single sign-on is not set up",
                    "Set UPWARD_SSO_ISSUER_URI, UPWARD_SSO_CLIENT_ID and UPWARD_SSO_CLIENT_SECRET before requiring it.");
        }
        if (required && breakGlassCandidates().stream().noneMatch(c -> c.breakGlass() && c.hasPassword())) {
            throw new SsoPolicyConflict(
                    "sso.admin.refused.noBreakGlass",
                    "No break-glass admin",
                    "Name at least one admin with a password as break-glass first, so that someone can still log in"
                            + " when the identity provider is down.");
        }
        jdbc.update(
                "insert into sso_policy (id, password_login_requires_sso, changed_by_account_id, changed_at)"
                        + " values (1, ?, ?, ?) on conflict (id) do update set"
                        + " password_login_requires_sso = excluded.password_login_requires_sso,"
                        + " changed_by_account_id = excluded.changed_by_account_id, changed_at = excluded.changed_at",
                required,
                adminAccountId,
                Timestamp.from(clock.instant()));
        if (required != wasRequired) {
            events.publishEvent(new SsoPolicyChanged(required, adminAccountId));
        }
    }

    @Transactional
    public void setBreakGlass(String email, boolean breakGlass) {
        AccountHolders.Held held = holders.byEmail(email)
                .filter(found -> !breakGlass || found.account().getRoles().contains(Role.ADMIN))
                .orElseThrow(() -> new SsoPolicyConflict(
                        "sso.admin.refused.notAdmin", "Not an admin", "Only an admin can be a break-glass account."));
        if (!breakGlass && requiresSso()) {
            long others = breakGlassCandidates().stream()
                    .filter(c -> c.breakGlass() && c.hasPassword())
                    .filter(c -> !c.email().equals(held.person().email()))
                    .count();
            if (others == 0) {
                throw new SsoPolicyConflict(
                        "sso.admin.refused.lastBreakGlass",
                        "Last break-glass admin",
                        "Single sign-on is required: keep at least one break-glass admin, or stop requiring it first.");
            }
        }
        Account account = held.account();
        if (account.isBreakGlass() != breakGlass) {
            account.setBreakGlass(breakGlass);
            PersonRef person = held.person();
            events.publishEvent(new BreakGlassChanged(person.id(), person.email(), person.name(), breakGlass));
        }
    }

    @Transactional(readOnly = true)
    public List<BreakGlassCandidate> breakGlassCandidates() {
        return holders.inNameOrder(accounts.findAdmins()).stream()
                .map(held -> new BreakGlassCandidate(
                        held.person().email(),
                        held.person().name(),
                        held.account().isEnabled() && held.account().getPasswordHash() != null,
                        held.account().isBreakGlass()))
                .toList();
    }

    /** Whether this account may still log in with its password while single sign-on is required. */
    static boolean isUsableBreakGlass(Account account) {
        return account.isBreakGlass() && account.getRoles().contains(Role.ADMIN);
    }
}
