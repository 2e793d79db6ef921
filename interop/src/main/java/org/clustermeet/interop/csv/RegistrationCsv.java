package org.clustermeet.interop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.text.IsoText;
import org.clustermeet.core.value.Spelling;
import org.clustermeet.core.workflow.RegistrationResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * An event's participants as a spreadsheet, and registrations imported from one.
 *
 * <p>Export, one registration holding a place per line: by default the public columns
 * {@code name, organisation, country, role, attends} (the public view: a person without a yes to
 * publishing their name is "a participant from ORGANISATION"); with personal data also
 * {@code registration id, person id, organisation id, given name, family name, e-mail, phone,
 * state, registered at}, and every registration, waiting ones included.
 *
 * <p>Import: {@code person id, organisation id, role} (role as in the export, {@code cluster-manager},
 * or its constant or label, such as {@code CLUSTER_MANAGER} or {@code cluster manager}), optionally
 * {@code registration id} (else {@code EVENT-ID-csv-LINE}), {@code attends} ({@code in-person} or
 * {@code online}, in any of those spellings) and
 * {@code registered at} (an ISO instant; else the import's instant, a nanosecond later per line,
 * so that lines keep their order); the other export columns are accepted and ignored. Every line
 * is checked first (syntax, known person and organisation, unused ids); then each goes through
 * the registration workflow in file order, and each line's outcome is reported. Immutable and
 * thread-safe.
 */
public final class RegistrationCsv {

    private static final List<String> PUBLIC = List.of("name", "organisation", "country", "role", "attends");
    private static final List<String> PERSONAL = List.of("registration id", "person id", "organisation id",
            "given name", "family name", "e-mail", "phone", "state", "registered at");
    private static final List<CsvTable.Column> COLUMNS = columns();

