package org.clustermeet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clustermeet.json.AtomicFile;

/**
 * Where an export goes: a file, replaced only once the export is complete ({@link AtomicFile}:
 * written next to it, forced to disk, moved over it atomically, never replaced non-atomically, never
 * one of the command's inputs), or standard output, streamed as it is written.
 */
final class Output {

    @FunctionalInterface
    interface Export {
        void to(OutputStream out) throws IOException;
    }

    private Output() {
    }

    /**
     * Writes an export to a file, all or nothing, as every file clustermeet writes
     * ({@link AtomicFile}: only a regular file is replaced, keeping its permissions). A file that
     * is one of the command's inputs is refused, so that no command overwrites what it reads.
     *
     * @param file   the file to write
     * @param inputs the files the command reads (missing ones are skipped)
     * @param lang   the language of messages
     * @param export what goes into the file
     * @throws CliFailure (exit code 2) naming the file and why it was not written
     */
    static void toFile(Path file, List<Path> inputs, Locale lang, Export export) {
        refuseInputs(file, inputs, lang);
        try {
            AtomicFile.write(file, export::to);
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_WRITE.format(lang, file, e.getMessage()));
        }
    }

    /**
     * Refuses an output that is one of the command's inputs; called before the inputs are opened
     * where opening writes (an embedded database).
     *
     * @throws CliFailure (exit code 2) naming the file and the input it is
     */
    static void refuseInputs(Path file, List<Path> inputs, Locale lang) {
        for (Path input : inputs) {
            if (sameFile(file, input)) {
                throw new CliFailure(CliFailure.USAGE, Message.OUTPUT_IS_INPUT.format(lang, file, input));
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // one of them cannot be examined: writing will say what is wrong
        }
    }

    /** Streams an export, written as UTF-8 bytes, to a character writer (standard output). */
    static void toWriter(PrintWriter writer, Export export) throws IOException {
        try (OutputStream out = new Utf8ToWriter(writer)) {
            export.to(out);
        }
        writer.flush();
    }

    /** Decodes UTF-8 bytes as they come into a writer. */
    private static final class Utf8ToWriter extends OutputStream {
        private final PrintWriter writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);

        Utf8ToWriter(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, in.remaining());
                in.put(b, off, n);
                off += n;
                len -= n;
                drain(false);
            }
        }

        private void drain(boolean end) {
            in.flip();
            while (true) {
                var result = decoder.decode(in, chars, end);
                chars.flip();
                writer.append(chars);
                chars.clear();
                if (!result.isOverflow()) {
                    break;
                }
            }
            in.compact();
        }

        @Override
        public void close() {
            drain(true);
            decoder.flush(chars);
            chars.flip();
            writer.append(chars);
            chars.clear();
        }
    }
}
