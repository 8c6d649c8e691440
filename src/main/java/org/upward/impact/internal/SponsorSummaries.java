package org.upward.impact.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.messaging.MessageTemplates;
import org.upward.notification.NoticeTexts;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/**
 * Sends a program's sponsor the summary of its results ({@link SponsorSummary}) as a notice, in the organisation's
 * language: once a month while the program is RUNNING, and once more when it is completed. Each summary is claimed
 * in {@link SentSummaries} in the transaction that publishes its notice, so it is sent once, across restarts and
 * instances. Whether the sponsor turned summaries off is the notification module's to know: it drops them.
 */
@Service
class SponsorSummaries {

    private static final Logger log = LoggerFactory.getLogger(SponsorSummaries.class);

    private final ProgramService programs;
    private final ImpactReportService reports;
    private final SentSummaries sent;
    private final ApplicationEventPublisher events;
    private final NoticeTexts texts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final MessageTemplates templates;

    SponsorSummaries(
            ProgramService programs,
            ImpactReportService reports,
            SentSummaries sent,
            ApplicationEventPublisher events,
            NoticeTexts texts,
            PlatformTransactionManager transactions,
            Clock clock,
            MessageTemplates templates) {
        this.templates = templates;
        this.programs = programs;
        this.reports = reports;
        this.sent = sent;
        this.events = events;
        this.texts = texts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Sends the summary of the month {@code today} is in to the sponsor of every RUNNING program that started before
     * that month and has not had it yet; answers how many were sent. A program that fails is logged and tried again
     * on the next run.
     */
    int sendMonthly(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        int told = 0;
        for (ProgramView program : programs.inStatus(ProgramStatus.RUNNING)) {
            if (program.sponsorEmail() == null || !program.startDate().isBefore(month)) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(ownTransaction.execute(tx -> {
                    if (!sent.claimMonthly(program.id(), month, clock.instant())) {
                        return false;
                    }
                    tell(program.id(), false, today);
                    return true;
                }))) {
                    told++;
                }
            } catch (RuntimeException e) {
                log.warn("The monthly summary of program {} was not sent; the next run tries again", program.id(), e);
            }
        }
        return told;
    }

    /** Notes, in the transaction that completes the program, that its final summary is to be sent. */
    void finalDue(long programId) {
        sent.finalDue(programId, LocalDate.now(clock).withDayOfMonth(1));
    }

    /** Sends the program's final summary if it is still waiting, in a transaction of its own; answers whether. */
    boolean sendFinal(long programId) {
        return Boolean.TRUE.equals(ownTransaction.execute(tx -> {
            if (!sent.claimFinal(programId, clock.instant())) {
                return false;
            }
            tell(programId, true, LocalDate.now(clock));
            return true;
        }));
    }

    /** Sends the final summaries still waiting (their instance stopped before sending them); answers how many. */
    int sendWaitingFinals() {
        int told = 0;
        for (long programId : sent.waitingFinals()) {
            try {
                if (sendFinal(programId)) {
                    told++;
                }
            } catch (RuntimeException e) {
                log.warn("The final summary of program {} was not sent; the next run tries again", programId, e);
            }
        }
        return told;
    }

    private void tell(long programId, boolean last, LocalDate today) {
        ImpactReportService.Dashboard dashboard = reports.dashboard(programId);
        if (dashboard.program().sponsorEmail() == null) {
            return;
        }
        events.publishEvent(texts.inLanguage(() -> SponsorSummary.notice(dashboard, last, today, templates)));
    }
}
