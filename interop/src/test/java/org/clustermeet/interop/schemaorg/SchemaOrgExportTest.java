package org.clustermeet.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.interop.IllustrativeForum;
import org.clustermeet.interop.TestJson;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;

import jakarta.json.JsonArray;

/**
 * An event as schema.org JSON-LD: every term is the schema.org context's, the document expands
 * against that context (read from the published file, never fetched), and no personal data
 * appears beyond names their owners let be published.
 */
class SchemaOrgExportTest {

    private static final Path CONTEXT = Path.of("..", "..", "shared", "interop", "schemaorg-context-30.0.jsonld");
    private static Map<String, Object> context;

    @BeforeAll
    @SuppressWarnings("unchecked") // the context file is an object whose @context is an object
    static void readContext() throws Exception {
        if (!Files.exists(CONTEXT)) {
            String message = "the schema.org context " + CONTEXT.toAbsolutePath().normalize() + " is not here";
            if (Boolean.parseBoolean(System.getenv("CLUSTERMEET_REQUIRE_INTEROP_FILES"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + ": schema.org tests skipped");
        }
        context = (Map<String, Object>) TestJson.at(TestJson.tree(Files.readString(CONTEXT)),
                "@context");
    }

    private static String export(Registry registry, EventId event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SchemaOrgExport.of(registry, event).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every property name and type name a JSON value uses, keywords aside. */
    private static void terms(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = (String) k;
                if (!key.startsWith("@")) {
                    into.add(key);
                }
                if (key.equals("@type")) {
                    into.add((String) v);
                }
                terms(v, into);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> terms(v, into));
        }
    }

    @Test
    void everyTermIsTheSchemaOrgContexts() throws Exception {
        Set<String> used = new TreeSet<>();
        terms(TestJson.tree(export(Brussels2019.registry(), Brussels2019.MEETING)), used);
        terms(TestJson.tree(export(IllustrativeForum.registry(), EventId.of("illustrative-two-day-forum"))),
                used);

        assertThat(used).contains("subEvent", "location", "eventAttendanceMode", "eventStatus", "organizer",
                "hasCertification", "Certification", "issuedBy", "validFrom", "validUntil", "performer");
        assertThat(used).allSatisfy(term -> assertThat(context).as("schema.org defines %s", term).containsKey(term));
    }

    @Test
    void theDocumentExpandsAgainstTheLocalContext() throws Exception {
        DocumentLoader local = (url, options) -> {
            assertThat(url.toString()).startsWith("https://schema.org");
            try (InputStream in = Files.newInputStream(CONTEXT)) {
                return JsonDocument.of(in);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        String json = export(Brussels2019.registry(), Brussels2019.MEETING);

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(local).get();

        String text = expanded.toString();
        assertThat(expanded).isNotEmpty();
        assertThat(text).contains("http://schema.org/subEvent", "http://schema.org/hasCertification",
                "http://schema.org/EventScheduled", "http://schema.org/OfflineEventAttendanceMode",
                "urn:clustermeet:event:" + Brussels2019.MEETING.value());
    }

    @Test
    void theLabelsInForceAreCertificationsWithIssuerAndValidity() throws Exception {
        Registry brussels = Brussels2019.registry();
        QualityLabel gold = brussels.labels().stream().filter(l -> l.level() == org.clustermeet.core.label.LabelLevel.GOLD)
                .findFirst().orElseThrow();
        String json = export(brussels, Brussels2019.MEETING);

        assertThat(json).contains("\"@id\" : \"urn:clustermeet:label:" + gold.id().value() + "\"",
                "\"@id\" : \"urn:clustermeet:organisation:" + gold.issuer().value() + "\"");
    }

    @Test
    void noPersonalDataBeyondNamesTheirOwnersLetBePublished() throws Exception {
        Registry registry = IllustrativeForum.registry();
        String json = export(registry, EventId.of("illustrative-two-day-forum"));
        List<String> hidden = new ArrayList<>();
        registry.people().forEach(p -> {
            p.email().ifPresent(e -> hidden.add(e.value()));
            p.phone().ifPresent(ph -> hidden.add(ph.toString()));
            if (!p.mayPublishName()) {
                hidden.add(p.fullName());
            }
        });

        assertThat(hidden).isNotEmpty();
        assertThat(json).contains("Zofia Illustrative").doesNotContain(hidden.toArray(String[]::new));
    }

    @Test
    void forAScriptElementNoTextCanEndTheElement() throws Exception {
        Registry registry = IllustrativeForum.registry();
        var event = registry.event(EventId.of("illustrative-two-day-forum")).orElseThrow();
        Registry hostile = registry.edit().put(event.toBuilder().localTitle("en",
                "Forum </script><script>alert(1)</script> & more").build()).apply();

        String embedded = SchemaOrgExport.of(hostile, event.id()).forScriptElement();

        assertThat(embedded).doesNotContain("</script", "<script", "&").contains("\\u003c/script\\u003e");
        assertThat(TestJson.at(TestJson.tree(embedded), "@graph", 0, "name"))
                .isEqualTo("Forum </script><script>alert(1)</script> & more");
    }
}
