package org.clustermeet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.interop.csv.CsvDialect;
import org.clustermeet.interop.csv.LabelCsv;
import org.clustermeet.interop.csv.OrganisationCsv;
import org.clustermeet.interop.csv.RegistrationCsv;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.interop.frab.FrabSchedule;
import org.clustermeet.interop.schemaorg.SchemaOrgExport;
import org.clustermeet.interop.ical.ICalendarExport;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet export FILE (--event ID | --organisations | --labels) --format ics|csv|frab}:
 * an event as a calendar, its programme as frab's schedule.json, or its participants as a
 * spreadsheet; organisations or labels as a spreadsheet. The public view unless {@code --personal}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports an event as iCalendar (ics) or schema.org JSON-LD (jsonld), its programme as the "
                + "schedule.json of frab and pretalx (frab), or its participants as CSV, or the organisations or labels "
                + "as CSV; to standard output unless --out.")
final class ExportCommand implements Callable<Integer> {

    /** The formats. */
    enum Format {
        /** iCalendar. */
        ICS,
        /** CSV. */
        CSV,
        /** frab's and pretalx's schedule.json. */
        FRAB,
        /** schema.org JSON-LD. */
        JSONLD
    }

    /** What is exported: exactly one. */
    static final class What {
        @Option(names = "--event", paramLabel = "ID", description = "An event: its calendar, or its participants.")
        String event;

        @Option(names = "--organisations", description = "The cluster organisations, with their label on --on.")
        boolean organisations;

        @Option(names = "--labels", description = "The quality labels, saying which is in force on --on.")
        boolean labels;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(index = "0", paramLabel = "FILE|DB", descriptionKey = "source",
            description = "The registry document (- for standard input), or a store: the embedded database's "
                    + "path or a jdbc:postgresql: URL.")
    private String file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    @Option(names = "--format", required = true, paramLabel = "ics|csv|frab|jsonld",
            description = "The format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--excel",
            description = "CSV for Excel: semicolons and a byte order mark (formulas are neutralised in both forms).")
    private boolean excel;

    @Option(names = "--personal", description = "Include personal data (names of everyone, e-mail addresses, "
            + "phone numbers); by default only the public view is exported.")
    private boolean personal;

    @Option(names = "--on", paramLabel = "DATE", description = "The day for labels (default: today).")
    private LocalDate on;

    @Option(names = "--stamp", paramLabel = "INSTANT",
            description = "The calendar's DTSTAMP, e.g. 2019-12-01T00:00:00Z (default: the event's start).")
    private Instant stamp;

    @Option(names = "--out", paramLabel = "OUT", description = "The file to write (replaced only when complete).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry = new Input(file).load(limit.maxBytes, lang, spec.commandLine().getErr(),
                ClusterMeetCli.showProgress(spec));
        Output.Export export = export(registry, lang);
        if (out == null) {
            Output.toWriter(spec.commandLine().getOut(), export);
        } else {
            Output.toFile(out, new Input(file).files(), lang, export);
            spec.commandLine().getErr().println(Message.EXPORT_WRITTEN.format(lang, out));
        }
        return 0;
    }

    private Output.Export export(Registry registry, Locale lang) {
        CsvDialect dialect = excel ? CsvDialect.EXCEL : CsvDialect.RFC_4180;
        LocalDate day = on != null ? on : LocalDate.now();
        if (what.event != null) {
            EventId event = CliFailure.invalidOnRefusal(() -> EventId.of(what.event));
            if (registry.event(event).isEmpty()) {
                throw new CliFailure(CliFailure.INVALID, Message.UNKNOWN_EVENT.format(lang, what.event,
                        new Input(file)));
            }
            if (format == Format.ICS) {
                ICalendarExport ics = personal ? ICalendarExport.of(registry).withPersonalData()
                        : ICalendarExport.of(registry);
                ICalendarExport localized = (stamp == null ? ics : ics.stampedAt(stamp)).inLanguage(lang);
                // a store's history counts the event's changes, so that a moved event replaces the calendars' entry
                OptionalInt revision = new Input(file).revision(event);
                ICalendarExport stamped = revision.isPresent() ? localized.withRevision(revision.getAsInt()) : localized;
                return outStream -> stamped.write(event, outStream);
            }
            if (format == Format.JSONLD) {
                // the public view: names only with their owners' yes, no contact details
                SchemaOrgExport jsonLd = SchemaOrgExport.of(PublicView.of(registry), event);
                return jsonLd::write;
            }
            if (format == Format.FRAB) {
                FrabSchedule schedule = FrabSchedule.of(registry, event);
                if (schedule.untimedSessions() > 0) {
                    spec.commandLine().getErr().println(Message.FRAB_UNTIMED.format(lang, schedule.untimedSessions()));
                }
                return schedule::write;
            }
            return outStream -> RegistrationCsv.of(dialect).write(registry, event, personal, outStream);
        }
        if (format != Format.CSV) {
            throw new CliFailure(CliFailure.USAGE, Message.FORMAT_NOT_FOR.format(lang,
                    format.name().toLowerCase(Locale.ROOT),
                    what.organisations ? "--organisations" : "--labels", "--format csv"));
        }
        if (what.organisations) {
            return outStream -> OrganisationCsv.of(dialect).write(registry, day, outStream);
        }
        return outStream -> LabelCsv.of(dialect).write(registry, day, outStream);
    }

}
