package org.clustermeet.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.server.RegistrationServer;
import org.clustermeet.server.ServerSettings;
import org.clustermeet.store.IssuedInvitation;
import org.clustermeet.store.RegistryStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable registrations through the registration server's HTTP API against the same registrations
 * through the store directly, on the embedded H2 store, at 1 and 16 concurrent clients. Sampled
 * time per registration: the ratio report turns it into registrations per second (clients divided
 * by the mean time) and prints the 99th percentile. Each HTTP registration is an invited person's
 * answer ({@code POST /api/invitations/TOKEN/answer}): the invitation is looked up by its hash,
 * the person's admission judged, the registration committed, then the answer sent. The registry is
 * synthetic: one association, 20 workshops with 7,500 places each, and 150,000 people holding a role at it, each
 * invited (for the store benchmarks too, so that both run on a database of the same size).
 *
 * <p>Each client thread holds one keep-alive HTTP/1.1 connection and writes its requests on it,
 * as load generators such as wrk do: the JDK's {@code HttpClient} spends about a millisecond of
 * its own on each request on a 2-core machine, ten times what the server spends answering it, and
 * would measure itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ServerBenchmark {

    static final int PEOPLE = 150_000;
    static final int WORKSHOPS = 20;
    static final OrganisationId ASSOCIATION = OrganisationId.of("synthetic-association");
    private static final Actor ACTOR = Actor.of("benchmark");
    /** Jetty's and Javalin's loggers, held so that java.util.logging keeps their level. */
    private static final List<java.util.logging.Logger> QUIET = List.of(java.util.logging.Logger.getLogger(
            "org.eclipse.jetty"), java.util.logging.Logger.getLogger("io.javalin"));

    private Path folder;
    private RegistryStore store;
    private RegistrationServer server;
    private List<String> tokens;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();

    /** A new store (with the people invited, for the HTTP benchmarks), and the server on it. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
        folder = Files.createTempDirectory("clustermeet-server-benchmark");
        store = RegistryStore.createEmbedded(folder.resolve("store"), registry());
        // each workshop's people in one transaction, as an organiser inviting by a question does
        String[] byPerson = new String[PEOPLE];
        for (int w = 0; w < WORKSHOPS; w++) {
            Map<PersonId, Locale> invited = new LinkedHashMap<>();
            for (int i = w; i < PEOPLE; i += WORKSHOPS) {
                invited.put(person(i), Locale.ENGLISH);
            }
            List<IssuedInvitation> issued = store.invitations().issueAll(workshop(w), invited, ACTOR);
            for (int k = 0; k < issued.size(); k++) {
                byPerson[w + k * WORKSHOPS] = issued.get(k).token().value();
            }
        }
        tokens = List.of(byPerson);
        server = RegistrationServer.start(store, ServerSettings.defaults().withPort(0)
                .withAnswersPerMinute(Integer.MAX_VALUE));
    }

    /** Stops the server, closes the store, removes its files. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A client's keep-alive connection to the server. */
    @State(Scope.Thread)
    public static class Client {
        Socket socket;
        OutputStream out;
        InputStream in;

        /** Connects to the server. */
        @Setup(Level.Trial)
        public void connect(ServerBenchmark benchmark) throws IOException {
            socket = new Socket("127.0.0.1", benchmark.server.port());
            socket.setTcpNoDelay(true);
            out = new BufferedOutputStream(socket.getOutputStream());
            in = new BufferedInputStream(socket.getInputStream());
        }

        /** Closes the connection. */
        @TearDown(Level.Trial)
        public void close() throws IOException {
            socket.close();
        }

        /** Sends a POST with a JSON body and returns the response's status and body. */
        String post(String path, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return response(path);
        }

        /** Sends a GET and returns the response's status and body. */
        String get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return response(path);
        }

        private String response(String path) throws IOException {
            String status = line();
            int length = -1;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(header.substring(15).strip());
                }
            }
            if (length < 0) {
                throw new IOException("no Content-Length in the answer to " + path + ": " + status);
            }
            return status + "\n" + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }
    }

    /** One client answering through HTTP. */
    @Benchmark
    @Threads(1)
    public String httpOneClient(Client client) throws IOException {
        return answer(client);
    }

    /** Sixteen clients answering through HTTP at once, each on its own connection. */
    @Benchmark
    @Threads(16)
    public String httpSixteenClients(Client client) throws IOException {
        return answer(client);
    }

    /**
     * One client opening invitations through HTTP ({@code GET /api/invitations/TOKEN}): an answer's
     * work without the registration (the request, the lookup of the invitation by its hash, the
     * person's page as JSON, the response), to tell what HTTP itself costs.
     */
    @Benchmark
    @Threads(1)
    public String httpOpenOneClient(Client client) throws IOException {
        return open(client);
    }

    /** Sixteen clients opening invitations through HTTP at once, each on its own connection. */
    @Benchmark
    @Threads(16)
    public String httpOpenSixteenClients(Client client) throws IOException {
        return open(client);
    }

    /** One client registering through the store. */
    @Benchmark
    @Threads(1)
    public RegistrationOutcome storeOneClient() {
        return register();
    }

    /** Sixteen clients registering through the store at once. */
    @Benchmark
    @Threads(16)
    public RegistrationOutcome storeSixteenClients() {
        return register();
    }

    private String answer(Client client) throws IOException {
        int i = take();
        String response = client.post("/api/invitations/" + tokens.get(i) + "/answer", "{\"answer\": \"in-person\"}");
        if (!response.startsWith("HTTP/1.1 200") || !response.contains("\"result\":\"accepted\"")) {
            throw new IllegalStateException("answer " + i + " was not accepted: " + response);
        }
        return response;
    }

    private String open(Client client) throws IOException {
        int i = Math.floorMod(opened.getAndIncrement(), PEOPLE);
        String response = client.get("/api/invitations/" + tokens.get(i));
        if (!response.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException("invitation " + i + " did not open: " + response);
        }
        return response;
    }

    private RegistrationOutcome register() {
        int i = take();
        RegistrationOutcome outcome = store.registerNow(workshop(i), person(i), ASSOCIATION,
                EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON, ACTOR).outcome();
        if (!(outcome instanceof RegistrationOutcome.Accepted)) {
            throw new IllegalStateException("registration " + i + " was not accepted: " + outcome.describe());
        }
        return outcome;
    }

    private int take() {
        int i = next.getAndIncrement();
        if (i >= PEOPLE) {
            throw new IllegalStateException("the benchmark registered all " + PEOPLE + " people: shorten the iterations");
        }
        return i;
    }

    static Registry registry() {
        RegistryBuilder b = Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Synthetic benchmark association", CountryCode.of("PL")));
        for (int w = 0; w < WORKSHOPS; w++) {
            b.add(Event.builder(EventId.of("synthetic-workshop-" + w), "Synthetic benchmark workshop " + w,
                    EventKind.MATCHMAKING, EventSchedule.day(LocalDate.of(2031, 1, 15))).capacity(7_500).build());
        }
        for (int i = 0; i < PEOPLE; i++) {
            b.add(Person.of(person(i), "Synthetic", "Person " + i).withRole(PersonRole.of(ASSOCIATION, "Member",
                    LocalDate.of(2020, 1, 1))));
        }
        return b.build();
    }

    static EventId workshop(int i) {
        return EventId.of("synthetic-workshop-" + i % WORKSHOPS);
    }

    static PersonId person(int i) {
        return PersonId.of("synthetic-person-" + i);
    }
}
