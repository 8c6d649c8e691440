package org.upward.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.upward.pairing.EarlySwaps;
import org.upward.pairing.PairDecisions;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.pairing.PairingRuns;
import org.upward.pairing.PairsByHand;
import org.upward.pairing.ProgramPairs;
import org.upward.pairing.RunRequest;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;

/**
 * The demo's three programs: one enrolling now with full profiles, a short one running now in which the demo
 * mentor and mentee are an active pair (so a visitor can log a session at once), and one completed this year.
 */
@Component
class DemoPrograms {

    static final String CURRENT = "Digital leaders 2027";
    static final String PILOT = "Reverse mentoring pilot 2026";
    static final String SPRINT = "AI sprint for leaders";
    static final String SOCIAL = "Social media for leaders";

    private final ProgramService programs;
    private final DemoEnrollments enrollments;
    private final PairingRuns runs;
    private final ProgramPairs pairs;
    private final PairDecisions review;
    private final EarlySwaps swaps;
    private final DemoSessions sessions;
    private final DemoAssessments assessments;
    private final DemoSurveys surveys;
    private final DemoNotificationDates notificationDates;
    private final DemoFollowUps followUps;
    private final DemoWrapUps wrapUps;
    private final DemoJourneys journeys;
    private final PairsByHand byHand;
    private final Clock clock;

    DemoPrograms(
            ProgramService programs,
            DemoEnrollments enrollments,
            PairingRuns runs,
            ProgramPairs pairs,
            PairDecisions review,
            EarlySwaps swaps,
            DemoSessions sessions,
            DemoAssessments assessments,
            DemoSurveys surveys,
            DemoNotificationDates notificationDates,
            DemoFollowUps followUps,
            DemoWrapUps wrapUps,
            DemoJourneys journeys,
            PairsByHand byHand,
            Clock clock) {
        this.journeys = journeys;
        this.byHand = byHand;
        this.followUps = followUps;
        this.wrapUps = wrapUps;
        this.programs = programs;
        this.enrollments = enrollments;
        this.runs = runs;
        this.pairs = pairs;
        this.review = review;
        this.swaps = swaps;
        this.sessions = sessions;
        this.assessments = assessments;
        this.surveys = surveys;
        this.notificationDates = notificationDates;
        this.clock = clock;
    }

    void createIfAbsent(List<String> mentors, List<String> mentees) {
        if (exists(CURRENT)) {
            return;
        }
        ProgramView pilot = create(PILOT, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 10, 30));
        enrollments.enroll(pilot.id(), mentors.subList(0, 8), mentees.subList(0, 8));
        runPilot(pilot.id());
        wrapUps.answerForPilot(pilot.id());
        assessments.forPilot(
                pilot.id(), pilot.startDate(), pilot.endDate(), mentors.subList(0, 8), mentees.subList(0, 8));
        surveys.forPilot(pilot.id(), both(mentors.subList(0, 8), mentees.subList(0, 8)));

        LocalDate today = LocalDate.now(clock);
        ProgramView sprint = create(SPRINT, today.minusWeeks(12), today.plusWeeks(14), 2);
        enrollments.enroll(sprint.id(), sprinters(mentors), sprinters(mentees));
        runSprint(sprint.id(), mentors.get(0), mentees.get(0), today);

        ProgramView social = create(SOCIAL, today.minusWeeks(1), today.plusMonths(5), 2);
        enrollments.enroll(social.id(), mentors.subList(0, 1), mentees.subList(0, 1));
        programs.transition(social.id(), ProgramStatus.MATCHING);
        runs.run(social.id(), new RunRequest(false, null, null, null), null);
        List<PairView> newPair = pairs.pairs(social.id(), DemoAdmin.USER);
        newPair.forEach(pair -> review.approve(pair.id()));
        programs.transition(social.id(), ProgramStatus.RUNNING);
        newPair.forEach(pair -> journeys.fitCheckDueForTheDemoMentor(pair, today.minusDays(10)));
        notificationDates.fix();

        ProgramView current = create(CURRENT, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 12, 17));
        enrollments.enroll(current.id(), mentors, mentees);
        assessments.openNow(current.id());
        surveys.forCurrent(current.id(), both(mentors, mentees));
    }

    /** The pilot went through every stage: paired, reviewed, one early swap, run and completed. */
    private void runPilot(long programId) {
        programs.transition(programId, ProgramStatus.MATCHING);
        runs.run(programId, new RunRequest(false, null, null, null), null);
        List<PairView> proposed = pairs.pairs(programId, DemoAdmin.USER);
        proposed.forEach(pair -> {
            review.approve(pair.id());
            review.activate(pair.id());
        });
        if (!proposed.isEmpty()) {
            review.flag(proposed.get(0).id(), DemoAdmin.USER, "They could never find a time to meet");
            swaps.swap(proposed.get(0).id(), "Schedules never matched; swapped after the intro chat")
                    .forEach(replacement -> {
                        review.approve(replacement.id());
                        review.activate(replacement.id());
                    });
        }
        programs.transition(programId, ProgramStatus.RUNNING);
        List<PairView> active = pairs.pairs(programId, DemoAdmin.USER).stream()
                .filter(pair -> pair.status() == PairStatus.ACTIVE)
                .toList();
        sessions.logFor(active, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 10, 30));
        sessions.checkInFor(active, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 10, 30), 3);
        programs.transition(programId, ProgramStatus.COMPLETED);
    }

    /**
     * The demo mentor and mentee, paired and active since the sprint started, and four more pairs made when the
     * others joined: {@link DemoJourneys} gives each a state of a pair's journey.
     */
    private void runSprint(long programId, String demoMentor, String demoMentee, LocalDate today) {
        programs.transition(programId, ProgramStatus.MATCHING);
        review.approve(byHand.pairByHand(programId, demoMentor, demoMentee).id());
        runs.run(programId, new RunRequest(false, null, null, null), null);
        List<PairView> all = pairs.pairs(programId, DemoAdmin.USER);
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                review.approve(all.get(i).id());
            }
            if (i != 1) {
                review.activate(all.get(i).id());
            }
        }
        programs.transition(programId, ProgramStatus.RUNNING);
        journeys.forSprint(all, today.minusWeeks(12), today);
        followUps.addFor(all.subList(0, 1));
    }

    /** The demo account and four people who are in no other running program. */
    private static List<String> sprinters(List<String> side) {
        List<String> people = new ArrayList<>(side.subList(0, 1));
        people.addAll(side.subList(8, 12));
        return people;
    }

    private static List<String> both(List<String> mentors, List<String> mentees) {
        List<String> all = new ArrayList<>(mentors);
        all.addAll(mentees);
        return all;
    }

    private boolean exists(String name) {
        return programs.list(PageRequest.of(0, 500)).stream()
                .anyMatch(p -> p.name().equals(name));
    }

    private ProgramView create(String name, LocalDate start, LocalDate end) {
        return create(name, start, end, 3);
    }

    private ProgramView create(String name, LocalDate start, LocalDate end, int cadenceWeeks) {
        ProgramView program = programs.create(DemoProgramRequest.of(name, start, end, cadenceWeeks));
        return programs.transition(program.id(), ProgramStatus.ENROLLING);
    }
}
