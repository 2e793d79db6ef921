package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a RegistryJsonException with a message and a pointer, and nothing else. */
class BadInputTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private final RegistryJson json = Fixtures.json();

    private static ObjectNode fullDocument() throws Exception {
        return (ObjectNode) PLAIN.readTree(Fixtures.json().write(Fixtures.full()));
    }

    private RegistryJsonException failure(String document) {
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class, () -> json.read(document));
        assertThat(e).as("reading must fail with RegistryJsonException").isNotNull();
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").hasSizeLessThan(700);
        return e;
    }

    private RegistryJsonException failure(JsonNode document) throws Exception {
        return failure(PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        RegistryJsonException e = failure("{\n  \"format\": \"clustermeet-registry\",\n  \"version\": 1,\n  oops\n}");
        assertThat(e.getMessage()).startsWith("malformed JSON: ");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isGreaterThan(0);
    }

    @Test
    void truncatedDocumentIsMalformed() throws Exception {
        String text = json.write(Fixtures.full());
        RegistryJsonException e = failure(text.substring(0, text.length() / 2));
        assertThat(e.getMessage()).startsWith("malformed JSON: ").containsIgnoringCase("end-of-input");
    }

    @Test
    void emptyDocumentIsRefused() {
        assertThat(failure("").getMessage()).isEqualTo("the document is empty");
    }

    @Test
    void wrongTypeNamesThePointer() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/organisations/1").put("totalMembers", "forty");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/organisations/1/totalMembers");
        assertThat(e.getMessage()).contains("expected an integer").contains("found a string");
        assertThat(e.line()).isPositive();
    }

    @Test
    void numberIsNotCoercedToAString() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/people/0").put("givenName", 42);
        assertThat(failure(doc).pointer()).isEqualTo("/people/0/givenName");
    }

    @Test
    void missingRequiredPropertyIsNamed() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/labels/0").remove("assessedOn");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/labels/0");
        assertThat(e.getMessage()).startsWith("missing required property \"assessedOn\" at /labels/0");
    }

    @Test
    void unknownPropertyIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/events/0/sessions/1").put("colour", "blue");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/events/0/sessions/1/colour");
        assertThat(e.getMessage()).startsWith("unknown property \"colour\"");
    }

    @Test
    void unknownTopLevelPropertyIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        doc.put("extra", true);
        assertThat(failure(doc).pointer()).isEqualTo("/extra");
    }

    @Test
    void nullWhereAValueIsRequiredIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/registrations/0").putNull("person");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/registrations/0/person");
        assertThat(e.getMessage()).contains("null is not allowed");
    }

    @Test
    void nullForAnOptionalValueIsRefusedToo() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/labels/0").putNull("renews");
        assertThat(failure(doc).pointer()).isEqualTo("/labels/0/renews");
    }

    @Test
    void nullInsideASectionIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        ((ArrayNode) doc.get("people")).addNull();
        assertThat(failure(doc).pointer()).isEqualTo("/people/2");
    }

    @Test
    void duplicateKeysAreRefused() {
        RegistryJsonException e = failure("{\"format\": \"clustermeet-registry\", \"version\": 1, \"version\": 1}");
        assertThat(e.getMessage()).startsWith("malformed JSON: ").contains("Duplicate");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void trailingContentIsRefused() {
        RegistryJsonException e = failure("{\"format\": \"clustermeet-registry\", \"version\": 1} {}");
        assertThat(e.getMessage()).startsWith("malformed JSON: unexpected content after the end of the document");
    }

    @Test
    void duplicateIdsAreRefusedAtTheSecondOccurrence() throws Exception {
        ObjectNode doc = fullDocument();
        ((ArrayNode) doc.get("people")).add(doc.get("people").get(1).deepCopy());
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/people/2");
        assertThat(e.getMessage()).contains("person ben: duplicate person id");
    }

    @Test
    void everyDanglingReferenceIsReportedTogether() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/labels/0").put("issuer", "ghost-1");
        at(doc, "/registrations/1").put("person", "ghost-2");
        at(doc, "/memberships/0").put("group", "ghost-3");
        RegistryJsonException e = failure(doc);
        assertThat(e.problems()).extracting(RegistryJsonException.Problem::toString).containsExactly(
                "/labels/0: label gr-gold: issuer ghost-1 does not exist",
                "/memberships/0: membership m1: group ghost-3 does not exist",
                "/registrations/1: registration r2: person ghost-2 does not exist");
        assertThat(e.getMessage()).endsWith("; and 2 more problems");
        assertThat(e.line()).isPositive();
    }

    @Test
    void invalidCountryCodeIsRefusedWithItsPointer() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/organisations/0").put("country", "XX");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/organisations/0/country");
        assertThat(e.getMessage()).contains("Invalid country code").contains("\"XX\"");
    }

    @Test
    void nutsCodeOfAnotherCountryIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/organisations/1").put("region", "PL22");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/organisations/1");
        assertThat(e.getMessage()).contains("NUTS region PL22 lies in PL, not in its country GR");
    }

    @Test
    void endBeforeStartIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/events/0/sessions/0").put("end", "2019-10-26T08:00:00+02:00");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/events/0/sessions/0/end");
        assertThat(e.getMessage()).contains("is not after start");
    }

    @Test
    void offsetThatDoesNotMatchTheZoneIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/events/0").put("start", "2019-10-26T09:00:00+01:00");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/events/0/start");
        assertThat(e.getMessage()).contains("does not match time zone Europe/Brussels");
    }

    @Test
    void goldLabelAt79PercentIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/labels/0/gold").put("scorePercent", new java.math.BigDecimal("79"));
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/labels/0/gold");
        assertThat(e.getMessage()).contains("scorePercent (valid values 80 - 100): 79");
    }

    @Test
    void smesAboveMembersAreRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/organisations/1").put("smeMembers", 41);
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/organisations/1");
        assertThat(e.getMessage()).contains("smeMembers 41 exceeds totalMembers 40");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(RegistryJson.MAX_NESTING_DEPTH + 10) + "]".repeat(RegistryJson.MAX_NESTING_DEPTH + 10);
        RegistryJsonException e = failure(deep);
        assertThat(e.getMessage()).containsIgnoringCase("nesting depth");
    }

    @Test
    void deeplyNestedEligibilityPolicyWithinTheLimitIsRead() throws Exception {
        ObjectNode doc = fullDocument();
        JsonNode policy = doc.at("/events/0/eligibility");
        for (int i = 0; i < 20; i++) {
            ObjectNode not = JsonNodeFactory.instance.objectNode().put("type", "not");
            not.set("policy", policy);
            ObjectNode notNot = JsonNodeFactory.instance.objectNode().put("type", "not");
            notNot.set("policy", not);
            policy = notNot;
        }
        at(doc, "/events/0").set("eligibility", policy);
        assertThat(json.read(PLAIN.writeValueAsString(doc)).events()).hasSize(2);
    }

    @Test
    void overlongStringIsRefused() {
        String doc = "{\"format\": \"clustermeet-registry\", \"version\": 1, \"x\": \""
                + "a".repeat(RegistryJson.MAX_STRING_LENGTH + 1) + "\"}";
        RegistryJsonException e = failure(doc);
        assertThat(e.getMessage()).containsIgnoringCase("string value length");
    }

    @Test
    void overlongNumberIsRefused() {
        RegistryJsonException e = failure("{\"format\": \"clustermeet-registry\", \"version\": "
                + "1".repeat(RegistryJson.MAX_NUMBER_LENGTH + 1) + "}");
        assertThat(e.getMessage()).containsIgnoringCase("number value length");
    }

    @Test
    void hugeButShortNumberIsRefusedAsAnOutOfRangeValue() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/events/0").put("capacity", new java.math.BigInteger("99999999999999999999"));
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/events/0/capacity");
        assertThat(e.getMessage()).contains("expected an integer from 1 to 2147483647");
    }

    @Test
    void overlongPropertyNameIsRefused() {
        RegistryJsonException e = failure("{\"" + "n".repeat(RegistryJson.MAX_NAME_LENGTH + 1) + "\": 1}");
        assertThat(e.getMessage()).containsIgnoringCase("name length");
    }

    @Test
    void documentOverTheSizeCapIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "x".repeat(2000), StandardCharsets.UTF_8);
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class,
                () -> json.withMaxDocumentBytes(1000).read(file));
        assertThat(e.getMessage()).isEqualTo("the document (2000 bytes) is over the size limit of 1000 bytes; "
                + "raise it with RegistryJson.withMaxDocumentBytes");
        assertThat(e.sizeLimitExceeded()).hasValue(1000);
    }

    @Test
    void streamOverTheSizeCapIsRefused() {
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class, () -> json.withMaxDocumentBytes(10)
                .read(new java.io.ByteArrayInputStream(new byte[100])));
        assertThat(e.getMessage()).contains("over the size limit of 10 bytes");
    }

    @Test
    void streamOfExactlyTheSizeCapIsRead() throws Exception {
        byte[] document = json.write(Registry.empty()).getBytes(StandardCharsets.UTF_8);
        assertThat(json.withMaxDocumentBytes(document.length).read(new java.io.ByteArrayInputStream(document)))
                .isEqualTo(Registry.empty());
        assertThatThrownBy(() -> json.withMaxDocumentBytes(document.length - 1)
                .read(new java.io.ByteArrayInputStream(document)))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessage("the document (more than " + (document.length - 1) + " bytes) is over the size limit of "
                        + (document.length - 1) + " bytes; raise it with RegistryJson.withMaxDocumentBytes");
    }

    @Test
    void bytesOverTheSizeCapAreRefusedBeforeParsing() {
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class, () -> json.withMaxDocumentBytes(10)
                .read("{not even json}".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.getMessage()).isEqualTo("the document (15 bytes) is over the size limit of 10 bytes; "
                + "raise it with RegistryJson.withMaxDocumentBytes");
        assertThat(e.sizeLimitExceeded()).hasValue(10);
    }

    @Test
    void bytesInAnotherEncodingAreRefusedWithTheirPosition() {
        byte[] latin1 = "{\"format\": \"clustermeet-registry\", \"version\": 1, \"x\": \"\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class, () -> json.read(latin1));
        assertThat(e.getMessage()).containsIgnoringCase("UTF-8");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void streamThatTricklesAndMisstatesWhatIsAvailableIsReadWhole() throws Exception {
        Registry full = Fixtures.full();
        byte[] document = json.write(full).getBytes(StandardCharsets.UTF_8);
        for (int available : new int[] {0, 7, 1 << 20}) {
            java.io.InputStream trickle = new java.io.ByteArrayInputStream(document) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, 3));
                }

                @Override
                public synchronized int available() {
                    return available;
                }
            };
            assertThat(json.read(trickle)).as("available() = %d", available).isEqualTo(full);
        }
    }

    @Test
    void defaultSizeCapIs64MiB() {
        assertThat(RegistryJson.defaults().maxDocumentBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void classNameOfferedAsTypeIdIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/organisations/0").put("type", "java.net.URL");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/organisations/0/type");
        assertThat(e.getMessage()).contains("unknown value \"java.net.URL\"").contains("cluster-organisation");
    }

    @Test
    void classNameOfferedAsPolicyTypeIsRefused() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/events/0/eligibility").put("type", "java.lang.Runtime");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/events/0/eligibility/type");
        assertThat(e.getMessage()).contains("unknown eligibility policy type");
    }

    @Test
    void coreRuleSurfacesWithItsDomainMessageAndPath() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/events/1").remove("parent");
        RegistryJsonException e = failure(doc);
        assertThat(e.pointer()).isEqualTo("/events/1");
        assertThat(e.getMessage()).isEqualTo("event side is a side event and must name its parent event at /events/1"
                + " (line " + e.line() + ", column " + e.column() + ")");
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherVersionIsRefusedNamingTheSupportedOnes() {
        RegistryJsonException e = failure("{\"format\": \"clustermeet-registry\", \"version\": 2}");
        assertThat(e.pointer()).isEqualTo("/version");
        assertThat(e.getMessage()).startsWith("unsupported document version 2 (supported versions: 1)");
    }

    @Test
    void documentWithoutFormatIsRefused() {
        RegistryJsonException e = failure("{\"version\": 1, \"organisations\": []}");
        assertThat(e.getMessage()).startsWith("not a clustermeet registry document");
    }

    @Test
    void documentOfAnotherFormatIsRefused() {
        RegistryJsonException e = failure("{\"format\": \"geojson\", \"version\": 1}");
        assertThat(e.pointer()).isEqualTo("/format");
    }

    @Test
    void nonObjectDocumentIsRefused() {
        assertThat(failure("[1, 2]").getMessage()).startsWith("expected an object, found an array");
    }

    @Test
    void unpairedSurrogateInAStringIsRefused() {
        RegistryJsonException e = failure("{\"format\": \"clustermeet-registry\", \"version\": 1, \"x\": \"\uD800\"}");
        assertThat(e.getMessage()).contains("not valid Unicode");
    }

    @Test
    void invalidUtf8BytesAreRefused() {
        byte[] bytes = "{\"format\": \"clustermeet-registry\", \"version\": 1, \"x\": \"?\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class,
                () -> json.read(new java.io.ByteArrayInputStream(bytes)));
        assertThat(e.getMessage()).startsWith("malformed JSON: ").containsIgnoringCase("UTF-8");
    }

    @Test
    void longBadValuesAreNotEchoedBack() throws Exception {
        ObjectNode doc = fullDocument();
        at(doc, "/organisations/0").put("country", "Q".repeat(50_000));
        RegistryJsonException e = failure(doc);
        assertThat(e.getMessage()).hasSizeLessThan(300).contains("50000 characters");
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class,
                () -> json.read(dir.resolve("nope.json")));
        assertThat(e.getMessage()).endsWith("nope.json: no such file");
    }
}
