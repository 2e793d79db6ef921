package org.clustermeet.server.badges;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.server.internal.Texts;
import org.clustermeet.server.internal.Views;

/**
 * An event's name badges as a PDF: one for every registration holding a place in person, sorted
 * by family name (badges without a published name last, by organisation), so that the desk finds
 * them. A badge shows the name only when the person consented to publish it, otherwise the word
 * for a participant; then the organisation, its country, the role at the event, and a QR code
 * with the registration's check-in token signed by the server's {@link CheckInKey}. Immutable;
 * configure with the {@code withX} copies.
 * <pre>{@code
 * BadgeSheet.of(key).withLayout(BadgeLayout.A6_PAGE).inLanguage(Locale.forLanguageTag("pl"))
 *         .write(registry, eventId, out);
 * }</pre>
 */
public final class BadgeSheet {

    /**
     * What was written.
     *
     * @param badges   how many badges
     * @param pages    how many pages
     * @param warnings characters the font has no glyph for, each naming the registration; empty
     *                 when every text printed as it is
     */
    public record Printed(int badges, int pages, List<String> warnings) {

        /**
         * Copies the warnings.
         *
         * @param badges   at least 0
         * @param pages    at least 1
         * @param warnings not null
         */
        public Printed {
            warnings = List.copyOf(warnings);
        }
    }

    private final CheckInKey key;
    private final BadgeLayout layout;
    private final Optional<BadgeFonts> fonts;
    private final Locale language;

    private BadgeSheet(CheckInKey key, BadgeLayout layout, Optional<BadgeFonts> fonts, Locale language) {
        this.key = key;
        this.layout = layout;
        this.fonts = fonts;
        this.language = language;
    }

    /**
     * Returns badges signed with a key: eight to an A4 sheet, in English, in DejaVu Sans.
     *
     * @param key the server's check-in key, not null
     * @return the sheet
     */
    public static BadgeSheet of(CheckInKey key) {
        return new BadgeSheet(Objects.requireNonNull(key, "key"), BadgeLayout.A4_SHEET, Optional.empty(),
                Locale.ENGLISH);
    }

    /**
     * @param layout how badges are placed on paper, not null
     * @return a copy with this layout
     */
    public BadgeSheet withLayout(BadgeLayout layout) {
        return new BadgeSheet(key, Objects.requireNonNull(layout, "layout"), fonts, language);
    }

    /**
     * @param fonts the fonts to embed, not null
     * @return a copy printing in these fonts
     */
    public BadgeSheet withFonts(BadgeFonts fonts) {
        return new BadgeSheet(key, layout, Optional.of(Objects.requireNonNull(fonts, "fonts")), language);
    }

    /**
     * @param language Polish for {@code pl}, else English: the roles, countries, titles and the
     *                 word for a participant; not null
     * @return a copy in this language
     */
    public BadgeSheet inLanguage(Locale language) {
        return new BadgeSheet(key, layout, fonts, Texts.of(Objects.requireNonNull(language, "language")).locale());
    }

    /**
     * Returns what the event's badges show, in the order they are printed.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return one badge for every registration holding a place in person
     * @throws IllegalArgumentException if the registry holds no such event
     */
    public List<Badge> badges(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        Event e = registry.event(Objects.requireNonNull(event, "event")).orElseThrow(() ->
                new IllegalArgumentException("no event " + event + " to print badges for"));
        Texts t = Texts.of(language);
        LocalDate day = e.schedule().firstDay();
        Collator collator = Collator.getInstance(language);
        Comparator<Registration> order = Comparator
                .comparing((Registration r) -> sortName(registry, r).isEmpty())
                .thenComparing(r -> sortName(registry, r), collator)
                .thenComparing(r -> organisation(registry, r, day, t.locale()), collator)
                .thenComparing(r -> r.id().value());
        return registry.roster(event).active().stream()
                .filter(r -> r.state().holdsPlace() && r.attends() == AttendanceMode.IN_PERSON)
                .sorted(order)
                .map(r -> new Badge(r.id(), registry.person(r.person()).filter(Person::mayPublishName)
                        .map(Person::fullName).orElse(t.get("badge.participant")),
                        organisation(registry, r, day, t.locale()),
                        registry.organisation(r.organisation()).flatMap(o -> o.homeCountry())
                                .map(c -> new Locale("", c.value()).getDisplayCountry(t.locale())),
                        capitalised(t.get("role." + Views.spelling(r.role().name())), t.locale()),
                        key.sign(r.event(), r.id())))
                .toList();
    }

    /**
     * Writes the event's badges as a PDF.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @param out      where the PDF goes, not null; not closed
     * @return how many badges and pages, and any character the font could not print
     * @throws IllegalArgumentException if the registry holds no such event
     * @throws IllegalStateException    if no fonts were given and DejaVu Sans is not installed
     * @throws IOException              if a font cannot be read or writing fails
     */
    public Printed write(Registry registry, EventId event, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        List<Badge> badges = badges(registry, event);
        Event e = registry.event(event).orElseThrow();
        BadgeFonts chosen = fonts.orElseGet(BadgeFonts::dejaVuSans);
        return BadgePainter.paint(badges, e.title().get(language), Texts.of(language).get("badge.none",
                e.title().get(language)), layout, chosen, out);
    }

    private static String sortName(Registry registry, Registration r) {
        return registry.person(r.person()).filter(Person::mayPublishName)
                .map(p -> p.familyName().orElse("") + " " + p.givenName().orElse("")).orElse("").strip();
    }

    private static String organisation(Registry registry, Registration r, LocalDate day, Locale locale) {
        return registry.organisation(r.organisation()).map(o -> o.displayNameOn(day).get(locale))
                .orElse(r.organisation().value());
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
