package org.upward.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of notices, mails and chat messages, from the message bundles in the organisation's language
 * ({@code upward.language}, English by default). Not the reader's browser language: a notice is written once, when
 * it is sent, often by a job with no request, and read later in the inbox and the mail.
 */
@Component
public class NoticeTexts {

    private final MessageSource messages;
    private final Locale language;

    NoticeTexts(MessageSource messages, @Value("${upward.language:en}") String language) {
        this.messages = messages;
        this.language = Locale.forLanguageTag(language.isBlank() ? "en" : language.strip());
    }

    public String of(String key, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /**
     * Makes {@code words} in the organisation's language: for a notice built from texts that {@code UiText} writes
     * (in the language of the current request, or of none in a job), such as the impact module's sentences.
     */
    public <T> T inLanguage(Supplier<T> words) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(language);
        try {
            return words.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** A day as notices write it ("12 March 2027"), in the organisation's language (see {@code UiText.day}). */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(of("day.pattern"), Locale.forLanguageTag(of("day.language")))
                .format(date);
    }
}
