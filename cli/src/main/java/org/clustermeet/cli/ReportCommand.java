package org.clustermeet.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustermeet.core.report.EventReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;

/** {@code clustermeet report FILE EVENT-ID}: an event's report, computed from the document. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Prints an event's report: organisations, countries, SMEs, participants, sessions.")
final class ReportCommand implements Callable<Integer> {

    /** How many known ids an unknown-event error lists. */
    private static final int LISTED = 5;

    /** The report's output forms. */
    enum Format {
        /** One figure per line. */
        TEXT,
        /** A JSON object. */
        JSON,
        /** A self-contained HTML page with charts (public view); needs --out. */
        HTML
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(index = "0", paramLabel = "FILE|DB", descriptionKey = "source",
            description = "The registry document (- for standard input), or a store: the embedded database's "
                    + "path or a jdbc:postgresql: URL.")
    private String file;

    @Parameters(index = "1", paramLabel = "EVENT-ID", descriptionKey = "event-id", description = "The event's id.")
    private String eventId;

    @Option(names = "--out", paramLabel = "OUT",
            description = "The file to write (for html; replaced only when complete).")
    private Path out;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry = new Input(file).load(limit.maxBytes, lang, null, false);
        Event event = registry.events().stream().filter(e -> e.id().value().equals(eventId)).findFirst()
                .orElseThrow(() -> unknown(registry, lang));
        if (format == Format.HTML) {
            String page = HtmlPages.report(registry, event.id(), lang);
            HtmlOut.write(spec, out, new Input(file).files(), page, lang);
            return 0;
        }
        EventReport report = EventReports.of(registry).report(event.id());
        if (format == Format.JSON) {
            spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ReportFormat.json(report)));
        } else {
            spec.commandLine().getOut().print(ReportFormat.text(report, lang));
        }
        return 0;
    }

    private CliFailure unknown(Registry registry, Locale lang) {
        String known = registry.events().stream().limit(LISTED).map(e -> e.id().value())
                .collect(Collectors.joining(", "));
        int more = registry.events().size() - LISTED;
        String shown = eventId.length() > 60 ? eventId.substring(0, 60) + "..." : eventId;
        return new CliFailure(CliFailure.INVALID, Message.UNKNOWN_EVENT.format(lang, shown, new Input(file))
                + (registry.events().isEmpty() ? Message.NO_EVENTS.format(lang)
                : Message.KNOWN_EVENTS.format(lang, known) + (more > 0 ? Message.AND_MORE.format(lang, more) : "")));
    }
}
