package org.clustermeet.interop.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.value.Spelling;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registry.Registry;

/**
 * A registry's quality labels as a spreadsheet, one per line in id order:
 * {@code id, holder id, holder, level, issuer id, issuer, assessed on, valid until, in force},
 * the last saying whether the label is the one in force for its holder on a chosen day
 * ({@code yes} or {@code no}). Names are those on the day. Export only. Immutable and thread-safe.
 */
public final class LabelCsv {

    private static final List<String> HEADER = List.of("id", "holder id", "holder", "level", "issuer id", "issuer",
            "assessed on", "valid until", "in force");

    private final CsvDialect dialect;

    private LabelCsv(CsvDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Returns the form in a dialect.
     *
     * @param dialect the dialect, not null
     * @return the form
     */
    public static LabelCsv of(CsvDialect dialect) {
        return new LabelCsv(Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Writes the labels.
     *
     * @param registry the registry, not null
     * @param day      the day for names and for "in force", not null
     * @param out      where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(Registry registry, LocalDate day, OutputStream out) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(day, "day");
        CsvWriter csv = new CsvWriter(Objects.requireNonNull(out, "out"), dialect);
        csv.record(HEADER);
        LabelQueries queries = LabelQueries.of(registry);
        for (QualityLabel l : registry.labels()) {
            boolean inForce = queries.labelInForce(l.holder(), day).map(f -> f.id().equals(l.id())).orElse(false);
            csv.record(List.of(l.id().value(), l.holder().value(), name(registry, l.holder(), day),
                    Spelling.document(l.level()),
                    l.issuer().value(), name(registry, l.issuer(), day), l.assessedOn().toString(),
                    l.validUntil().toString(), inForce ? "yes" : "no"));
        }
        csv.flush();
    }

    private static String name(Registry registry, org.clustermeet.core.id.OrganisationId id, LocalDate day) {
        return registry.organisation(id).map(o -> o.displayNameOn(day).english()).orElse("");
    }
}