    /** The most bytes an import reads unless {@link #withMaxBytes(long)} says otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final CsvDialect dialect;
    private final long maxBytes;

    private RegistrationCsv(CsvDialect dialect, long maxBytes) {
        this.dialect = dialect;
        this.maxBytes = maxBytes;
    }

    /**
     * Returns this form with another limit on the size of an import.
     *
     * @param maxBytes the most bytes an import reads, positive
     * @return the form
     * @throws IllegalArgumentException if the limit is not positive
     */
    public RegistrationCsv withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        return new RegistrationCsv(dialect, maxBytes);
    }

    /**
     * Returns the form in a dialect.
     *
     * @param dialect the dialect, not null
     * @return the form
     */
    public static RegistrationCsv of(CsvDialect dialect) {
        return new RegistrationCsv(Objects.requireNonNull(dialect, "dialect"), DEFAULT_MAX_BYTES);
    }

    private static List<CsvTable.Column> columns() {
        List<Object> c = new ArrayList<>();
        PUBLIC.forEach(n -> c.addAll(List.of(n, n.equals("role"))));
        PERSONAL.forEach(n -> c.addAll(List.of(n, n.equals("person id") || n.equals("organisation id"))));
        return CsvTable.columns(c.toArray());
    }

    /** {@return the columns a file may have, in the export's order; person id, organisation id and role are required} */
    public static List<String> columnNames() {
        return COLUMNS.stream().map(CsvTable.Column::name).toList();
    }

    private static CsvTable.Column column(String name) {
        return COLUMNS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Writes an event's participants.
     *
     * @param registry the registry, not null
     * @param event    the event, not null
     * @param personal whether to add the personal columns and the registrations not holding a place
     * @param out      where to write; flushed, not closed
     * @throws IllegalArgumentException if the registry has no such event
     * @throws IOException              if writing fails
     */
    public void write(Registry registry, EventId event, boolean personal, OutputStream out) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Registry source = personal ? registry : PublicView.of(registry);
        Event e = source.event(Objects.requireNonNull(event, "event")).orElseThrow(
                () -> new IllegalArgumentException("no event with id " + event + " in the registry"));
        LocalDate day = e.schedule().firstDay();
        CsvWriter csv = new CsvWriter(Objects.requireNonNull(out, "out"), dialect);
        List<String> header = new ArrayList<>(PUBLIC);
        if (personal) {
            header.addAll(PERSONAL);
        }
        csv.record(header);
        for (Registration r : source.registrationsFor(event)) {
            if (!personal && !r.holdsPlace()) {
                continue;
            }
            Person p = source.person(r.person()).orElseThrow();
            Organisation o = source.organisation(r.organisation()).orElseThrow();
            String organisation = o.displayNameOn(day).english();
            List<String> fields = new ArrayList<>(List.of(personal ? p.fullName() : p.publicName(organisation),
                    organisation, o.homeCountry().map(Object::toString).orElse(""), Spelling.document(r.role()),
                    attends(r.attends())));
            if (personal) {
                fields.addAll(List.of(r.id().value(), p.id().value(), o.id().value(), p.givenName().orElse(""),
                        p.familyName().orElse(""), p.email().map(Object::toString).orElse(""),
                        p.phone().map(Object::toString).orElse(""), Spelling.document(r.state()),
                        r.registeredAt().map(Instant::toString).orElse("")));
            }
            csv.record(fields);
        }
        csv.flush();
    }

    private static String attends(AttendanceMode mode) {
        return Spelling.document(mode);
    }

    /** One imported line and what the workflow answered. */
    public record Line(long line, RegistrationOutcome outcome) {
        /** {@return "line 3: registration ... accepted"} */
        @Override
        public String toString() {
            return "line " + line + ": " + outcome.describe();
        }
    }

    /**
     * The result of an import.
     *
     * @param registry the registry after every line
     * @param lines    each line's outcome, in file order
     */
    public record Import(Registry registry, List<Line> lines) {
        /** Validates the result.
         *
         * @param registry the registry after every line
         * @param lines    each line's outcome, in file order
         */
        public Import {
            Objects.requireNonNull(registry, "registry");
            lines = List.copyOf(lines);
        }
    }

    /**
     * Imports registrations for an event: every line checked first, then registered in file order.
     *
     * @param registry the registry, not null
     * @param event    the event, not null
     * @param in       the CSV bytes; read to the end, not closed
     * @param charset  the file's charset, or empty for UTF-8
     * @param arrival  the arrival time of lines without one (a nanosecond later per line), not null
     * @param source   the file's name, for messages; not null
     * @return the registry after the import and each line's outcome
     * @throws CsvImportException naming every problem with its line and column; nothing is registered
     * @throws IOException        if reading fails
     */
    public Import importInto(Registry registry, EventId event, InputStream in, Optional<Charset> charset,
                             Instant arrival, String source) throws IOException, CsvImportException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(arrival, "arrival");
        if (registry.event(Objects.requireNonNull(event, "event")).isEmpty()) {
            throw new IllegalArgumentException("no event with id " + event + " in the registry");
        }
        List<CsvProblem> problems = new ArrayList<>();
        List<RegistrationRequest> requests = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Set<RegistrationId> ids = new HashSet<>();
        CsvTable.read(in, charset, COLUMNS, maxBytes, source, row -> {
            Cells c = new Cells(row, problems);
            Optional<PersonId> person = c.required(column("person id"), PersonId::of);
            Optional<OrganisationId> organisation = c.required(column("organisation id"), OrganisationId::of);
            Optional<EventRole> role = c.required(column("role"), RegistrationCsv::role);
            AttendanceMode attends = c.optional(column("attends"), RegistrationCsv::attendance)
                    .orElse(AttendanceMode.IN_PERSON);
            Optional<Instant> at = c.optional(column("registered at"), RegistrationCsv::instant);
            RegistrationId id = c.optional(column("registration id"), RegistrationId::of)
                    .orElseGet(() -> RegistrationId.of(event.value() + "-csv-" + row.line()));
            person.filter(p -> registry.person(p).isEmpty())
                    .ifPresent(p -> c.problem("person id", "no person with id " + p + " in the registry"));
            organisation.filter(o -> registry.organisation(o).isEmpty())
                    .ifPresent(o -> c.problem("organisation id", "no organisation with id " + o + " in the registry"));
            if (registry.registration(id).isPresent() || !ids.add(id)) {
                c.problem("registration id", "registration id " + id + " is already taken");
            }
            if (c.clean()) {
                requests.add(new RegistrationRequest(id, event, person.get(), organisation.get(), role.get(),
                        at.orElse(arrival.plusNanos(row.line())), attends));
                lines.add(row.line());
            }
            return problems.size() < CsvTable.MAX_PROBLEMS;
        });
        if (!problems.isEmpty()) {
            throw new CsvImportException(source, problems);
        }
        Registry current = registry;
        List<Line> outcomes = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RegistrationResult result = RegistrationWorkflow.register(current, requests.get(i));
            current = result.registry();
            outcomes.add(new Line(lines.get(i), result.outcome()));
        }
        return new Import(current, outcomes);
    }

    private static final Spelling<EventRole> ROLE = Spelling.of(EventRole.class, EventRole::label, "role");
    private static final Spelling<AttendanceMode> ATTENDS = Spelling.of(AttendanceMode.class, Spelling::document,
            "attendance (in-person or online)");

    private static EventRole role(String cell) {
        return ROLE.parse(cell);
    }

    private static AttendanceMode attendance(String cell) {
        AttendanceMode mode = ATTENDS.parse(cell);
        if (mode == AttendanceMode.HYBRID) {
            throw new IllegalArgumentException("expected \"in-person\" or \"online\", found \"" + Echo.cut(cell)
                    + "\"");
        }
        return mode;
    }

    private static Instant instant(String cell) {
        try {
            return IsoText.instant(cell);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + Echo.cut(cell) + "\" is not an instant like 2019-11-20T09:00:00Z", e);
        }
    }
}
