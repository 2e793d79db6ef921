package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.ACTOR_FREE;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.IssuedInvitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page an invitation link opens, and the answers given on it. */
class InvitationPageTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @TempDir
    Path folder;

    @Test
    void theLinkOpensTheEventInTheInvitationsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = link(f, 0, POLISH);

            HttpResponse<String> page = f.get(link);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"pl\">", "Warsztaty przykładowe",
                    "Wezmę udział stacjonarnie", "Given0 Family 0");
        }
    }

    @Test
    void aChoiceOnThePageWinsOverTheInvitationsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = link(f, 0, POLISH);

            assertThat(f.get(link + "?lang=en").body()).contains("<html lang=\"en\">", "I will attend in person");
        }
    }

    @Test
    void answeringInPersonConfirmsThePlaceInThePersonsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = link(f, 0, POLISH);

            HttpResponse<String> page = f.postForm(link, "answer=in-person");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Dziękujemy: miejsce jest potwierdzone.", "data-state=\"registered\"",
                    "Anuluj moją rejestrację");
        }
    }

    @Test
    void aFullEventPutsTheAnswerOnTheWaitingListWithItsPosition() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 3, 1)) {
            f.postForm(link(f, 0, Locale.ENGLISH), "answer=in-person");
            f.postForm(link(f, 1, Locale.ENGLISH), "answer=in-person");

            HttpResponse<String> page = f.postForm(link(f, 2, Locale.ENGLISH), "answer=in-person");

            assertThat(page.body()).contains("on the waiting list at position 2", "data-state=\"waitlisted\"");
        }
    }

    @Test
    void aRefusalGivesEveryReasonInThePersonsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            f.store.changeEvent(f.store.registry().event(EVENT).orElseThrow().toBuilder()
                    .eligibility(EligibilityPolicy.holdsLabel(LabelLevel.GOLD)).build(), Actor.of("test"));

            HttpResponse<String> page = f.postForm(link(f, 0, POLISH), "answer=in-person");

            assertThat(page.body()).contains("Rejestracja została odrzucona:", "<ul id=\"reasons\"><li>")
                    .doesNotContain("data-state=");
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
        }
    }

    @Test
    void anUnknownLinkIsANotFoundPageInTheBrowsersLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> page = f.get("/i/" + "A".repeat(43), "Accept-Language", "pl-PL,pl;q=0.9,en;q=0.5");

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("Nie znaleziono zaproszenia");
        }
    }

    @Test
    void aRevokedLinkShowsThePageButTakesNoAnswer() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = link(f, 0, Locale.ENGLISH);
            f.store.invitations().revoke(EVENT, person(0), ACTOR_FREE);

            HttpResponse<String> answered = f.postForm(link, "answer=in-person");

            assertThat(answered.statusCode()).isEqualTo(409);
            assertThat(answered.body()).contains("can no longer be answered").doesNotContain("answer-in-person");
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
        }
    }

    @Test
    void aNameIsEscapedWhereverThePageShowsIt() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            f.store.edit(e -> e.put(Person.of(person(0), "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>")
                    .withRole(PersonRole.of(ServerFixture.ASSOCIATION, "Member", LocalDate.of(2020, 1, 1)))),
                    Actor.of("test"));

            String body = f.get(link(f, 0, Locale.ENGLISH)).body();

            assertThat(body).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    private static String link(ServerFixture f, int person, Locale language) {
        IssuedInvitation issued = f.store.invitations().issue(EVENT, person(person), language, Actor.of("test"));
        return "/i/" + issued.token().value();
    }
}
