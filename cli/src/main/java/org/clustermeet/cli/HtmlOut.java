package org.clustermeet.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;

/** Writes an HTML page to the file named by {@code --out}, replaced only when complete. */
final class HtmlOut {

    private HtmlOut() {
    }

    static void write(CommandSpec spec, Path out, List<Path> inputs, String page, Locale lang) {
        if (out == null) {
            throw new CliFailure(CliFailure.USAGE, Message.HTML_NEEDS_OUT.format(lang));
        }
        Output.toFile(out, inputs, lang, stream -> stream.write(page.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getErr().println(Message.EXPORT_WRITTEN.format(lang, out));
    }
}
