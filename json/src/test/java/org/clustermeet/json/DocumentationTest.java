package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.internal.DocumentNames;
import org.junit.jupiter.api.Test;

/** The JSON guide ({@code docs/json.md}) names every property and shows a document that is read and written as printed. */
class DocumentationTest {

    private static final Path GUIDE = Path.of("..", "docs", "json.md");

    /** Where the guide mentions a schema pointer, as {@code `#/$defs/event`}. */
    private static final Pattern POINTER = Pattern.compile("`#(/[^`]*)?`");

    private static String guide() throws IOException {
        assertThat(GUIDE).as("the JSON guide beside the module").isRegularFile();
        return Files.readString(GUIDE);
    }

    @Test
    void everyObjectOfTheSchemaHasItsPropertiesNamedAfterItsPointer() throws IOException {
        String guide = guide();
        for (Map.Entry<String, List<String>> object : DocumentNames.OBJECTS.entrySet()) {
            String mention = "`#" + object.getKey() + "`";
            int at = guide.indexOf(mention);
            assertThat(at).as("the guide mentions " + mention).isNotNegative();
            String section = section(guide, at + mention.length());
            for (String property : object.getValue()) {
                assertThat(section).as("property %s of %s", property, mention).contains("`" + property + "`");
            }
        }
    }

    @Test
    void theCompleteExampleIsReadAndWrittenBackByteForByte() throws IOException {
        String guide = guide();
        int heading = guide.indexOf("## A complete small example");
        assertThat(heading).isNotNegative();
        int start = guide.indexOf("```json\n", heading) + "```json\n".length();
        String example = guide.substring(start, guide.indexOf("```", start));

        Registry registry = RegistryJson.defaults().read(example);

        assertThat(RegistryJson.defaults().write(registry)).isEqualTo(example);
        assertThat(registry.people()).isNotEmpty();
        assertThat(registry.events()).isNotEmpty();
        assertThat(registry.registrations()).isNotEmpty();
    }

    /** The text after a mention up to the next pointer mention or heading. */
    private static String section(String guide, int from) {
        Matcher next = POINTER.matcher(guide);
        int end = next.find(from) ? next.start() : guide.length();
        int heading = guide.indexOf("\n#", from);
        return guide.substring(from, heading >= 0 ? Math.min(end, heading) : end);
    }
}
