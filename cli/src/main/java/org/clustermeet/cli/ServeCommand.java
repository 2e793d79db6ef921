package org.clustermeet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.server.mail.MailSettings;
import org.clustermeet.server.Organisers;
import org.clustermeet.server.RegistrationServer;
import org.clustermeet.server.ServerSettings;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.store.IssuedInvitation;
import org.clustermeet.store.RegistryStore;
import org.clustermeet.testkit.Brussels2019;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet serve DB}: the registration server on a store, until the process is stopped;
 * {@code --demo} on a temporary store with the Brussels sample and an illustrative open event.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the registration server on a store: invitation pages, organiser pages and a JSON API "
                + "(described at /api/openapi.json). Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    /** The illustrative event of the demo, open for registration. */
    static final EventId DEMO_EVENT = EventId.of("illustrative-follow-up-workshop");
    /** The illustrative association of the demo's illustrative people. */
    static final OrganisationId DEMO_ASSOCIATION = OrganisationId.of("illustrative-association");
    /** How many illustrative people the demo invites. */
    static final int DEMO_PEOPLE = 5;
    private static final Actor DEMO_ORGANISER = Actor.of("demo-organiser");
    /** Held here: java.util.logging keeps loggers only weakly, and would forget their level. */
    private static final Logger[] QUIET = {Logger.getLogger("org.eclipse.jetty"), Logger.getLogger("io.javalin")};

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DB", descriptionKey = "db",
            description = "A path for the embedded database (the file DB.mv.db), or a jdbc:postgresql: URL.")
    private String db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (0: any free port; default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String bind;

    @Option(names = "--organisers", paramLabel = "FILE",
            description = "A file of 'name = token' lines: who may log in to the organiser pages.")
    private Path organisers;

    @Option(names = "--check-in-secret", paramLabel = "FILE",
            description = "A file holding the secret (at least 32 characters) that signs badges' check-in codes; "
                    + "without it, badges and check-in are off.")
    private Path checkInSecret;

    @Option(names = "--mail", paramLabel = "FILE",
            description = "A properties file naming the SMTP server mails go through (host, port, security, user, "
                    + "password-file, from); without it, mails are kept in the store and listed on the organiser's pages.")
    private Path mail;

    @Option(names = "--retain-months", paramLabel = "N",
            description = "Erase, when the server starts and then daily, the personal data of everyone whose every "
                    + "registration is for an event that ended more than N months ago (as store retain does).")
    private Integer retainMonths;

    @Option(names = "--demo",
            description = "Serve a temporary store holding the Brussels sample and an illustrative open event.")
    private boolean demo;

    @Override
    public Integer call() throws Exception {
        Locale lang = ClusterMeetCli.locale(spec);
        PrintWriter out = spec.commandLine().getOut();
        if (demo == (db != null)) {
            throw new CliFailure(CliFailure.USAGE, Message.SERVE_DB_OR_DEMO.format(lang));
        }
        quietLibraries();
        ServerSettings settings = CliFailure.invalidOnRefusal(() -> ServerSettings.defaults().withBind(bind)
                .withPort(port));
        if (retainMonths != null) {
            if (retainMonths < 1) {
                throw new CliFailure(CliFailure.USAGE, Message.RETAIN_MONTHS.format(lang, retainMonths));
            }
            settings = settings.withRetention(retainMonths);
        }
        Path temporary = null;
        String token = null;
        RegistryStore store;
        if (demo) {
            temporary = Files.createTempDirectory("clustermeet-demo");
            token = randomToken();
            settings = settings.withOrganisers(Organisers.of(Map.of(DEMO_ORGANISER.name(), token)))
                    .withCheckInKey(checkInSecret == null ? CheckInKey.random() : readCheckInKey(lang));
            store = RegistryStore.createEmbedded(temporary.resolve("demo"), demoRegistry(LocalDate.now(ZoneOffset.UTC)));
        } else {
            settings = settings.withOrganisers(readOrganisers(lang, out));
            if (mail != null) {
                settings = settings.withMail(readMail(lang));
            }
            if (checkInSecret != null) {
                settings = settings.withCheckInKey(readCheckInKey(lang));
            }
            StoreCommand.Database database = new StoreCommand.Database();
            database.db = db;
            store = database.open();
        }
        RegistrationServer server = start(store, settings, lang);
        Path cleanUp = temporary;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            deleteQuietly(cleanUp);
        }, "clustermeet-serve-stop"));
        out.println(Message.SERVE_LISTENING.format(lang, server.address()));
        if (demo) {
            out.println(Message.SERVE_DEMO_LOGIN.format(lang, server.address() + "/organiser/login", token));
            Map<PersonId, Locale> invited = new LinkedHashMap<>();
            for (int i = 1; i <= DEMO_PEOPLE; i++) {
                invited.put(demoPerson(i), i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("pl"));
            }
            for (IssuedInvitation issued : store.invitations().issueAll(DEMO_EVENT, invited, DEMO_ORGANISER)) {
                out.println(Message.SERVE_DEMO_INVITATION.format(lang, issued.invitation().person(),
                        server.invitationLink(issued.token())));
            }
            out.println(Message.SERVE_DEMO_OPEN.format(lang, server.address() + "/events/" + DEMO_EVENT
                    + "/register"));
            out.println(SampleNote.of(lang));
        }
        out.flush();
        server.join();
        return 0;
    }

    /**
     * The demo's registry: the Brussels sample, plus an illustrative association, five
     * illustrative people holding a role at it, and an illustrative workshop thirty days after
     * {@code today} with three places, open to anyone (its registration form is at
     * {@code /events/ID/register}). None of these additions is real; their names say so.
     */
    static Registry demoRegistry(LocalDate today) {
        var edit = Brussels2019.registry().edit()
                .put(ClusterAssociation.of(DEMO_ASSOCIATION, "Illustrative association (demo)", CountryCode.of("PL")))
                .put(Event.builder(DEMO_EVENT, "Illustrative follow-up workshop (demo, not a real event)",
                                EventKind.MATCHMAKING, EventSchedule.day(today.plusDays(30)))
                        .localTitle("pl", "Przykładowe warsztaty (demonstracja, nie prawdziwe wydarzenie)")
                        .venue(Venue.inCity("Brussels", CountryCode.of("BE"))).capacity(3)
                        .openRegistration(true).build());
        for (int i = 1; i <= DEMO_PEOPLE; i++) {
            edit.put(Person.of(demoPerson(i), "Illustrative", "Person " + i).withRole(PersonRole.of(
                    DEMO_ASSOCIATION, "Member (illustrative)", today.minusYears(1))));
        }
        return edit.apply();
    }

    static PersonId demoPerson(int i) {
        return PersonId.of("illustrative-person-" + i);
    }

    private Organisers readOrganisers(Locale lang, PrintWriter out) {
        if (organisers == null) {
            out.println(Message.SERVE_NO_ORGANISERS.format(lang));
            return Organisers.none();
        }
        try {
            return Organisers.read(organisers);
        } catch (NoSuchFileException e) {
            throw new CliFailure(CliFailure.USAGE, Message.NO_SUCH_FILE.format(lang, organisers));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_READ.format(lang, organisers, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.INVALID, e.getMessage());
        }
    }

    private MailSettings readMail(Locale lang) {
        try {
            return MailSettings.read(mail);
        } catch (NoSuchFileException e) {
            throw new CliFailure(CliFailure.USAGE, Message.NO_SUCH_FILE.format(lang, e.getFile()));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_READ.format(lang, mail, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
    }

    private CheckInKey readCheckInKey(Locale lang) {
        return readCheckInKey(checkInSecret, lang);
    }

    /** Reads a check-in secret, as serve and badges do. */
    static CheckInKey readCheckInKey(Path file, Locale lang) {
        try {
            return CheckInKey.read(file);
        } catch (NoSuchFileException e) {
            throw new CliFailure(CliFailure.USAGE, Message.NO_SUCH_FILE.format(lang, file));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_READ.format(lang, file, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
    }

    private RegistrationServer start(RegistryStore store, ServerSettings settings, Locale lang) {
        try {
            return RegistrationServer.start(store, settings);
        } catch (IllegalStateException e) {
            store.close();
            throw new CliFailure(CliFailure.USAGE, Message.SERVE_CANNOT_LISTEN.format(lang, settings.bind(),
                    settings.port(), e.getMessage()));
        }
    }

    /** Jetty and Javalin say a lot at INFO; the command prints its own lines. */
    private static void quietLibraries() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
