package org.clustermeet.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.core.workflow.RegistrationWorkflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The JSON API, mirroring the pages: public events, an invitation and its answer, and for
 * organisers (a bearer token) registrations, invitations, cancellations, capacity and history.
 * Public answers hold the public view only: no e-mail, no arrival time, a person's name only in
 * answers to that person's own invitation.
 */
public final class Api {

    /** The media type of the API's answers. */
    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Desk desk;
    private final SignUpDesk signUps;
    private final Guard guard;
    private final Links links;

    /**
     * @param desk    the actions on the store
     * @param signUps open registration on the store
     * @param guard   tokens and limits
     * @param links   how links to the server are written
     */
    public Api(Desk desk, SignUpDesk signUps, Guard guard, Links links) {
        this.desk = desk;
        this.signUps = signUps;
        this.guard = guard;
        this.links = links;
    }

    /**
     * {@code GET /api/events}.
     *
     * @param ctx the request
     */
    public void events(Context ctx) {
        Registry registry = desk.registry();
        ArrayNode events = MAPPER.createArrayNode();
        registry.events().forEach(e -> events.add(event(registry, e)));
        send(ctx, 200, MAPPER.createObjectNode().set("events", events));
    }

    /**
     * {@code GET /api/events/{id}}.
     *
     * @param ctx the request
     */
    public void event(Context ctx) {
        send(ctx, 200, event(desk.registry(), findEvent(ctx)));
    }

    /**
     * {@code GET /api/invitations/{token}}.
     *
     * @param ctx the request
     */
    public void invitation(Context ctx) {
        send(ctx, 200, invitation(opened(ctx), Optional.empty()));
    }

    /**
     * {@code POST /api/invitations/{token}/answer} with {@code {"answer": "in-person"}}.
     *
     * @param ctx the request
     */
    public void answer(Context ctx) {
        guard.countAnswer(ctx);
        Desk.Opened opened = opened(ctx);
        JsonNode body = body(ctx);
        Desk.Answer answer = Desk.Answer.parse(text(body, "answer")).orElseThrow(() ->
                WebProblem.badRequest("answer must be in-person, online or decline", "/answer"));
        Locale locale = Lang.choose(ctx.queryParam("lang"), Optional.of(opened.invitation().language()),
                ctx.header("Accept-Language"));
        if (!opened.usable()) {
            throw new WebProblem(409, "the invitation can no longer be answered: registration has closed or it was "
                    + "withdrawn", null);
        }
        Desk.Outcome outcome = desk.answer(opened, answer, locale);
        send(ctx, 200, invitation(opened, Optional.of(outcome)));
    }

