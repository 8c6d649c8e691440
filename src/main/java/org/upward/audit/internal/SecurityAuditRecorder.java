package org.upward.audit.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.security.ApiTokenChanged;
import org.upward.security.BreakGlassChanged;
import org.upward.security.InvitationIssued;
import org.upward.security.ProvisioningTokenChanged;
import org.upward.security.Role;
import org.upward.security.RolesChanged;
import org.upward.security.SsoPolicyChanged;

/**
 * Records the security module's events: roles granted and revoked, the single sign-on policy, break-glass
 * admins, invitations and API tokens.
 */
@Component
class SecurityAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;
    private final JdbcTemplate jdbc;

    SecurityAuditRecorder(AuditWriter audit, Actors actors, JdbcTemplate jdbc) {
        this.audit = audit;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(RolesChanged event) {
        Actor actor = actors.current();
        String who = event.name() + " <" + event.email() + ">";
        for (Role role : difference(event.after(), event.before())) {
            audit.append(
                    AuditAction.ROLE_GRANTED,
                    actor,
                    AuditSubject.of("PERSON", event.personId()),
                    null,
                    "Granted " + role + " to " + who);
        }
        for (Role role : difference(event.before(), event.after())) {
            audit.append(
                    AuditAction.ROLE_REVOKED,
                    actor,
                    AuditSubject.of("PERSON", event.personId()),
                    null,
                    "Revoked " + role + " from " + who);
        }
    }

    @EventListener
    void on(SsoPolicyChanged event) {
        audit.append(
                event.required() ? AuditAction.SSO_REQUIRED : AuditAction.SSO_NO_LONGER_REQUIRED,
                actors.of(event.changedByAccountId()),
                AuditSubject.kind("SSO_POLICY"),
                null,
                event.required()
                        ? "Password logins refused for everyone but break-glass admins"
                        : "Password logins allowed again for everyone");
    }

    @EventListener
    void on(BreakGlassChanged event) {
        String who = event.name() + " <" + event.email() + ">";
        audit.append(
                event.breakGlass() ? AuditAction.BREAK_GLASS_GRANTED : AuditAction.BREAK_GLASS_REVOKED,
                actors.current(),
                AuditSubject.of("PERSON", event.personId()),
                null,
                (event.breakGlass() ? "Named " : "No longer named ") + who + " a break-glass admin");
    }

    @EventListener
    void on(InvitationIssued event) {
        // the invitation URL holds the secret token: it never goes into the log
        List<Long> person =
                jdbc.queryForList("select id from person where lower(email) = lower(?)", Long.class, event.email());
        audit.append(
                AuditAction.INVITATION_SENT,
                actors.current(),
                new AuditSubject("PERSON", person.isEmpty() ? null : person.get(0)),
                null,
                "Invited " + event.name() + " <" + event.email() + "> (valid until " + event.expiresAt() + ")");
    }

    @EventListener
    void on(ApiTokenChanged event) {
        Actor owner = actors.of(event.ownerAccountId());
        audit.append(
                event.revoked() ? AuditAction.API_TOKEN_REVOKED : AuditAction.API_TOKEN_CREATED,
                actors.current(),
                AuditSubject.of("API_TOKEN", event.tokenId()),
                null,
                (event.revoked() ? "Revoked" : "Created") + " API token '" + event.tokenName() + "' of "
                        + owner.email());
    }

    @EventListener
    void on(ProvisioningTokenChanged event) {
        audit.append(
                event.revoked() ? AuditAction.PROVISIONING_TOKEN_REVOKED : AuditAction.PROVISIONING_TOKEN_CREATED,
                actors.of(event.byAccountId()),
                AuditSubject.of("PROVISIONING_TOKEN", event.tokenId()),
                null,
                (event.revoked() ? "Revoked" : "Created") + " provisioning token '" + event.tokenName() + "'");
    }

    private static Set<Role> difference(Set<Role> of, Set<Role> minus) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        result.addAll(of);
        result.removeAll(minus);
        return result;
    }
}
