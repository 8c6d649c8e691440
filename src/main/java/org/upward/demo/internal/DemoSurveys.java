package org.upward.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.upward.people.People;
import org.upward.survey.ItemKind;
import org.upward.survey.SurveyHistory;
import org.upward.survey.SurveyItemRequest;
import org.upward.survey.SurveyItemView;
import org.upward.survey.SurveyItems;
import org.upward.survey.SurveyResponseRequest;
import org.upward.survey.SurveyWaves;
import org.upward.survey.WaveRequest;

/**
 * Survey waves for the demo. The pilot has three closed waves answered by most participants and by a
 * comparison group (Operations, which took no part): participants' scores rise wave by wave while the
 * comparison group's stay about flat. The current program has a BASELINE wave open now, which some
 * participants have answered and the demo accounts have not. Seeded, so every demo looks the same.
 */
@Component
class DemoSurveys {

    static final String COMPARISON_DEPARTMENT = "Operations";

    /** A wave's dates and the means its answers scatter around: participants, then the comparison group. */
    private record PastWave(
            String name, LocalDate opensOn, LocalDate closesOn, double[] participants, double[] comparison) {}

    // means of collaboration, satisfaction, intergenerational communication, recommend (0-10), own item
    private static final List<PastWave> PILOT_WAVES = List.of(
            new PastWave(
                    "BASELINE",
                    LocalDate.of(2025, 12, 29),
                    LocalDate.of(2026, 1, 23),
                    new double[] {2.7, 3.1, 2.5, 6.0, 2.2},
                    new double[] {2.8, 3.0, 2.6, 5.5, 2.3}),
            new PastWave(
                    "MONTH_6",
                    LocalDate.of(2026, 7, 6),
                    LocalDate.of(2026, 7, 31),
                    new double[] {3.5, 3.8, 3.4, 7.8, 3.3},
                    new double[] {2.9, 3.0, 2.6, 5.8, 2.4}),
            new PastWave(
                    "MONTH_12",
                    LocalDate.of(2026, 10, 19),
                    LocalDate.of(2026, 11, 13),
                    new double[] {4.0, 4.2, 4.0, 8.8, 3.9},
                    new double[] {2.8, 3.1, 2.7, 5.6, 2.4}));

    private static final String[] COMMENTS = {
        "My mentor showed me shortcuts I now use every day.",
        "Hard to find time in budget season.",
        "I finally understand how decisions are made upstairs.",
        "Would like more lunch & learn sessions.",
        null,
        null,
        null
    };

    private final SurveyWaves waves;
    private final SurveyItems items;
    private final SurveyHistory history;
    private final People directory;
    private final Clock clock;

    DemoSurveys(SurveyWaves waves, SurveyItems items, SurveyHistory history, People directory, Clock clock) {
        this.waves = waves;
        this.items = items;
        this.history = history;
        this.directory = directory;
        this.clock = clock;
    }

    void forPilot(long programId, List<String> participants) {
        Random random = new Random(2026);
        SurveyItemView tools = items.add(
                programId, new SurveyItemRequest("I use at least one new digital tool every week.", ItemKind.SCALE));
        List<String> comparison = directory.emailsInDepartment(COMPARISON_DEPARTMENT, 100);
        for (int w = 0; w < PILOT_WAVES.size(); w++) {
            PastWave wave = PILOT_WAVES.get(w);
            waves.schedule(programId, new WaveRequest(wave.name(), wave.opensOn(), wave.closesOn(), comparison));
            // a few people skip each wave, more as the months go by
            for (int i = 0; i < participants.size(); i++) {
                if ((i + w) % 8 != 7 && !(w == 2 && i % 6 == 5)) {
                    file(programId, wave, participants.get(i), wave.participants(), tools, random, i + w);
                }
            }
            for (int i = 0; i < comparison.size(); i++) {
                if ((i + w) % 4 != 3) {
                    file(programId, wave, comparison.get(i), wave.comparison(), tools, random, i);
                }
            }
        }
    }

    /** BASELINE open now; every third participant but the demo accounts has answered. */
    void forCurrent(long programId, List<String> participants) {
        Random random = new Random(2027);
        LocalDate today = LocalDate.now(clock);
        PastWave baseline = new PastWave(
                "BASELINE", today.minusDays(3), today.plusDays(24), new double[] {2.9, 3.2, 2.6, 6.5, 0}, null);
        waves.schedule(programId, new WaveRequest(baseline.name(), baseline.opensOn(), baseline.closesOn(), null));
        for (int i = 0; i < participants.size(); i++) {
            String email = participants.get(i);
            if (i % 3 == 1 && !email.startsWith("mentor@") && !email.startsWith("mentee@")) {
                history.file(
                        programId,
                        baseline.name(),
                        email,
                        answers(baseline.participants(), random, null, i),
                        today.minusDays(i % 3));
            }
        }
    }

    private void file(
            long programId, PastWave wave, String email, double[] means, SurveyItemView tools, Random random, int n) {
        LocalDate on = wave.opensOn().plusDays(random.nextInt(20));
        history.file(programId, wave.name(), email, answers(means, random, tools, n), on);
    }

    private static SurveyResponseRequest answers(double[] means, Random random, SurveyItemView tools, int n) {
        int person = n + random.nextInt(JITTER.length);
        return new SurveyResponseRequest(
                scale(means[0], person, 1, 5),
                scale(means[1], person + 3, 1, 5),
                scale(means[2], person + 5, 1, 5),
                scale(means[3], person + 7, 0, 10),
                COMMENTS[n % COMMENTS.length],
                tools == null ? Map.of() : Map.of(String.valueOf(tools.id()), scale(means[4], person + 2, 1, 5)));
    }

    /** People differ around the wave's mean, but evenly: the jitter sums to zero over its cycle. */
    private static final double[] JITTER = {-1, 0.4, 0, 1, -0.6, 0.3, -0.4, 0.6, 0, -0.3, 1, -1};

    private static int scale(double mean, int person, int min, int max) {
        double spread = (max - min) / 4.0;
        double answer = mean + JITTER[Math.floorMod(person, JITTER.length)] * spread;
        return (int) Math.max(min, Math.min(max, Math.round(answer)));
    }
}
