package org.upward.impact.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramChanged;
import org.upward.program.ProgramCopied;
import org.upward.program.ProgramCreated;
import org.upward.program.ProgramMoved;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/**
 * What a program's sponsor hears from the program module's events: that they were named its sponsor (when a
 * program is created with them, or an edit names them instead of someone else or no one), inside the transaction
 * that named them; and, once a program is completed, its final summary, right after the move commits.
 */
@Component
class SponsorNotices {

    private static final Logger log = LoggerFactory.getLogger(SponsorNotices.class);

    private final ProgramService programs;
    private final SponsorSummaries summaries;
    private final ApplicationEventPublisher events;
    private final NoticeTexts texts;

    SponsorNotices(
            ProgramService programs, SponsorSummaries summaries, ApplicationEventPublisher events, NoticeTexts texts) {
        this.programs = programs;
        this.summaries = summaries;
        this.events = events;
        this.texts = texts;
    }

    @EventListener
    void on(ProgramCreated event) {
        if (event.sponsorId() != null) {
            tellSponsor(event.programId());
        }
    }

    /**
     * A copy keeps its source's sponsor, who is told of the new cohort as of any program naming them; a template
     * names nobody (and is no program).
     */
    @EventListener
    void on(ProgramCopied event) {
        if (!event.toTemplate()) {
            tellSponsor(event.toProgramId());
        }
    }

    @EventListener
    void on(ProgramChanged event) {
        if (event.newSponsor()) {
            tellSponsor(event.programId());
        }
    }

    /** The final summary is noted as due with the move, so it waits for the job if sending it right after fails. */
    @EventListener
    void on(ProgramMoved event) {
        if (event.to() == ProgramStatus.COMPLETED) {
            summaries.finalDue(event.programId());
        }
    }

    @TransactionalEventListener
    void sendFinalSummary(ProgramMoved event) {
        if (event.to() != ProgramStatus.COMPLETED) {
            return;
        }
        try {
            summaries.sendFinal(event.programId());
        } catch (RuntimeException e) {
            log.warn(
                    "The final summary of program {} was not sent; the sponsor summary job sends it",
                    event.programId(),
                    e);
        }
    }

    private void tellSponsor(long programId) {
        ProgramView program = programs.get(programId);
        if (program.sponsorEmail() == null) {
            return;
        }
        events.publishEvent(new Notice(
                program.sponsorEmail(),
                NoticeKind.SPONSOR_NAMED,
                texts.of("impact.sponsor.named.subject", program.name()),
                texts.of(
                        "impact.sponsor.named.text",
                        program.name(),
                        texts.day(program.startDate()),
                        texts.day(program.endDate())),
                "/impact/programs/" + programId));
    }
}
