package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustermeet.core.person.Person;
import org.clustermeet.server.mail.MailSettings;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.Outbox;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Mails through a real SMTP server (GreenMail), read as a mail client reads them: an invitation in
 * Polish whose link is followed through the server, the confirmation with its calendar entry, the
 * server down for a while, a restart after the commit and before the send, people without an
 * address. The people are illustrative.
 */
class MailTest {

    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/i/[A-Za-z0-9_-]+");
    private static final Actor ORGANISER = Actor.of(ServerFixture.ORGANISER);

    @TempDir
    Path folder;

    /** Three illustrative people; p0 and p1 have an e-mail address, p2 has none. */
    private static Registry registry(int capacity) {
        Registry base = ServerFixture.registry(3, capacity);
        RegistryEdit edit = base.edit();
        for (int i = 0; i < 2; i++) {
            Person p = base.person(person(i)).orElseThrow();
            edit.put(p.withEmail(EmailAddress.of("p" + i + "@example.org")));
        }
        return edit.apply();
    }

    private static MailSettings mail(int port) {
        return MailSettings.of("127.0.0.1", port, MailSettings.Security.NONE, "Meetings <meetings@example.org>")
                .withPatience(Duration.ofMillis(100), Duration.ofMillis(200), 20);
    }

    private static GreenMail smtp(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private ServerFixture serve(RegistryStore store, int smtpPort) {
        return ServerFixture.start(store, s -> s.withMail(mail(smtpPort)));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 20 s for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static String text(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Optional<BodyPart> calendar(MimeMessage message) throws Exception {
        if (!message.isMimeType("multipart/mixed")) {
            return Optional.empty();
        }
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (mixed.getBodyPart(i).isMimeType("text/calendar")) {
                return Optional.of(mixed.getBodyPart(i));
            }
        }
        return Optional.empty();
    }

    @Test
    void anInvitationInPolishIsAnsweredThroughItsLinkAndConfirmedWithTheCalendarEntry() throws Exception {
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)), port)) {
            f.store.invitations().issue(EVENT, person(0), Locale.forLanguageTag("pl"), ORGANISER);

            assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
            MimeMessage invitation = greenMail.getReceivedMessages()[0];
            assertThat(invitation.getSubject()).isEqualTo("Zaproszenie: Warsztaty przykładowe");
            assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("p0@example.org");
            assertThat(invitation.getFrom()[0].toString()).contains("meetings@example.org");
            String id = f.store.outbox().latest(Optional.empty(), 1).get(0).notice().id();
            assertThat(invitation.getMessageID()).isEqualTo("<" + id + "@example.org>");
            assertThat(invitation.isMimeType("multipart/alternative")).isTrue();
            Multipart alternative = (Multipart) invitation.getContent();
            assertThat(alternative.getBodyPart(0).getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(alternative.getBodyPart(1).getContentType()).contains("text/html").containsIgnoringCase("charset=UTF-8");
            String text = text(invitation, "text/plain");
            assertThat(text).contains("Dzień dobry, Given0 Family 0,", "Zapraszamy na wydarzenie Warsztaty przykładowe");
            assertThat(text(invitation, "text/html")).contains("<html lang=\"pl\">", "Warsztaty przykładowe");
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).as(text).isTrue();

            HttpResponse<String> answered = f.postForm(link.group().substring(link.group().indexOf("/i/")),
                    "answer=in-person");

            assertThat(answered.statusCode()).isLessThan(400);
            assertThat(greenMail.waitForIncomingEmail(20_000, 2)).isTrue();
            MimeMessage confirmation = greenMail.getReceivedMessages()[1];
            assertThat(confirmation.getSubject()).isEqualTo("Warsztaty przykładowe: miejsce jest potwierdzone");
            BodyPart ics = calendar(confirmation).orElseThrow();
            assertThat(ics.getContentType()).contains("method=PUBLISH");
            assertThat(ics.getFileName()).isEqualTo(EVENT.value() + ".ics");
            Calendar parsed;
            try (InputStream in = ics.getInputStream()) {
                parsed = new CalendarBuilder().build(in);
            }
            assertThat(parsed.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
            VEvent event = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Warsztaty przykładowe");
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
            assertThat(f.store.registry().registrationsFor(EVENT)).singleElement()
                    .satisfies(r -> assertThat(r.person()).isEqualTo(person(0)));
            await("two mails recorded sent", () -> f.store.outbox().counts().get(Outbox.Status.SENT) == 2);
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void aMovedEventSendsAHigherSequenceAndACancelledOneStatusCancelled() throws Exception {
        // each mail's calendar entry is the event as it is when the mail goes out, so the changes wait for it
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)), port)) {
            f.store.registerNow(EVENT, person(1), ServerFixture.ASSOCIATION,
                    org.clustermeet.core.participation.EventRole.ASSOCIATION_REPRESENTATIVE,
                    org.clustermeet.core.participation.AttendanceMode.IN_PERSON, ORGANISER);
            var moved = f.store.registry().event(EVENT).orElseThrow().withSchedule(
                    org.clustermeet.core.event.EventSchedule.day(java.time.LocalDate.of(2031, 3, 6)));
            assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
            f.store.changeEvent(moved, ORGANISER);
            assertThat(greenMail.waitForIncomingEmail(20_000, 2)).isTrue();
            f.store.cancelEvent(EVENT, ORGANISER);

            assertThat(greenMail.waitForIncomingEmail(20_000, 3)).isTrue();
            MimeMessage[] received = greenMail.getReceivedMessages();
            assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                    "Illustrative workshop: your place is confirmed", "Illustrative workshop has changed",
                    "Illustrative workshop is cancelled");
            VEvent changed = event(received[1]);
            VEvent cancelled = event(received[2]);
            assertThat(text(received[1], "text/plain")).contains("2031-03-06");
            assertThat(Integer.parseInt(changed.getProperty("SEQUENCE").orElseThrow().getValue())).isGreaterThan(0);
            assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(Integer.parseInt(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()))
                    .isGreaterThan(Integer.parseInt(changed.getProperty("SEQUENCE").orElseThrow().getValue()));
        } finally {
            greenMail.stop();
        }
    }

    private static VEvent event(MimeMessage message) throws Exception {
        try (InputStream in = calendar(message).orElseThrow().getInputStream()) {
            return new CalendarBuilder().build(in).<VEvent>getComponent("VEVENT").orElseThrow();
        }
    }

    @Test
    void whileTheMailServerIsDownMailsWaitAndGoOutWhenItIsBack() throws Exception {
        int port = freePort();
        try (ServerFixture f = serve(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)), port)) {
            f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);
            await("a failed attempt", () -> f.store.outbox().latest(Optional.empty(), 1).get(0).attempts() > 0);
            Outbox.Entry waiting = f.store.outbox().latest(Optional.empty(), 1).get(0);
            assertThat(waiting.status()).isEqualTo(Outbox.Status.PENDING);
            assertThat(waiting.lastError()).isPresent();

            GreenMail greenMail = smtp(port);
            try {
                assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
                assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Invitation: Illustrative workshop");
                await("the mail recorded sent", () -> f.store.outbox().counts().get(Outbox.Status.SENT) == 1);
            } finally {
                greenMail.stop();
            }
        }
    }

    @Test
    void aMailCommittedBeforeTheServerStoppedGoesOutOnceAfterItStartsAgain() throws Exception {
        Path file = folder.resolve("store");
        // the change is committed and the process gone before any sender saw it
        try (RegistryStore store = RegistryStore.createEmbedded(file, registry(5))) {
            store.registerNow(EVENT, person(0), ServerFixture.ASSOCIATION,
                    org.clustermeet.core.participation.EventRole.ASSOCIATION_REPRESENTATIVE,
                    org.clustermeet.core.participation.AttendanceMode.IN_PERSON, ORGANISER);
        }
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(RegistryStore.openEmbedded(file), port)) {
            assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
            await("the mail recorded sent", () -> f.store.outbox().counts().get(Outbox.Status.SENT) == 1);
            Thread.sleep(500);

            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void twoServersOnOnePostgresDatabaseSendEachMailOnce() throws Exception {
        String url = Postgres.freshSchemaUrl();
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (RegistryStore first = RegistryStore.create(Postgres.dataSource(url), registry(40));
             RegistryStore second = RegistryStore.open(Postgres.dataSource(url))) {
            for (int i = 0; i < 2; i++) {
                for (int n = 0; n < 10; n++) {
                    first.invitations().issue(EVENT, person(i), Locale.ENGLISH, ORGANISER);
                }
            }
            try (ServerFixture one = serve(first, port); ServerFixture two = serve(second, port)) {
                await("20 mails recorded sent", () -> one.store.outbox().counts().get(Outbox.Status.SENT) == 20
                        && two.store.outbox().counts().get(Outbox.Status.PENDING) == 0);
                Thread.sleep(500);

                assertThat(greenMail.getReceivedMessages()).hasSize(20);
                List<String> ids = new ArrayList<>();
                for (MimeMessage m : greenMail.getReceivedMessages()) {
                    ids.add(m.getMessageID());
                }
                assertThat(ids).doesNotHaveDuplicates();
            }
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void aPersonWithoutAnAddressGetsNoMailAndTheOrganiserSeesWhy() throws Exception {
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)), port)) {
            f.store.invitations().issue(EVENT, person(2), Locale.ENGLISH, ORGANISER);

            await("the mail skipped", () -> f.store.outbox().counts().get(Outbox.Status.SKIPPED) == 1);
            HttpResponse<String> api = f.get("/api/organiser/mails", ServerFixture.bearer());
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));
            String page = f.get("/organiser/mails", "Cookie", cookie).body();

            assertThat(greenMail.getReceivedMessages()).isEmpty();
            assertThat(api.body()).contains("\"skipped\":1", "has no e-mail address", "\"mailServer\":true");
            assertThat(page).contains("data-status=\"skipped\" data-value=\"1\"", "has no e-mail address");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void aPersonWhoWithdrewConsentToBeContactedGetsNoMail() throws Exception {
        int port = freePort();
        GreenMail greenMail = smtp(port);
        RegistryStore store = RegistryStore.createEmbedded(folder.resolve("store"), registry(5));
        store.people().recordConsent(person(0), org.clustermeet.core.person.ConsentKind.CONTACT, false,
                "letter to the secretariat", ORGANISER);
        try (ServerFixture f = serve(store, port)) {
            f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);
            f.store.invitations().issue(EVENT, person(1), Locale.ENGLISH, ORGANISER);

            await("one mail sent, one skipped", () -> f.store.outbox().counts().get(Outbox.Status.SKIPPED) == 1
                    && f.store.outbox().counts().get(Outbox.Status.SENT) == 1);

            assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(m ->
                    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("p1@example.org"));
            assertThat(f.store.outbox().of(person(0))).singleElement().satisfies(e ->
                    assertThat(e.lastError()).hasValueSatisfying(error -> assertThat(error)
                            .contains("withdrew their consent to be contacted")));
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void withoutAMailServerMailsAreKeptAndListed() throws Exception {
        try (ServerFixture f = ServerFixture.start(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)))) {
            f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));

            String page = f.get("/organiser/mails", "Cookie", cookie).body();

            assertThat(page).contains("id=\"no-mail-server\"", "data-status=\"pending\" data-value=\"1\"",
                    "Given0 Family 0");
        }
    }

    @Test
    void namesAndTitlesAreEscapedInTheHtmlPart() throws Exception {
        int port = freePort();
        GreenMail greenMail = smtp(port);
        Registry registry = registry(5);
        Person hostile = registry.person(person(0)).orElseThrow();
        registry = registry.edit().put(new Person(hostile.id(), Optional.of("<script>alert(1)</script>"),
                Optional.of("&amp;"), hostile.email(), hostile.phone(), hostile.roles(), hostile.namePublication()))
                .apply();
        try (ServerFixture f = serve(RegistryStore.createEmbedded(folder.resolve("store"), registry), port)) {
            f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);

            assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
            String html = text(greenMail.getReceivedMessages()[0], "text/html");

            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;").doesNotContain("<script>");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void aPersonCancellingIsToldSoAndOneCancelledByTheOrganiserIsToldWho() throws Exception {
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)), port)) {
            String link = "/i/" + f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER).token()
                    .value();
            f.postForm(link, "answer=in-person");
            f.postForm(link, "answer=decline");
            var held = f.store.registerNow(EVENT, person(1), ServerFixture.ASSOCIATION,
                    org.clustermeet.core.participation.EventRole.ASSOCIATION_REPRESENTATIVE,
                    org.clustermeet.core.participation.AttendanceMode.IN_PERSON, ORGANISER).outcome();
            var id = ((org.clustermeet.core.registration.RegistrationOutcome.Accepted) held).registration().id();
            f.postJson("/api/organiser/registrations/" + id + "/cancel", "{}", ServerFixture.bearer());

            assertThat(greenMail.waitForIncomingEmail(20_000, 5)).isTrue();
            assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                    "Invitation: Illustrative workshop", "Illustrative workshop: your place is confirmed",
                    "Illustrative workshop: your registration is cancelled",
                    "Illustrative workshop: your place is confirmed",
                    "Illustrative workshop: the organiser cancelled your registration");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void aServerKilledAfterTheCommitAndBeforeTheSendHasItsMailsSentOnceByTheNextOne() throws Exception {
        String url = Postgres.freshSchemaUrl();
        String token;
        try (RegistryStore store = RegistryStore.create(Postgres.dataSource(url), registry(5))) {
            token = store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER).token().value();
        }
        // a server process without a mail server: it commits the answer, then is killed with SIGKILL
        Process child = ServerChild.start(url);
        try {
            String address = KilledServerTest.address(child);
            HttpResponse<String> answered = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(address + "/api/invitations/" + token
                            + "/answer")).header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"answer\": \"in-person\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(RegistryStore.open(Postgres.dataSource(url)), port)) {
            assertThat(greenMail.waitForIncomingEmail(20_000, 2)).isTrue();
            await("both mails recorded sent", () -> f.store.outbox().counts().get(Outbox.Status.SENT) == 2);
            Thread.sleep(500);

            assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly(
                    "Invitation: Illustrative workshop", "Illustrative workshop: your place is confirmed");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void anOrganiserGetsWhatTheStoreHoldsAboutAPersonMailsIncluded() throws Exception {
        try (ServerFixture f = ServerFixture.start(RegistryStore.createEmbedded(folder.resolve("store"), registry(5)))) {
            f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);

            HttpResponse<String> doc = f.get("/api/organiser/people/" + person(0) + "/personal-data",
                    ServerFixture.bearer());
            HttpResponse<String> nobody = f.get("/api/organiser/people/nobody/personal-data", ServerFixture.bearer());
            HttpResponse<String> anonymous = f.get("/api/organiser/people/" + person(0) + "/personal-data");

            assertThat(doc.statusCode()).isEqualTo(200);
            assertThat(doc.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(doc.body()).contains("\"email\" : \"p0@example.org\"", "\"about\" : \"invited\"");
            assertThat(nobody.statusCode()).isEqualTo(404);
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anInvitationWithdrawnBeforeItsMailWentOutIsNotSentAndNotRenewed() throws Exception {
        RegistryStore store = RegistryStore.createEmbedded(folder.resolve("store"), registry(5));
        store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);
        store.invitations().revoke(EVENT, person(0), ORGANISER);
        int port = freePort();
        GreenMail greenMail = smtp(port);
        try (ServerFixture f = serve(store, port)) {
            await("the mail skipped", () -> f.store.outbox().counts().get(Outbox.Status.SKIPPED) == 1);

            assertThat(greenMail.getReceivedMessages()).isEmpty();
            assertThat(f.store.outbox().latest(Optional.empty(), 1).get(0).lastError())
                    .contains("the invitation was withdrawn");
            assertThat(f.store.invitations().of(EVENT)).singleElement()
                    .satisfies(i -> assertThat(i.revokedAt()).isPresent());
        } finally {
            greenMail.stop();
        }
    }
}
