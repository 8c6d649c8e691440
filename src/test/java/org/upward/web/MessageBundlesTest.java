package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upward.shared.UiText;

/** The server's rule and error messages live in the bundles: every key the code names is there in English. */
class MessageBundlesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern UI_TEXT_KEY = Pattern.compile("UiText\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyKeyTheCodeUsesIsInTheEnglishBundles() throws IOException {
        Properties english = bundles(Path.of("src/main/resources"), name -> !name.contains("_"));
        TreeSet<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(UI_TEXT_KEY, VALIDATION_KEY)) {
                    Matcher key = pattern.matcher(source);
                    while (key.find()) {
                        used++;
                        if (!english.containsKey(key.group(1))) {
                            missing.add(key.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(used).isGreaterThan(200);
        assertThat(missing)
                .as("keys used in Java but missing from messages*.properties")
                .isEmpty();
    }

    /** With arguments MessageFormat applies, and a lone apostrophe there quotes (swallows) the rest of the text. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/main/resources"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("messages"))
                        .toList()) {
                    bundles(dir, file.getFileName().toString()::equals).forEach((key, value) -> {
                        String text = (String) value;
                        if (ARGUMENT.matcher(text).find()
                                && LONE_APOSTROPHE.matcher(text).find()) {
                            wrong.add(file.getFileName() + ": " + key + "=" + text);
                        }
                    });
                }
            }
        }
        assertThat(wrong).as("write '' in messages with {0}").isEmpty();
    }

    @Test
    void argumentsReadAsJavaPrintsThemAndApostrophesSurvive() {
        assertThat(UiText.of("program.error.noProgramWithId", 12345L)).isEqualTo("No program with id 12345.");
        assertThat(UiText.of("enrollment.error.isNotAWholeNumber", "x")).isEqualTo("'x' is not a whole number");
        assertThat(UiText.of("assessment.error.theClosingDayCanTBe"))
                .isEqualTo("The closing day can't be before the opening day.");
    }

    /** "1 people" and "pair(s)" are codes, not words: a count says its noun through a choice format instead. */
    @Test
    void countsAreWordsNotPluralCodes() throws IOException {
        Properties english = bundles(Path.of("src/main/resources"), name -> !name.contains("_"));
        assertThat(english.stringPropertyNames().stream()
                        .filter(key -> english.getProperty(key).contains("(s)"))
                        .sorted()
                        .toList())
                .as("texts that write a plural as (s)")
                .isEmpty();
    }

    /** A second language is only a properties file: src/test/resources/messages_xx.properties here. */
    @Test
    void theRequestsLanguageIsUsedWhenABundleHasIt() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("xx"));
        assertThat(UiText.of("webhook.error.enterTheWebhookUrl")).isEqualTo("[xx] Enter the webhook URL.");
        assertThat(UiText.of("program.error.noProgramWithId", 7)).isEqualTo("[xx] No program 7.");
        assertThat(UiText.of("webhook.error.thisIsNotAValidUrl")).isEqualTo("This is not a valid URL.");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(UiText.of("webhook.error.enterTheWebhookUrl")).isEqualTo("Enter the webhook URL.");
    }

    @Test
    void daysAreWrittenInTheLanguageOfTheBundleThatAnswers() {
        LocalDate day = LocalDate.of(2027, 3, 12);
        assertThat(UiText.day(day)).isEqualTo("12 March 2027");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("xx"));
        assertThat(UiText.day(day)).isEqualTo("12. März 2027");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(UiText.day(day)).as("no German bundle: an English day").isEqualTo("12 March 2027");
    }

    private static Properties bundles(Path dir, java.util.function.Predicate<String> name) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> {
                        String n = f.getFileName().toString();
                        return n.startsWith("messages") && n.endsWith(".properties") && name.test(n);
                    })
                    .toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(reader);
                }
            }
        }
        return all;
    }
}
