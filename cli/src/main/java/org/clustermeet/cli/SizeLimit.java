package org.clustermeet.cli;

import picocli.CommandLine.Option;

import org.clustermeet.json.RegistryJson;

/** The {@code --max-bytes} option of every command that reads a document. */
final class SizeLimit {

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + RegistryJson.DEFAULT_MAX_DOCUMENT_BYTES,
            description = "The largest document read, in bytes (default: ${DEFAULT-VALUE}, 64 MiB).")
    long maxBytes;
}
