package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.ACTOR;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Invitations: kept as hashes, one usable link per person and event, revocable, shared by processes. */
class InvitationsTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anIssuedTokenFindsItsInvitationInAnotherOpeningOfTheStore(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            IssuedInvitation issued;
            try (RegistryStore store = db.create(StoreFixtures.registry(2, 5), JANUARY)) {
                issued = store.invitations().issue(EVENT, person(1), POLISH, ACTOR);
            }
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(store.invitations().find(issued.token())).contains(issued.invitation());
                assertThat(issued.invitation().language()).isEqualTo(POLISH);
                assertThat(issued.invitation().issuedAt()).isEqualTo(JANUARY.instant());
                assertThat(issued.invitation().issuedBy()).isEqualTo(ACTOR);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theDatabaseHoldsTheTokensHashNeverTheToken(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            IssuedInvitation issued;
            try (RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
                issued = store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ACTOR);
            }
            try (var c = db.dataSource().getConnection(); var s = c.createStatement();
                 var r = s.executeQuery("SELECT * FROM clustermeet_invitation")) {
                assertThat(r.next()).isTrue();
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(r.getString(i)).append('|');
                }
                assertThat(row.toString()).doesNotContain(issued.token().value()).contains(issued.token().hash());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStoreMadeBeforeInvitationsGetsTheirTableOnFirstUse(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 5), JANUARY).close();
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("DROP TABLE clustermeet_invitation");
            }
            try (RegistryStore store = db.open(JANUARY)) {
                IssuedInvitation issued = store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ACTOR);

                assertThat(store.invitations().find(issued.token())).contains(issued.invitation());
            }
        }
    }

    @Test
    void invitingAgainRevokesTheEarlierLink() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            IssuedInvitation first = store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ACTOR);
            IssuedInvitation second = store.invitations().issue(EVENT, person(0), POLISH, Actor.of("other"));

            assertThat(store.invitations().find(first.token())).hasValueSatisfying(i -> {
                assertThat(i.isRevoked()).isTrue();
                assertThat(i.revokedBy()).contains(Actor.of("other"));
            });
            assertThat(store.invitations().find(second.token())).hasValueSatisfying(i ->
                    assertThat(i.isRevoked()).isFalse());
            assertThat(store.invitations().of(EVENT)).hasSize(2);
        }
    }

    @Test
    void aRevokedInvitationIsNoLongerUsable() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            IssuedInvitation issued = store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ACTOR);
            Event event = store.registry().event(EVENT).orElseThrow();

            assertThat(issued.invitation().isUsable(event, JANUARY.instant())).isTrue();
            assertThat(store.invitations().revoke(EVENT, person(0), ACTOR)).isTrue();
            assertThat(store.invitations().revoke(EVENT, person(0), ACTOR)).isFalse();
            assertThat(store.invitations().find(issued.token()).orElseThrow().isUsable(event, JANUARY.instant()))
                    .isFalse();
        }
    }

    @Test
    void anInvitationExpiresWhenTheRegistrationWindowCloses() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            Invitation invitation = store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ACTOR).invitation();
            Event event = store.registry().event(EVENT).orElseThrow();

            assertThat(invitation.isUsable(event, event.registrationCloses().minusSeconds(1))).isTrue();
            assertThat(invitation.isUsable(event, event.registrationCloses())).isFalse();
        }
    }

    @Test
    void anUnknownTokenFindsNothing() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            assertThat(store.invitations().find(InvitationToken.random())).isEmpty();
        }
    }

    @Test
    void onlyPeopleAndEventsOfTheRegistryCanBeInvited() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            assertThatThrownBy(() -> store.invitations().issue(EventId.of("nowhere"), person(0), Locale.ENGLISH,
                    ACTOR)).isInstanceOf(IllegalArgumentException.class).hasMessage("no event nowhere to invite to");
            assertThatThrownBy(() -> store.invitations().issue(EVENT, PersonId.of("nobody"), Locale.ENGLISH, ACTOR))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("no person nobody to invite");
            assertThat(store.invitations().of(EVENT)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void invitingSeveralAtOnceGivesEachTheirOwnLinkInTheirLanguageAndTellsEach(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 5), JANUARY)) {
            IssuedInvitation earlier = store.invitations().issue(EVENT, person(1), Locale.ENGLISH, ACTOR);
            Map<PersonId, Locale> people = new LinkedHashMap<>();
            people.put(person(2), POLISH);
            people.put(person(0), Locale.ENGLISH);
            people.put(person(1), POLISH);

            List<IssuedInvitation> issued = store.invitations().issueAll(EVENT, people, ACTOR);

            assertThat(issued).extracting(i -> i.invitation().person()).containsExactly(person(2), person(0), person(1));
            assertThat(issued).extracting(i -> i.invitation().language()).containsExactly(POLISH, Locale.ENGLISH, POLISH);
            assertThat(issued).extracting(IssuedInvitation::token).doesNotHaveDuplicates();
            for (IssuedInvitation i : issued) {
                assertThat(store.invitations().find(i.token())).contains(i.invitation());
            }
            assertThat(store.invitations().find(earlier.token()).orElseThrow().isRevoked())
                    .as("the earlier link of someone invited again").isTrue();
            assertThat(store.outbox().latest(java.util.Optional.empty(), 10))
                    .filteredOn(e -> e.notice().kind() == Notice.Kind.INVITED).hasSize(4);
        }
    }

    @Test
    void invitingMorePeopleThanOneBatchHoldsInvitesAndTellsEveryOne() throws Exception {
        int people = 2_345;
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(people, 5), JANUARY)) {
            Map<PersonId, Locale> invited = new LinkedHashMap<>();
            for (int p = 0; p < people; p++) {
                invited.put(person(p), Locale.ENGLISH);
            }

            List<IssuedInvitation> issued = store.invitations().issueAll(EVENT, invited, ACTOR);

            assertThat(issued).hasSize(people);
            assertThat(store.invitations().of(EVENT)).hasSize(people);
            assertThat(store.invitations().find(issued.get(people - 1).token())).contains(issued.get(people - 1).invitation());
            assertThat(store.outbox().counts().get(Outbox.Status.PENDING)).isEqualTo(people);
        }
    }

    @Test
    void anUnknownPersonAmongSeveralInvitesNobody() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 5), JANUARY)) {
            Map<PersonId, Locale> people = new LinkedHashMap<>();
            people.put(person(0), Locale.ENGLISH);
            people.put(PersonId.of("nobody"), Locale.ENGLISH);

            assertThatThrownBy(() -> store.invitations().issueAll(EVENT, people, ACTOR))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("no person nobody to invite");
            assertThat(store.invitations().of(EVENT)).isEmpty();
            assertThat(store.invitations().issueAll(EVENT, Map.of(), ACTOR)).isEmpty();
        }
    }

    @Test
    void aTokenIsFortyThreeUrlSafeCharactersAndNeverPrinted() throws Exception {
        InvitationToken token = InvitationToken.random();

        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(InvitationToken.random()).isNotEqualTo(token);
        assertThat(InvitationToken.isWellFormed(token.value() + "x")).isFalse();
        assertThatThrownBy(() -> InvitationToken.parse("<script>")).hasMessageNotContaining("<script>");
    }

    @Test
    void anInvitationsLanguageIsALanguageAlone() throws Exception {
        assertThatThrownBy(() -> new Invitation(EVENT, person(0), Locale.forLanguageTag("pl-PL"), Instant.EPOCH,
                ACTOR, java.util.Optional.empty(), java.util.Optional.empty()))
                .hasMessage("language must be a language alone, such as en or pl, not 'pl-PL'");
    }

    @Test
    void aFurtherLinkOpensTheSameInvitationIsNotListedAndIsRevokedWithIt() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            IssuedInvitation issued = store.invitations().issue(EVENT, person(0), POLISH, ACTOR);

            InvitationToken link = store.invitations().link(EVENT, person(0), Locale.ENGLISH, Actor.of("mailer"))
                    .orElseThrow();

            assertThat(store.invitations().find(link)).contains(issued.invitation());
            assertThat(store.invitations().of(EVENT)).containsExactly(issued.invitation());
            assertThat(store.invitations().latest(EVENT, person(0))).contains(issued.invitation());
            store.invitations().revoke(EVENT, person(0), ACTOR);
            assertThat(store.invitations().find(link)).hasValueSatisfying(i -> assertThat(i.revokedAt()).isPresent());
            assertThat(store.invitations().link(EVENT, person(0), Locale.ENGLISH, Actor.of("mailer")))
                    .as("no link undoes a withdrawal").isEmpty();
        }
    }

    @Test
    void aLinkForAPersonNeverInvitedIssuesAnInvitationInTheGivenLanguage() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            InvitationToken link = store.invitations().link(EVENT, person(0), POLISH, Actor.of("mailer")).orElseThrow();

            assertThat(store.invitations().find(link)).hasValueSatisfying(i -> {
                assertThat(i.language()).isEqualTo(POLISH);
                assertThat(i.issuedBy()).isEqualTo(Actor.of("mailer"));
            });
            assertThat(store.outbox().counts().get(Outbox.Status.PENDING)).as("no INVITED notice").isZero();
        }
    }
}
