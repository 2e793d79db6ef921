package org.clustermeet.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import org.clustermeet.json.RegistryJson;

/** The {@code --max-bytes} option of every command that reads a document or a CSV file. */
final class SizeLimit {

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + RegistryJson.DEFAULT_MAX_DOCUMENT_BYTES,
            converter = Positive.class,
            description = "The largest document or CSV file read, in bytes (default: ${DEFAULT-VALUE}, 64 MiB).")
    long maxBytes;

    /** Reads a positive number of bytes; zero, a negative number or anything else is a usage error. */
    static final class Positive implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n <= 0) {
                throw new TypeConversionException("'" + value + "' is not a positive number of bytes");
            }
            return n;
        }
    }
}
