package org.clustermeet.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The journal's checksum chain: each row's checksum is the SHA-256 of the previous row's checksum
 * and every field of the row, so that a row edited, removed from the middle or moved no longer
 * follows the one before it. A snapshot carries the chain's value at its sequence number and a
 * checksum of its document under that value. A chain starts at a snapshot with no row before it.
 * The chain has no secret: it finds damage and hand edits, not a writer who recomputes it.
 */
public final class Chain {

    private static final String START = "clustermeet-store chain start";
    private static final String ROW = "clustermeet-store journal row";
    private static final String SNAPSHOT = "clustermeet-store snapshot";

    private Chain() {
    }

    /** {@return the chain's value at a snapshot that starts it} */
    public static String start(long sequence, String document) {
        return digest(START, Long.toString(sequence), document);
    }

    /**
     * {@return the value the first row follows in a chain sealed again after an erasure, once the
     * snapshot that started the chain is gone} Nothing is checked before the first row, so any
     * fixed value would do; this one says where it comes from.
     */
    public static String restart() {
        return digest(START, "resealed");
    }

    /** {@return a row's checksum, following the checksum of the row (or snapshot) before it} */
    public static String row(String previous, long sequence, Instant recordedAt, String kind, String actor, int format,
                             String change) {
        return digest(ROW, previous, Long.toString(sequence), recordedAt.toString(), kind, actor == null ? "" : actor,
                Integer.toString(format), change);
    }

    /** {@return a snapshot's checksum: its document under the chain's value at its sequence number} */
    public static String snapshot(String chain, long sequence, String document) {
        return snapshot(chain, sequence, document.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return a snapshot's checksum from its document's UTF-8 bytes, so that a reader that parses
     * those bytes need not encode the document twice}
     */
    public static String snapshot(String chain, long sequence, byte[] document) {
        MessageDigest sha = snapshotDigest(chain, sequence, document.length);
        sha.update(document);
        return hex(sha);
    }

    /**
     * Starts a snapshot's checksum for a document read as it streams: the digest has taken
     * everything before the document's bytes, which the caller gives it, all {@code length} of them.
     *
     * @param chain    the chain's value at the snapshot
     * @param sequence the snapshot's sequence number
     * @param length   the number of bytes of the document in UTF-8
     * @return the digest, ready for the document's bytes; {@link #hex} then gives the checksum
     */
    public static MessageDigest snapshotDigest(String chain, long sequence, long length) {
        MessageDigest sha = sha256();
        update(sha, SNAPSHOT.getBytes(StandardCharsets.UTF_8));
        update(sha, chain.getBytes(StandardCharsets.UTF_8));
        update(sha, Long.toString(sequence).getBytes(StandardCharsets.UTF_8));
        sha.update((length + ":").getBytes(StandardCharsets.US_ASCII));
        return sha;
    }

    /** {@return a finished digest as the hexadecimal text checksums are kept as} */
    public static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each part is prefixed with its length, so that no two lists of parts give the same bytes. */
    private static String digest(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            update(sha, part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, byte[] part) {
        sha.update((part.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(part);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
