package org.clustermeet.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.clustermeet.core.workflow.Actor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The server's defences that are not about the registry: security headers on every response,
 * organiser sessions in a secure, HttpOnly, SameSite cookie, a CSRF token for every organiser
 * form, bearer tokens for the organiser API (compared in constant time), and a per-address limit
 * on answers.
 */
public final class Guard {

    /** The session cookie's name. */
    public static final String COOKIE = "clustermeet_session";

    /** How long an organiser stays logged in without using the pages. */
    public static final Duration SESSION = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The headers every response carries, also those Jetty gives before a route is found. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin");

    /**
     * A logged-in organiser.
     *
     * @param actor   the organiser
     * @param csrf    the token every form of the session carries
     * @param expires when the session ends unless used
     */
    public record Session(Actor actor, String csrf, Instant expires) {
    }

    private final Function<String, Optional<Actor>> organisers;
    private final Clock clock;
    private final int answersPerMinute;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, long[]> answers = new ConcurrentHashMap<>();

    /**
     * @param organisers       finds the organiser a presented token belongs to, in constant time
     * @param clock            the clock of sessions and limits
     * @param answersPerMinute answers a minute per client address
     */
    public Guard(Function<String, Optional<Actor>> organisers, Clock clock, int answersPerMinute) {
        this.organisers = organisers;
        this.clock = clock;
        this.answersPerMinute = answersPerMinute;
    }

    /**
     * Sets the security headers: a Content-Security-Policy without inline script or style, no
     * framing, no sniffing, no referrer (invitation links carry their secret in the path), and no
     * caching of pages that may be personal.
     *
     * @param ctx the request
     */
    public static void headers(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /**
     * Counts an answer from the request's address.
     *
     * @param ctx the request
     * @throws WebProblem 429 when the address sent too many this minute
     */
    public void countAnswer(Context ctx) {
        long minute = clock.millis() / 60_000;
        long[] window = answers.compute(ctx.ip(), (ip, w) -> w == null || w[0] != minute ? new long[] {minute, 1}
                : new long[] {minute, w[1] + 1});
        if (window[1] > answersPerMinute) {
            throw new WebProblem(429, "too many answers from this address: at most " + answersPerMinute
                    + " a minute", null);
        }
        if (answers.size() > 100_000) {
            answers.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
    }

    /**
     * Logs an organiser in with a token.
     *
     * @param token the token presented
     * @param ctx   the request, which gets the session cookie
     * @return the organiser; empty when the token is nobody's
     */
    public Optional<Actor> logIn(String token, Context ctx) {
        Optional<Actor> actor = organisers.apply(token);
        actor.ifPresent(a -> {
            String id = random();
            sessions.put(id, new Session(a, random(), clock.instant().plus(SESSION)));
            ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; Max-Age=" + SESSION.toSeconds()
                    + "; HttpOnly; Secure; SameSite=Strict");
        });
        return actor;
    }

    /**
     * Ends the request's session, if any, and clears its cookie.
     *
     * @param ctx the request
     */
    public void logOut(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
    }

    /**
     * Returns the request's organiser session, extending it.
     *
     * @param ctx the request
     * @return the session; empty when not logged in or expired
     */
    public Optional<Session> session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        Instant now = clock.instant();
        if (s == null || !now.isBefore(s.expires())) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session extended = new Session(s.actor(), s.csrf(), now.plus(SESSION));
        sessions.put(id, extended);
        return Optional.of(extended);
    }

    /**
     * Returns the session of a page request, or sends the browser to the login page.
     *
     * @param ctx the request
     * @return the session; empty when the response is already a redirect to the login page
     */
    public Optional<Session> sessionOrLogin(Context ctx) {
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/organiser/login", HttpStatus.SEE_OTHER);
        }
        return session;
    }

    /**
     * Returns the session of a form that changes something, its CSRF token checked.
     *
     * @param ctx the request holding the form
     * @return the session
     * @throws WebProblem 403 when not logged in, or the CSRF token is missing or wrong
     */
    public Session sessionForChange(Context ctx) {
        Session session = session(ctx).orElseThrow(() -> new WebProblem(403, "log in as an organiser first", null));
        checkCsrf(session, ctx);
        return session;
    }

    /**
     * Checks a form's CSRF token against the session's, in constant time.
     *
     * @param session the session
     * @param ctx     the request holding the form
     * @throws WebProblem 403 when the token is missing or wrong
     */
    public static void checkCsrf(Session session, Context ctx) {
        if (!same(session.csrf(), ctx.formParam("csrf"))) {
            throw new WebProblem(403, "the form's CSRF token is missing or wrong", "csrf");
        }
    }

    /**
     * Returns the organiser a bearer token in the {@code Authorization} header belongs to.
     *
     * @param ctx the API request
     * @return the organiser
     * @throws WebProblem 401 when there is no token or it is nobody's
     */
    public Actor bearer(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new WebProblem(401, "an organiser's token is needed: Authorization: Bearer TOKEN", null);
        }
        return organisers.apply(header.substring(prefix.length()).strip()).orElseThrow(() ->
                new WebProblem(401, "the token is not an organiser's", null));
    }

    private static boolean same(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
