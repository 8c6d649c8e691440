package org.upward.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.upward.program.AssessmentSettingsRequest;
import org.upward.program.ObjectiveMeasure;
import org.upward.program.ObjectiveRequest;
import org.upward.program.ProgramRequest;

/**
 * What every demo program sets out to do: three objectives with measures the results page can judge (AI
 * assistants, Gen Z consumer trends, prompt writing), a sponsor, a cost, and assessments of the mentors' business
 * skills beside the mentees' focus skills.
 */
final class DemoProgramRequest {

    private DemoProgramRequest() {}

    static ProgramRequest of(String name, LocalDate start, LocalDate end, int cadenceWeeks) {
        return new ProgramRequest(
                name,
                "Juniors teach senior leaders AI tools, social media and what young customers expect;"
                        + " seniors share how the business really works.",
                start,
                end,
                "Mentees average at least 3.5 on their focus skills after the program.",
                "exec@demo.upward.app",
                cadenceWeeks,
                new BigDecimal("25000"),
                List.of(
                        new ObjectiveRequest(
                                "Executives use AI assistants weekly",
                                List.of("AI assistants", "Prompt writing"),
                                "Mentees gain at least half a level on AI assistants",
                                mentees(ObjectiveMeasure.Kind.SKILL_CHANGE, "AI assistants", "0.5")),
                        new ObjectiveRequest(
                                "Leaders understand how Gen Z customers discover brands",
                                List.of("TikTok", "Gen Z consumer trends"),
                                "Mentees gain a full level on Gen Z consumer trends",
                                mentees(ObjectiveMeasure.Kind.SKILL_CHANGE, "Gen Z consumer trends", "1.0")),
                        new ObjectiveRequest(
                                "Executives write prompts with confidence",
                                List.of("Prompt writing"),
                                "Mentees average at least 3.5 on prompt writing after the program",
                                mentees(ObjectiveMeasure.Kind.SKILL_POST_MEAN, "Prompt writing", "3.5"))),
                null,
                new AssessmentSettingsRequest(
                        List.of(), List.of("Financial acumen", "Stakeholder management", "Strategic planning"), true),
                null);
    }

    private static ObjectiveMeasure mentees(ObjectiveMeasure.Kind kind, String skill, String target) {
        return new ObjectiveMeasure(
                kind, ObjectiveMeasure.Side.MENTEE, List.of(skill), null, new BigDecimal(target), null, null);
    }
}
