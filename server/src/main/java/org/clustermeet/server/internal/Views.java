package org.clustermeet.server.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.EventRoster;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * What the pages show, as plain values: the templates only place them, escaped by jte for the
 * context they land in. Built from the registry in the page's language.
 */
public final class Views {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Views() {
    }

    /**
     * An event as pages show it.
     *
     * @param id         the event's id
     * @param title      the title in the page's language
     * @param dates      the first day, and the last when it differs (ISO dates)
     * @param venue      the venue, or the word for online
     * @param status     the status in the page's language
     * @param capacity   the places in person, or an empty text when unlimited
     * @param placesLeft the free places in person, or an empty text when unlimited
     * @param waiting    how many are on the waiting list
     * @param programme  the sessions, in order
     */
    public record EventView(String id, String title, String dates, String venue, String status, String capacity,
                            String placesLeft, int waiting, List<SessionView> programme) {
    }

    /**
     * A session of the programme.
     *
     * @param time  its start and end in the venue's zone, or an empty text
     * @param title its title in the page's language
     */
    public record SessionView(String time, String title) {
    }

    /**
     * A registration as the organiser's and the person's pages show it.
     *
     * @param id           the registration's id
     * @param person       the person's full name
     * @param organisation the organisation's name on the event's first day
     * @param role         the event role in the page's language
     * @param attends      in person or online, in the page's language
     * @param stateCode    the state in the document's spelling ({@code waitlisted}), for filters
     * @param state        the state in the page's language
     * @param position     the place on the waiting list, 0 when not waiting
     * @param active       whether it can still be cancelled
     * @param declared     whether the person declared their role at the organisation themselves
     */
    public record RegistrationView(String id, String person, String organisation, String role, String attends,
                                   String stateCode, String state, int position, boolean active,
                                   boolean declared) {
    }

    /**
     * An invitation as the organiser's page and API show it.
     *
     * @param personId the person's id
     * @param person   the person's full name
     * @param language the invitation's language tag
     * @param issuedAt when it was issued (ISO instant)
     * @param issuedBy who issued it
     * @param state    {@code usable}, {@code revoked} or {@code expired}
     */
    public record InvitationView(String personId, String person, String language, String issuedAt, String issuedBy,
                                 String state) {
    }

    /**
     * Builds an event's view.
     *
     * @param registry the registry
     * @param event    the event
     * @param t        the page's texts
     * @return the view
     */
    public static EventView event(Registry registry, Event event, Texts t) {
        Locale locale = t.locale();
        LocalDate first = event.schedule().firstDay();
        LocalDate last = event.schedule().lastDay();
        String dates = first.equals(last) ? first.toString() : first + " – " + last;
        String venue = event.venue().map(v -> venue(v, locale)).orElse(t.get("event.online"));
        EventRoster roster = registry.roster(event.id());
        int held = roster.placesTaken(AttendanceMode.IN_PERSON);
        int waiting = roster.waiting(AttendanceMode.IN_PERSON).size() + roster.waiting(AttendanceMode.ONLINE).size();
        String capacity = event.capacity().map(String::valueOf).orElse("");
        String left = event.capacity().map(c -> String.valueOf(Math.max(0, c - held))).orElse("");
        ZoneId zone = event.venue().flatMap(v -> v.country().timeZone()).orElse(ZoneOffset.UTC);
        List<SessionView> programme = new ArrayList<>();
        event.sessions().stream().sorted(Comparator.comparingInt(Session::order)).forEach(s -> programme.add(
                new SessionView(s.slot().map(slot -> slot.start().withZoneSameInstant(zone).format(TIME) + "–"
                        + slot.end().withZoneSameInstant(zone).format(TIME)).orElse(""), s.title().get(locale))));
        return new EventView(event.id().value(), event.title().get(locale), dates, venue,
                t.get("status." + spelling(event.status().name())), capacity, left, waiting, List.copyOf(programme));
    }

    /**
     * Writes a venue in a language: its name if it has one, its city, and its country's name.
     *
     * @param venue  the venue
     * @param locale the language
     * @return the text
     */
    public static String venue(Venue venue, Locale locale) {
        return venue.name().map(n -> n + ", ").orElse("") + venue.city() + ", "
                + new Locale("", venue.country().value()).getDisplayCountry(locale);
    }

    /**
     * Builds a registration's view.
     *
     * @param registry the registry
     * @param r        the registration
     * @param t        the page's texts
     * @return the view
     */
    public static RegistrationView registration(Registry registry, Registration r, Texts t) {
        return registration(registry, r, t, position(registry, r));
    }

    private static RegistrationView registration(Registry registry, Registration r, Texts t, int position) {
        Event event = registry.event(r.event()).orElseThrow();
        String person = registry.person(r.person()).map(Person::fullName).orElse(r.person().value());
        String organisation = registry.organisation(r.organisation())
                .map(o -> o.displayNameOn(event.schedule().firstDay()).get(t.locale()))
                .orElse(r.organisation().value());
        return new RegistrationView(r.id().value(), Echo.inert(person), Echo.inert(organisation),
                t.get("role." + spelling(r.role().name())), t.get("attends." + spelling(r.attends().name())),
                spelling(r.state().name()), t.get("state." + spelling(r.state().name())),
                position, r.state().isActive(), declared(registry, r));
    }

    /**
     * Tells whether the person declared, rather than an organiser recorded, their role at the
     * organisation they represent (on the event's first day).
     *
     * @param registry the registry
     * @param r        the registration
     * @return true for a declared role
     */
    public static boolean declared(Registry registry, Registration r) {
        LocalDate day = registry.event(r.event()).map(e -> e.schedule().firstDay()).orElse(LocalDate.MIN);
        return registry.person(r.person()).stream().flatMap(p -> p.rolesOn(day).stream())
                .filter(role -> role.organisation().equals(r.organisation())).anyMatch(PersonRole::declared);
    }

    /**
     * Lists an event's registrations, optionally of one state, waiting list in its order.
     *
     * @param registry the registry
     * @param event    the event
     * @param state    the state to keep, or empty for all
     * @param t        the page's texts
     * @return the views, registered first, then the waiting list in order, then the rest
     */
    public static List<RegistrationView> registrations(Registry registry, EventId event,
                                                       Optional<RegistrationState> state, Texts t) {
        Map<RegistrationId, Integer> positions = RegistrationWorkflow.waitingPositions(registry, event);
        return registry.registrationsFor(event).stream()
                .filter(r -> state.isEmpty() || r.state() == state.get())
                .map(r -> registration(registry, r, t, positions.getOrDefault(r.id(), 0)))
                .sorted(Comparator.comparingInt((RegistrationView v) -> rank(v.stateCode()))
                        .thenComparingInt(RegistrationView::position).thenComparing(RegistrationView::id))
                .toList();
    }

    /**
     * Returns a registration's place on its event's waiting list, among those waiting for the
     * same kind of place.
     *
     * @param registry the registry
     * @param r        the registration
     * @return 1 for the first; 0 when it is not waiting
     */
    public static int position(Registry registry, Registration r) {
        if (r.state() != RegistrationState.WAITLISTED) {
            return 0;
        }
        return registry.roster(r.event()).waitingBefore(r) + 1;
    }

    /**
     * @param constant an enum constant's name
     * @return the document's spelling: lower case, words joined by hyphens
     */
    public static String spelling(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int rank(String state) {
        return switch (state) {
            case "registered", "attended" -> 0;
            case "waitlisted" -> 1;
            case "refused" -> 3;
            default -> 2;
        };
    }
}
