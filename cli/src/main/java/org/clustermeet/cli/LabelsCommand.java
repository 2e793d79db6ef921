package org.clustermeet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustermeet.core.query.LabelQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.value.CountryCode;

/** {@code clustermeet labels FILE --on DATE}: who held a valid label on a day. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Lists the cluster organisations holding a valid label of at least a level on a day, one per "
                + "line: id, country, highest valid level, name on that day (tab-separated).")
final class LabelsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(paramLabel = "FILE|DB", descriptionKey = "source",
            description = "The registry document (- for standard input), or a store: the embedded database's "
                    + "path or a jdbc:postgresql: URL.")
    private String file;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day, as 2019-12-04.")
    private LocalDate on;

    @Option(names = "--level", paramLabel = "bronze|silver|gold", defaultValue = "bronze",
            completionCandidates = Spellings.Levels.class,
            description = "The lowest level (default: ${DEFAULT-VALUE}).")
    private LabelLevel level;

    @Option(names = "--country", paramLabel = "CC", converter = CountryConverter.class,
            description = "Only organisations of this country (ISO 3166-1 alpha-2; EL and UK accepted).")
    private CountryCode country;

    /** The output forms. */
    enum Format {
        /** One organisation per line, tab-separated. */
        TEXT,
        /** A self-contained HTML page: every organisation's labels on a time line, the day marked; needs --out. */
        HTML
    }

    @Option(names = "--format", paramLabel = "text|html", defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--out", paramLabel = "OUT",
            description = "The file to write (for html; replaced only when complete).")
    private Path out;

    @Override
    public Integer call() {
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry = new Input(file).load(limit.maxBytes, lang, null, false);
        if (format == Format.HTML) {
            HtmlOut.write(spec, out, new Input(file).files(), HtmlPages.labels(registry, on, lang), lang);
            return 0;
        }
        List<ClusterOrganisation> holders = country == null ? LabelQueries.of(registry).holders(level, on)
                : LabelQueries.of(registry).holders(level, on, country);
        PrintWriter out = spec.commandLine().getOut();
        for (ClusterOrganisation o : holders) {
            // the name is made inert: a tab or line break in it cannot forge a column or a row
            out.println(o.id() + "\t" + o.country() + "\t" + LabelQueries.of(registry).levelInForce(o.id(), on).orElseThrow()
                    + "\t" + Echo.inert(o.displayNameOn(on).get(lang)));
        }
        return 0;
    }

    /** Reads a country code, accepting lower case and Eurostat spellings. */
    static final class CountryConverter implements ITypeConverter<CountryCode> {
        @Override
        public CountryCode convert(String value) {
            return CountryCode.of(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
