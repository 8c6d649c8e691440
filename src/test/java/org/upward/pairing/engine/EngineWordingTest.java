package org.upward.pairing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upward.pairing.engine.Fixtures.AI;
import static org.upward.pairing.engine.Fixtures.PYTHON;
import static org.upward.pairing.engine.Fixtures.mentee;
import static org.upward.pairing.engine.Fixtures.mentor;
import static org.upward.pairing.engine.Fixtures.settings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upward.shared.UiText;

/**
 * The explanations get their words from messages-pairing.properties (plain Java here: {@link Wording#ENGLISH});
 * these are the sentences the other engine tests do not already pin, word for word as before.
 */
class EngineWordingTest {

    private final PairingEngine engine = new PairingEngine();

    @Test
    void belowTheMinimumWithSomeRuledOutAndNobodyAllowed() {
        var result = engine.run(Fixtures.input(
                List.of(
                                mentor(1).offers(AI, 2),
                                mentor(2).offers(AI, 2),
                                mentor(3).offers(AI, 2))
                        .stream()
                        .map(Fixtures.MentorBuilder::build)
                        .toList(),
                List.of(mentee(10).wants(AI, 1, Priority.HIGH).build()),
                settings().weights(1, 0, 0).minScore(30).block(3, 10)));

        assertThat(result.unmatched())
                .extracting(Unmatched::explanation)
                .containsExactly(
                        "Each of the 2 mentors allowed scores below the minimum of 30 (best score possible: 25);"
                                + " ruled out: 1 blocked by an admin.",
                        "The only mentee allowed scores below the minimum of 30 (best score possible: 25).",
                        "The only mentee allowed scores below the minimum of 30 (best score possible: 25).",
                        "No mentee is allowed under the constraints: 1 blocked by an admin.");
    }

    @Test
    void everyEligibleMentorTaken() {
        var result = engine.run(Fixtures.input(
                List.of(mentor(1).offers(AI, 5).build(), mentor(2).offers(AI, 5).build()),
                List.of(
                        mentee(10).wants(AI, 1, Priority.HIGH).build(),
                        mentee(11).wants(AI, 1, Priority.HIGH).build(),
                        mentee(12).wants(AI, 2, Priority.HIGH).build()),
                settings()));

        assertThat(result.unmatched()).singleElement().satisfies(u -> assertThat(u.explanation())
                .startsWith("Each of the 2 eligible mentors is at capacity with pairs that give a better overall"
                        + " result (best score possible: "));
    }

    @Test
    void skillsNotCoveredOrNotWanted() {
        var none = engine.run(Fixtures.input(
                List.of(mentor(1).offers(AI, 5).build()),
                List.of(mentee(10)
                        .wants(PYTHON, 3, Priority.HIGH)
                        .wants(99, 1, Priority.LOW)
                        .build()),
                settings()));
        var nothingWanted = engine.run(Fixtures.input(
                List.of(mentor(1).offers(AI, 5).build()), List.of(mentee(10).build()), settings()));

        assertThat(none.pairs().get(0).explanation())
                .startsWith("Covers 0 of 2 wanted skills: not covered: Python, skill #99. No shared interests. ");
        assertThat(nothingWanted.pairs().get(0).explanation())
                .startsWith("The mentee lists no skills to learn. No shared interests. ");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** As the app runs it: the words of the request's language (src/test/resources/messages_xx.properties). */
    @Test
    void theAppsEngineExplainsInTheLanguageOfWhoeverRunsIt() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("xx"));
        var result = new PairingEngine(UiText::of)
                .run(Fixtures.input(
                        List.of(mentor(1).offers(AI, 5).build()),
                        List.of(mentee(10).build(), mentee(11).build()),
                        settings()));

        assertThat(result.pairs().get(0).explanation())
                .startsWith("The mentee lists no skills to learn. [xx] No shared interests. ");
        assertThat(new PairingEngine(UiText::of)
                        .run(Fixtures.input(List.of(), List.of(mentee(10).build()), settings()))
                        .unmatched()
                        .get(0)
                        .explanation())
                .isEqualTo("[xx] No mentors are enrolled in the program.");
    }
}
