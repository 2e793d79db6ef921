package org.clustermeet.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.store.Notice;

/**
 * What a notice says, as a mail: subject, plain text and HTML (the HTML from a template that
 * escapes by context), in the person's language, with the personal link and, for a place held or
 * an event moved or cancelled, the event's calendar entry. A notice that cannot be sent (no
 * e-mail address, a person or event no longer in the registry) gets a reason instead.
 */
final class Letters {

    /**
     * A mail to send.
     *
     * @param to       the address
     * @param subject  the subject
     * @param text     the plain text
     * @param html     the HTML
     * @param calendar the iCalendar entry (UTF-8), if the mail carries one
     */
    record Letter(String to, String subject, String text, String html, Optional<byte[]> calendar) {
    }

    /**
     * Why a notice is not sent.
     *
     * @param reason the reason, for the organiser's list
     */
    record Skip(String reason) {
    }

    private Letters() {
    }

    /** {@return whether a notice of this kind carries the event's calendar entry} */
    static boolean carriesCalendar(Notice.Kind kind) {
        return switch (kind) {
            case ACCEPTED, PROMOTED, EVENT_CHANGED, EVENT_CANCELLED -> true;
            default -> false;
        };
    }

    /** {@return whether a notice of this kind carries the personal link} */
    static boolean carriesLink(Notice.Kind kind) {
        return kind != Notice.Kind.EVENT_CANCELLED;
    }

    /**
     * Tells why a notice cannot be sent, if it cannot.
     *
     * @param notice   the notice
     * @param registry the registry as it is now
     * @return the reason; empty when it can be sent
     */
    static Optional<Skip> skip(Notice notice, Registry registry) {
        Optional<Person> person = registry.person(notice.person());
        if (person.isEmpty()) {
            return Optional.of(new Skip("person " + notice.person() + " is no longer in the registry"));
        }
        if (person.get().email().isEmpty()) {
            return Optional.of(new Skip("person " + notice.person() + " has no e-mail address"));
        }
        if (registry.event(notice.event()).isEmpty()) {
            return Optional.of(new Skip("event " + notice.event() + " is no longer in the registry"));
        }
        return Optional.empty();
    }

    /**
     * Writes a notice as a mail; {@link #skip} said it can be sent.
     *
     * @param notice   the notice
     * @param registry the registry as it is now
     * @param t        the person's language
     * @param link     the personal link, if the mail carries one
     * @param calendar the calendar entry, if the mail carries one
     * @return the mail
     */
    static Letter write(Notice notice, Registry registry, Texts t, Optional<String> link, Optional<String> calendar) {
        Person person = registry.person(notice.person()).orElseThrow();
        Event event = registry.event(notice.event()).orElseThrow();
        Views.EventView view = Views.event(registry, event, t);
        String title = Echo.inert(view.title());
        String kind = Views.spelling(notice.kind().name());
        String subject = t.get("mail.subject." + kind, title);
        String greeting = person.isAnonymous() || person.givenName().isEmpty() ? t.get("mail.greeting-anonymous")
                : t.get("mail.greeting", Echo.inert(person.fullName()));
        String body = switch (notice.kind()) {
            case INVITED, ACCEPTED, PROMOTED, EVENT_CHANGED -> t.get("mail.body." + kind, title, view.dates(),
                    Echo.inert(view.venue()));
            case WAITLISTED -> t.get("mail.body." + kind, title, notice.position());
            case EVENT_CANCELLED -> t.get("mail.body." + kind, title, view.dates());
            case REFUSED, CANCELLED, CANCELLED_BY_ORGANISER -> t.get("mail.body." + kind, title);
        };
        List<String> reasons = (t.locale().getLanguage().equals("pl") ? notice.reasons().polish()
                : notice.reasons().english()).stream().map(Echo::inert).toList();
        String footer = t.get("mail.footer", title);
        List<String> text = new ArrayList<>(List.of(greeting, "", body));
        reasons.forEach(r -> text.add("- " + r));
        link.ifPresent(l -> text.addAll(List.of("", t.get("mail.link"), l)));
        text.addAll(List.of("", "-- ", footer, ""));
        String html = Pages.render("mail.jte", Map.of("lang", t.tag(), "subject", subject, "greeting", greeting,
                "body", body, "reasons", reasons, "linkLabel", t.get("mail.link"), "link", link.orElse(""),
                "footer", footer));
        String email = person.email().orElseThrow().value();
        return new Letter(email, subject, String.join("\r\n", text), html,
                calendar.map(c -> c.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param language the invitation's language, if the person was invited
     * @return the texts to write in: Polish or English
     */
    static Texts texts(Optional<Locale> language) {
        return Texts.of(Objects.requireNonNull(language, "language").orElse(Locale.ENGLISH));
    }
}
