package org.clustermeet.server.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.store.Outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The organiser's view of the mails: how many are pending, sent, failed and not sent, and the
 * latest of them with their attempts and errors; as a page and in the API.
 */
public final class Mails {

    /**
     * How many mails stand in a status.
     *
     * @param status     the status's spelling
     * @param statusText the status in the page's language
     * @param count      how many
     */
    public record Count(String status, String statusText, int count) {
    }

    /**
     * One mail.
     *
     * @param id         the notice's id (its Message-ID's local part)
     * @param created    when it was written (UTC, to the minute)
     * @param kind       what it is about, in the document's spelling
     * @param event      the event's id
     * @param person     the person's name, or id when no longer in the registry
     * @param status     its status's spelling
     * @param statusText its status in the page's language
     * @param attempts   how many attempts were made
     * @param note       the last error, or why it was not sent
     */
    public record Row(String id, String created, String kind, String event, String person, String status,
                      String statusText, int attempts, String note) {
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LATEST = 200;

    private final Desk desk;
    private final Guard guard;
    private final boolean configured;

    /**
     * @param desk       the actions on the store
     * @param guard      sessions and bearer tokens
     * @param configured whether a mail server is configured
     */
    public Mails(Desk desk, Guard guard, boolean configured) {
        this.desk = desk;
        this.guard = guard;
        this.configured = configured;
    }

    /**
     * {@code GET /organiser/mails}.
     *
     * @param ctx the request
     */
    public void page(Context ctx) {
        Optional<Guard.Session> session = guard.sessionOrLogin(ctx);
        if (session.isEmpty()) {
            return;
        }
        Texts t = OrganiserPages.texts(ctx);
        ctx.html(Pages.render("mails.jte", Map.of("t", t, "organiser", session.get().actor().name(),
                "csrf", session.get().csrf(), "configured", configured, "counts", counts(t), "latest", latest(t))));
    }

    /**
     * {@code GET /api/organiser/mails}.
     *
     * @param ctx the request
     */
    public void api(Context ctx) {
        guard.bearer(ctx);
        Texts t = Texts.of(java.util.Locale.ENGLISH);
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("mailServer", configured);
        ObjectNode counts = answer.putObject("counts");
        counts(t).forEach(c -> counts.put(c.status(), c.count()));
        ArrayNode mails = answer.putArray("mails");
        for (Row r : latest(t)) {
            ObjectNode m = mails.addObject();
            m.put("id", r.id());
            m.put("created", r.created());
            m.put("kind", r.kind());
            m.put("event", r.event());
            m.put("person", r.person());
            m.put("status", r.status());
            m.put("attempts", r.attempts());
            if (!r.note().isEmpty()) {
                m.put("note", r.note());
            }
        }
        Api.send(ctx, 200, answer);
    }

    private List<Count> counts(Texts t) {
        return desk.store().outbox().counts().entrySet().stream().map(e -> new Count(spelling(e.getKey()),
                t.get("mails.status." + spelling(e.getKey())), e.getValue())).toList();
    }

    private List<Row> latest(Texts t) {
        Registry registry = desk.registry();
        return desk.store().outbox().latest(Optional.empty(), LATEST).stream().map(e -> new Row(e.notice().id(),
                MINUTES.format(e.notice().createdAt()), Views.spelling(e.notice().kind().name()),
                e.notice().event().value(), Echo.inert(registry.person(e.notice().person()).map(Person::fullName)
                        .orElse(e.notice().person().value())), spelling(e.status()),
                t.get("mails.status." + spelling(e.status())), e.attempts(), e.lastError().orElse(""))).toList();
    }

    private static String spelling(Outbox.Status status) {
        return Views.spelling(status.name());
    }
}
