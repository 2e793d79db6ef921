package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.clustermeet.json.internal.DocumentNames;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped in the jar accepts the documents the library writes and rejects invalid ones. */
class SchemaTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012())
                .getSchema(RegistryJson.schema(), InputFormat.JSON);
    }

    private static List<Error> errors(JsonNode document) {
        return schema.validate(document);
    }

    private static ObjectNode document() throws Exception {
        return (ObjectNode) PLAIN.readTree(RegistryJson.defaults().write(Fixtures.full()));
    }

    @Test
    void everyObjectHasThePropertiesTheSchemaDeclares() throws Exception {
        JsonNode schemaTree = PLAIN.readTree(RegistryJson.schema());
        DocumentNames.OBJECTS.forEach((pointer, properties) -> {
            JsonNode declared = schemaTree.at(pointer + "/properties");
            java.util.Set<String> names = new java.util.TreeSet<>();
            declared.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("properties at %s", pointer).isEqualTo(new java.util.TreeSet<>(properties));
        });
    }

    @Test
    void schemaIsDraft202012() {
        assertThat(RegistryJson.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    void brusselsDocumentValidates() throws Exception {
        assertThat(errors(PLAIN.readTree(RegistryJson.defaults().write(Brussels2019.registry())))).isEmpty();
    }

    @Test
    void documentUsingEveryFieldValidates() throws Exception {
        assertThat(errors(document())).isEmpty();
    }

    @Test
    void documentWithoutFormatFails() throws Exception {
        ObjectNode doc = document();
        doc.remove("format");
        assertThat(errors(doc)).isNotEmpty();
    }

    @Test
    void unknownPropertyFails() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.at("/people/0")).put("nickname", "Ania");
        assertThat(errors(doc)).isNotEmpty();
    }

    @Test
    void wrongTypeFails() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.at("/events/0")).put("capacity", "two");
        assertThat(errors(doc)).isNotEmpty();
    }

    @Test
    void goldScoreBelow80Fails() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.at("/labels/0/gold")).put("scorePercent", 79.9);
        assertThat(errors(doc)).isNotEmpty();
    }

    @Test
    void unknownOrganisationTypeFails() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.at("/organisations/0")).put("type", "java.net.URL");
        assertThat(errors(doc)).isNotEmpty();
    }

    @Test
    void eventWithBothScheduleFormsFails() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.at("/events/0")).put("firstDay", "2019-10-26");
        assertThat(errors(doc)).isNotEmpty();
    }

    @Test
    void otherVersionFails() throws Exception {
        ObjectNode doc = document();
        doc.put("version", 2);
        assertThat(errors(doc)).isNotEmpty();
    }
}
