package org.clustermeet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.server.badges.BadgeFonts;
import org.clustermeet.server.badges.BadgeLayout;
import org.clustermeet.server.badges.BadgeSheet;
import org.clustermeet.server.checkin.CheckInKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet badges DB --event ID --check-in-secret FILE --out badges.pdf}: an event's name
 * badges as a PDF, with QR codes the registration server's check-in page accepts when it runs with
 * the same secret.
 */
@Command(name = "badges", mixinStandardHelpOptions = true,
        description = "Prints an event's name badges as a PDF: one for every place in person, with the name "
                + "(only with consent to publish it), organisation, country, role, and a QR code for check-in "
                + "signed with the server's secret.")
final class BadgesCommand implements Callable<Integer> {

    /** The layouts, as the option spells them. */
    enum Layout {
        /** Eight to an A4 sheet. */
        A4(BadgeLayout.A4_SHEET),
        /** One to an A6 page. */
        A6(BadgeLayout.A6_PAGE);

        private final BadgeLayout layout;

        Layout(BadgeLayout layout) {
            this.layout = layout;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(index = "0", paramLabel = "FILE|DB", descriptionKey = "source",
            description = "The registry document (- for standard input), or a store: the embedded database's path or a "
                    + "jdbc:postgresql: URL.")
    private String source;

    @Option(names = "--event", required = true, paramLabel = "ID", description = "The event.")
    private String event;

    @Option(names = "--check-in-secret", required = true, paramLabel = "FILE",
            description = "The file holding the server's check-in secret (at least 32 characters), as given to serve.")
    private Path secret;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "The PDF to write (replaced only when complete).")
    private Path out;

    @Option(names = "--layout", paramLabel = "a4|a6", defaultValue = "A4",
            description = "a4: eight badges to an A4 sheet with cutting marks (default); a6: one to an A6 page.")
    private String layout;

    @Option(names = "--font", paramLabel = "FILE",
            description = "A TrueType font with the names' letters (default: DejaVu Sans, where installed).")
    private Path font;

    @Override
    public Integer call() {
        Locale lang = ClusterMeetCli.locale(spec);
        Layout chosen = layout(lang);
        EventId eventId = CliFailure.invalidOnRefusal(() -> EventId.of(event));
        List<Path> inputs = new ArrayList<>(new Input(source).files());
        inputs.add(secret);
        if (font != null) {
            inputs.add(font);
        }
        Output.refuseInputs(out, inputs, lang);
        CheckInKey key = ServeCommand.readCheckInKey(secret, lang);
        BadgeFonts fonts = fonts(lang);
        Registry registry = new Input(source).load(limit.maxBytes, lang, spec.commandLine().getErr(),
                ClusterMeetCli.showProgress(spec));
        if (registry.event(eventId).isEmpty()) {
            throw new CliFailure(CliFailure.INVALID, Message.UNKNOWN_EVENT.format(lang, event, new Input(source)));
        }
        BadgeSheet sheet = BadgeSheet.of(key).withLayout(chosen.layout).withFonts(fonts).inLanguage(lang);
        BadgeSheet.Printed[] printed = new BadgeSheet.Printed[1];
        Output.toFile(out, inputs, lang, stream -> printed[0] = sheet.write(registry, eventId, stream));
        for (String warning : printed[0].warnings()) {
            spec.commandLine().getErr().println(Message.BADGES_WARNING.format(lang, warning));
        }
        spec.commandLine().getErr().println(Message.BADGES_WRITTEN.format(lang, printed[0].badges(),
                printed[0].pages(), out));
        return 0;
    }

    private Layout layout(Locale lang) {
        try {
            return Layout.valueOf(layout.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, Message.BADGES_LAYOUT.format(lang, layout));
        }
    }

    private static BadgeFonts verified(BadgeFonts fonts, Locale lang) {
        try {
            return fonts.verified();
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_READ.format(lang, fonts.regular(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
    }

    private BadgeFonts fonts(Locale lang) {
        if (font != null) {
            if (!Files.isRegularFile(font)) {
                throw new CliFailure(CliFailure.USAGE, Message.NO_SUCH_FILE.format(lang, font));
            }
            return verified(BadgeFonts.of(font), lang);
        }
        return verified(BadgeFonts.find().orElseThrow(() -> new CliFailure(CliFailure.USAGE,
                Message.BADGES_NO_FONT.format(lang))), lang);
    }
}
