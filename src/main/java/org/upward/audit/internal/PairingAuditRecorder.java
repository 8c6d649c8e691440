package org.upward.audit.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairingRunFailed;
import org.upward.pairing.PairingRunFinished;
import org.upward.pairing.PairingRunStarted;

/**
 * Records the pairing module's events: pairing runs (started, finished, failed; by whoever started them, as
 * they finish in the background) and every decision about a pair.
 */
@Component
class PairingAuditRecorder {

    private final AuditWriter audit;
    private final Actors actors;
    private final JdbcTemplate jdbc;

    PairingAuditRecorder(AuditWriter audit, Actors actors, JdbcTemplate jdbc) {
        this.audit = audit;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PairingRunStarted event) {
        audit.appendAboutProgram(
                AuditAction.PAIRING_RUN_STARTED,
                actors.of(event.accountId()),
                event.programId(),
                "Started a pairing run in the background");
    }

    @EventListener
    void on(PairingRunFinished event) {
        audit.append(
                AuditAction.PAIRING_RUN_FINISHED,
                actors.of(event.accountId()),
                AuditSubject.of("PAIRING_RUN", event.runId()),
                event.programId(),
                "Pairing run proposed " + event.pairs() + " pairs; " + event.unmatched() + " people unmatched");
    }

    @EventListener
    void on(PairingRunFailed event) {
        audit.appendAboutProgram(
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
        audit.append(
                AuditAction.valueOf("PAIR_" + event.decision().name()),
                actors.current(),
                AuditSubject.of("PAIR", event.pairId()),
                event.programId(),
                summary);
    }

    private String personName(long personId) {
        List<String> names = jdbc.queryForList("select name from person where id = ?", String.class, personId);
        return names.isEmpty() ? "person " + personId : names.get(0);
    }
}
