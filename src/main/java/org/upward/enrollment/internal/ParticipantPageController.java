package org.upward.enrollment.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.enrollment.EnrollmentView;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.WorkStyle;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.Flash;

/** A participant's home and their profile for each program they are enrolled in. */
@Controller
class ParticipantPageController {

    private final ParticipantProfileService profiles;
    private final SkillCatalog skills;

    ParticipantPageController(ParticipantProfileService profiles, SkillCatalog skills) {
        this.profiles = profiles;
        this.skills = skills;
    }

    @GetMapping("/participant/enrollments/{id}")
    String profile(@PathVariable long id, @AuthenticationPrincipal UpwardUser me, Model model) {
        EnrollmentView enrollment = profiles.profile(id, me.email());
        return form(model, enrollment, ProfileForm.of(enrollment), List.of());
    }

    @PostMapping("/participant/enrollments/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute ProfileForm form,
            @AuthenticationPrincipal UpwardUser me,
            Model model,
            RedirectAttributes flash) {
        EnrollmentView enrollment = profiles.profile(id, me.email());
        try {
            List<ProfileProblem> problems = profiles.save(id, me.email(), form.toDraft(), form.version());
            if (!problems.isEmpty()) {
                return form(model, enrollment, form.padded(), problems);
            }
        } catch (ConflictException closed) {
            Flash.problemText(closed.getMessage()).on(model);
            return form(model, enrollment, form.padded(), List.of());
        } catch (ObjectOptimisticLockingFailureException stale) {
            Flash.problem("profile.error.stale").on(model);
            return form(model, enrollment, ProfileForm.of(enrollment), List.of());
        }
        Flash.success("profile.saved").after(flash);
        return "redirect:/participant";
    }

    private String form(Model model, EnrollmentView enrollment, ProfileForm form, List<ProfileProblem> problems) {
        model.addAttribute("enrollment", enrollment);
        model.addAttribute("form", form);
        model.addAttribute(
                "skills",
                skills.all().stream()
                        .filter(s -> !s.retired())
                        .map(SkillView::name)
                        .toList());
        Map<String, String> errors = problems.stream()
                .collect(Collectors.toMap(ProfileProblem::field, ProfileProblem::message, (a, b) -> a + "; " + b));
        model.addAttribute("errors", errors);
        model.addAttribute("workStyles", WorkStyle.values());
        model.addAttribute("meetingPreferences", MeetingPreference.values());
        model.addAttribute("priorities", Priority.values());
        return "enrollment/profile";
    }
}
