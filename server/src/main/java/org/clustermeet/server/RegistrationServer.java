package org.clustermeet.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.text.Echo;
import org.clustermeet.server.badges.BadgeLayout;
import org.clustermeet.server.badges.BadgeSheet;
import org.clustermeet.server.internal.Api;
import org.clustermeet.server.internal.Desk;
import org.clustermeet.server.internal.Door;
import org.clustermeet.server.internal.DoorPages;
import org.clustermeet.server.internal.Guard;
import org.clustermeet.server.internal.InvitationPages;
import org.clustermeet.server.internal.JettyErrors;
import org.clustermeet.server.internal.Lang;
import org.clustermeet.server.internal.Links;
import org.clustermeet.server.internal.MailSender;
import org.clustermeet.server.internal.Retention;
import org.clustermeet.server.internal.Mails;
import org.clustermeet.server.internal.OrganiserPages;
import org.clustermeet.server.internal.Pages;
import org.clustermeet.server.internal.People;
import org.clustermeet.server.internal.Routes;
import org.clustermeet.server.internal.SignUpDesk;
import org.clustermeet.server.internal.SignUpPages;
import org.clustermeet.server.internal.Texts;
import org.clustermeet.server.internal.Views;
import org.clustermeet.server.internal.WebProblem;
import org.clustermeet.store.InvitationToken;
import org.clustermeet.store.RegistryStore;
import org.clustermeet.store.RegistryStoreException;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The registration server: invitation pages where invited people answer, the organisers' pages,
 * and a JSON API described at {@code /api/openapi.json}, all on one {@link RegistryStore}. Every
 * answer goes through the store's registration workflow and is committed before the response is
 * sent, so an acknowledged registration survives a crash; several servers may share one
 * PostgreSQL database without overbooking.
 * <pre>{@code
 * try (RegistryStore store = RegistryStore.openEmbedded(Path.of("meetings"));
 *      RegistrationServer server = RegistrationServer.start(store, ServerSettings.defaults()
 *              .withOrganisers(Organisers.read(Path.of("organisers.txt"))))) {
 *     System.out.println("serving at " + server.address());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Responses carry security headers (a Content-Security-Policy without inline script or style,
 * no framing, no referrer); errors never show a stack trace or SQL. The store stays the caller's:
 * closing the server does not close it.
 */
public final class RegistrationServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RegistrationServer.class.getName());

    private final Javalin app;
    private final Links links;
    private final Desk desk;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private final List<Routes.Route> routes;

    private final Optional<MailSender> mail;

    private final Optional<Retention> retention;

    private RegistrationServer(Javalin app, Links links, Desk desk, List<Routes.Route> routes,
                               Optional<MailSender> mail, Optional<Retention> retention) {
        this.app = app;
        this.links = links;
        this.desk = desk;
        this.routes = routes;
        this.mail = mail;
        this.retention = retention;
    }

    /** The routes the server registered, for the test that holds the OpenAPI document to them. */
    List<Routes.Route> routes() {
        return routes;
    }

    /**
     * Starts a server on a store.
     *
     * @param store    the store, open; it stays open when the server stops
     * @param settings where to listen and who may log in
     * @return the running server
     * @throws IllegalStateException if the address cannot be bound (the message names it)
     */
    public static RegistrationServer start(RegistryStore store, ServerSettings settings) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Desk desk = new Desk(store, settings.clock());
        Guard guard = new Guard(settings.organisers()::match, settings.clock(), settings.answersPerMinute());
        Links links = new Links();
        AtomicReference<MailSender> sender = new AtomicReference<>();
        List<Routes.Route> routes = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.strictContentTypes = false;
            config.router.ignoreTrailingSlashes = true;
            config.routes.before(Guard::headers);
            // a change may have written notices: the sender looks at once rather than at its next poll
            config.routes.after(ctx -> {
                if (!"GET".equals(ctx.method().name())) {
                    Optional.ofNullable(sender.get()).ifPresent(MailSender::nudge);
                }
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            InvitationPages invitations = new InvitationPages(desk, guard);
            SignUpDesk signUpDesk = new SignUpDesk(desk, settings.clock());
            SignUpPages signUps = new SignUpPages(signUpDesk, guard, links);
            OrganiserPages organiser = new OrganiserPages(desk, guard, links);
            Api api = new Api(desk, signUpDesk, guard, links);
            DoorPages door = new DoorPages(desk, new Door(desk, settings.checkInKey(), settings.clock()), guard,
                    (key, a6, language, registry, event, out) -> BadgeSheet.of(key)
                            .withLayout(a6 ? BadgeLayout.A6_PAGE : BadgeLayout.A4_SHEET).inLanguage(language)
                            .write(registry, event, out));
            Mails mails = new Mails(desk, guard, settings.mail().isPresent());
            routes.addAll(Routes.of(invitations, signUps, organiser, door, mails,
                    new People(desk, guard, settings.clock()), api, RegistrationServer::openApi,
                    ctx -> home(ctx, signUpDesk), RegistrationServer::style));
            for (Routes.Route route : routes) {
                switch (route.method()) {
                    case "GET" -> config.routes.get(route.path(), route.handler());
                    case "POST" -> config.routes.post(route.path(), route.handler());
                    case "PUT" -> config.routes.put(route.path(), route.handler());
                    case "DELETE" -> config.routes.delete(route.path(), route.handler());
                    default -> throw new IllegalStateException("no such method " + route.method());
                }
            }
            config.routes.exception(WebProblem.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), e.field()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    fail(ctx, e.getStatus(), statusText(e.getStatus()), Optional.empty()));
            config.routes.exception(RegistryStoreException.class, (e, ctx) -> {
                LOG.log(Level.ERROR, "the store failed on " + ctx.method() + " " + ctx.path(), e);
                fail(ctx, 503, "the store could not complete the request: try again (an answer the store "
                        + "recorded is kept and never taken twice)", Optional.empty());
            });
            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    fail(ctx, 400, Echo.cut(String.valueOf(e.getMessage())), Optional.empty()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.ERROR, "failed on " + ctx.method() + " " + ctx.path(), e);
                fail(ctx, 500, "the server could not complete the request", Optional.empty());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")
                        && !ctx.result().startsWith("<")) {
                    fail(ctx, 404, "there is no such page", Optional.empty());
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + Echo.cut(String.valueOf(e.getMessage())), e);
        }
        links.at("http://" + hostForLinks(settings.bind()) + ":" + app.port());
        Optional<MailSender> mail = settings.mail().map(m -> new MailSender(store, m, links, settings.clock()));
        mail.ifPresent(sender::set);
        Optional<Retention> retention = settings.retainMonths().isPresent()
                ? Optional.of(new Retention(store, settings.retainMonths().getAsInt())) : Optional.empty();
        return new RegistrationServer(app, links, desk, List.copyOf(routes), mail, retention);
    }

    /** {@return the port the server listens on} */
    public int port() {
        return app.port();
    }

    /** {@return the server's address, such as {@code http://127.0.0.1:8080}} */
    public String address() {
        return links.base();
    }

    /**
     * Returns the personal link of an invitation on this server.
     *
     * @param token the invitation's token
     * @return the link
     */
    public String invitationLink(InvitationToken token) {
        return links.invitation(token);
    }

    /** {@return the store the server runs on} */
    public RegistryStore store() {
        return desk.store();
    }

    /**
     * Waits until the server stops (another thread closes it, or the process ends).
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server; requests under way finish first. The store stays open. */
    @Override
    public void close() {
        app.stop();
        mail.ifPresent(MailSender::close);
        retention.ifPresent(Retention::close);
        stopped.countDown();
    }

    private static void fail(Context ctx, int status, String detail, Optional<String> field) {
        if (ctx.path().startsWith("/api/")) {
            Api.problem(ctx, status, statusText(status), detail, field);
            return;
        }
        Texts t = Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.empty(), ctx.header("Accept-Language")));
        String text = switch (status) {
            case 400 -> t.get("error.bad-request", detail);
            case 403 -> t.get("error.forbidden");
            case 404 -> ctx.path().startsWith("/i/") ? t.get("invitation.not-found") : t.get("error.not-found");
            case 413 -> t.get("error.too-large");
            case 429 -> t.get("error.too-many");
            default -> status >= 500 ? t.get("error.internal") : detail;
        };
        String title = status == 404 && ctx.path().startsWith("/i/") ? t.get("invitation.not-found.title")
                : t.get("error.title");
        ctx.status(status).html(Pages.render("message.jte", Map.of("t", t, "title", title, "text", text)));
    }

    private static String statusText(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error " + status;
        };
    }

    /** The home page: the events anyone may register for now, and the organisers' way in. */
    private static void home(Context ctx, SignUpDesk signUps) {
        Texts t = Texts.of(Lang.choose(ctx.queryParam("lang"), Optional.empty(), ctx.header("Accept-Language")));
        var registry = signUps.registry();
        List<Views.EventView> open = registry.events().stream().filter(Event::openRegistration)
                .filter(signUps::takesRegistrations)
                .sorted(Comparator.comparing((Event e) -> e.schedule().firstDay()).thenComparing(e -> e.id().value()))
                .map(e -> Views.event(registry, e, t)).toList();
        ctx.html(Pages.render("home.jte", Map.of("t", t, "events", open,
                "otherLanguage", "/?lang=" + (Lang.isPolish(t.locale()) ? "en" : "pl"))));
    }

    private static void style(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").result(resource("site.css"));
    }

    private static void openApi(Context ctx) {
        ctx.contentType("application/json").result(resource("openapi.json"));
    }

    private static String resource(String name) {
        try (InputStream in = RegistrationServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the server's jar", e);
        }
    }

    private static String hostForLinks(String bind) {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind;
        return host.contains(":") ? "[" + host + "]" : host.toLowerCase(Locale.ROOT);
    }
}
