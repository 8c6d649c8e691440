package org.upward.home.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.assessment.AssessmentToDos;
import org.upward.assessment.OpenAssessment;
import org.upward.security.UpwardUser;
import org.upward.sessions.CheckInsDue;
import org.upward.survey.SurveyToAnswer;
import org.upward.survey.SurveysToAnswer;
import org.upward.wrapup.OpenWrapUps;

/** Gathers a participant's to-do items from every feature, soonest due first, done items last. */
@Component
class ParticipantToDos {

    private final AssessmentToDos assessments;
    private final CheckInsDue checkIns;
    private final SurveysToAnswer surveys;
    private final OpenWrapUps wrapUps;

    ParticipantToDos(AssessmentToDos assessments, CheckInsDue checkIns, SurveysToAnswer surveys, OpenWrapUps wrapUps) {
        this.wrapUps = wrapUps;
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.surveys = surveys;
    }

    List<ToDo> of(UpwardUser me) {
        List<ToDo> items = new ArrayList<>();
        for (OpenAssessment open : assessments.openFor(me)) {
            items.add(new ToDo(
                    "todo.assessment",
                    List.of(open.phase().name(), open.programName()),
                    open.closesOn(),
                    open.link(),
                    open.done() ? ToDo.State.DONE : open.started() ? ToDo.State.STARTED : ToDo.State.TODO));
        }
        checkIns.of(me)
                .forEach(due -> items.add(new ToDo(
                        "todo.checkIn",
                        List.of(due.partnerName(), due.programName()),
                        due.dueOn(),
                        due.link(),
                        ToDo.State.TODO)));
        for (SurveyToAnswer survey : surveys.of(me.email())) {
            items.add(new ToDo(
                    survey.draftSaved() ? "todo.survey.continue" : "todo.survey",
                    List.of(survey.wave(), survey.programName()),
                    survey.closesOn(),
                    survey.path(),
                    survey.draftSaved() ? ToDo.State.STARTED : ToDo.State.TODO));
        }
        wrapUps.of(me)
                .forEach(open -> items.add(new ToDo(
                        "todo.wrapUp",
                        List.of(open.partnerName(), open.programName()),
                        open.closesOn(),
                        open.link(),
                        open.answered() ? ToDo.State.DONE : ToDo.State.TODO)));
        items.sort(Comparator.comparing((ToDo item) -> item.state() == ToDo.State.DONE)
                .thenComparing(ToDo::dueOn));
        return items;
    }
}
