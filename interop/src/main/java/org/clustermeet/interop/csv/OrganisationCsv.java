package org.clustermeet.interop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.EccpListing;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.text.IsoText;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.Spelling;
import org.clustermeet.core.value.WebLink;

/**
 * Cluster organisations as a spreadsheet, one per line:
 * {@code id, name, name pl, acronym, country, region, ecosystems, founded, total members,
 * sme members, nace, website, listed on eccp, label level, label valid until}.
 * The names are the current English and Polish ones; ecosystems are separated by {@code |};
 * "listed on eccp" is {@code yes} (undated) or a period {@code FROM..UNTIL} (open-ended:
 * {@code FROM..}); an organisation not listed on the ECCP cannot hold a new label. The label
 * columns give the label in force on a chosen day, for reading: an import refuses a file that
 * fills them, since a label needs its issuer and assessment (put labels through a document).
 * Name histories, aliases and dated member counts stay in the JSON document. Every column of a
 * file is imported or refused by name: nothing is dropped. Immutable and thread-safe.
 */
public final class OrganisationCsv {

    static final List<CsvTable.Column> COLUMNS = CsvTable.columns("id", true, "name", true, "name pl", false,
            "acronym", false,
            "country", true, "region", false, "ecosystems", false, "founded", false, "total members", false,
            "sme members", false, "nace", false, "website", false, "listed on eccp", false, "label level", false,
            "label valid until", false);
    private static final CsvTable.Column ID = COLUMNS.get(0);
    private static final CsvTable.Column NAME = COLUMNS.get(1);
    private static final CsvTable.Column NAME_PL = COLUMNS.get(2);
    private static final CsvTable.Column ACRONYM = COLUMNS.get(3);
    private static final CsvTable.Column COUNTRY = COLUMNS.get(4);
    private static final CsvTable.Column REGION = COLUMNS.get(5);
    private static final CsvTable.Column ECOSYSTEMS = COLUMNS.get(6);
    private static final CsvTable.Column FOUNDED = COLUMNS.get(7);
    private static final CsvTable.Column TOTAL = COLUMNS.get(8);
    private static final CsvTable.Column SMES = COLUMNS.get(9);
    private static final CsvTable.Column NACE = COLUMNS.get(10);
    private static final CsvTable.Column WEBSITE = COLUMNS.get(11);
    private static final CsvTable.Column LISTING = COLUMNS.get(12);
    private static final List<CsvTable.Column> LABEL_COLUMNS = List.of(COLUMNS.get(13), COLUMNS.get(14));

    /** {@return the columns a file may have, in the export's order; id, name and country are required} */
    public static List<String> columnNames() {
        return COLUMNS.stream().map(CsvTable.Column::name).toList();
    }

