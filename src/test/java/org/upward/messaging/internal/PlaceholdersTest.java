package org.upward.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upward.messaging.MessageKind;
import org.upward.messaging.WrittenMessage;
import org.upward.shared.FieldProblem;

/** A text's placeholders: only the kind's, no stray brace; filled plain, escaped only for HTML. */
class PlaceholdersTest {

    @Test
    void theKindsOwnPlaceholdersPass() {
        assertThat(Placeholders.problems(
                        "body", "Hi {firstName}, {programName}: {link}", MessageKind.APPLICATION_ACCEPTED))
                .isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheAllowedOnes() {
        assertThat(Placeholders.problems("body", "Your {salary}", MessageKind.APPLICATION_ACCEPTED))
                .containsExactly(new FieldProblem(
                        "body",
                        "{salary} is not a placeholder of this message. You can use: {firstName}, {programName},"
                                + " {link}."));
        assertThat(Placeholders.problems("subject", "{partnerName}", MessageKind.APPLICATION_ACCEPTED))
                .extracting(FieldProblem::field)
                .containsExactly("subject");
    }

    @Test
    void aStrayOrMalformedBraceIsRefused() {
        assertThat(Placeholders.problems("body", "Hi {first name}", MessageKind.LAUNCH_ANNOUNCEMENT))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("\"{first name}\""));
        assertThat(Placeholders.problems("body", "Hi {firstName", MessageKind.LAUNCH_ANNOUNCEMENT))
                .hasSize(1);
        assertThat(Placeholders.problems("body", "Hi firstName}", MessageKind.LAUNCH_ANNOUNCEMENT))
                .hasSize(1);
        assertThat(Placeholders.problems("body", "Hi {}", MessageKind.LAUNCH_ANNOUNCEMENT))
                .hasSize(1);
    }

    @Test
    void valuesAreFilledAsTheyAreAndAMissingOneReadsEmpty() {
        assertThat(Placeholders.fill("{firstName}, {a}$1 {programName}", Map.of("firstName", "<b>$1\\", "a", "x")))
                .isEqualTo("<b>$1\\, x$1 ");
    }

    @Test
    void theHtmlFormEscapesEverythingAndKeepsLineBreaks() {
        assertThat(new WrittenMessage("s", "Hi <script>alert('x')</script> & co\nbye").html())
                .isEqualTo("Hi &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co<br>\nbye");
    }
}
