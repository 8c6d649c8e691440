package org.upward.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;

/**
 * The executive's home compares programs on their results: objectives met, who stayed, and no return without
 * outcomes.
 */
class ExecutiveHomeResultsTest extends IntegrationTest {

    @Test
    void thePilotShowsOneOfItsThreeObjectivesMetAndNoOutcomesYet() throws Exception {
        mvc.perform(get("/executive").cookie(logIn(EXECUTIVE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Objectives met")))
                // AI assistants met, Gen Z trends uncertain, prompt writing not met
                .andExpect(content().string(containsString("1 of 3 met")))
                .andExpect(content().string(containsString("None recorded yet")))
                // who stayed, per cohort: the pilot's participants against everyone else, in words
                .andExpect(content().string(containsString("Who stayed")))
                .andExpect(content().string(matchesPattern("(?s).*\\d+ % \\(everyone else \\d+ %\\).*")));
    }
}
