package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile values in every place of a document: each is refused with a {@link RegistryJsonException}
 * that names its JSON Pointer (or its object's, with the field's name, where the model refuses the
 * value), in a message of bounded length, before any arithmetic on it.
 */
class HostileInputTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String MARK = "@@HOSTILE@@";
    /** The longest message any refusal may have. */
    private static final int MESSAGE_BOUND = 600;

    private static final List<String> HOSTILE_NUMBERS = List.of("1e999999999", "1e2147483647", "-1e2147483648",
            "1E-2147483648", "1e-999999999", "80e0000000000000000000001", "9".repeat(99), "-" + "9".repeat(99),
            "9223372036854775808", "-9223372036854775809", "2147483648", "-1", "1.5", "1e3", "-0.0",
            "0." + "0".repeat(97) + "1");

    private record Place(String pointer, String name) {
    }

    private static ObjectNode fullDocument() throws Exception {
        return (ObjectNode) PLAIN.readTree(Fixtures.json().write(Fixtures.full()));
    }

    private static void numbers(JsonNode node, String pointer, String name, List<Place> out) {
        if (node.isNumber()) {
            out.add(new Place(pointer, name));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                numbers(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbers(node.get(i), pointer + "/" + i, name, out);
            }
        }
    }

    /** The document with the value at a pointer replaced by raw JSON text. */
    private static String with(String pointer, String rawValue) throws Exception {
        ObjectNode root = fullDocument();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), TextNode.valueOf(MARK));
        } else {
            ((ObjectNode) parent).set(last, TextNode.valueOf(MARK));
        }
        return PLAIN.writeValueAsString(root).replace("\"" + MARK + "\"", rawValue);
    }

    private static RegistryJsonException refusal(String document) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> Fixtures.json().read(document));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(thrown).isInstanceOf(RegistryJsonException.class);
        assertThat(thrown.getMessage()).hasSizeLessThan(MESSAGE_BOUND).doesNotContain("\n");
        assertThat(millis).as("refused in milliseconds, not after arithmetic on the value").isLessThan(5_000);
        return (RegistryJsonException) thrown;
    }

    @Test
    void everyNumericFieldRefusesEveryHostileNumberAtItsPointer() throws Exception {
        List<Place> places = new ArrayList<>();
        numbers(fullDocument(), "", "", places);
        assertThat(new TreeSet<>(places.stream().map(Place::name).toList())).containsExactly("assessors", "capacity",
                "indicatorsAssessed", "interest", "onlineCapacity", "order", "scorePercent", "smeMembers",
                "totalMembers", "value", "version");

        int refused = 0;
        for (Place place : places) {
            for (String hostile : HOSTILE_NUMBERS) {
                String document = with(place.pointer(), hostile);
                Throwable thrown = catchThrowable(() -> Fixtures.json().read(document));
                if (thrown == null) {
                    continue; // a value in range for this field, such as 1e3 people
                }
                RegistryJsonException e = refusal(document);
                // the field itself, or its object where the model refuses the value (a Gold score of 800)
                String object = place.pointer().substring(0, place.pointer().lastIndexOf('/'));
                assertThat(e.pointer()).as("%s = %s: %s", place.pointer(), hostile, e.getMessage())
                        .isIn(place.pointer(), object);
                if (e.pointer().equals(object)) {
                    assertThat(e.getMessage()).contains(place.name());
                }
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(places.size() * (HOSTILE_NUMBERS.size() - 4));
    }

    @Test
    void aHugeExponentIsRefusedWithAShortMessage() throws Exception {
        List<Place> places = new ArrayList<>();
        numbers(fullDocument(), "", "", places);
        Place score = places.stream().filter(p -> p.name().equals("scorePercent")).findFirst().orElseThrow();

        RegistryJsonException e = refusal(with(score.pointer(), "1e999999999"));

        assertThat(e.getMessage()).contains("1e999999999").contains("out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "\\ude00\\ud83d", "x\\ud800y", "\\u0000"})
    void everyStringRefusesAnUnpairedSurrogateOrNulAtItsPointer(String escaped) throws Exception {
        List<String> pointers = new ArrayList<>();
        strings(fullDocument(), "", pointers);
        assertThat(pointers).hasSizeGreaterThan(50);

        for (String pointer : pointers) {
            RegistryJsonException e = refusal(with(pointer, "\"" + escaped + "\""));
            assertThat(e.pointer()).as("%s: %s", pointer, e.getMessage()).isEqualTo(pointer);
            String bad = escaped.substring(escaped.indexOf('\\'), escaped.indexOf('\\') + 6).toUpperCase(Locale.ROOT)
                    .replace("\\U", "\\u");
            assertThat(e.getMessage()).as(pointer).contains(bad);
        }
    }

    @Test
    void aPropertyNameWithAnUnpairedSurrogateIsRefusedAtItsObject() {
        RegistryJsonException e = refusal("{\"format\": \"clustermeet-registry\", \"version\": 1, \"\\ud800\": 1}");

        assertThat(e.getMessage()).containsIgnoringCase("surrogate");
    }

    private static void strings(JsonNode node, String pointer, List<String> out) {
        if (node.isTextual()) {
            out.add(pointer);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                strings(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), pointer + "/" + i, out);
            }
        }
    }
}
