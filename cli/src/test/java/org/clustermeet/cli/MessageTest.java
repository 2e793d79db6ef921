package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message has both languages, with the same placeholders. */
class MessageTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(Message.class)
    void everyMessageHasEnglishAndPolishWithTheSamePlaceholders(Message message) {
        String english = message.pattern(Locale.ENGLISH);
        String polish = message.pattern(Message.POLISH);
        assertThat(english).isNotBlank();
        assertThat(polish).isNotBlank();
        assertThat(placeholders(polish)).isEqualTo(placeholders(english));
        assertThat(message.pattern(Locale.GERMAN)).as("other languages fall back to English").isEqualTo(english);
    }

    @ParameterizedTest
    @EnumSource(value = Message.class, names = "NOUN_.*", mode = EnumSource.Mode.MATCH_ALL)
    void countedNounsHaveASingularAndAPluralInEnglish(Message noun) {
        assertThat(noun.count(Locale.ENGLISH, 1)).doesNotContain("|").startsWith("1 ");
        assertThat(noun.count(Locale.ENGLISH, 2)).doesNotContain("|").startsWith("2 ");
        assertThat(noun.count(Message.POLISH, 5)).endsWith(": 5");
    }
}
