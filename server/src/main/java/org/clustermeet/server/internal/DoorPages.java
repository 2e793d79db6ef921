package org.clustermeet.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The event day, for organisers: the badges PDF, the check-in page a scanner types into, and the
 * API's check-in, all answered by the {@link Door}.
 */
public final class DoorPages {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Desk desk;
    private final Door door;
    private final Guard guard;
    private final BadgePrinter badges;

    /**
     * @param desk   the actions on the store
     * @param door   checks badges in
     * @param guard  sessions, CSRF tokens and bearer tokens
     * @param badges prints the badges' PDF
     */
    public DoorPages(Desk desk, Door door, Guard guard, BadgePrinter badges) {
        this.desk = desk;
        this.door = door;
        this.guard = guard;
        this.badges = badges;
    }

    /**
     * {@code GET /organiser/events/{id}/badges?layout=a4|a6}: the event's badges as a PDF, in the
     * page's language.
     *
     * @param ctx the request
     * @throws IOException if writing fails
     */
    public void badges(Context ctx) throws IOException {
        if (guard.sessionOrLogin(ctx).isEmpty()) {
            return;
        }
        Event event = desk.event(ctx.pathParam("id"));
        String layout = Optional.ofNullable(ctx.queryParam("layout")).orElse("a4");
        boolean a6 = switch (layout) {
            case "a4" -> false;
            case "a6" -> true;
            default -> throw WebProblem.badRequest("layout must be a4 or a6", "layout");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            badges.print(door.key(), a6, OrganiserPages.texts(ctx).locale(), desk.registry(), event.id(), out);
        } catch (IllegalStateException e) {
            // no font installed: the message says which package to install
            throw new WebProblem(409, e.getMessage(), null);
        }
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + event.id().value() + "-badges.pdf\"");
        ctx.result(out.toByteArray());
    }

    /**
     * {@code GET /organiser/events/{id}/check-in}: the check-in page.
     *
     * @param ctx the request
     */
    public void checkInForm(Context ctx) {
        Optional<Guard.Session> session = guard.sessionOrLogin(ctx);
        if (session.isPresent()) {
            Event event = desk.event(ctx.pathParam("id"));
            door.key();
            page(ctx, session.get(), event, Optional.empty());
        }
    }

    /**
     * {@code POST /organiser/events/{id}/check-in} with the form field {@code code}: checks a badge in.
     *
     * @param ctx the request
     */
    public void checkIn(Context ctx) {
        Guard.Session session = guard.sessionForChange(ctx);
        Event event = desk.event(ctx.pathParam("id"));
        String code = Optional.ofNullable(ctx.formParam("code")).orElse("");
        Door.Scan scan = door.scan(event, code, session.actor(), OrganiserPages.texts(ctx));
        if (scan.kind() == Door.Kind.REFUSED) {
            ctx.status(422);
        }
        page(ctx, session, event, Optional.of(scan));
    }

    /**
     * {@code POST /organiser/events/{id}/held}: records that the event was held, and shows its report.
     *
     * @param ctx the request
     */
    public void held(Context ctx) {
        Guard.Session session = guard.sessionForChange(ctx);
        door.markHeld(desk.event(ctx.pathParam("id")), session.actor());
        ctx.redirect("/organiser/events/" + ctx.pathParam("id") + "/report", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /api/organiser/events/{id}/held}: records that the event was held.
     *
     * @param ctx the request
     */
    public void heldApi(Context ctx) {
        Actor actor = guard.bearer(ctx);
        Event held = door.markHeld(desk.event(ctx.pathParam("id")), actor);
        Api.send(ctx, 200, Api.event(desk.registry(), held));
    }

    /**
     * {@code POST /api/organiser/events/{id}/check-ins} with {@code {"code": "CM1/..."}}.
     *
     * @param ctx the request
     */
    public void checkInApi(Context ctx) {
        Actor actor = guard.bearer(ctx);
        Event event = desk.event(ctx.pathParam("id"));
        String code = Api.text(Api.body(ctx), "code");
        if (code == null) {
            throw WebProblem.badRequest("code is required: the text of the badge's QR code", "/code");
        }
        Texts t = Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.empty(), ctx.header("Accept-Language")));
        Door.Scan scan = door.scan(event, code, actor, t);
        if (scan.kind() == Door.Kind.REFUSED) {
            throw new WebProblem(scan.registration().isPresent() ? 409 : 422, scan.reason(),
                    scan.registration().isPresent() ? null : "/code");
        }
        ObjectNode answer = MAPPER.createObjectNode();
        answer.put("outcome", scan.kind() == Door.Kind.CHECKED_IN ? "checked-in" : "already-checked-in");
        answer.put("registration", scan.registration().orElseThrow().id().value());
        answer.put("person", scan.person());
        answer.put("organisation", scan.organisation());
        answer.put("role", scan.role());
        answer.put("at", scan.time());
        answer.put("attended", scan.attended());
        answer.put("holdingPlace", scan.holding());
        Api.send(ctx, 200, answer);
    }

    private void page(Context ctx, Guard.Session session, Event event, Optional<Door.Scan> scan) {
        Texts t = OrganiserPages.texts(ctx);
        Registry registry = desk.registry();
        int attended = scan.map(Door.Scan::attended).orElseGet(() -> Door.attended(registry, event));
        int holding = scan.map(Door.Scan::holding).orElseGet(() -> Door.holding(registry, event));
        ctx.html(Pages.render("check-in.jte", Map.of("t", t, "organiser", session.actor().name(),
                "csrf", session.csrf(), "event", Views.event(registry, event, t), "scan", scan,
                "attended", attended, "holding", holding, "mayMarkHeld", door.mayMarkHeld(event))));
    }
}