    /** The most bytes an import reads unless {@link #withMaxBytes(long)} says otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final CsvDialect dialect;
    private final long maxBytes;

    private OrganisationCsv(CsvDialect dialect, long maxBytes) {
        this.dialect = dialect;
        this.maxBytes = maxBytes;
    }

    /**
     * Returns this form with another limit on the size of an import.
     *
     * @param maxBytes the most bytes an import reads, positive
     * @return the form
     * @throws IllegalArgumentException if the limit is not positive
     */
    public OrganisationCsv withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        return new OrganisationCsv(dialect, maxBytes);
    }

    /** {@return the RFC 4180 form} */
    public static OrganisationCsv rfc4180() {
        return new OrganisationCsv(CsvDialect.RFC_4180, DEFAULT_MAX_BYTES);
    }

    /**
     * Returns a form in a dialect.
     *
     * @param dialect the dialect, not null
     * @return the form
     */
    public static OrganisationCsv of(CsvDialect dialect) {
        return new OrganisationCsv(Objects.requireNonNull(dialect, "dialect"), DEFAULT_MAX_BYTES);
    }

    /**
     * Writes a registry's cluster organisations, in id order, with the label in force on a day.
     *
     * @param registry the registry, not null
     * @param day      the day of the label columns, not null
     * @param out      where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(Registry registry, LocalDate day, OutputStream out) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(day, "day");
        CsvWriter csv = new CsvWriter(Objects.requireNonNull(out, "out"), dialect);
        csv.record(COLUMNS.stream().map(CsvTable.Column::name).toList());
        LabelQueries labels = LabelQueries.of(registry);
        for (ClusterOrganisation o : registry.clusterOrganisations()) {
            Optional<QualityLabel> label = labels.labelInForce(o.id(), day);
            csv.record(List.of(o.id().value(), o.name().english(), o.name().texts().getOrDefault("pl", ""),
                    o.acronym().orElse(""), o.country().toString(),
                    o.region().map(Object::toString).orElse(""),
                    o.ecosystems().stream().sorted().map(Spelling::document).collect(Collectors.joining(" | ")),
                    o.founded().map(Object::toString).orElse(""), Integer.toString(o.totalMembers()),
                    Integer.toString(o.smeMembers()), o.nace().map(Object::toString).orElse(""),
                    o.website().map(Object::toString).orElse(""), o.eccpListing().map(OrganisationCsv::listing).orElse(""),
                    label.map(l -> Spelling.document(l.level())).orElse(""),
                    label.map(l -> l.validUntil().toString()).orElse("")));
        }
        csv.flush();
    }

    /**
     * Reads cluster organisations and adds them to a registry, all or none.
     *
     * @param registry the registry to add to, not null
     * @param in       the CSV bytes; read to the end, not closed
     * @param charset  the file's charset, or empty for UTF-8
     * @param source   the file's name, for messages; not null
     * @return the registry with the organisations added
     * @throws CsvImportException naming every problem with its line and column; nothing is added
     * @throws IOException        if reading fails
     */
    public Registry importInto(Registry registry, InputStream in, Optional<Charset> charset, String source)
            throws IOException, CsvImportException {
        Objects.requireNonNull(registry, "registry");
        List<CsvProblem> problems = new ArrayList<>();
        // the builder's own index of ids finds a repeated one: one bulk build (a full check of the
        // result) rather than an edit per organisation, ten times faster for an import of 100,000
        RegistryBuilder builder = registry.toBuilder();
        CsvTable.read(in, charset, COLUMNS, maxBytes, source, row -> {
            Cells cells = new Cells(row, problems);
            Optional<ClusterOrganisation> o = organisation(cells);
            if (o.isPresent() && cells.clean()) {
                OrganisationId id = o.get().id();
                if (!builder.contains(EntityKind.ORGANISATION, id)) {
                    builder.add(o.get());
                } else if (registry.organisation(id).isPresent()) {
                    cells.problem("id", "organisation " + id + " is already in the registry");
                } else {
                    cells.problem("id", "organisation " + id + " appears on an earlier line too");
                }
            }
            return problems.size() < CsvTable.MAX_PROBLEMS;
        });
        if (!problems.isEmpty()) {
            throw new CsvImportException(source, problems);
        }
        try {
            return builder.build();
        } catch (RegistryIntegrityException e) {
            throw new CsvImportException(source, List.of(new CsvProblem(1, Optional.empty(), e.getMessage())));
        }
    }

    private static Optional<ClusterOrganisation> organisation(Cells c) {
        Optional<OrganisationId> id = c.required(ID, OrganisationId::of);
        Optional<String> name = c.required(NAME, Function.identity());
        Optional<CountryCode> country = c.required(COUNTRY, CountryCode::of);
        Optional<NutsCode> region = c.optional(REGION, NutsCode::of);
        Set<IndustrialEcosystem> ecosystems = c.optional(ECOSYSTEMS, OrganisationCsv::ecosystems).orElse(Set.of());
        Optional<LocalDate> founded = c.optional(FOUNDED, IsoText::date);
        int total = c.optional(TOTAL, Cells::count).orElse(0);
        int smes = c.optional(SMES, Cells::count).orElse(0);
        Optional<NaceCode> nace = c.optional(NACE, NaceCode::of);
        Optional<WebLink> website = c.optional(WEBSITE, WebLink::of);
        Optional<EccpListing> listing = c.optional(LISTING, OrganisationCsv::listing);
        for (CsvTable.Column label : LABEL_COLUMNS) {
            if (c.has(label)) {
                c.problem(label.name(), "labels are not imported from an organisations file (the export writes the "
                        + "label in force, for reading): leave the column empty, and put labels through a registry "
                        + "document or a document part (store put)");
            }
        }
        if (id.isEmpty() || name.isEmpty() || country.isEmpty() || !c.clean()) {
            return Optional.empty();
        }
        try {
            ClusterOrganisation.Builder b = ClusterOrganisation.builder(id.get(), name.get(), country.get())
                    .members(total, smes).ecosystems(ecosystems.toArray(IndustrialEcosystem[]::new));
            // plain ifs rather than ifPresent(b::x): a capturing method reference is an object per call
            if (c.has(NAME_PL)) {
                b.localName("pl", c.cell(NAME_PL));
            }
            if (c.has(ACRONYM)) {
                b.acronym(c.cell(ACRONYM));
            }
            if (region.isPresent()) {
                b.region(region.get());
            }
            if (founded.isPresent()) {
                b.founded(founded.get());
            }
            if (nace.isPresent()) {
                b.nace(nace.get());
            }
            if (website.isPresent()) {
                b.website(website.get());
            }
            if (listing.isPresent()) {
                Optional<DateRange> period = listing.get().period();
                if (period.isPresent()) {
                    b.listedOnEccp(period.get());
                } else {
                    b.listedOnEccp(true);
                }
            }
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            c.problem(null, e.getMessage());
            return Optional.empty();
        }
    }

    private static final Spelling<IndustrialEcosystem> ECOSYSTEM = Spelling.of(IndustrialEcosystem.class,
            IndustrialEcosystem::label, "industrial ecosystem");

    private static Set<IndustrialEcosystem> ecosystems(String cell) {
        Set<IndustrialEcosystem> set = EnumSet.noneOf(IndustrialEcosystem.class);
        int start = 0;
        while (start <= cell.length()) {
            int bar = cell.indexOf('|', start);
            int end = bar < 0 ? cell.length() : bar;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(cell.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                set.add(ECOSYSTEM.parse(cell.substring(from, to)));
            }
            start = end + 1;
        }
        return set;
    }

    private static String listing(EccpListing listing) {
        return listing.period().map(DateRange::toString).orElse("yes");
    }

    private static EccpListing listing(String cell) {
        if (cell.equalsIgnoreCase("yes")) {
            return EccpListing.UNDATED;
        }
        int dots = cell.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("expected yes, FROM..UNTIL or FROM.. (dates as 2019-12-04), found \""
                    + Echo.cut(cell) + "\"");
        }
        LocalDate from = IsoText.date(cell.substring(0, dots).strip());
        String until = cell.substring(dots + 2).strip();
        return EccpListing.during(until.isEmpty() ? DateRange.of(from) : DateRange.of(from, IsoText.date(until)));
    }

    @Override
    public String toString() {
        return "OrganisationCsv[" + dialect.name().toLowerCase(Locale.ROOT) + "]";
    }
}
