package org.clustermeet.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.json.RegistryJsonException;

/** Loads a registry document for a command, turning every problem into a {@link CliFailure}. */
final class Documents {

    private Documents() {
    }

    static Registry load(Path file) {
        return load(file, RegistryJson.DEFAULT_MAX_DOCUMENT_BYTES);
    }

    static Registry load(Path file, long maxBytes) {
        if (!Files.exists(file)) {
            throw new CliFailure(CliFailure.USAGE, "cannot read " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliFailure(CliFailure.USAGE, "cannot read " + file + ": it is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new CliFailure(CliFailure.USAGE, "cannot read " + file + ": permission denied");
        }
        try {
            return RegistryJson.defaults().withMaxDocumentBytes(maxBytes).read(file);
        } catch (RegistryJsonException e) {
            List<String> more = e.problems().stream().skip(1).map(p -> "  " + p).toList();
            throw new CliFailure(CliFailure.INVALID, file + ": " + e.getMessage(), more);
        }
    }
}
