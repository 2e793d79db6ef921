package org.clustermeet.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the pages and the API's messages, in English and Polish, from
 * {@code texts_en.properties} and {@code texts_pl.properties} (UTF-8). A key missing in a language
 * is a build error, found by a test that compares the two files. {@code {0}}, {@code {1}}... are
 * filled in one pass, so a value holding braces stays as it is.
 */
public final class Texts {

    private static final Properties ENGLISH = load("texts_en.properties");
    private static final Properties POLISH = load("texts_pl.properties");

    private final Locale locale;
    private final Properties words;

    private Texts(Locale locale, Properties words) {
        this.locale = locale;
        this.words = words;
    }

    /**
     * @param locale the language; Polish for {@code pl}, else English
     * @return the texts of that language
     */
    public static Texts of(Locale locale) {
        return Lang.isPolish(locale) ? new Texts(Lang.POLISH, POLISH) : new Texts(Locale.ENGLISH, ENGLISH);
    }

    /** {@return the language} */
    public Locale locale() {
        return locale;
    }

    /** {@return the language tag, for {@code <html lang>}} */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * Returns a text with its placeholders filled.
     *
     * @param key       the key
     * @param arguments the values of {@code {0}}, {@code {1}}...
     * @return the text
     * @throws IllegalArgumentException if no text has this key
     */
    public String get(String key, Object... arguments) {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + locale);
        }
        StringBuilder b = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 2) == '}') {
                int n = pattern.charAt(i + 1) - '0';
                if (n < arguments.length) {
                    b.append(arguments[n]);
                    i += 2;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The keys of a language, for the test that keeps both files alike. */
    static java.util.Set<String> keys(Locale locale) {
        return (Lang.isPolish(locale) ? POLISH : ENGLISH).stringPropertyNames();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the server's texts " + name + " are missing from its jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's texts " + name, e);
        }
        return p;
    }
}
