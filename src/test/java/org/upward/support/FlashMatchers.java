package org.upward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matcher;
import org.hamcrest.StringDescription;
import org.springframework.test.web.servlet.ResultMatcher;
import org.upward.shared.Flash;

/** Asserts what {@link Flash} message a redirect carries to the next page. */
public final class FlashMatchers {

    private FlashMatchers() {}

    public static ResultMatcher flashSuccess(String key) {
        return result -> assertThat(flashes(result.getFlashMap().get(Flash.ATTRIBUTE)))
                .as("success messages")
                .anySatisfy(f -> {
                    assertThat(f.problem()).isFalse();
                    assertThat(f.key()).isEqualTo(key);
                });
    }

    /** A success message with this key and exactly these arguments. */
    public static ResultMatcher flashSuccess(String key, Object... args) {
        return result -> assertThat(flashes(result.getFlashMap().get(Flash.ATTRIBUTE)))
                .as("success messages")
                .anySatisfy(f -> {
                    assertThat(f.problem()).isFalse();
                    assertThat(f.key()).isEqualTo(key);
                    assertThat(f.args()).isEqualTo(Arrays.asList(args));
                });
    }

    public static ResultMatcher flashProblem(String key) {
        return result -> assertThat(flashes(result.getFlashMap().get(Flash.ATTRIBUTE)))
                .as("problem messages")
                .anySatisfy(f -> {
                    assertThat(f.problem()).isTrue();
                    assertThat(f.key()).isEqualTo(key);
                });
    }

    /** A problem shown as a text already in words, containing {@code part}. */
    public static ResultMatcher flashProblemText(String part) {
        return result -> assertThat(flashes(result.getFlashMap().get(Flash.ATTRIBUTE)))
                .as("problem messages")
                .anySatisfy(f -> {
                    assertThat(f.problem()).isTrue();
                    assertThat(f.text()).contains(part);
                });
    }

    /** A problem shown as a text already in words, matching {@code text} (e.g. equalTo, startsWith). */
    public static ResultMatcher flashProblemText(Matcher<? super String> text) {
        return result -> assertThat(flashes(result.getFlashMap().get(Flash.ATTRIBUTE)))
                .as("problem messages")
                .anySatisfy(f -> {
                    assertThat(f.problem()).isTrue();
                    assertThat(text.matches(f.text()))
                            .as("text %s %s", f.text(), StringDescription.toString(text))
                            .isTrue();
                });
    }

    @SuppressWarnings("unchecked")
    static List<Flash> flashes(Object attribute) {
        return attribute instanceof List<?> list ? (List<Flash>) list : List.of();
    }
}
