package org.upward.audit.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.enrollment.EnrollmentsImported;
import org.upward.outcome.OutcomeChanged;
import org.upward.outcome.OutcomeView;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairingRunFailed;
import org.upward.pairing.PairingRunFinished;
import org.upward.pairing.PairingRunStarted;
import org.upward.people.PeopleImported;
import org.upward.people.SkillAdded;
import org.upward.people.SkillChanged;
import org.upward.people.SkillsMerged;
import org.upward.program.ProgramChanged;
import org.upward.program.ProgramCreated;
import org.upward.program.ProgramMoved;
import org.upward.security.ApiTokenChanged;
import org.upward.security.BreakGlassChanged;
import org.upward.security.InvitationIssued;
import org.upward.security.Role;
import org.upward.security.RolesChanged;
import org.upward.security.SsoPolicyChanged;
import org.upward.sessions.LunchAndLearnLogged;

/**
 * Turns the events other features publish into audit entries. The listeners are synchronous, so each entry is
 * written in the transaction that published the event: it commits with the action or not at all.
 */
@Component
class AuditRecorder {

    private final AuditLog log;
    private final Actors actors;
    private final JdbcTemplate jdbc;

    AuditRecorder(AuditLog log, Actors actors, JdbcTemplate jdbc) {
        this.log = log;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleImported event) {
        log.append(
                AuditAction.PEOPLE_IMPORTED,
                actors.current(),
                AuditSubject.kind("PEOPLE"),
                null,
                "Imported people.csv: " + event.created() + " created, " + event.updated() + " updated");
    }

    @EventListener
    void on(EnrollmentsImported event) {
        appendAboutProgram(
                AuditAction.ENROLLMENTS_IMPORTED,
                actors.current(),
                event.programId(),
                "Imported enrollments.csv: " + event.created() + " created, " + event.updated() + " updated");
    }

    @EventListener
    void on(ProgramCreated event) {
        appendAboutProgram(
                AuditAction.PROGRAM_CREATED,
                actors.current(),
                event.programId(),
                "Created program '" + event.name() + "'");
    }

    @EventListener
    void on(ProgramChanged event) {
        appendAboutProgram(
                AuditAction.PROGRAM_CHANGED,
                actors.current(),
                event.programId(),
                "Edited program '" + event.name() + "'");
    }

    @EventListener
    void on(ProgramMoved event) {
        appendAboutProgram(
                AuditAction.PROGRAM_MOVED,
                actors.current(),
                event.programId(),
                "Moved program '" + event.name() + "' from " + event.from() + " to " + event.to());
    }

    @EventListener
    void on(PairingRunStarted event) {
        appendAboutProgram(
                AuditAction.PAIRING_RUN_STARTED,
                actors.of(event.accountId()),
                event.programId(),
                "Started a pairing run in the background");
    }

    @EventListener
    void on(PairingRunFinished event) {
        log.append(
                AuditAction.PAIRING_RUN_FINISHED,
                actors.of(event.accountId()),
                AuditSubject.of("PAIRING_RUN", event.runId()),
                event.programId(),
                "Pairing run proposed " + event.pairs() + " pairs; " + event.unmatched() + " people unmatched");
    }

    @EventListener
    void on(PairingRunFailed event) {
        appendAboutProgram(
                AuditAction.PAIRING_RUN_FAILED,
                actors.of(event.accountId()),
                event.programId(),
                "Pairing run stored nothing: " + event.reason());
    }

    @EventListener
    void on(PairDecided event) {
        String pair = personName(event.mentorId()) + " (mentor) and " + personName(event.menteeId()) + " (mentee)";
        String summary =
                switch (event.decision()) {
                    case APPROVED -> "Approved the pair " + pair + (event.note() == null ? "" : ": " + event.note());
                    case REJECTED -> "Rejected the pair " + pair;
                    case ACTIVATED -> "Activated the pair " + pair;
                    case FLAGGED -> "Flagged the pair " + pair + ": " + event.note();
                    case FLAG_RESOLVED -> "Resolved the flag on the pair " + pair + " (" + event.note() + ")";
                    case MADE_BY_HAND -> "Paired by hand " + pair;
                    case SWAPPED -> "Dissolved the pair " + pair + " to rematch them: " + event.note();
                };
        log.append(
                AuditAction.valueOf("PAIR_" + event.decision().name()),
                actors.current(),
                AuditSubject.of("PAIR", event.pairId()),
                event.programId(),
                summary);
    }

