package org.upward.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

/**
 * The text of a rule or error message shown to people (flash notices, field errors, API problems), in
 * the language of the current request: {@code UiText.of("program.error.theEndDateMustBeAfter")}.
 *
 * <p>Why a static helper and not keys carried by the exceptions: the refusals are thrown deep in services
 * and rule classes and read as {@code getMessage()} by page controllers, the API handler, stored job
 * results and notifications alike. Resolving the text where it is made keeps all of those as they are.
 * The bundles are the ones {@code spring.messages.basename} in application.yml lists, loaded here directly,
 * so plain unit tests of rule classes get the same text without Spring. The locale is the request's
 * (Accept-Language); outside a request, or without a bundle for that language, the text is English.
 *
 * <p>Arguments are inserted as Java prints them ({@link String#valueOf}), so ids and amounts read exactly as
 * before (MessageFormat would write 1234 as "1,234"). As everywhere with MessageFormat: in a message with
 * arguments an apostrophe is written twice ({@code ''}); in one without, once.
 */
public final class UiText {

    private static final MessageSource BUNDLES = bundles();

    private UiText() {}

    public static String of(String key, Object... args) {
        Object[] texts = args.length == 0
                ? null
                : Arrays.stream(args).map(String::valueOf).toArray();
        return BUNDLES.getMessage(key, texts, LocaleContextHolder.getLocale());
    }

    /**
     * The text of the key made of a prefix and a name, such as an enum constant's:
     * {@code named("program.measure.side.", Side.MENTEE)} reads {@code program.measure.side.MENTEE}.
     */
    public static String named(String prefix, Object name, Object... args) {
        return of(prefix + name, args);
    }

    /** The text of {@code key}, or {@code fallback} when no bundle has the key (a custom wave's own name). */
    public static String ofOr(String key, String fallback) {
        return BUNDLES.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    /**
     * A day as messages write it ("12 March 2027"), to pass as an argument: the pattern ({@code day.pattern}) and
     * the language of its month names ({@code day.language}) come from the bundle of the request's language, so
     * a language without a bundle gets the English day, not English words around a day in the server's language.
     */
    public static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(of("day.pattern"), Locale.forLanguageTag(of("day.language")))
                .format(date);
    }

    private static MessageSource bundles() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties settings = yaml.getObject();
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(settings.getProperty("spring.messages.basename"))));
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
