package org.clustermeet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.interop.csv.CsvDialect;
import org.clustermeet.interop.csv.CsvImportException;
import org.clustermeet.interop.csv.OrganisationCsv;
import org.clustermeet.interop.csv.RegistrationCsv;
import org.clustermeet.interop.programme.ProgrammeImport;
import org.clustermeet.interop.programme.ProgrammeImportException;
import org.clustermeet.interop.programme.ProgrammeResult;
import org.clustermeet.json.RegistryJson;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet import FILE (--organisations CSV | --registrations CSV --event ID |
 * --programme SCHEDULE --event ID) --out OUT}: adds organisations, or registers people, from a
 * spreadsheet, or reads a conference tool's programme into an event, all or nothing, and writes the
 * registry document.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports organisations, or registrations for an event, from a CSV file, or an event's "
                + "programme from a frab or pretalx schedule.json, into a registry document: all or nothing, every "
                + "problem listed with its line and column, or its JSON Pointer.")
final class ImportCommand implements Callable<Integer> {

    /** What is imported: exactly one. */
    static final class What {
        @Option(names = "--organisations", paramLabel = "CSV",
                description = "A CSV file of cluster organisations, with the columns id, name, country (required), "
                        + "name pl, acronym, region, ecosystems (separated by |), founded, total members, sme members, "
                        + "nace, website, listed on eccp (yes, or FROM..UNTIL), label level, label valid until (as the "
                        + "export writes them, for reading: an import refuses them filled).")
        Path organisations;

        @Option(names = "--registrations", paramLabel = "CSV",
                description = "A CSV file of registrations (with --event), with the columns person id, organisation "
                        + "id, role (required), attends (in-person or online), registration id, registered at (an ISO "
                        + "instant); the export's other columns (name, organisation, country, given name, family name, "
                        + "e-mail, phone, state) are accepted and not imported.")
        Path registrations;

        @Option(names = "--programme", paramLabel = "SCHEDULE",
                description = "A frab or pretalx schedule.json (with --event): its talks become the event's sessions "
                        + "(a talk whose GUID a session holds updates it), its rooms join the venue's, and speakers not "
                        + "in the registry are added with no role and no consent to publish their name. Deviations "
                        + "from the format are printed as warnings with their JSON Pointer.")
        Path programme;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file",
            description = "The registry document (- for standard input).")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    @Option(names = "--event", paramLabel = "ID", description = "The event the registrations or the programme are for.")
    private String event;

    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "The CSV file's charset, e.g. windows-1250 (default: UTF-8).")
    private String charset;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The registry document to write.")
    private Path out;

    @Override
    public Integer call() {
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry = Documents.load(file, limit.maxBytes, lang, spec.commandLine().getErr(),
                ClusterMeetCli.showProgress(spec));
        Path csv = what.organisations != null ? what.organisations
                : what.registrations != null ? what.registrations : what.programme;
        if (what.programme != null && charset != null) {
            throw new CliFailure(CliFailure.USAGE, "--charset applies to CSV files; a schedule.json is UTF-8");
        }
        Optional<Charset> cs = charset(lang);
        Registry result;
        List<String> report = new ArrayList<>();
        try (Progress progress = Progress.of(spec.commandLine().getErr(), ClusterMeetCli.showProgress(spec),
                Message.PROGRESS_READING.format(lang, csv), size(csv));
             InputStream in = progress.track(Files.newInputStream(csv), Message.PROGRESS_CHECKING.format(lang, csv))) {
            if (what.organisations != null) {
                result = OrganisationCsv.rfc4180().withMaxBytes(limit.maxBytes).importInto(registry, in, cs,
                        csv.toString());
                int added = result.organisations().size() - registry.organisations().size();
                report.add(Message.IMPORTED.format(lang, Message.NOUN_ORGANISATION.count(lang, added), csv));
            } else if (what.programme != null) {
                EventId id = eventOf("--programme", registry, lang);
                ProgrammeResult imported = ProgrammeImport.into(id).withMaxBytes(limit.maxBytes)
                        .read(registry, in, csv.toString());
                imported.warnings().forEach(w -> spec.commandLine().getErr().println(
                        Message.SCHEDULE_WARNING.format(lang, w.describe())));
                imported.changes().forEach(c -> report.add(c.describe()));
                report.add(Message.PROGRAMME_IMPORTED.format(lang, id, csv, imported.summary(),
                        imported.peopleAdded().size()));
                result = imported.registry();
            } else {
                EventId id = eventOf("--registrations", registry, lang);
                RegistrationCsv.Import imported = RegistrationCsv.of(CsvDialect.RFC_4180).withMaxBytes(limit.maxBytes)
                        .importInto(registry, id, in, cs, Instant.now(), csv.toString());
                imported.lines().forEach(l -> report.add(Message.IMPORTED_LINE.format(lang, l.line(),
                        l.outcome().describe(lang))));
                result = imported.registry();
            }
        } catch (NoSuchFileException e) {
            throw new CliFailure(CliFailure.USAGE, Message.NO_SUCH_FILE.format(lang, csv));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_READ.format(lang, csv, e.getMessage()));
        } catch (CsvImportException e) {
            throw new CliFailure(CliFailure.INVALID, e.getMessage(),
                    e.problems().stream().skip(1).map(p -> "  " + p).toList());
        } catch (ProgrammeImportException e) {
            throw new CliFailure(CliFailure.INVALID, e.getMessage(),
                    e.problems().stream().skip(1).map(p -> "  " + p.describe()).toList());
        }
        Registry written = result;
        Output.toFile(out, List.of(file, csv), lang, stream -> RegistryJson.defaults().write(written, stream));
        // what was imported is told once it is safely written
        report.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().println(Message.DOCUMENT_WRITTEN.format(lang, out));
        return 0;
    }

    /** The event named by --event, which the registry holds. */
    private EventId eventOf(String option, Registry registry, Locale lang) {
        if (event == null) {
            throw new CliFailure(CliFailure.USAGE, option + " needs --event ID");
        }
        EventId id = CliFailure.invalidOnRefusal(() -> EventId.of(event));
        if (registry.event(id).isEmpty()) {
            throw new CliFailure(CliFailure.INVALID, Message.UNKNOWN_EVENT.format(lang, event, file));
        }
        return id;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // opening it will say what is wrong
        }
    }

    private Optional<Charset> charset(Locale lang) {
        if (charset == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(charset));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CliFailure(CliFailure.USAGE, Message.UNKNOWN_CHARSET.format(lang, charset));
        }
    }
}
