package org.clustermeet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.json.RegistryJsonException;

/**
 * Loads a registry document for a command, from a file, a pipe or standard input ({@code -}),
 * turning every problem into a {@link CliFailure}.
 */
final class Documents {

    /** The file name that means standard input, as Unix tools take it. */
    static final String STANDARD_INPUT = "-";

    private Documents() {
    }

    /** Reads a document from standard input, up to the size limit; a pipe is read as it comes. */
    private static Registry fromStandardInput(long maxBytes, Locale lang) {
        try {
            return RegistryJson.defaults().withMaxDocumentBytes(maxBytes).read(System.in);
        } catch (RegistryJsonException e) {
            throw failure(Path.of(STANDARD_INPUT), e, lang);
        }
    }

    private static CliFailure failure(Path file, RegistryJsonException e, Locale lang) {
        if (e.sizeLimitExceeded().isPresent()) {
            return new CliFailure(CliFailure.INVALID, Message.OVER_MAX_BYTES.format(lang, file,
                    e.sizeLimitExceeded().getAsLong()));
        }
        List<String> more = e.problems().stream().skip(1).map(p -> "  " + p).toList();
        return new CliFailure(CliFailure.INVALID, file + ": " + e.getMessage(), more);
    }

    static Registry load(Path file, long maxBytes, Locale lang) {
        return load(file, maxBytes, lang, null, false);
    }

    /**
     * Loads a document, showing the progress of reading and checking it on standard error when
     * {@code show} is set (standard error is a terminal).
     */
    static Registry load(Path file, long maxBytes, Locale lang, java.io.PrintWriter err, boolean show) {
        if (file.toString().equals(STANDARD_INPUT)) {
            return fromStandardInput(maxBytes, lang);
        }
        if (!Files.exists(file)) {
            throw new CliFailure(CliFailure.USAGE, Message.NO_SUCH_FILE.format(lang, file));
        }
        if (Files.isDirectory(file)) {
            throw new CliFailure(CliFailure.USAGE, Message.IS_A_DIRECTORY.format(lang, file));
        }
        if (!Files.isReadable(file)) {
            throw new CliFailure(CliFailure.USAGE, Message.PERMISSION_DENIED.format(lang, file));
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CliFailure(CliFailure.INVALID, Message.OVER_MAX_BYTES.format(lang, file, maxBytes));
            }
            // the file is parsed as it is read, and read again only when the document needs it
            try (Progress progress = Progress.of(err, show, Message.PROGRESS_READING.format(lang, file), size)) {
                return RegistryJson.defaults().withMaxDocumentBytes(maxBytes).read(file,
                        in -> progress.track(in, Message.PROGRESS_CHECKING.format(lang, file)));
            }
        } catch (RegistryJsonException e) {
            throw failure(file, e, lang);
        } catch (java.io.IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_READ.format(lang, file, e.getMessage()));
        }
    }
}
