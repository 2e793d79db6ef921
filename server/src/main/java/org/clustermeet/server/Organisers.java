package org.clustermeet.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.workflow.Actor;

/**
 * The organisers who may log in, each a name and a secret token, read from a file so that no
 * token ever appears on a command line or in a process list. One organiser a line, {@code name =
 * token}; blank lines and lines starting with {@code #} are skipped. A name is an {@link Actor}
 * name (the history records it); a token has at least {@value #MIN_TOKEN_LENGTH} characters and
 * no spaces. Tokens are compared in constant time, by their SHA-256 digests. Immutable.
 */
public final class Organisers {

    /** The shortest token accepted: long enough that it cannot be guessed by trying. */
    public static final int MIN_TOKEN_LENGTH = 24;

    private final Map<Actor, byte[]> digests;

    private Organisers(Map<Actor, byte[]> digests) {
        this.digests = digests;
    }

    /** {@return no organisers: nobody can log in} */
    public static Organisers none() {
        return new Organisers(Map.of());
    }

    /**
     * Returns organisers from pairs of names and tokens.
     *
     * @param tokens the token of each organiser's name, not null
     * @return the organisers
     * @throws IllegalArgumentException if a name is not an actor's name or a token is too short or
     *                                  holds white space (the message names the organiser, never
     *                                  the token)
     */
    public static Organisers of(Map<String, String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Map<Actor, byte[]> digests = new LinkedHashMap<>();
        tokens.forEach((name, token) -> {
            Actor actor = Actor.of(name);
            check(actor, token);
            digests.put(actor, digest(token));
        });
        return new Organisers(Map.copyOf(digests));
    }

    /**
     * Reads organisers from a file of {@code name = token} lines.
     *
     * @param file the file, not null
     * @return the organisers
     * @throws IllegalArgumentException naming the file and line of the first bad line, or if no
     *                                  organiser is given
     * @throws IOException              if the file cannot be read
     */
    public static Organisers read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String where = file + ", line " + (i + 1);
            if (equals < 0) {
                throw new IllegalArgumentException(where + ": expected 'name = token'");
            }
            String name = line.substring(0, equals).strip();
            if (tokens.containsKey(name)) {
                throw new IllegalArgumentException(where + ": organiser '" + name + "' is given twice");
            }
            tokens.put(name, line.substring(equals + 1).strip());
            try {
                of(Map.of(name, tokens.get(name)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException(file + " names no organiser: add a line 'name = token'");
        }
        return of(tokens);
    }

    /**
     * Finds the organiser a presented token belongs to, comparing with every organiser's token in
     * constant time.
     *
     * @param presented the token presented, may be null
     * @return the organiser; empty when the token is nobody's
     */
    public Optional<Actor> match(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = digest(presented);
        Actor found = null;
        for (Map.Entry<Actor, byte[]> e : digests.entrySet()) {
            if (MessageDigest.isEqual(digest, e.getValue())) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@return the organisers' names, sorted} */
    public List<Actor> names() {
        List<Actor> names = new ArrayList<>(digests.keySet());
        names.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(names);
    }

    /** {@return the names only: tokens are secrets} */
    @Override
    public String toString() {
        return "Organisers" + names();
    }

    private static void check(Actor actor, String token) {
        Objects.requireNonNull(token, "token");
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the token of organiser '" + actor + "' has " + token.length()
                    + " characters; at least " + MIN_TOKEN_LENGTH + " are needed");
        }
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("the token of organiser '" + actor
                    + "' holds white space or a control character");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
