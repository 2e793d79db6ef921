package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;

/** The streaming reader reads every valid document in any property order and refuses repeated properties. */
class StreamingReadTest {

    private static final JsonFactory FACTORY = StrictMapper.of(RegistryJson.DEFAULT_MAX_DOCUMENT_BYTES).getFactory();
    private final RegistryJson json = RegistryJson.defaults();

    @Test
    void validDocumentsReadBackAsTheRegistryWritten() throws Exception {
        for (Registry registry : List.of(Brussels2019.registry(), Fixtures.full(), Registry.empty())) {
            for (RegistryJson writer : List.of(json, json.withCompactOutput())) {
                String document = writer.write(registry);
                assertThat(json.read(document)).isEqualTo(registry);
                assertThat(json.read(document.getBytes(StandardCharsets.UTF_8))).isEqualTo(registry);
            }
        }
    }

    @Test
    void aRepeatedPropertyAnywhereIsRefused() throws Exception {
        byte[] document = json.withCompactOutput().write(Fixtures.full()).getBytes(StandardCharsets.UTF_8);
        List<int[]> fields = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(document)) {
            Deque<Integer> open = new ArrayDeque<>();
            int pending = -1;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    pending = (int) p.currentTokenLocation().getByteOffset();
                } else if (t.isStructStart()) {
                    open.push(pending);
                    pending = -1;
                } else if (t.isStructEnd()) {
                    int start = open.pop();
                    if (start >= 0) {
                        fields.add(new int[] {start, (int) p.currentLocation().getByteOffset()});
                    }
                } else {
                    if (pending >= 0) {
                        p.getText(); // finishes the token, so that the location is after it
                        fields.add(new int[] {pending, (int) p.currentLocation().getByteOffset()});
                    }
                    pending = -1;
                }
            }
        }
        for (int[] field : fields) {
            int start = field[0];
            int end = field[1];
            byte[] repeated = new byte[document.length + 1 + end - start];
            System.arraycopy(document, 0, repeated, 0, end);
            repeated[end] = ',';
            System.arraycopy(document, start, repeated, end + 1, end - start);
            System.arraycopy(document, end, repeated, 2 * end + 1 - start, document.length - end);
            String at = new String(document, start, Math.min(60, end - start), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> json.read(new java.io.ByteArrayInputStream(repeated)))
                    .as("read with %s repeated", at)
                    .isInstanceOf(RegistryJsonException.class).hasMessageContaining("uplicate");
        }
        assertThat(fields).as("fields tried").hasSizeGreaterThan(100);
    }

    @Test
    void propertiesInAnotherOrderReadTheSame() throws Exception {
        String reordered = "{\"version\": 1, \"format\": \"clustermeet-registry\"}";
        assertThat(json.read(reordered)).isEqualTo(Registry.empty());
        ObjectNode canonical = (ObjectNode) new ObjectMapper().readTree(json.write(Fixtures.full()));
        ObjectNode backwards = new ObjectMapper().createObjectNode();
        List<String> names = new ArrayList<>();
        canonical.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> backwards.set(n, canonical.get(n)));
        assertThat(json.read(backwards.toString())).isEqualTo(Fixtures.full());
    }

    @Test
    void aDocumentWithoutFormatSaysSoBeforeAnythingElse() {
        String notOurs = "{\"organisations\": [{\"id\": 42}], \"version\": 1}";
        assertThatThrownBy(() -> json.read(notOurs)).isInstanceOf(RegistryJsonException.class)
                .hasMessageStartingWith("not a clustermeet registry document");
    }

    @Test
    void aDocumentWithoutVersionSaysSo() {
        assertThatThrownBy(() -> json.read("{\"format\": \"clustermeet-registry\", \"people\": []}"))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessageStartingWith("missing required property \"version\"");
    }

    @Test
    void aPropertyOfAnotherKindOfOrganisationIsUnknown() throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json.write(Fixtures.full()));
        ObjectNode association = null;
        for (com.fasterxml.jackson.databind.JsonNode o : doc.get("organisations")) {
            if (o.get("type").asText().equals("cluster-association")) {
                association = (ObjectNode) o;
            }
        }
        assertThat(association).as("the fixture has a cluster association").isNotNull();
        association.put("totalMembers", 40);
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class, () -> json.read(doc.toString()));
        assertThat(e.getMessage()).startsWith("unknown property \"totalMembers\"");
        assertThat(e.pointer()).endsWith("/totalMembers");
    }

    @Test
    void anEmptyOrRepeatingListOfEcosystemsReadsAsItsSet() throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json.write(Brussels2019.registry()));
        List<String> clusters = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode o : doc.get("organisations")) {
            if (o.get("type").asText().equals("cluster-organisation")) {
                clusters.add(o.get("id").asText());
            }
        }
        assertThat(clusters).as("the sample has cluster organisations").hasSizeGreaterThanOrEqualTo(2);
        for (com.fasterxml.jackson.databind.JsonNode o : doc.get("organisations")) {
            if (o.get("id").asText().equals(clusters.get(0))) {
                ((ObjectNode) o).putArray("ecosystems");
            } else if (o.get("id").asText().equals(clusters.get(1))) {
                ((ObjectNode) o).putArray("ecosystems").add("health").add("digital").add("health");
            }
        }
        Registry read = json.read(doc.toString());
        assertThat(((ClusterOrganisation) read.organisation(
                OrganisationId.of(clusters.get(0))).orElseThrow()).ecosystems()).isEmpty();
        assertThat(((ClusterOrganisation) read.organisation(
                OrganisationId.of(clusters.get(1))).orElseThrow()).ecosystems())
                .containsExactlyInAnyOrder(IndustrialEcosystem.HEALTH,
                        IndustrialEcosystem.DIGITAL);
    }

    @Test
    void aPropertyOfAnotherPolicyTypeIsUnknown() throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json.write(Fixtures.full()));
        ObjectNode policy = (ObjectNode) doc.at("/events/0/eligibility");
        assertThat(policy.isMissingNode()).as("the fixture's first event has a policy").isFalse();
        policy.put("minimum", "gold").put("group", "zp");
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class, () -> json.read(doc.toString()));
        assertThat(e.getMessage()).startsWith("unknown property");
        assertThat(e.pointer()).startsWith("/events/0/eligibility/");
    }

    @Test
    void singleValuesReadThroughTheModuleUseTheSameReader() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());
        assertThatThrownBy(() -> mapper.readValue("{\"id\": \"p\", \"givenName\": \"Anna\", \"familyName\": 7}",
                org.clustermeet.core.person.Person.class))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("expected a string, found the number 7");
        assertThatThrownBy(() -> mapper.readValue("{\"id\": \"p\", \"givenName\": \"Anna\", \"familyName\": "
                + "\"Nowak\", \"nickname\": \"Ania\"}", org.clustermeet.core.person.Person.class))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("unknown property \"nickname\"");
    }

    @Test
    void aStreamThatCannotSayHowMuchItHoldsIsReadAsAPipeIs() throws Exception {
        byte[] document = Fixtures.json().write(Brussels2019.registry()).getBytes(StandardCharsets.UTF_8);
        java.io.InputStream seekless = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(document)) {
            @Override
            public int available() throws java.io.IOException {
                throw new java.io.IOException("Illegal seek");
            }
        };

        assertThat(Fixtures.json().read(seekless)).isEqualTo(Brussels2019.registry());
    }
}
