package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutation fuzzing of the reader with fixed seeds: from valid documents, make mutants (tokens
 * deleted, duplicated, swapped or replaced by another type; characters flipped; truncation; deep
 * nesting; huge numbers; odd Unicode, NUL and unpaired surrogates; invalid UTF-8) and read each.
 * Every read either succeeds, and then the registry validates and round-trips, or fails with a
 * {@link RegistryJsonException} that has a message and a pointer. Anything else fails the test
 * and names the seed and mutant, so that it can be replayed; add such seeds to
 * {@link #REGRESSION_SEEDS}.
 */
class MutationFuzzTest {

    /** Seeds that once found a bug; they run in every build. */
    static final long[] REGRESSION_SEEDS = {};

    private static final int SEEDS = 10;
    private static final int MUTANTS_PER_SEED = 2_000;
    private static final RegistryJson JSON = RegistryJson.defaults();

    private static List<String> sources;

    @BeforeAll
    static void sources() throws Exception {
        sources = List.of(
                Files.readString(Path.of("src", "test", "resources", "valid-documents", "small.json")),
                JSON.write(Fixtures.full()),
                JSON.withCompactOutput().write(Fixtures.full()),
                JSON.write(Registry.empty()),
                JSON.write(Brussels2019.registry()));
    }

    static LongStream seeds() {
        return LongStream.concat(LongStream.rangeClosed(1, SEEDS), LongStream.of(REGRESSION_SEEDS));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyMutantIsReadOrRefusedWithTheLibrarysException(long seed) {
        Random random = new Random(seed);
        int read = 0;
        for (int i = 0; i < MUTANTS_PER_SEED; i++) {
            // the large Brussels document is mutated less often, to keep the build fast
            int source = random.nextInt(20) == 0 ? sources.size() - 1 : random.nextInt(sources.size() - 1);
            byte[] mutant = mutate(sources.get(source), random);
            if (check(mutant, seed, i)) {
                read++;
            }
        }
        assertThat(read).as("some mutants stay valid documents").isLessThan(MUTANTS_PER_SEED);
    }

    /** Reads a mutant; returns true when it was a valid document. */
    private static boolean check(byte[] mutant, long seed, int index) {
        try {
            Registry r = JSON.read(new ByteArrayInputStream(mutant));
            assertThat(r.validate()).as("seed %d mutant %d validates", seed, index).isEmpty();
            assertThat(JSON.read(JSON.write(r))).as("seed %d mutant %d round-trips", seed, index).isEqualTo(r);
            return true;
        } catch (RegistryJsonException e) {
            assertThat(e.getMessage()).as("seed %d mutant %d message", seed, index).isNotBlank();
            assertThat(e.pointer()).as("seed %d mutant %d pointer", seed, index).isNotNull();
            return false;
        } catch (Throwable t) {
            fail("seed " + seed + " mutant " + index + " threw " + t + "; replay with new Random(" + seed + ")", t);
            return false;
        }
    }

    // ------------------------------------------------------------------ mutation

    static byte[] mutate(String source, Random random) {
        List<String> tokens = tokens(source);
        int textMutations = 1 + random.nextInt(3);
        for (int m = 0; m < textMutations && !tokens.isEmpty(); m++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(8)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(at));
                case 2 -> {
                    int other = random.nextInt(tokens.size());
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                }
                case 3 -> tokens.set(at, randomValue(random));
                case 4 -> {
                    int depth = 1 + random.nextInt(200);
                    tokens.set(at, "[".repeat(depth) + tokens.get(at) + "]".repeat(random.nextBoolean() ? depth : depth - 1));
                }
                case 5 -> tokens.set(at, hugeNumber(random));
                case 6 -> tokens.set(at, oddString(random));
                default -> {
                    String t = tokens.get(at);
                    if (!t.isEmpty()) {
                        int c = random.nextInt(t.length());
                        tokens.set(at, t.substring(0, c) + (char) (32 + random.nextInt(95)) + t.substring(c + 1));
                    }
                }
            }
        }
        byte[] bytes = String.join("", tokens).getBytes(StandardCharsets.UTF_8);
        return byteMutation(bytes, random);
    }

    private static byte[] byteMutation(byte[] bytes, Random random) {
        switch (random.nextInt(6)) {
            case 0 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            case 1 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int at = random.nextInt(bytes.length + 1);
                out.write(bytes, 0, at);
                byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {0}};
                byte[] bad = invalid[random.nextInt(invalid.length)];
                out.write(bad, 0, bad.length);
                out.write(bytes, at, bytes.length - at);
                return out.toByteArray();
            }
            case 2 -> {
                if (bytes.length > 0) {
                    byte[] copy = bytes.clone();
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                    return copy;
                }
                return bytes;
            }
            default -> {
                return bytes;
            }
        }
    }

    private static String randomValue(Random random) {
        String[] values = {"\"x\"", "1", "-1", "0", "true", "false", "null", "{}", "[]", "1.5e300", "\"\"", "{\"a\":1}",
                "[null]", "\"2019-02-30\"", "\"java.net.URL\"", "2147483648", "-0", "1e-400"};
        return values[random.nextInt(values.length)];
    }

    private static String hugeNumber(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "9".repeat(20 + random.nextInt(200));
            case 1 -> "1e" + random.nextInt(100_000);
            default -> "0." + "0".repeat(random.nextInt(150)) + "1";
        };
    }

    private static String oddString(Random random) {
        StringBuilder b = new StringBuilder("\"");
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> b.append("\\u0000");
                case 1 -> b.append("\\uD800");
                case 2 -> b.append("\\uDC00x");
                case 3 -> b.appendCodePoint(0x1F600);
                case 4 -> b.append("\\\"\\\\");
                default -> b.appendCodePoint(0x20 + random.nextInt(0x2FFF));
            }
        }
        return b.append('"').toString();
    }

    /** Splits JSON text into tokens: strings, numbers and literals, punctuation, whitespace runs. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, text.length());
            } else if (Character.isWhitespace(c)) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else if ("{}[],:".indexOf(c) >= 0) {
                i++;
            } else {
                while (i < text.length() && "{}[],:\" \n\r\t".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }
}
