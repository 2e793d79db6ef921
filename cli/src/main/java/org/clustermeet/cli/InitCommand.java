package org.clustermeet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.json.ClusterMeetModule;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.interop.csv.OrganisationCsv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet init DIR}: a small, valid starting point for one's own meeting, every name in
 * it marked as illustrative: a registry document, a CSV file of one more organisation, a document
 * part of two more people, an organisers file with a fresh token, and a {@code README.txt} in the
 * user's language that walks from these files to a store, registrations, the waiting list and a
 * report in ten commands. The meeting is thirty days after today, so that registration is open.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a starting point for your own meeting into a new or empty directory: meeting.json "
                + "(a registry document), organisations.csv, people.json (a document part), organisers.txt and "
                + "README.txt, which walks from them to a report in ten commands. Every name is illustrative.")
final class InitCommand implements Callable<Integer> {

    /** The meeting of the starting point. */
    static final EventId MEETING = EventId.of("illustrative-meeting");
    static final OrganisationId ASSOCIATION = OrganisationId.of("illustrative-association");
    static final OrganisationId CLUSTER = OrganisationId.of("illustrative-cluster");
    static final OrganisationId BODY = OrganisationId.of("illustrative-labelling-body");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir",
            description = "The directory to write into: new, or empty.")
    private Path dir;

    /** The clock that says what today is. */
    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        Locale lang = ClusterMeetCli.locale(spec);
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new CliFailure(CliFailure.USAGE, Message.INIT_NOT_EMPTY.format(lang, dir));
        }
        Files.createDirectories(dir);
        LocalDate today = LocalDate.now(clock);
        Registry meeting = meeting(today);
        Output.toFile(dir.resolve("meeting.json"), List.of(), lang, out -> RegistryJson.defaults().write(meeting, out));
        Output.toFile(dir.resolve("people.json"), List.of(), lang, out -> out.write(people(today)));
        Output.toFile(dir.resolve("organisations.csv"), List.of(), lang, out -> out.write(organisations()));
        Path organisers = dir.resolve("organisers.txt");
        Output.toFile(organisers, List.of(), lang, out -> out.write(organisers(lang)));
        try {
            // the tokens are secrets: readable by their owner only
            Files.setPosixFilePermissions(organisers, java.nio.file.attribute.PosixFilePermissions.fromString(
                    "rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its own defaults
        }
        Output.toFile(dir.resolve("README.txt"), List.of(), lang,
                out -> out.write(readme(lang).getBytes(StandardCharsets.UTF_8)));
        PrintWriter w = spec.commandLine().getOut();
        w.println(Message.INIT_WRITTEN.format(lang, dir, dir.resolve("README.txt")));
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The registry document: an association, a labelled cluster, a labelling body, a manager, the meeting. */
    static Registry meeting(LocalDate today) {
        return Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Illustrative cluster association", CountryCode.of("PL"))
                        .withNames(NameHistory.of(LocalizedText.english("Illustrative cluster association")
                                .with("pl", "Przykładowe stowarzyszenie klastrów"))))
                .add(new LabellingBody(BODY, NameHistory.of("Illustrative labelling body"), List.of(),
                        java.util.Optional.empty(), java.util.Optional.empty()))
                .add(ClusterOrganisation.builder(CLUSTER, "Illustrative cluster", CountryCode.of("PL"))
                        .localName("pl", "Przykładowy klaster").members(40, 30).listedOnEccp(true).build())
                .add(QualityLabel.of(LabelId.of("illustrative-cluster-bronze"), CLUSTER, BODY, LabelLevel.BRONZE,
                        today.minusMonths(6)))
                .add(Membership.of(MembershipId.of("illustrative-cluster-in-association"), CLUSTER, ASSOCIATION,
                        MembershipRole.MEMBER, today.minusYears(2)))
                .add(new Person(PersonId.of("illustrative-manager"), "Anna", "Illustrative",
                        java.util.Optional.of(EmailAddress.of("anna@example.org")), java.util.Optional.empty(),
                        List.of(PersonRole.of(CLUSTER, "Cluster manager", today.minusYears(3))
                                .withKind(RoleKind.MANAGER)))
                        .withNamePublication(NamePublication.YES))
                .add(Event.builder(MEETING, "Illustrative meeting of Polish clusters", EventKind.THEMATIC_MEETING,
                                EventSchedule.day(today.plusDays(30)))
                        .localTitle("pl", "Przykładowe spotkanie polskich klastrów")
                        .venue(Venue.inCity("Warszawa", CountryCode.of("PL"))).organisers(ASSOCIATION).capacity(2)
                        .languages("pl", "en").openRegistration(true).build())
                .build();
    }

    /** Two more people, as a document part for {@code store put}. */
    private static byte[] people(LocalDate today) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());
        ObjectNode part = mapper.createObjectNode();
        ArrayNode people = part.putArray("people");
        people.add(mapper.valueToTree(Person.of(PersonId.of("illustrative-expert"), "Jan", "Illustrative")
                .withRole(PersonRole.of(ASSOCIATION, "Expert", today.minusYears(1)).withKind(RoleKind.EXPERT))));
        people.add(mapper.valueToTree(Person.of(PersonId.of("illustrative-observer"), "Ewa", "Illustrative")
                .withRole(PersonRole.of(ASSOCIATION, "Board member", today.minusYears(1))
                        .withKind(RoleKind.BOARD_MEMBER))));
        return (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(part) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One more cluster organisation, as a spreadsheet would hold it; the label columns stay empty. */
    private static byte[] organisations() {
        String header = String.join(",", OrganisationCsv.columnNames());
        return (header + "\r\nillustrative-second-cluster,Illustrative second cluster,Przykładowy drugi klaster,,PL,,"
                + "digital,,25,20,,,yes,,\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The organisers file: one organiser, {@code secretariat}, with a fresh random token. */
    private static byte[] organisers(Locale lang) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return (Message.INIT_ORGANISERS_COMMENT.format(lang) + "\nsecretariat = " + token + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The ten commands, as README.txt gives them (run from the directory). */
    static List<String> commands() {
        String event = " --event " + MEETING;
        return List.of(
                "clustermeet validate meeting.json",
                "clustermeet import meeting.json --organisations organisations.csv --out meeting-2.json",
                "clustermeet store create meetings --from meeting-2.json",
                "clustermeet store put meetings --from people.json",
                "clustermeet store register meetings" + event + " --person illustrative-manager --organisation "
                        + CLUSTER + " --role cluster-manager",
                "clustermeet store register meetings" + event + " --person illustrative-expert --organisation "
                        + ASSOCIATION + " --role association-representative",
                "clustermeet store register meetings" + event + " --person illustrative-observer --organisation "
                        + ASSOCIATION + " --role observer",
                "clustermeet store list meetings" + event,
                "clustermeet store cancel meetings r-2",
                "clustermeet report meetings " + MEETING);
    }

    private static String readme(Locale lang) {
        List<String> commands = commands();
        List<Message> steps = List.of(Message.INIT_STEP_VALIDATE, Message.INIT_STEP_IMPORT, Message.INIT_STEP_CREATE,
                Message.INIT_STEP_PUT, Message.INIT_STEP_REGISTER, Message.INIT_STEP_REGISTER_2,
                Message.INIT_STEP_WAITLIST, Message.INIT_STEP_LIST, Message.INIT_STEP_CANCEL,
                Message.INIT_STEP_REPORT);
        StringBuilder b = new StringBuilder(Message.INIT_README_INTRO.format(lang)).append("\n\n");
        for (int i = 0; i < commands.size(); i++) {
            b.append(i + 1).append(". ").append(steps.get(i).format(lang)).append("\n   ").append(commands.get(i))
                    .append("\n\n");
        }
        return b.append(Message.INIT_README_NEXT.format(lang)).append('\n').toString();
    }
}
