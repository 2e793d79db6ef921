package org.clustermeet.json;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Where a document is read from, as often as the reading needs it: once to read it, again for the
 * rare document whose header comes late, and again to find the line and column of a value found
 * wrong. Bytes in memory and files are read again from the start; a one-shot stream is copied, as
 * it is read, into a spool (its first MiB in memory, the rest in a temporary file deleted on
 * close), so that no reading holds the whole document in memory.
 */
abstract class DocumentSource implements AutoCloseable {

    /** How much of a stream is kept in memory before the spool goes to a temporary file. */
    static final int IN_MEMORY = 1 << 20;

    /**
     * Opens a parser at the document's start.
     *
     * @param factory the factory
     * @return the parser, which the caller closes
     * @throws IOException if the source cannot be read
     */
    abstract JsonParser open(JsonFactory factory) throws IOException;

    @Override
    public void close() throws IOException {
        // most sources hold nothing
    }

    /** {@return the first {@code length} bytes of an array} */
    static DocumentSource bytes(byte[] bytes, int length) {
        return new DocumentSource() {
            @Override
            JsonParser open(JsonFactory factory) throws IOException {
                return factory.createParser(bytes, 0, length);
            }
        };
    }

    /** {@return a file, its first reading passed through {@code watch}} */
    static DocumentSource file(Path file, UnaryOperator<InputStream> watch) {
        return new DocumentSource() {
            private boolean first = true;

            @Override
            JsonParser open(JsonFactory factory) throws IOException {
                InputStream in = Files.newInputStream(file);
                if (first) {
                    first = false;
                    in = watch.apply(in);
                }
                return factory.createParser(in);
            }
        };
    }

    /**
     * Returns characters that can be opened again, as UTF-8, their first reading passed through
     * {@code watch}; each opening is closed with its parser, and refused past {@code maxBytes}.
     */
    static DocumentSource characters(CharacterSource characters, UnaryOperator<InputStream> watch, long maxBytes,
                                     IOException tooLarge) {
        return new DocumentSource() {
            private boolean first = true;

            @Override
            JsonParser open(JsonFactory factory) throws IOException {
                Reader reader = characters.open();
                InputStream in = new Limited(Utf8Encoding.of(reader), reader, maxBytes, tooLarge);
                if (first) {
                    first = false;
                    in = watch.apply(in);
                }
                return factory.createParser(in);
            }
        };
    }

    /** A stream refused past a number of bytes, closing what it was made from with it. */
    private static final class Limited extends FilterInputStream {
        private final Closeable origin;
        private final long maxBytes;
        private final IOException tooLarge;
        private long count;

        Limited(InputStream in, Closeable origin, long maxBytes, IOException tooLarge) {
            super(in);
            this.origin = origin;
            this.maxBytes = maxBytes;
            this.tooLarge = tooLarge;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > maxBytes) {
                throw tooLarge;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > maxBytes) {
                throw tooLarge;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            try (origin) {
                super.close();
            }
        }
    }

    /**
     * Returns a one-shot stream: the first parser reads it while it is spooled; later ones read
     * the spool, after the rest of the stream has been spooled too.
     *
     * @param in       the stream; not closed
     * @param maxBytes the most bytes read from it
     * @param tooLarge thrown when the stream holds more
     */
    static DocumentSource stream(InputStream in, long maxBytes, IOException tooLarge) {
        return new Spooled(in, maxBytes, tooLarge);
    }

    /**
     * A stream and the spool of what was read from it. The first parser reads the stream; once a
     * later one needs the whole document, the rest of the stream is spooled and the first parser
     * goes on reading from the spool where it was.
     */
    private static final class Spooled extends DocumentSource {
        private final InputStream in;
        private final long maxBytes;
        private final IOException tooLarge;
        private byte[] memory = new byte[8192];
        private int inMemory;
        private Path file;
        private OutputStream spill;
        private FileChannel reread;
        private long count;
        private boolean drained;
        private boolean first = true;

        Spooled(InputStream in, long maxBytes, IOException tooLarge) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.tooLarge = tooLarge;
        }

        @Override
        JsonParser open(JsonFactory factory) throws IOException {
            if (first) {
                first = false;
                return factory.createParser(new Reading());
            }
            if (!drained) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    keep(buffer, 0, n);
                }
                drained = true;
            }
            return factory.createParser(new Reading());
        }

        /**
         * One parser's view of the document from its start: the stream itself (each byte kept in
         * the spool) until the stream is drained, the spool from there on.
         */
        private final class Reading extends InputStream {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n;
                if (drained) {
                    n = spooled(position, b, off, len);
                } else {
                    n = in.read(b, off, len);
                    if (n > 0) {
                        keep(b, off, n);
                    }
                }
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        }

        private void keep(byte[] b, int off, int n) throws IOException {
            count += n;
            if (count > maxBytes) {
                throw tooLarge;
            }
            if (file == null && inMemory + n <= IN_MEMORY) {
                if (inMemory + n > memory.length) {
                    memory = Arrays.copyOf(memory, Math.min(IN_MEMORY, Math.max(inMemory + n, 2 * memory.length)));
                }
                System.arraycopy(b, off, memory, inMemory, n);
                inMemory += n;
                return;
            }
            if (file == null) {
                file = Files.createTempFile("clustermeet-document", ".json");
                spill = new BufferedOutputStream(Files.newOutputStream(file));
            }
            spill.write(b, off, n);
        }

        /** Reads the spool from a position: the bytes in memory, then the temporary file's. */
        private int spooled(long position, byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position < inMemory) {
                int n = (int) Math.min(len, inMemory - position);
                System.arraycopy(memory, (int) position, b, off, n);
                return n;
            }
            if (file == null) {
                return -1;
            }
            if (reread == null) {
                spill.flush();
                reread = FileChannel.open(file, StandardOpenOption.READ);
            }
            int n = reread.read(ByteBuffer.wrap(b, off, len), position - inMemory);
            return n <= 0 ? -1 : n;
        }

        @Override
        public void close() throws IOException {
            try {
                if (spill != null) {
                    spill.close();
                }
                if (reread != null) {
                    reread.close();
                }
            } finally {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
