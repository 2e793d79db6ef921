package org.clustermeet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustermeet.core.duplicate.DuplicatePair;
import org.clustermeet.core.duplicate.DuplicatePeople;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.MergeResult;
import org.clustermeet.store.ErasureReport;
import org.clustermeet.store.PersonalRecord;
import org.clustermeet.store.RegistryStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clustermeet people ...}: the people of a registry as records: duplicates, what is held about one. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "Looks after the people of a registry: records that may be one person, and what a store "
                + "holds about one.",
        subcommands = {PeopleCommand.Duplicates.class, PeopleCommand.Export.class, PeopleCommand.Erase.class,
                PeopleCommand.Merge.class, PeopleCommand.Consent.class})
final class PeopleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliFailure.USAGE;
    }

    /** {@code clustermeet people duplicates FILE|DB [--min-score S]}. */
    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "Lists people who may be one person, most likely first: score, the two ids and names, "
                    + "and the reasons (tab-separated). Reasons: the same e-mail (0.6), the same name once case, "
                    + "diacritics and the order of given and family name are set aside (0.4), the same "
                    + "organisation and role (0.2), registrations for the same event (0.1).")
    static final class Duplicates implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private SizeLimit limit;

        @Parameters(paramLabel = "FILE|DB", descriptionKey = "source",
                description = "The registry document (- for standard input), or a store: the embedded database's "
                        + "path or a jdbc:postgresql: URL.")
        private String source;

        @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "0.5",
                description = "The least score listed, above 0 and at most 1 (default ${DEFAULT-VALUE}: a name alone "
                        + "is not enough).")
        private double minScore;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            if (!(minScore > 0 && minScore <= 1)) {
                throw new CliFailure(CliFailure.USAGE, Message.DUPLICATES_MIN_SCORE.format(lang, minScore));
            }
            Registry registry = new Input(source).load(limit.maxBytes, lang, spec.commandLine().getErr(),
                    ClusterMeetCli.showProgress(spec));
            List<DuplicatePair> pairs = DuplicatePeople.in(registry).withThreshold(minScore).pairs();
            PrintWriter out = spec.commandLine().getOut();
            for (DuplicatePair pair : pairs) {
                out.println(String.format(Locale.ROOT, "%.1f", pair.score()) + "\t" + pair.first() + "\t"
                        + name(registry, pair.first()) + "\t" + pair.second() + "\t" + name(registry, pair.second())
                        + "\t" + reasons(pair, lang));
            }
            out.println(Message.DUPLICATES_FOUND.format(lang, pairs.size(), registry.people().size()));
            return 0;
        }

        private static String name(Registry registry, PersonId id) {
            return Echo.inert(registry.person(id).map(Person::fullName).orElse(""));
        }

        private static String reasons(DuplicatePair pair, Locale lang) {
            return String.join(", ", EnumSet.copyOf(pair.reasons()).stream().map(r -> switch (r) {
                case SAME_EMAIL -> Message.DUPLICATE_SAME_EMAIL;
                case SAME_NAME -> Message.DUPLICATE_SAME_NAME;
                case SAME_ORGANISATION_AND_ROLE -> Message.DUPLICATE_SAME_ROLE;
                case SAME_EVENT -> Message.DUPLICATE_SAME_EVENT;
            }).map(m -> m.format(lang)).toList());
        }
    }

    /** {@code clustermeet people export DB --person ID [--out FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes everything a store holds about one person as one JSON document: their record, "
                    + "registrations with times and states, invitations, the mails written to them, and the history "
                    + "rows that name them; to standard output unless --out.")
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreCommand.Database database;

        @Option(names = "--person", required = true, paramLabel = "ID", description = "The person.")
        private String person;

        @Option(names = "--out", paramLabel = "OUT", description = "The file to write (replaced only when complete).")
        private Path out;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            PersonId id = CliFailure.invalidOnRefusal(() -> PersonId.of(person));
            if (out != null) {
                Output.refuseInputs(out, database.files(), lang);
            }
            String json;
            try (RegistryStore store = database.open()) {
                json = CliFailure.invalidOnRefusal(() -> PersonalRecord.json(store, id, Instant.now()));
            }
            byte[] bytes = (json + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            if (out == null) {
                spec.commandLine().getOut().print(json + System.lineSeparator());
                spec.commandLine().getOut().flush();
            } else {
                Output.toFile(out, database.files(), lang, stream -> stream.write(bytes));
                spec.commandLine().getErr().println(Message.EXPORT_WRITTEN.format(lang, out));
            }
            return 0;
        }
    }

    /** {@code clustermeet people erase DB --person ID...}. */
    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Erases people's personal data for good: name, e-mail, phone and role titles leave the "
                    + "registry, every journal row and snapshot that held them, and the mail outbox; their "
                    + "registrations stay, as an erased participant of their organisation. Erasing again does "
                    + "nothing.")
    static final class Erase implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreCommand.Database database;

        @Option(names = "--person", required = true, paramLabel = "ID", description = "A person to erase "
                + "(repeatable).")
        private List<String> people;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            List<PersonId> ids = people.stream().map(p -> CliFailure.invalidOnRefusal(() -> PersonId.of(p))).toList();
            ErasureReport report;
            try (RegistryStore store = database.open()) {
                report = StoreCommand.failures(() -> store.people().erase(ids, Actor.CLI));
            }
            print(report, spec.commandLine().getOut(), lang);
            return 0;
        }

        /** Prints who was erased and what was rewritten. */
        static void print(ErasureReport report, PrintWriter out, Locale lang) {
            report.erased().forEach(id -> out.println(Message.ERASED.format(lang, id)));
            report.alreadyErased().forEach(id -> out.println(Message.ERASED_ALREADY.format(lang, id)));
            if (!report.nothingErased()) {
                out.println(Message.ERASURE_REWROTE.format(lang, report.rowsRewritten(), report.snapshotsRewritten(),
                        report.noticesScrubbed()));
            }
        }
    }

    /** {@code clustermeet people merge DB --keep A --merge B}. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Makes two records of one person one: A gains B's roles, contact details it lacks and the "
                    + "stricter answer on publishing the name; B's registrations and session references move to A, "
                    + "and B stays only as an alias that its invitation links still reach. Where both registered "
                    + "for one event, the earlier arrival is kept and the other cancelled as a duplicate, its place "
                    + "going to the waiting list.")
    static final class Merge implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreCommand.Database database;

        @Option(names = "--keep", required = true, paramLabel = "A", description = "The person to keep.")
        private String keep;

        @Option(names = "--merge", required = true, paramLabel = "B", description = "The person merged into A.")
        private String merge;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            PersonId a = CliFailure.invalidOnRefusal(() -> PersonId.of(keep));
            PersonId b = CliFailure.invalidOnRefusal(() -> PersonId.of(merge));
            MergeResult result;
            try (RegistryStore store = database.open()) {
                result = StoreCommand.failures(() -> store.people().merge(a, b, Actor.CLI));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(Message.MERGED.format(lang, a, b, result.moved().size()));
            result.duplicates().forEach(r -> out.println(Message.MERGED_DUPLICATE.format(lang, r.id())));
            result.promotions().promoted().forEach(r -> out.println(Message.STORE_PROMOTED.format(lang, r.id())));
            result.promotions().refused().forEach(r -> out.println(Message.STORE_PROMOTION_REFUSED.format(lang,
                    r.registration().id(), String.join("; ", r.reasons(lang)))));
            return 0;
        }
    }

    /** {@code clustermeet people consent DB --person ID (--give|--withdraw) publish-name|contact --how TEXT}. */
    @Command(name = "consent", mixinStandardHelpOptions = true,
            description = "Records a consent the person gave or withdrew by other means than their invitation's page "
                    + "(a letter, a phone call): to publish their name (every public output follows at once) or to be "
                    + "contacted (no mail goes to someone who withdrew it). The history keeps it with when, how and "
                    + "who; people export lists every consent.")
    static final class Consent implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreCommand.Database database;

        @Option(names = "--person", required = true, paramLabel = "ID", description = "The person.")
        private String person;

        @Option(names = "--give", paramLabel = "WHAT", description = "The consent given: publish-name or contact.")
        private String give;

        @Option(names = "--withdraw", paramLabel = "WHAT", description = "The consent withdrawn: publish-name or "
                + "contact.")
        private String withdraw;

        @Option(names = "--how", required = true, paramLabel = "TEXT", description = "How it was given or "
                + "withdrawn, in one line (at most 200 characters).")
        private String how;

        @Override
        public Integer call() {
            Locale lang = ClusterMeetCli.locale(spec);
            if ((give == null) == (withdraw == null)) {
                throw new CliFailure(CliFailure.USAGE, Message.CONSENT_ONE_OF.format(lang));
            }
            String what = give != null ? give : withdraw;
            ConsentKind kind = ConsentKind.parse(what).orElseThrow(() -> new CliFailure(CliFailure.USAGE,
                    "unknown consent " + Echo.cut(what) + ": publish-name or contact"));
            PersonId id = CliFailure.invalidOnRefusal(() -> PersonId.of(person));
            try (RegistryStore store = database.open()) {
                StoreCommand.failures(() -> store.people().recordConsent(id, kind, give != null, how, Actor.CLI));
            }
            spec.commandLine().getOut().println(Message.CONSENT_RECORDED.format(lang, id, kind.spelling(),
                    (give != null ? Message.CONSENT_GIVEN : Message.CONSENT_WITHDRAWN).format(lang), Echo.inert(how)));
            return 0;
        }
    }
}
