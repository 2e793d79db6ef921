package org.clustermeet.store;

import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;

/**
 * The program a test runs in a child JVM, to register against a store from another process:
 * <ul>
 *   <li>{@code crash LOCATION PEOPLE [THREADS]}: registers people 0, 1, 2, ... one by one, and every
 *   fifth time someone already registered (refused), until killed; prints {@code ACK id state} for
 *   each acknowledged registration and {@code REFUSED person} for each refusal. With THREADS, that
 *   many threads share the people (thread t takes every THREADS-th), so that changes are committed
 *   in groups.</li>
 *   <li>{@code register LOCATION THREADS FIRST COUNT TOTAL}: registers people FIRST to FIRST+COUNT-1
 *   from THREADS threads, printing {@code OUT id state position}; then waits until the store holds
 *   TOTAL registrations and prints {@code FINAL sequence sha256-of-the-document}.</li>
 *   <li>{@code hold LOCATION MILLIS}: opens the store, prints {@code OPEN}, keeps it open for
 *   MILLIS milliseconds and closes it.</li>
 * </ul>
 */
public final class StoreChild {

    private StoreChild() {
    }

    /**
     * Runs a mode.
     *
     * @param args the mode and its arguments
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (RegistryStore store = TestDatabase.openLocation(args[1], JANUARY)) {
            switch (args[0]) {
                case "crash" -> crash(store, Integer.parseInt(args[2]),
                        args.length > 3 ? Integer.parseInt(args[3]) : 1, out);
                case "register" -> register(store, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]), Integer.parseInt(args[5]), out);
                case "hold" -> {
                    out.println("OPEN");
                    Thread.sleep(Long.parseLong(args[2]));
                }
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
    }

    private static RegistrationOutcome register(RegistryStore store, int person) {
        return store.registerNow(EVENT, StoreFixtures.person(person), ORG, EventRole.OBSERVER,
                AttendanceMode.IN_PERSON, StoreFixtures.ACTOR).outcome();
    }

    private static void crash(RegistryStore store, int people, int threads, PrintStream out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < people; i += threads) {
                    int person = i % 5 == 4 ? i - 1 : i;
                    RegistrationOutcome outcome = register(store, person);
                    if (outcome instanceof RegistrationOutcome.Accepted a) {
                        out.println("ACK " + a.registration().id() + " REGISTERED");
                    } else if (outcome instanceof RegistrationOutcome.Waitlisted w) {
                        out.println("ACK " + w.registration().id() + " WAITLISTED");
                    } else {
                        out.println("REFUSED " + person);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        out.println("DONE");
    }

    private static void register(RegistryStore store, int threads, int first, int count, int total, PrintStream out)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int p = first + thread; p < first + count; p += threads) {
                    RegistrationOutcome outcome = register(store, p);
                    synchronized (out) {
                        if (outcome instanceof RegistrationOutcome.Accepted a) {
                            out.println("OUT " + a.registration().id() + " REGISTERED 0");
                        } else if (outcome instanceof RegistrationOutcome.Waitlisted w) {
                            out.println("OUT " + w.registration().id() + " WAITLISTED " + w.position());
                        } else {
                            out.println("OUT - " + outcome.describe());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Registry registry = store.refresh();
        while (registry.registrationsFor(EVENT).size() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
            registry = store.refresh();
        }
        out.println("FINAL " + store.sequence() + " " + digest(registry));
    }

    /** The SHA-256 of a registry's canonical document, for comparing states across processes. */
    static String digest(Registry registry) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Replay.document(registry).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The command that runs this class in a child JVM with the test's classes and libraries: the
     * test classes, the main classes, and everything on this JVM's module path and class path.
     */
    static List<String> command(String... args) throws URISyntaxException {
        Set<String> path = new LinkedHashSet<>();
        for (Class<?> type : List.of(StoreChild.class, RegistryStore.class)) {
            path.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                path.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", String.join(File.pathSeparator, path), StoreChild.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a child JVM; its standard error goes to the test's. */
    static Process start(String... args) throws IOException, URISyntaxException {
        return new ProcessBuilder(command(args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
