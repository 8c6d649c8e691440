package org.upward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTextTest {

    @Test
    void countsEdits() {
        assertThat(NearestText.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestText.distance("", "abc")).isEqualTo(3);
        assertThat(NearestText.distance("same", "same")).isZero();
    }

    @Test
    void suggestsTheClosestKnownTextOnlyWhenItIsASlip() {
        List<String> skills = List.of("Prompt writing", "Public speaking", "TikTok");

        assertThat(NearestText.to("Prompt writng", skills)).contains("Prompt writing");
        assertThat(NearestText.to("tiktk", skills)).contains("TikTok");
        assertThat(NearestText.to("Underwater basketry", skills)).isEmpty();
        assertThat(NearestText.to("TIKTOK", skills)).isEmpty();
        assertThat(NearestText.to(" ", skills)).isEmpty();
    }
}
