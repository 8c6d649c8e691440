package org.upward.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upward.assessment.AssessmentBackfill;
import org.upward.assessment.AssessmentPhase;
import org.upward.assessment.AssessmentWindows;
import org.upward.assessment.WindowRequest;

/**
 * The pilot's PRE and POST self-assessments, person by person, with a believable story: mentees grow clearly
 * on AI assistants (a gain of one or two levels), somewhat on Gen Z trends and prompt writing, not on TikTok;
 * mentors grow on financial acumen and stakeholder management but not on strategic planning. One mentee and
 * two mentors skipped the POST assessment. The pilot's objectives are judged on these: AI met, Gen Z uncertain,
 * prompt writing not met.
 */
@Component
class DemoAssessments {

    /** Each person's PRE and POST level (0: did not answer POST), in the order people are enrolled. */
    private record Levels(int[] pre, int[] post) {}

    private static final Map<String, Levels> MENTEE_SKILLS = ordered(
            "AI assistants", new Levels(new int[] {2, 2, 2, 3, 2, 2, 2, 2}, new int[] {4, 3, 3, 4, 3, 3, 4, 0}),
            "Prompt writing", new Levels(new int[] {1, 2, 1, 2, 1, 2, 2, 1}, new int[] {3, 2, 3, 3, 2, 3, 3, 0}),
            "Gen Z consumer trends", new Levels(new int[] {2, 3, 2, 2, 3, 2, 3, 2}, new int[] {3, 4, 3, 2, 4, 3, 3, 0}),
            "TikTok", new Levels(new int[] {2, 1, 3, 2, 2, 1, 2, 2}, new int[] {2, 2, 2, 3, 1, 2, 2, 0}));
    private static final Map<String, Levels> MENTOR_SKILLS = ordered(
            "Financial acumen", new Levels(new int[] {1, 2, 1, 2, 2, 3, 1, 2}, new int[] {3, 3, 2, 0, 3, 4, 2, 0}),
            "Stakeholder management",
                    new Levels(new int[] {3, 2, 2, 3, 1, 3, 2, 2}, new int[] {4, 3, 3, 0, 2, 4, 4, 0}),
            "Strategic planning", new Levels(new int[] {2, 2, 3, 2, 3, 2, 2, 3}, new int[] {2, 2, 3, 0, 3, 2, 3, 0}));

    private final AssessmentWindows windows;
    private final AssessmentBackfill backfill;
    private final Clock clock;

    DemoAssessments(AssessmentWindows windows, AssessmentBackfill backfill, Clock clock) {
        this.windows = windows;
        this.backfill = backfill;
        this.clock = clock;
    }

    /** PRE in the first weeks, POST in the last; everyone answered PRE, most answered POST. */
    void forPilot(long programId, LocalDate start, LocalDate end, List<String> mentors, List<String> mentees) {
        LocalDate preOpens = start.minusWeeks(1);
        LocalDate postOpens = end.minusWeeks(2);
        windows.open(programId, new WindowRequest("PRE", preOpens, preOpens.plusWeeks(3)));
        windows.open(programId, new WindowRequest("POST", postOpens, postOpens.plusWeeks(3)));
        answer(programId, mentees, MENTEE_SKILLS, preOpens, postOpens);
        answer(programId, mentors, MENTOR_SKILLS, preOpens, postOpens);
    }

    /** A PRE window open now in the enrolling program, so its participants have an assessment to answer. */
    void openNow(long programId) {
        LocalDate today = LocalDate.now(clock);
        windows.open(programId, new WindowRequest("PRE", today.minusDays(2), today.plusDays(19)));
    }

    private void answer(
            long programId, List<String> people, Map<String, Levels> skills, LocalDate preOpens, LocalDate postOpens) {
        for (int i = 0; i < people.size(); i++) {
            Map<String, Integer> pre = new LinkedHashMap<>();
            Map<String, Integer> post = new LinkedHashMap<>();
            for (Map.Entry<String, Levels> skill : skills.entrySet()) {
                pre.put(skill.getKey(), skill.getValue().pre()[i]);
                if (skill.getValue().post()[i] > 0) {
                    post.put(skill.getKey(), skill.getValue().post()[i]);
                }
            }
            backfill.record(programId, AssessmentPhase.PRE, people.get(i), pre, preOpens.plusDays((5L * i) % 14));
            if (!post.isEmpty()) {
                backfill.record(
                        programId, AssessmentPhase.POST, people.get(i), post, postOpens.plusDays((3L * i) % 14));
            }
        }
    }

    private static Map<String, Levels> ordered(Object... pairs) {
        Map<String, Levels> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Levels) pairs[i + 1]);
        }
        return map;
    }
}
