package org.clustermeet.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Random;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Organisations to and from CSV. The organisations built here are illustrative (invented, not
 * from the domain facts).
 */
class OrganisationCsvTest {

    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);
    private static final String HEADER = "id,name,name pl,acronym,country,region,ecosystems,founded,total members,"
            + "sme members,nace,website,listed on eccp,label level,label valid until";

    static Registry illustrative() {
        return Registry.builder()
                .add(ClusterOrganisation.builder(OrganisationId.of("full"), "Illustrative \"Full\" cluster; ąęśł, ok",
                                CountryCode.of("PL"))
                        .localName("pl", "Przykładowy klaster „pełny”")
                        .acronym("IFC").region(NutsCode.of("PL22")).founded(LocalDate.of(2011, 5, 1))
                        .ecosystems(IndustrialEcosystem.AGRI_FOOD, IndustrialEcosystem.CONSTRUCTION)
                        .members(120, 100).nace(NaceCode.of("72.19")).website(WebLink.of("https://example.org/full"))
                        .listedOnEccp(DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31))).build())
                .add(ClusterOrganisation.builder(OrganisationId.of("formula"), "=HYPERLINK(\"x\")",
                        CountryCode.of("BE")).listedOnEccp(true).build())
                .add(ClusterOrganisation.builder(OrganisationId.of("lines"), "Two\nlines", CountryCode.of("DE"))
                        .listedOnEccp(DateRange.of(LocalDate.of(2020, 2, 1))).build())
                .build();
    }

    private static byte[] export(Registry registry, CsvDialect dialect) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OrganisationCsv.of(dialect).write(registry, DAY, out);
        return out.toByteArray();
    }

    private static Registry importBytes(byte[] bytes) throws Exception {
        return importBytes(bytes, Optional.empty());
    }

    private static Registry importBytes(byte[] bytes, Optional<Charset> charset) throws Exception {
        return OrganisationCsv.rfc4180().importInto(Registry.empty(), new ByteArrayInputStream(bytes), charset,
                "organisations.csv");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theExportHasTheHeaderAndOneRecordPerClusterOrganisation() throws Exception {
        Registry brussels = Brussels2019.registry();
        String text = new String(export(brussels, CsvDialect.RFC_4180), StandardCharsets.UTF_8);

        assertThat(text).startsWith(HEADER + "\r\n");
        assertThat(text.split("\r\n")).hasSize(1 + brussels.clusterOrganisations().size());
        assertThat(text).contains("\r\nsilesian-aviation-cluster,Silesian Aviation Cluster,Śląski Klaster Lotniczy,");
        assertThat(text).contains(",gold,");
    }

    @Test
    void filledLabelColumnsAreRefusedByNameNotDropped() {
        byte[] file = utf8(HEADER + "\nc,Illustrative cluster,,,PL,,,,,,,,yes,gold,2020-02-29\n");

        assertThatThrownBy(() -> importBytes(file)).isInstanceOfSatisfying(CsvImportException.class,
                e -> assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
                        "line 2, column label level: labels are not imported from an organisations file (the export "
                                + "writes the label in force, for reading): leave the column empty, and put labels "
                                + "through a registry document or a document part (store put)",
                        "line 2, column label valid until: labels are not imported from an organisations file (the "
                                + "export writes the label in force, for reading): leave the column empty, and put "
                                + "labels through a registry document or a document part (store put)"));
    }

    @Test
    void thePolishNameIsImported() throws Exception {
        Registry imported = importBytes(utf8("id,name,name pl,country\nc,Silesian cluster,Śląski klaster,PL\n"));

        assertThat(imported.organisation(OrganisationId.of("c")).orElseThrow().name().texts())
                .containsEntry("en", "Silesian cluster").containsEntry("pl", "Śląski klaster");
    }

    @ParameterizedTest
    @EnumSource(CsvDialect.class)
    void exportingThenImportingGivesTheSameOrganisations(CsvDialect dialect) throws Exception {
        Registry original = illustrative();

        Registry imported = importBytes(export(original, dialect));

        assertThat(imported.organisations()).isEqualTo(original.organisations());
    }

    @Test
    void theExcelDialectHasAByteOrderMarkSemicolonsAndNeutralisedFormulas() throws Exception {
        byte[] bytes = export(illustrative(), CsvDialect.EXCEL);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).contains("id;name;name pl;acronym;country").contains("\r\nformula;\"'=HYPERLINK(\"\"x\"\")\";")
                .doesNotContain(";=HYPERLINK");
    }

    @Test
    void theRfc4180FormQuotesOnlyWhatNeedsIt() throws Exception {
        String text = new String(export(illustrative(), CsvDialect.RFC_4180), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\nfull,\"Illustrative \"\"Full\"\" cluster; ąęśł, ok\",Przykładowy klaster „pełny”,"
                + "IFC,PL,PL22,"
                + "agri-food | construction,2011-05-01,120,100,72.19,https://example.org/full,2018-01-01..2022-12-31,,"
                + "\r\n");
        assertThat(text).contains("\r\nlines,\"Two\nlines\",,,DE,").contains(",2020-02-01..,,\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void anyLineEndIsRead(String end) throws Exception {
        String text = "ID;Name;Country" + end + "a;Alpha;PL" + end + end + "b;\"Beta" + end + "two\";BE" + end;

        Registry imported = importBytes(utf8(text));

        assertThat(imported.clusterOrganisations()).extracting(o -> o.name().english())
                .containsExactly("Alpha", "Beta" + end + "two");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] text = utf8("\uFEFFid,name,country\r\na,Alpha,PL\r\n");

        assertThat(importBytes(text).clusterOrganisations()).hasSize(1);
    }

    @Test
    void headerProblemsAreAllReportedOnLineOne() {
        assertThatThrownBy(() -> importBytes(utf8("id,name,colour,name\r\na,Alpha,red,Alpha\r\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                        .extracting(CsvProblem::toString).containsExactly(
                                "line 1, column colour: unknown column (known: id, name, name pl, acronym, country, region, "
                                        + "ecosystems, founded, total members, sme members, nace, website, "
                                        + "listed on eccp, label level, label valid until)",
                                "line 1, column name: the column is repeated",
                                "line 1, column country: the column is missing"));
    }

    @Test
    void ecosystemsAreSeparatedByBarsInAnySpellingAndEmptyPartsAreSkipped() throws Exception {
        String text = """
                id,name,country,ecosystems
                a,Alpha,PL,| agri-food ||  Construction|DIGITAL |
                b,Beta,PL,agri food
                c,Gamma,PL,|
                """;

        Registry imported = importBytes(utf8(text));

        assertThat(imported.clusterOrganisations()).extracting(ClusterOrganisation::ecosystems).containsExactly(
                Set.of(IndustrialEcosystem.AGRI_FOOD, IndustrialEcosystem.CONSTRUCTION, IndustrialEcosystem.DIGITAL),
                Set.of(IndustrialEcosystem.AGRI_FOOD), Set.of());
    }

    @Test
    void everyCellProblemIsReportedWithItsLineAndColumnAndNothingIsImported() {
        String text = """
                id,name,country,founded,total members,ecosystems,region
                a,Alpha,XX,2019-02-30,-1,space,PL22
                b,,PL,,,,DE21
                a,Again,PL,,,,
                c,Fine,PL,,,,
                c,Repeat,PL,,,,
                """;

        assertThatThrownBy(() -> importBytes(utf8(text)))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                        .extracting(CsvProblem::toString).containsExactly(
                                "line 2, column country: Invalid country code (ISO 3166-1 alpha-2, upper case, or Eurostat's "
                                        + "EL/UK): \"XX\"",
                                "line 2, column ecosystems: unknown industrial ecosystem \"space\" (known: "
                                        + e.problems().get(1).message().substring(e.problems().get(1).message()
                                        .indexOf("(known: ") + 8),
                                "line 2, column founded: \"2019-02-30\" is not a date like 2019-12-04",
                                "line 2, column total members: \"-1\" is not a whole number of at least 0",
                                "line 3, column name: the cell is empty, and the column is required",
                                "line 6, column id: organisation c appears on an earlier line too"))
                .hasMessageStartingWith("organisations.csv: 6 problems, nothing imported; first: line 2, column country");
    }

    @Test
    void aWindows1250FileIsRefusedWithAMessageThatSaysSoAndReadWhenItsCharsetIsNamed() throws Exception {
        Charset windows1250 = Charset.forName("windows-1250");
        byte[] bytes = "id;name;country\r\nslask;Śląski Klaster Łódź;PL\r\n".getBytes(windows1250);

        assertThatThrownBy(() -> importBytes(bytes))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(CsvProblem::toString).asString().startsWith("line 2: the file is not UTF-8: byte 0x8C")
                        .contains("Polish Excel often saves Windows-1250"));
        assertThat(importBytes(bytes, Optional.of(windows1250)).clusterOrganisations())
                .extracting(o -> o.name().english()).containsExactly("Śląski Klaster Łódź");
    }

    @Test
    void anOrganisationAlreadyInTheRegistryIsRefused() {
        assertThatThrownBy(() -> OrganisationCsv.rfc4180().importInto(illustrative(),
                new ByteArrayInputStream(utf8("id,name,country\nfull,Again,PL\n")), Optional.empty(), "x.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("x.csv: line 2, column id: organisation full is already in the registry (nothing imported)");
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThatThrownBy(() -> importBytes(new byte[0])).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("the file is empty: expected a header line");
    }

    @Test
    void aRecordWithMoreFieldsThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> importBytes(utf8("id,name,country\na,Alpha,PL,extra\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                        .extracting(CsvProblem::toString)
                        .containsExactly("line 2: 1 more field(s) than the header has columns"));
    }

    @Test
    void theSameRegistryExportsTheSameBytes() throws Exception {
        assertThat(export(illustrative(), CsvDialect.EXCEL)).isEqualTo(export(illustrative(), CsvDialect.EXCEL));
    }


    @Test
    void anUnterminatedQuoteIsReportedOnTheLineWhereItOpened() {
        assertThatThrownBy(() -> importBytes(utf8("id,name,country\na,Alpha,PL\nd,\"Delta \"\"quoted\"\"\",PL\n"
                + "b,\"Beta,PL\nc,Gamma,PL\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("line 4: malformed CSV: a quoted field opens on this line and is never closed"));
    }

    private static Registry named(String name) {
        return Registry.builder().add(ClusterOrganisation.builder(OrganisationId.of("o"), name, CountryCode.of("BE"))
                .listedOnEccp(true).build()).build();
    }

    @ParameterizedTest
    @EnumSource(CsvDialect.class)
    void everyDialectNeutralisesWhatASpreadsheetWouldRunAsAFormula(CsvDialect dialect) throws Exception {
        for (String formula : List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)", "+1+cmd|' /C calc'!A0", "-2+3",
                "\tx", "\rx", "'=already quoted", "''@twice")) {
            String text = new String(export(named(formula), dialect), StandardCharsets.UTF_8);
            String cell = text.split("\r\n", 2)[1].split(String.valueOf(dialect.separator()), 3)[1];

            assertThat(cell).as(formula).matches("(?s)\"?'.*");
            assertThat(importBytes(export(named(formula), dialect)).organisations())
                    .as(formula).isEqualTo(named(formula).organisations());
        }
    }

    @Test
    void anyTextSurvivesARoundTripInBothDialects() throws Exception {
        Random random = new Random(21);
        String alphabet = "'=+-@\t\r\n\";,aż ";
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder("x".repeat(random.nextInt(2)));
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = b.toString();
            if (name.isBlank() || !name.strip().equals(name) && !CsvWriter.isFormulaLike(name)) {
                continue; // a cell is stripped when read, unless neutralised; a blank name is no name
            }
            for (CsvDialect dialect : CsvDialect.values()) {
                assertThat(importBytes(export(named(name), dialect)).organisations())
                        .as("%s in %s", name.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"), dialect)
                        .isEqualTo(named(name).organisations());
            }
        }
    }

    @Test
    void aNulCharacterIsRefusedWithItsLineAndPlace() {
        assertThatThrownBy(() -> importBytes(utf8("id,name,country,listed on eccp\na,Al\u0000pha,PL,yes\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("line 2: the line holds a NUL character \\u0000 at character 5"));
    }

    @Test
    void aNulCharacterAfterFaultyRecordsIsTheOneProblemReported() {
        String text = "id,name,country\na,Alpha,XX\nb,,PL\nc,Gam\u0000ma,PL\n";

        assertThatThrownBy(() -> importBytes(utf8(text)))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("line 4: the line holds a NUL character \\u0000 at character 6"));
    }

    @Test
    void theSeparatorIsTakenFromTheHeaderLineOnly() throws Exception {
        String text = "id;name;country\na;Alpha, Beta, Gamma;PL\n";

        assertThat(importBytes(utf8(text)).organisation(OrganisationId.of("a")).orElseThrow().name().english())
                .isEqualTo("Alpha, Beta, Gamma");
    }

    @Test
    void anUnpairedSurrogateInAUtf16FileIsRefusedWithItsLine() {
        byte[] before = "id,name,country\na,Al".getBytes(StandardCharsets.UTF_16BE);
        byte[] after = "pha,PL\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[before.length + 2 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xD8; // a high surrogate with no low one after it
        System.arraycopy(after, 0, bytes, before.length + 2, after.length);

        assertThatThrownBy(() -> importBytes(bytes, Optional.of(StandardCharsets.UTF_16BE)))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(CsvProblem::line).isEqualTo(2L));
    }

    @Test
    void aControlCharacterInACellIsEchoedEscaped() {
        assertThatThrownBy(() -> importBytes(utf8("id,name,country,founded\na,Alpha,PL,\u001B]0;x\u0007\n")))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.getMessage())
                        .contains("\\u001B]0;x\\u0007").doesNotContain("\u001B"));
    }

    @Test
    void anImportLargerThanItsLimitIsRefusedNamingTheLimit() {
        byte[] bytes = utf8("id,name,country\n" + "a,Alpha,PL\n".repeat(100));

        assertThatThrownBy(() -> OrganisationCsv.rfc4180().withMaxBytes(200).importInto(Registry.empty(),
                new ByteArrayInputStream(bytes), Optional.empty(), "big.csv"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("line 18: the file is larger than the limit of 200 bytes, which this line passes"));
        assertThatThrownBy(() -> OrganisationCsv.rfc4180().withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive, was 0");
    }
}
