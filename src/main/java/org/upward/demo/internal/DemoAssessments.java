package org.upward.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.upward.assessment.AssessmentBackfill;
import org.upward.assessment.AssessmentPhase;
import org.upward.assessment.AssessmentWindows;
import org.upward.assessment.WindowRequest;

/**
 * The pilot's PRE and POST self-assessments, with a believable story: mentees grow clearly on AI
 * assistants, prompt writing and Gen Z trends but not on TikTok; mentors grow on financial acumen and
 * stakeholder management but not on strategic planning. Seeded, so every demo holds the same figures.
 */
@Component
class DemoAssessments {

    /** Mean PRE level and mean gain per skill. */
    private record Growth(double pre, double gain) {}

    private static final Map<String, Growth> MENTEE_SKILLS = ordered(
            "AI assistants", new Growth(1.8, 1.3),
            "Prompt writing", new Growth(1.6, 1.2),
            "Gen Z consumer trends", new Growth(2.2, 1.0),
            "TikTok", new Growth(1.7, 0.0));
    private static final Map<String, Growth> MENTOR_SKILLS = ordered(
            "Financial acumen", new Growth(1.9, 1.2),
            "Stakeholder management", new Growth(2.3, 1.0),
            "Strategic planning", new Growth(2.1, 0.1));

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
        Random random = new Random(2026);
        answer(programId, mentees, MENTEE_SKILLS, preOpens, postOpens, random);
        answer(programId, mentors, MENTOR_SKILLS, preOpens, postOpens, random);
    }

    /** A PRE window open now in the enrolling program, so its participants have an assessment to answer. */
    void openNow(long programId) {
        LocalDate today = LocalDate.now(clock);
        windows.open(programId, new WindowRequest("PRE", today.minusDays(2), today.plusDays(19)));
    }

    private void answer(
            long programId,
            List<String> people,
            Map<String, Growth> skills,
            LocalDate preOpens,
            LocalDate postOpens,
            Random random) {
        for (int i = 0; i < people.size(); i++) {
            Map<String, Integer> pre = new LinkedHashMap<>();
            Map<String, Integer> post = new LinkedHashMap<>();
            for (Map.Entry<String, Growth> skill : skills.entrySet()) {
                int before = level(skill.getValue().pre() + random.nextGaussian() * 0.6);
                pre.put(skill.getKey(), before);
                post.put(skill.getKey(), level(before + skill.getValue().gain() + random.nextGaussian() * 0.5));
            }
            backfill.record(programId, AssessmentPhase.PRE, people.get(i), pre, preOpens.plusDays(random.nextInt(14)));
            boolean answeredPost = i % 8 != 7 && (skills != MENTOR_SKILLS || i % 8 != 3);
            if (answeredPost) {
                backfill.record(
                        programId, AssessmentPhase.POST, people.get(i), post, postOpens.plusDays(random.nextInt(14)));
            }
        }
    }

    private static int level(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }

    private static Map<String, Growth> ordered(Object... pairs) {
        Map<String, Growth> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Growth) pairs[i + 1]);
        }
        return map;
    }
}
