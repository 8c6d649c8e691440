package org.upward.pairing.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the engine's explanations get their words: a key of messages-pairing.properties and its arguments. The
 * engine is plain Java, so the app hands it one that follows the request's language ({@code UiText::of}); on
 * its own (unit tests, benchmarks) it reads the English bundle itself, with the same rules as the app: arguments
 * inserted as Java prints them, and a message without arguments taken as written.
 */
@FunctionalInterface
public interface Wording {

    String text(String key, Object... args);

    /** The English text of messages-pairing.properties. */
    Wording ENGLISH = English.load();

    final class English {

        private English() {}

        static Wording load() {
            Properties messages = new Properties();
            try (InputStream in = Wording.class.getResourceAsStream("/messages-pairing.properties")) {
                if (in == null) {
                    throw new IllegalStateException("messages-pairing.properties is not on the classpath");
                }
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (key, args) -> {
                String pattern = messages.getProperty(key);
                if (pattern == null) {
                    throw new IllegalArgumentException("no message " + key + " in messages-pairing.properties");
                }
                if (args.length == 0) {
                    return pattern;
                }
                Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
                return new MessageFormat(pattern, Locale.ENGLISH).format(texts);
            };
        }
    }
}
