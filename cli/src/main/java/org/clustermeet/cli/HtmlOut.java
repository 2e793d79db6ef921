package org.clustermeet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;


import picocli.CommandLine.Model.CommandSpec;

/** Writes an HTML page to the file named by {@code --out}, replaced only when complete. */
final class HtmlOut {

    private HtmlOut() {
    }

    static void write(CommandSpec spec, Path out, String page, Locale lang) {
        if (out == null) {
            throw new CliFailure(CliFailure.USAGE, Message.HTML_NEEDS_OUT.format(lang));
        }
        try {
            Output.toFile(out, stream -> stream.write(page.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_WRITE.format(lang, out, e.getMessage()));
        }
        spec.commandLine().getErr().println(Message.EXPORT_WRITTEN.format(lang, out));
    }
}