    @EventListener
    void on(RolesChanged event) {
        Actor actor = actors.current();
        String who = event.name() + " <" + event.email() + ">";
        for (Role role : difference(event.after(), event.before())) {
            log.append(
                    AuditAction.ROLE_GRANTED,
                    actor,
                    AuditSubject.of("PERSON", event.personId()),
                    null,
                    "Granted " + role + " to " + who);
        }
        for (Role role : difference(event.before(), event.after())) {
            log.append(
                    AuditAction.ROLE_REVOKED,
                    actor,
                    AuditSubject.of("PERSON", event.personId()),
                    null,
                    "Revoked " + role + " from " + who);
        }
    }

    @EventListener
    void on(SsoPolicyChanged event) {
        log.append(
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
        log.append(
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
        log.append(
                AuditAction.INVITATION_SENT,
                actors.current(),
                new AuditSubject("PERSON", person.isEmpty() ? null : person.get(0)),
                null,
                "Invited " + event.name() + " <" + event.email() + "> (valid until " + event.expiresAt() + ")");
    }

    @EventListener
    void on(ApiTokenChanged event) {
        Actor owner = actors.of(event.ownerAccountId());
        log.append(
                event.revoked() ? AuditAction.API_TOKEN_REVOKED : AuditAction.API_TOKEN_CREATED,
                actors.current(),
                AuditSubject.of("API_TOKEN", event.tokenId()),
                null,
                (event.revoked() ? "Revoked" : "Created") + " API token '" + event.tokenName() + "' of "
                        + owner.email());
    }

    @EventListener
    void on(SkillAdded event) {
        log.append(
                AuditAction.SKILL_ADDED,
                actors.current(),
                AuditSubject.of("SKILL", event.skillId()),
                null,
                "Added skill '" + event.name() + "'");
    }

    @EventListener
    void on(SkillChanged event) {
        AuditAction action;
        String summary;
        if (event.retired() && !event.wasRetired()) {
            action = AuditAction.SKILL_RETIRED;
            summary = "Retired skill '" + event.name() + "'";
        } else if (!event.retired() && event.wasRetired()) {
            action = AuditAction.SKILL_RESTORED;
            summary = "Brought back skill '" + event.name() + "'";
        } else {
            action = AuditAction.SKILL_CHANGED;
            summary = "Changed skill '" + event.name() + "'";
        }
        log.append(action, actors.current(), AuditSubject.of("SKILL", event.skillId()), null, summary);
    }

    /** Heard before the duplicate is deleted, so its name can still be read. */
    @EventListener
    void on(SkillsMerged event) {
        log.append(
                AuditAction.SKILLS_MERGED,
                actors.current(),
                AuditSubject.of("SKILL", event.targetId()),
                null,
                "Merged skill '" + skillName(event.duplicateId()) + "' into '" + skillName(event.targetId()) + "'");
    }

    @EventListener
    void on(OutcomeChanged event) {
        OutcomeView outcome = event.outcome();
        String what = outcome.type() + " worth " + outcome.value() + " on " + outcome.date()
                + (outcome.pairId() == null ? "" : " (pair " + outcome.pairId() + ")") + ": " + outcome.description();
        log.append(
                event.deleted() ? AuditAction.OUTCOME_DELETED : AuditAction.OUTCOME_RECORDED,
                actors.current(),
                AuditSubject.of("OUTCOME", outcome.id()),
                outcome.programId(),
                (event.deleted() ? "Deleted business outcome " : "Recorded business outcome ") + what);
    }

    @EventListener
    void on(LunchAndLearnLogged event) {
        appendAboutProgram(
                AuditAction.LUNCH_AND_LEARN_LOGGED,
                actors.current(),
                event.programId(),
                "Logged a lunch & learn on " + event.date() + " for "
                        + event.pairIds().size() + " pairs: "
                        + event.pairIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** An entry about a program, filed under that program. */
    private void appendAboutProgram(AuditAction action, Actor actor, long programId, String summary) {
        log.append(action, actor, AuditSubject.of("PROGRAM", programId), programId, summary);
    }

    private String personName(long personId) {
        List<String> names = jdbc.queryForList("select name from person where id = ?", String.class, personId);
        return names.isEmpty() ? "person " + personId : names.get(0);
    }

    private String skillName(long skillId) {
        List<String> names = jdbc.queryForList("select name from skill where id = ?", String.class, skillId);
        return names.isEmpty() ? "skill " + skillId : names.get(0);
    }

    private static Set<Role> difference(Set<Role> of, Set<Role> minus) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        result.addAll(of);
        result.removeAll(minus);
        return result;
    }
}
