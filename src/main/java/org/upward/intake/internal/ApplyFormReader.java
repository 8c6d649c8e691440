package org.upward.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.upward.enrollment.EnrollmentDraft;
import org.upward.enrollment.MeetingPreference;
import org.upward.enrollment.Priority;
import org.upward.enrollment.Side;
import org.upward.enrollment.WorkStyle;
import org.upward.intake.ApplicationRequest;
import org.upward.intake.IntakeQuestion;

/**
 * Reads the application page's fields into the API's request: {@code answer0}… (several values for a multiple
 * choice), three rows of offered and wanted skills, interests (comma-separated), work style, meeting, capacity.
 * Unreadable values become empty, so the rules say what is missing.
 */
final class ApplyFormReader {

    static final int SKILL_ROWS = 3;

    private ApplyFormReader() {}

    static ApplicationRequest read(Side side, List<IntakeQuestion> questions, MultiValueMap<String, String> form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            List<String> given = form.getOrDefault("answer" + i, List.of());
            answers.put(questions.get(i).text(), given.size() == 1 ? given.get(0) : given);
        }
        List<EnrollmentDraft.OfferedSkill> offered = new ArrayList<>();
        List<EnrollmentDraft.WantedSkill> wanted = new ArrayList<>();
        for (int i = 0; i < SKILL_ROWS; i++) {
            String skill = form.getFirst("offered" + i);
            if (side == Side.MENTOR && skill != null && !skill.isBlank()) {
                offered.add(new EnrollmentDraft.OfferedSkill(skill.strip(), number(form.getFirst("offeredLevel" + i))));
            }
            String wish = form.getFirst("wanted" + i);
            if (side == Side.MENTEE && wish != null && !wish.isBlank()) {
                wanted.add(new EnrollmentDraft.WantedSkill(
                        wish.strip(),
                        number(form.getFirst("wantedLevel" + i)),
                        named(Priority.class, form.getFirst("wantedPriority" + i))));
            }
        }
        return new ApplicationRequest(
                side,
                answers,
                offered,
                wanted,
                IntakeForm.list(form.getFirst("interests")),
                named(WorkStyle.class, form.getFirst("workStyle")),
                named(MeetingPreference.class, form.getFirst("meetingPreference")),
                side == Side.MENTOR ? number(form.getFirst("capacity")) : null);
    }

    static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
