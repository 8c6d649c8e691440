package org.upward.guide.internal;

import static org.upward.guide.TopicDirection.MENTEE_TEACHES;
import static org.upward.guide.TopicDirection.MENTOR_TEACHES;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.upward.guide.TopicDirection;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillView;
import org.upward.shared.UiText;

/**
 * The starter set of conversation topics every program is given, in both directions; the words are in the
 * bundles ({@code guide.starter.<key>.*}), the skills named as the catalog that ships spells them (a skill the
 * catalog no longer has is left out).
 */
final class StarterTopics {

    private record Starter(String key, TopicDirection direction, List<String> skills) {}

    private static final List<Starter> SET = List.of(
            new Starter("aiAssistants", MENTOR_TEACHES, List.of("AI assistants", "Prompt writing")),
            new Starter("linkedin", MENTOR_TEACHES, List.of("LinkedIn presence", "Personal branding")),
            new Starter("genZ", MENTOR_TEACHES, List.of("Gen Z consumer trends", "Sustainability expectations")),
            new Starter("socialListening", MENTOR_TEACHES, List.of("TikTok", "Instagram", "Creator economy")),
            new Starter(
                    "hybridWork",
                    MENTOR_TEACHES,
                    List.of("Collaboration platforms", "Video meetings", "Hybrid team culture")),
            new Starter("dashboards", MENTOR_TEACHES, List.of("Data dashboards", "Spreadsheet automation")),
            new Starter("careerNavigation", MENTEE_TEACHES, List.of("Career navigation")),
            new Starter("pnl", MENTEE_TEACHES, List.of("Financial acumen")),
            new Starter("decisions", MENTEE_TEACHES, List.of("Strategic planning", "Stakeholder management")),
            new Starter("executivePresence", MENTEE_TEACHES, List.of("Executive presence", "Public speaking")));

    private StarterTopics() {}

    /** The starter set's content, with the skills the catalog has. */
    static List<TopicContent> contents(SkillCatalog catalog) {
        return SET.stream()
                .map(starter -> new TopicContent(
                        UiText.named("guide.starter.", starter.key() + ".title"),
                        starter.direction(),
                        UiText.named("guide.starter.", starter.key() + ".agenda"),
                        lines(UiText.named("guide.starter.", starter.key() + ".questions")),
                        starter.skills().stream()
                                .map(name -> catalog.findByName(name)
                                        .map(SkillView::id)
                                        .orElse(null))
                                .filter(Objects::nonNull)
                                .toList()))
                .toList();
    }

    static int size() {
        return SET.size();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
