package org.clustermeet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.store.ErasureReport;
import org.clustermeet.store.RegistryStore;
import org.clustermeet.store.RegistryStoreException;
import org.postgresql.ds.PGSimpleDataSource;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet store}: a registry kept in a database, changed one registration at a time.
 * DB is a path for the embedded database (H2, file {@code DB.mv.db}) or a {@code jdbc:postgresql:}
 * URL.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Keeps a registry in a database: each registration is recorded before it is answered.",
        subcommands = {StoreCommand.Create.class, StoreCommand.Register.class, StoreCommand.Cancel.class,
                StoreCommand.Compact.class, StoreCommand.Dump.class, StoreCommand.History.class,
                StoreCommand.ListRegistrations.class, StoreCommand.Retain.class, StorePutCommand.class})
final class StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliFailure.USAGE;
    }

    /** The DB parameter of every store command. */
    static final class Database {
        @Parameters(index = "0", paramLabel = "DB", descriptionKey = "db",
                description = "A path for the embedded database (the file DB.mv.db), or a jdbc:postgresql: URL.")
        String db;

        /** The database as printed: a path as given, a URL without what may hold a password. */
        String name() {
            return db.startsWith("jdbc:") ? RegistryStore.redacted(db) : db;
        }

        /** The files of an embedded database, which no output may replace; none for a URL. */
        List<Path> files() {
            if (db.startsWith("jdbc:")) {
                return List.of();
            }
            Path given = Path.of(db);
            return List.of(given, given.resolveSibling(given.getFileName() + ".mv.db"));
        }

        RegistryStore open() {
            return failures(() -> db.startsWith("jdbc:") ? RegistryStore.open(dataSource(db))
                    : RegistryStore.openEmbedded(Path.of(db)));
        }

        RegistryStore create(Registry initial) {
            return failures(() -> db.startsWith("jdbc:") ? RegistryStore.create(dataSource(db), initial)
                    : RegistryStore.createEmbedded(Path.of(db), initial));
        }

        private static PGSimpleDataSource dataSource(String url) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new CliFailure(CliFailure.USAGE, "unsupported database URL " + url
                        + ": give a path for the embedded database or a jdbc:postgresql: URL");
            }
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            return source;
        }
    }

    /** Runs store work: a store failure is exit code 2 (the database), a refused argument 1. */
    static <T> T failures(java.util.function.Supplier<T> work) {
        try {
            return CliFailure.invalidOnRefusal(work);
        } catch (RegistryStoreException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
    }

    /** {@code clustermeet store create DB --from FILE}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a store holding the registry of a document.")
    static final class Create implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @Mixin
        private SizeLimit limit;
        @Option(names = "--from", required = true, paramLabel = "FILE",
                description = "The registry document (- for standard input).")
        private Path from;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            Registry registry = Documents.load(from, limit.maxBytes, lang, spec.commandLine().getErr(),
                    ClusterMeetCli.showProgress(spec));
            database.create(registry).close();
            spec.commandLine().getOut().println(Message.STORE_CREATED.format(lang, database.name(),
                    String.join(", ", Message.NOUN_EVENT.count(lang, registry.events().size()),
                            Message.NOUN_REGISTRATION.count(lang, registry.registrations().size()))));
            return 0;
        }
    }

    /** {@code clustermeet store register DB --event ID --person ID --organisation ID --role ROLE}. */
    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers a person for an event now, and prints the outcome: accepted, waitlisted "
                    + "(exit 0) or refused with every reason (exit 1).")
    static final class Register implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @Option(names = "--event", required = true, paramLabel = "ID", description = "The event's id.")
        private String event;
        @Option(names = "--person", required = true, paramLabel = "ID", description = "The person's id.")
        private String person;
        @Option(names = "--organisation", required = true, paramLabel = "ID",
                description = "The id of the organisation the person represents.")
        private String organisation;
        @Option(names = "--role", required = true, paramLabel = "ROLE", completionCandidates = Spellings.Roles.class,
                description = "The role at the event: ${COMPLETION-CANDIDATES}.")
        private EventRole role;
        @Option(names = "--attends", paramLabel = "MODE", defaultValue = "in-person",
                completionCandidates = Spellings.Attendance.class,
                description = "in-person or online (default: ${DEFAULT-VALUE}).")
        private AttendanceMode attends;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            try (RegistryStore store = database.open()) {
                RegistrationOutcome outcome = failures(() -> store.registerNow(EventId.of(event),
                        PersonId.of(person), OrganisationId.of(organisation), role, attends, Actor.CLI).outcome());
                if (outcome instanceof RegistrationOutcome.Refused refused) {
                    // a refused request was never recorded: its id names nothing, so it is not printed
                    spec.commandLine().getOut().println(Echo.inert(Message.STORE_REFUSED.format(lang,
                            String.join("; ", refused.reasons(lang)))));
                    return CliFailure.INVALID;
                }
                spec.commandLine().getOut().println(Echo.inert(outcome.describe(lang)));
                return 0;
            }
        }
    }

    /** {@code clustermeet store list DB --event ID [--state STATE]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists an event's registrations: a line with its places, then one line a registration "
                    + "(tab-separated: id, state, place on the waiting list, person id, name, organisation id, role, "
                    + "attendance), those holding a place first, then the waiting list in order, then the rest.")
    static final class ListRegistrations implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @Option(names = "--event", required = true, paramLabel = "ID", description = "The event's id.")
        private String event;
        @Option(names = "--state", paramLabel = "STATE", completionCandidates = Spellings.States.class,
                description = "Only this state: ${COMPLETION-CANDIDATES} (default: every state).")
        private RegistrationState state;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            PrintWriter out = spec.commandLine().getOut();
            EventId id = CliFailure.invalidOnRefusal(() -> EventId.of(event));
            try (RegistryStore store = database.open()) {
                Registry registry = store.registry();
                Event e = registry.event(id).orElseThrow(() -> new CliFailure(CliFailure.INVALID,
                        Message.UNKNOWN_EVENT.format(lang, event, database.name())));
                List<Registration> all = registry.registrationsFor(id);
                long holding = all.stream().filter(Registration::holdsPlace).count();
                List<Registration> waiting = RegistrationWorkflow.waitingList(registry, id);
                out.println(Echo.inert(Message.STORE_LIST_HEADER.format(lang, e.title().get(lang),
                        e.capacity().map(String::valueOf).orElse("-"), holding,
                        e.capacity().map(c -> String.valueOf(Math.max(0, c - holding))).orElse("-"),
                        waiting.size())));
                Map<RegistrationId, Integer> positions = RegistrationWorkflow.waitingPositions(registry, id);
                List<Registration> ordered = new ArrayList<>(all.stream().filter(Registration::holdsPlace).toList());
                ordered.addAll(waiting);
                all.stream().filter(r -> !r.holdsPlace() && r.state() != RegistrationState.WAITLISTED)
                        .forEach(ordered::add);
                for (Registration r : ordered) {
                    if (state != null && r.state() != state) {
                        continue;
                    }
                    String name = registry.person(r.person()).map(Person::fullName).orElse("");
                    out.println(String.join("\t", r.id().value(), spelling(r.state()),
                            positions.containsKey(r.id()) ? String.valueOf(positions.get(r.id())) : "",
                            r.person().value(), Echo.inert(name), r.organisation().value(), spelling(r.role()),
                            spelling(r.attends())));
                }
            }
            return 0;
        }

        private static String spelling(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** {@code clustermeet store cancel DB REGISTRATION-ID}. */
    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancels a registration; a freed place goes to the waiting list.")
    static final class Cancel implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @Parameters(index = "1", paramLabel = "REGISTRATION-ID", descriptionKey = "registration-id",
                description = "The registration's id.")
        private String registration;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (RegistryStore store = database.open()) {
                CancellationResult result = failures(() -> store.cancel(RegistrationId.of(registration), Actor.CLI));
                out.println(Message.STORE_CANCELLED.format(lang, result.cancelled().id()));
                result.promotions().promoted().forEach(r -> out.println(Message.STORE_PROMOTED.format(lang, r.id())));
                result.promotions().refused().forEach(r -> out.println(Message.STORE_PROMOTION_REFUSED.format(lang,
                        r.registration().id(), String.join("; ", r.reasons(lang)))));
            }
            return 0;
        }
    }

    /** {@code clustermeet store compact DB}. */
    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = "Writes a new snapshot for opening to start from; the journal stays as the history.")
    static final class Compact implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;

        @Override
        public Integer call() {
            try (RegistryStore store = database.open()) {
                int spared = failures(store::compact);
                spec.commandLine().getOut().println(Message.STORE_COMPACTED.format(ClusterMeetCli.locale(spec),
                        store.sequence(), spared));
            }
            return 0;
        }
    }

    /** {@code clustermeet store retain DB --months N}. */
    @Command(name = "retain", mixinStandardHelpOptions = true,
            description = "Erases the personal data of everyone whose every registration is for an event that "
                    + "ended more than N months ago (as people erase does), and prints whom; running it again "
                    + "erases nobody new. People who never registered are kept.")
    static final class Retain implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @Option(names = "--months", required = true, paramLabel = "N", description = "The retention period in "
                + "months, at least 1.")
        private int months;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            if (months < 1) {
                throw new CliFailure(CliFailure.USAGE, Message.RETAIN_MONTHS.format(lang, months));
            }
            ErasureReport report;
            try (RegistryStore store = database.open()) {
                report = failures(() -> store.people().retain(months, Actor.CLI));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (report.nothingErased()) {
                out.println(Message.RETAINED_NONE.format(lang, months));
            }
            PeopleCommand.Erase.print(report, out, lang);
            return 0;
        }
    }

    /** {@code clustermeet store dump DB --out FILE}. */
    @Command(name = "dump", mixinStandardHelpOptions = true,
            description = "Writes the store's registry as a canonical document.")
    static final class Dump implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        private Path out;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            // before the database is opened: opening an embedded database writes to its file
            Output.refuseInputs(out, database.files(), lang);
            try (RegistryStore store = database.open()) {
                Registry registry = store.registry();
                Output.toFile(out, database.files(), lang, stream -> RegistryJson.defaults().write(registry, stream));
            }
            spec.commandLine().getOut().println(Message.DOCUMENT_WRITTEN.format(lang, out));
            return 0;
        }
    }

    /** {@code clustermeet store history DB (--registration ID | --person ID | --event ID)}. */
    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Prints what happened to a registration, a person's registrations or an event: when, "
                    + "what (registered, waitlisted, promoted, refused on promotion, cancelled, attended, edited) "
                    + "and by whom.")
    static final class History implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private Database database;
        @ArgGroup(multiplicity = "1")
        private Subject subject;

        /** Exactly one of the three. */
        static final class Subject {
            @Option(names = "--registration", required = true, paramLabel = "ID", description = "A registration's id.")
            String registration;
            @Option(names = "--person", required = true, paramLabel = "ID", description = "A person's id.")
            String person;
            @Option(names = "--event", required = true, paramLabel = "ID", description = "An event's id.")
            String event;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (RegistryStore store = database.open()) {
                List<HistoryEntry> entries = failures(() -> subject.registration != null
                        ? store.history(RegistrationId.of(subject.registration))
                        : subject.person != null ? store.history(PersonId.of(subject.person))
                        : store.history(EventId.of(subject.event)));
                entries.forEach(e -> out.println(Echo.inert(e.describe())));
                if (entries.isEmpty()) {
                    out.println(Message.STORE_NO_HISTORY.format(ClusterMeetCli.locale(spec)));
                }
            }
            return 0;
        }
    }
}
