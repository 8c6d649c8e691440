package org.upward.intake.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.ProfileCheck;
import org.upward.enrollment.ProgramParticipants;
import org.upward.enrollment.Side;
import org.upward.intake.Applicants;
import org.upward.intake.ApplicationRequest;
import org.upward.intake.ApplicationStatus;
import org.upward.intake.ApplicationView;
import org.upward.intake.IntakeSettings;
import org.upward.people.People;
import org.upward.people.PersonStanding;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * Applying to a program and withdrawing an application: eligibility first (nothing is stored for someone a rule
 * excludes), then the answers, then a place or the waitlist.
 */
@Service
class ApplicationService implements Applicants {

    private final IntakeService intakes;
    private final ApplicationStore store;
    private final People people;
    private final Waitlist waitlist;
    private final ApplicationNotices notices;
    private final Clock clock;
    private final ProgramParticipants participants;
    private final ProfileCheck profiles;

    ApplicationService(
            IntakeService intakes,
            ApplicationStore store,
            People people,
            Waitlist waitlist,
            ApplicationNotices notices,
            Clock clock,
            ProgramParticipants participants,
            ProfileCheck profiles) {
        this.participants = participants;
        this.profiles = profiles;
        this.clock = clock;
        this.intakes = intakes;
        this.store = store;
        this.people = people;
        this.waitlist = waitlist;
        this.notices = notices;
    }

    /** The rule that keeps the person from applying on that side today, if any. */
    @Transactional(readOnly = true)
    Optional<FieldProblem> exclusion(long programId, String email, Side side) {
        IntakeSettings intake = intakes.requireOpen(programId);
        PersonStanding person = people.standing(email).orElseThrow(ApplicationNotFoundException::notInDirectory);
        return Eligibility.exclusion(person, side, intake.eligibility().get(side), intakes.today());
    }

    @Override
    @Transactional
    public ApplicationView apply(long programId, String email, ApplicationRequest request) {
        IntakeSettings intake = intakes.requireOpen(programId);
        PersonStanding person = people.standing(email).orElseThrow(ApplicationNotFoundException::notInDirectory);
        if (request.side() == null || !intake.sides().contains(request.side())) {
            throw new InvalidFieldException("side", UiText.of("intake.error.sideNotOpen"));
        }
        Eligibility.exclusion(person, request.side(), intake.eligibility().get(request.side()), intakes.today())
                .ifPresent(rule -> {
                    throw new InvalidFieldException(rule.field(), rule.message());
                });
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> answers = AnswerRules.check(intake.questions(), request.answers(), problems);
        problems.addAll(profiles.problems(request.draft(person.person().email())));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        store.lockPlaces(programId);
        if (store.exists(programId, person.person().id())
                || participants.find(programId, person.person().email()).isPresent()) {
            throw new ConflictException(
                    UiText.of("intake.error.alreadyAppliedTitle"), UiText.of("intake.error.alreadyApplied"));
        }
        ApplicationStatus status = waitlist.hasPlace(intake, programId, request.side())
                ? ApplicationStatus.PENDING
                : ApplicationStatus.WAITLISTED;
        String manager = intake.managerApproval() ? person.managerEmail() : null;
        long id = store.insert(
                programId,
                person.person().id(),
                request.side(),
                status,
                IntakeStore.JSON.writeValueAsString(answers),
                IntakeStore.JSON.writeValueAsString(request),
                manager);
        ApplicationRow row = store.find(id).orElseThrow();
        notices.toApplicant(row, status, null);
        if (manager != null) {
            notices.toManager(row);
        } else {
            notices.toAdmins(row);
        }
        return row.view();
    }

    /** The applicant takes their application back; a place it held goes to the next one waiting. */
    @Transactional
    ApplicationView withdraw(long id, String email) {
        ApplicationRow row = own(id, email);
        if (row.status() == ApplicationStatus.ACCEPTED) {
            throw new ConflictException(
                    UiText.of("intake.error.cannotWithdrawTitle"), UiText.of("intake.error.alreadyEnrolled"));
        }
        if (row.status() == ApplicationStatus.DECLINED || row.status() == ApplicationStatus.WITHDRAWN) {
            throw new ConflictException(
                    UiText.of("intake.error.cannotWithdrawTitle"), UiText.of("intake.error.alreadyDecided"));
        }
        store.setStatus(id, ApplicationStatus.WITHDRAWN, null, clock.instant());
        if (row.status().holdsPlace()) {
            waitlist.offerFreedPlaces(row.programId(), row.side());
        }
        return store.find(id).orElseThrow().view();
    }

    private ApplicationRow own(long id, String email) {
        return store.find(id)
                .filter(row -> row.email().equals(People.normalizeEmail(email)))
                .orElseThrow(ApplicationNotFoundException::new);
    }
}
