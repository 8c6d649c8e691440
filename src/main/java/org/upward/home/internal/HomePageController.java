package org.upward.home.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.upward.enrollment.EnrollmentService;
import org.upward.enrollment.MyEnrollment;
import org.upward.enrollment.ParticipantProfiles;
import org.upward.followup.FollowUps;
import org.upward.impact.ImpactReports;
import org.upward.intake.OpenPrograms;
import org.upward.pairing.MyPairs;
import org.upward.pairing.OpenChoices;
import org.upward.program.ProgramService;
import org.upward.security.UpwardUser;
import org.upward.survey.SurveysToAnswer;

/** Sends each person to the home page of their main role; each role has its own. */
@Controller
class HomePageController {

    private final ProgramService programs;
    private final EnrollmentService enrollments;
    private final ParticipantProfiles profiles;
    private final MyPairs myPairs;
    private final OpenChoices choice;
    private final ImpactReports impact;
    private final ParticipantToDos toDos;
    private final SurveysToAnswer surveys;
    private final AdminToDos adminToDos;
    private final ExecutiveToDos executiveToDos;
    private final Clock clock;
    private final FollowUps followUps;
    private final OpenPrograms openPrograms;

    /** Open follow-ups a participant's home page lists, newest first; the pair pages show the rest. */
    static final int FOLLOW_UPS_SHOWN = 10;

    HomePageController(
            ProgramService programs,
            EnrollmentService enrollments,
            ParticipantProfiles profiles,
            MyPairs myPairs,
            OpenChoices choice,
            ImpactReports impact,
            ParticipantToDos toDos,
            SurveysToAnswer surveys,
            AdminToDos adminToDos,
            ExecutiveToDos executiveToDos,
            Clock clock,
            FollowUps followUps,
            OpenPrograms openPrograms) {
        this.followUps = followUps;
        this.openPrograms = openPrograms;
        this.adminToDos = adminToDos;
        this.executiveToDos = executiveToDos;
        this.clock = clock;
        this.choice = choice;
        this.impact = impact;
        this.toDos = toDos;
        this.surveys = surveys;
        this.programs = programs;
        this.enrollments = enrollments;
        this.profiles = profiles;
        this.myPairs = myPairs;
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return "redirect:" + HomePage.of(authentication).path();
    }

    @GetMapping("/welcome")
    String welcome(@AuthenticationPrincipal UpwardUser me, Model model) {
        model.addAttribute("surveysToAnswer", surveys.of(me.email()));
        model.addAttribute("openPrograms", openPrograms.openFor(me.email()));
        return "home/welcome";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("toDos", adminToDos.all());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "programs",
                programs.list(PageRequest.of(0, 20)).stream()
                        .map(program -> new AdminOverview(program, enrollments.completeness(program.id())))
                        .toList());
        return "home/admin";
    }

    @GetMapping("/participant")
    String participant(@AuthenticationPrincipal UpwardUser me, Model model) {
        model.addAttribute("toDos", toDos.of(me));
        model.addAttribute("openPrograms", openPrograms.openFor(me.email()));
        model.addAttribute("followUps", followUps.openForMe(me, FOLLOW_UPS_SHOWN));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("pairs", myPairs.of(me.email()));
        var mine = profiles.mine(me.email());
        model.addAttribute("enrollments", mine);
        model.addAttribute(
                "choicePrograms",
                choice.openForChoice(mine.stream().map(MyEnrollment::programId).toList()));
        return "home/participant";
    }

    @GetMapping("/executive")
    String executive(@AuthenticationPrincipal UpwardUser me, Model model) {
        model.addAttribute("toDos", executiveToDos.of(me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "impacts",
                programs.withResults(PageRequest.of(0, 20)).stream()
                        .map(program -> impact.summaryOf(program.id()))
                        .toList());
        return "home/executive";
    }
}
