package org.clustermeet.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A character stream as UTF-8 bytes, encoded as they are read, so that a document given as
 * characters is parsed as it streams in. An unpaired surrogate is refused, as in any other text
 * the readers take.
 */
final class Utf8Encoding extends InputStream {

    private static final String NOT_UNICODE = "the document is not valid Unicode (it contains an unpaired "
            + "surrogate character)";

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean end;

    private Utf8Encoding(Reader reader) {
        this.reader = reader;
        chars.flip();
        bytes.flip();
    }

    /**
     * Encodes a whole text, refusing an unpaired surrogate as the stream does.
     *
     * @param text the text
     * @return its UTF-8 bytes
     * @throws RegistryJsonException if the text holds an unpaired surrogate
     */
    static byte[] bytes(String text) throws RegistryJsonException {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw RegistryJsonException.of("", NOT_UNICODE, e);
        }
    }

    /** {@return the reader's characters as UTF-8 bytes; closing the stream does not close the reader} */
    static InputStream of(Reader reader) {
        return new Utf8Encoding(reader);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (end && !chars.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.compact();
        int read = end ? -1 : reader.read(chars);
        chars.flip();
        if (read < 0) {
            end = true;
        }
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, end);
        if (result.isError()) {
            throw RegistryJsonException.of("", NOT_UNICODE, null);
        }
        if (end && !chars.hasRemaining()) {
            encoder.flush(bytes);
        }
        bytes.flip();
    }
}