    /**
     * {@code POST /api/events/{id}/registrations}: open registration, with the fields of the form
     * ({@code givenName}, {@code familyName}, {@code email}, {@code organisation} or {@code "other"}
     * with {@code otherName} and {@code otherCountry}, {@code title}, {@code kind}, {@code role},
     * {@code attends}, {@code publishName}). Every fault is listed in {@code faults}, each with its JSON Pointer.
     *
     * @param ctx the request
     */
    public void signUp(Context ctx) {
        guard.countAnswer(ctx);
        Event event = signUps.openEvent(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        Texts t = Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.empty(), ctx.header("Accept-Language")));
        JsonNode consent = body.get("publishName");
        if (consent != null && !consent.isBoolean() && !consent.isNull()) {
            throw WebProblem.badRequest("publishName must be true or false", "/publishName");
        }
        SignUp.Reading reading = SignUp.read(field -> field.equals("publishName")
                ? (consent != null && consent.asBoolean() ? "true" : null) : text(body, field), t,
                event.delivery().mode());
        if (reading.signUp().isEmpty()) {
            List<SignUp.Fault> faults = reading.faults();
            StringBuilder detail = new StringBuilder();
            ArrayNode list = MAPPER.createArrayNode();
            for (SignUp.Fault f : faults) {
                detail.append(detail.length() == 0 ? "" : "; ").append(f.field()).append(": ")
                        .append(Echo.inert(f.message()));
                list.addObject().put("field", "/" + f.field()).put("detail", Echo.inert(f.message()));
            }
            ObjectNode problem = problemNode(ctx, 400, "Bad Request", detail.toString(),
                    Optional.of("/" + faults.get(0).field()));
            problem.set("faults", list);
            ctx.status(400).contentType("application/problem+json").result(write(problem));
            return;
        }
        if (!signUps.takesRegistrations(event)) {
            throw new WebProblem(409, "registration for event " + event.id() + " is closed", null);
        }
        SignUpDesk.Result result;
        try {
            result = signUps.register(event, reading.signUp().get(), t);
        } catch (WebProblem p) {
            throw p.field().isPresent() ? WebProblem.badRequest(p.getMessage(), "/" + p.field().get()) : p;
        }
        Registry registry = desk.registry();
        ObjectNode answer = MAPPER.createObjectNode();
        answer.set("event", event(registry, registry.event(event.id()).orElseThrow()));
        Desk.Outcome o = result.outcome();
        ObjectNode node = answer.putObject("outcome").put("result", Views.spelling(o.kind().name()));
        if (o.position() > 0) {
            node.put("position", o.position());
        }
        ArrayNode reasons = node.putArray("reasons");
        o.reasons().forEach(reasons::add);
        o.registration().flatMap(r -> registry.registration(r.id()))
                .ifPresent(r -> answer.set("registration", registration(registry, r)));
        result.link().ifPresent(token -> answer.put("link", links.invitation(token)));
        send(ctx, o.kind() == Desk.Outcome.Kind.ACCEPTED || o.kind() == Desk.Outcome.Kind.WAITLISTED ? 201 : 200,
                answer);
    }

    /**
     * {@code GET /api/organiser/events/{id}/registrations?state=}.
     *
     * @param ctx the request
     */
    public void registrations(Context ctx) {
        guard.bearer(ctx);
        Event event = findEvent(ctx);
        Optional<RegistrationState> state = Optional.ofNullable(ctx.queryParam("state"))
                .map(s -> Forms.state(s, "state"));
        Registry registry = desk.registry();
        Map<RegistrationId, Integer> positions = RegistrationWorkflow.waitingPositions(registry, event.id());
        ArrayNode list = MAPPER.createArrayNode();
        registry.registrationsFor(event.id()).stream().filter(r -> state.isEmpty() || r.state() == state.get())
                .forEach(r -> list.add(registration(r, positions.getOrDefault(r.id(), 0))
                        .put("declared", Views.declared(registry, r))));
        send(ctx, 200, MAPPER.createObjectNode().put("event", event.id().value()).set("registrations", list));
    }

    /**
     * {@code POST /api/organiser/events/{id}/invitations} with {@code people}, or {@code role}, and
     * optionally {@code language}.
     *
     * @param ctx the request
     */
    public void invite(Context ctx) {
        Actor actor = guard.bearer(ctx);
        Event event = findEvent(ctx);
        JsonNode body = body(ctx);
        List<PersonId> people = new ArrayList<>();
        JsonNode named = body.path("people");
        if (!named.isMissingNode() && !named.isArray()) {
            throw WebProblem.badRequest("people must be an array of person ids", "/people");
        }
        for (int i = 0; i < named.size(); i++) {
            people.add(Forms.id(named.get(i).asText(), PersonId::of, "/people/" + i));
        }
        Optional<EventRole> role = Optional.ofNullable(text(body, "role")).map(s -> Forms.role(s, "/role"));
        if (people.isEmpty() && role.isEmpty()) {
            throw WebProblem.badRequest("name people, or a role whose eligible people are invited", "/people");
        }
        Optional<Locale> language = Optional.ofNullable(text(body, "language")).map(s -> Lang.supported(s)
                .orElseThrow(() -> WebProblem.badRequest("language must be en or pl", "/language")));
        ArrayNode invited = MAPPER.createArrayNode();
        for (Desk.Invited i : desk.invite(event.id(), people, role, language, actor)) {
            invited.add(MAPPER.createObjectNode().put("person", i.person().value())
                    .put("link", links.invitation(i.token())));
        }
        send(ctx, 201, MAPPER.createObjectNode().set("invited", invited));
    }

    /**
     * {@code GET /api/organiser/events/{id}/invitations}: the event's invitations and their state.
     *
     * @param ctx the request
     */
    public void invitations(Context ctx) {
        guard.bearer(ctx);
        Event event = findEvent(ctx);
        ArrayNode list = MAPPER.createArrayNode();
        for (Views.InvitationView i : desk.invitations(event)) {
            list.addObject().put("person", i.personId()).put("language", i.language()).put("issuedAt", i.issuedAt())
                    .put("issuedBy", i.issuedBy()).put("state", i.state());
        }
        send(ctx, 200, MAPPER.createObjectNode().put("event", event.id().value()).set("invitations", list));
    }

    /**
     * {@code POST /api/organiser/events/{id}/invitations/{person}/revoke}: withdraws an invitation.
     *
     * @param ctx the request
     */
    public void revoke(Context ctx) {
        Actor actor = guard.bearer(ctx);
        Event event = findEvent(ctx);
        PersonId person = Forms.id(ctx.pathParam("person"), PersonId::of, "person");
        desk.revoke(event.id(), person, actor);
        send(ctx, 200, MAPPER.createObjectNode().put("event", event.id().value()).put("person", person.value())
                .put("state", "revoked"));
    }

    /**
     * {@code POST /api/organiser/registrations/{id}/cancel}.
     *
     * @param ctx the request
     */
    public void cancel(Context ctx) {
        Actor actor = guard.bearer(ctx);
        RegistrationId id = Forms.id(ctx.pathParam("id"), RegistrationId::of, "id");
        CancellationResult result = desk.cancel(id, actor);
        ObjectNode answer = MAPPER.createObjectNode();
        answer.set("cancelled", registration(result.registry(), result.cancelled()));
        result.promoted().ifPresent(p -> answer.set("promoted", registration(result.registry(), p)));
        send(ctx, 200, answer);
    }

    /**
     * {@code PUT /api/organiser/events/{id}/capacity} with {@code {"capacity": 50}}.
     *
     * @param ctx the request
     */
    public void capacity(Context ctx) {
        Actor actor = guard.bearer(ctx);
        Event event = findEvent(ctx);
        JsonNode capacity = body(ctx).path("capacity");
        if (!capacity.canConvertToInt() || !capacity.isIntegralNumber()) {
            throw WebProblem.badRequest("capacity must be a whole number", "/capacity");
        }
        Event changed = desk.changeCapacity(event.id(), capacity.intValue(), actor);
        send(ctx, 200, event(desk.registry(), changed));
    }

    /**
     * {@code GET /api/organiser/registrations/{id}/history}.
     *
     * @param ctx the request
     */
    public void history(Context ctx) {
        guard.bearer(ctx);
        RegistrationId id = Forms.id(ctx.pathParam("id"), RegistrationId::of, "id");
        if (desk.registry().registration(id).isEmpty()) {
            throw WebProblem.notFound("no registration " + id);
        }
        ArrayNode history = MAPPER.createArrayNode();
        for (HistoryEntry h : desk.store().history(id)) {
            ObjectNode entry = history.addObject().put("sequence", h.sequence()).put("at", h.at().toString())
                    .put("happened", Views.spelling(h.happening().kind().name())).put("description", h.describe());
            h.actor().ifPresent(a -> entry.put("actor", a.name()));
        }
        send(ctx, 200, MAPPER.createObjectNode().put("registration", id.value()).set("history", history));
    }

    /**
     * Writes a problem as RFC 9457 {@code application/problem+json}.
     *
     * @param ctx    the request
     * @param status the status
     * @param title  the status's short title
     * @param detail what was wrong
     * @param field  the field at fault, if one is
     */
    public static void problem(Context ctx, int status, String title, String detail, Optional<String> field) {
        ctx.status(status).contentType("application/problem+json")
                .result(write(problemNode(ctx, status, title, detail, field)));
    }

    private static ObjectNode problemNode(Context ctx, int status, String title, String detail,
                                          Optional<String> field) {
        ObjectNode problem = MAPPER.createObjectNode().put("type", "about:blank").put("title", title)
                .put("status", status).put("detail", detail).put("instance", ctx.path());
        field.ifPresent(f -> problem.put("field", f));
        return problem;
    }

    private Event findEvent(Context ctx) {
        return desk.event(ctx.pathParam("id"));
    }

    private Desk.Opened opened(Context ctx) {
        return desk.open(ctx.pathParam("token")).orElseThrow(() -> WebProblem.notFound(
                "no invitation has this token"));
    }

    private ObjectNode invitation(Desk.Opened opened, Optional<Desk.Outcome> outcome) {
        Registry registry = desk.registry();
        ObjectNode answer = MAPPER.createObjectNode();
        answer.set("event", event(registry, registry.event(opened.event().id()).orElseThrow()));
        answer.put("person", opened.invitation().person().value()).put("language",
                opened.invitation().language().getLanguage()).put("usable", opened.usable());
        outcome.ifPresent(o -> {
            ObjectNode node = answer.putObject("outcome").put("result", Views.spelling(o.kind().name()));
            if (o.position() > 0) {
                node.put("position", o.position());
            }
            ArrayNode reasons = node.putArray("reasons");
            o.reasons().forEach(reasons::add);
        });
        outcome.flatMap(Desk.Outcome::registration).flatMap(r -> registry.registration(r.id()))
                .or(() -> Desk.own(registry, opened.event().id(), opened.invitation().person()))
                .ifPresent(r -> answer.set("registration", registration(registry, r)));
        return answer;
    }

    static ObjectNode event(Registry registry, Event e) {
        Texts english = Texts.of(Locale.ENGLISH);
        Views.EventView v = Views.event(registry, e, english);
        ObjectNode node = MAPPER.createObjectNode().put("id", v.id()).put("title", e.title().english())
                .put("firstDay", e.schedule().firstDay().toString()).put("lastDay", e.schedule().lastDay().toString())
                .put("status", Views.spelling(e.status().name()))
                .put("registrationCloses", e.registrationCloses().toString());
        e.venue().ifPresent(venue -> node.put("venue", venue.toString()));
        e.capacity().ifPresent(c -> node.put("capacity", c));
        if (!v.placesLeft().isEmpty()) {
            node.put("placesLeft", Integer.parseInt(v.placesLeft()));
        }
        node.put("waiting", v.waiting());
        if (e.openRegistration()) {
            node.put("openRegistration", true);
        }
        ArrayNode programme = node.putArray("programme");
        v.programme().forEach(s -> programme.addObject().put("time", s.time()).put("title", s.title()));
        return node;
    }

    private static ObjectNode registration(Registry registry, Registration r) {
        return registration(r, Views.position(registry, r));
    }

    private static ObjectNode registration(Registration r, int position) {
        ObjectNode node = MAPPER.createObjectNode().put("id", r.id().value()).put("event", r.event().value())
                .put("person", r.person().value()).put("organisation", r.organisation().value())
                .put("role", Views.spelling(r.role().name())).put("attends", Views.spelling(r.attends().name()))
                .put("state", Views.spelling(r.state().name()));
        if (position > 0) {
            node.put("position", position);
        }
        return node;
    }

    static JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            throw new WebProblem(415, "the body must be " + JSON, null);
        }
        try {
            JsonNode body = MAPPER.readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw WebProblem.badRequest("the body must be a JSON object", "");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw WebProblem.badRequest("the body is not JSON: " + Echo.cut(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), "");
        } catch (java.io.IOException e) {
            throw WebProblem.badRequest("the body could not be read", "");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw WebProblem.badRequest(field + " must be a string", "/" + field);
        }
        return node.asText();
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(write(body));
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of the server's own cannot fail to write", e);
        }
    }
}
