package org.upward.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.upward.guide.ConversationTopics;
import org.upward.guide.TopicDirection;
import org.upward.guide.TopicSuggestions;
import org.upward.guide.TopicView;

/** The order topics are offered in: the goals' uncovered skills, the goals' skills, uncovered skills, the rest. */
class TopicRankingTest {

    private static TopicView topic(String title, String... skills) {
        return new TopicView(
                1, 1, title, TopicDirection.MENTOR_TEACHES, "Agenda", List.of(), List.of(), List.of(skills), false, 0);
    }

    private static List<String> titles(List<TopicView> topics) {
        return topics.stream().map(TopicView::title).toList();
    }

    @Test
    void goalsNotCoveredComeFirstThenGoalsThenWhatIsNotCoveredThenTheRest() {
        TopicSuggestions ranked = new TopicRanking(
                        List.of("TikTok", " ai  ASSISTANTS "), List.of("AI assistants", "Negotiation"))
                .rank(List.of(
                        topic("No skills"),
                        topic("Covered only", "Negotiation"),
                        topic("Uncovered", "Public speaking"),
                        topic("Goal covered", "AI assistants"),
                        topic("b goal to cover", "tiktok"),
                        topic("A goal to cover", "Negotiation", "TikTok")));

        assertThat(titles(ranked.fitting())).containsExactly("A goal to cover", "b goal to cover", "Goal covered");
        assertThat(titles(ranked.others())).containsExactly("Uncovered", "Covered only", "No skills");
    }

    @Test
    void withoutGoalsNothingFitsAndTheOfferIsBounded() {
        List<TopicView> many = IntStream.range(0, ConversationTopics.MAX_OFFERED + 5)
                .mapToObj(i -> topic("Topic " + i, "Skill " + i))
                .toList();

        TopicSuggestions ranked = new TopicRanking(List.of(), List.of()).rank(many);

        assertThat(ranked.fitting()).isEmpty();
        assertThat(ranked.others()).hasSize(ConversationTopics.MAX_OFFERED);
    }
}
