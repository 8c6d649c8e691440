package org.upward.program.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.program.AssessmentSettingsRequest;
import org.upward.program.AssessmentSettingsView;

/** The assessment part of the program form: the skills each side rates, and partner rating. */
class AssessmentForm {

    private List<String> menteeSkills = new ArrayList<>();
    private List<String> mentorSkills = new ArrayList<>();
    private boolean partnerRating;

    static AssessmentForm of(AssessmentSettingsView view) {
        AssessmentForm form = new AssessmentForm();
        form.menteeSkills = new ArrayList<>(view.menteeSkills());
        form.mentorSkills = new ArrayList<>(view.mentorSkills());
        form.partnerRating = view.partnerRating();
        return form;
    }

    AssessmentSettingsRequest toRequest() {
        return new AssessmentSettingsRequest(
                menteeSkills == null ? List.of() : menteeSkills,
                mentorSkills == null ? List.of() : mentorSkills,
                partnerRating);
    }

    public List<String> getMenteeSkills() {
        return menteeSkills;
    }

    public void setMenteeSkills(List<String> menteeSkills) {
        this.menteeSkills = menteeSkills;
    }

    public List<String> getMentorSkills() {
        return mentorSkills;
    }

    public void setMentorSkills(List<String> mentorSkills) {
        this.mentorSkills = mentorSkills;
    }

    public boolean isPartnerRating() {
        return partnerRating;
    }

    public void setPartnerRating(boolean partnerRating) {
        this.partnerRating = partnerRating;
    }
}
