package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.Test;

/** Rooms, and what conference tools list about a session, in the document (illustrative programme). */
class ProgrammeJsonTest {

    private static String document(String session2) {
        return """
                {
                  "format": "clustermeet-registry",
                  "version": 1,
                  "organisations": [],
                  "people": [
                    {
                      "id": "anna",
                      "givenName": "Anna",
                      "familyName": "Illustrative"
                    }
                  ],
                  "labels": [],
                  "memberships": [],
                  "events": [
                    {
                      "id": "forum",
                      "title": {
                        "en": "Illustrative forum"
                      },
                      "kind": "conference",
                      "start": "2027-05-12T09:00:00+02:00",
                      "end": "2027-05-12T18:00:00+02:00",
                      "zone": "Europe/Warsaw",
                      "venue": {
                        "name": "Illustrative Hall",
                        "city": "Warsaw",
                        "country": "PL",
                        "rooms": [
                          {
                            "name": "Hall A",
                            "capacity": 200
                          },
                          {
                            "name": "Room 2"
                          }
                        ]
                      },
                      "status": "planned",
                      "sessions": [
                        {
                          "id": "opening",
                          "order": 1,
                          "title": {
                            "en": "Opening"
                          },
                          "format": "plenary",
                          "start": "2027-05-12T10:00:00+02:00",
                          "end": "2027-05-12T11:00:00+02:00",
                          "zone": "Europe/Warsaw",
                          "room": "Hall A",
                          "mayOverlap": true,
                          "track": "Policy",
                          "abstract": {
                            "en": "What the forum is for."
                          },
                          "language": "en",
                          "guid": "0b7e4d3c-9a1f-4c2e-8d5b-1f2a3b4c5d6e",
                          "contributions": [
                            {
                              "speaker": "anna",
                              "title": {
                                "en": "Welcome"
                              }
                            }
                          ]
                        },
                """ + session2 + """
                      ]
                    }
                  ],
                  "registrations": [],
                  "facts": []
                }
                """;
    }

    private static String session2(String room, String guid) {
        return """
                        {
                          "id": "workshop",
                          "order": 2,
                          "title": {
                            "en": "Workshop"
                          },
                          "format": "workshop",
                          "start": "2027-05-12T10:30:00+02:00",
                          "end": "2027-05-12T12:00:00+02:00",
                          "zone": "Europe/Warsaw",
                          "room": "%s",
                          "guid": "%s"
                        }
                """.formatted(room, guid);
    }

    @Test
    void roomsAndListingsAreReadAndWrittenBackByteForByte() throws Exception {
        String text = document(session2("Hall A", "9e1f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b"));

        Registry registry = RegistryJson.defaults().read(text);

        Event forum = registry.event(EventId.of("forum")).orElseThrow();
        assertThat(forum.venue().orElseThrow().rooms()).containsExactly(Room.of("Hall A", 200), Room.named("Room 2"));
        Session opening = forum.sessions().get(0);
        assertThat(opening.room()).contains("Hall A");
        assertThat(opening.mayOverlap()).isTrue();
        assertThat(opening.track()).contains("Policy");
        assertThat(opening.summary().orElseThrow().english()).isEqualTo("What the forum is for.");
        assertThat(opening.language()).contains("en");
        assertThat(opening.guid()).contains(UUID.fromString("0b7e4d3c-9a1f-4c2e-8d5b-1f2a3b4c5d6e"));
        assertThat(RegistryJson.defaults().write(registry)).isEqualTo(text);
    }

    @Test
    void aSessionInARoomTheVenueLacksIsRefusedAtTheSession() {
        RegistryJsonException refused = catchThrowableOfType(RegistryJsonException.class,
                () -> RegistryJson.defaults().read(document(session2("Hall B", "9e1f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b"))));

        assertThat(refused.getMessage()).contains("session workshop is in room \"Hall B\", which the venue does not have "
                + "(its rooms: Hall A, Room 2)");
        assertThat(refused.pointer()).startsWith("/events/0");
    }

    @Test
    void aGuidThatIsNotEightFourFourFourTwelveHexDigitsIsRefusedAtItsPointer() {
        RegistryJsonException refused = catchThrowableOfType(RegistryJsonException.class,
                () -> RegistryJson.defaults().read(document(session2("Room 2", "1-2-3-4-5"))));

        assertThat(refused.pointer()).isEqualTo("/events/0/sessions/1/guid");
        assertThat(refused.getMessage()).contains("Invalid GUID");
    }

    @Test
    void twoSessionsInOneRoomAtOneTimeAreAnIntegrityProblemOfTheDocument() {
        String clashing = document(session2("Hall A", "9e1f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b"))
                .replace("\"mayOverlap\": true,\n", "");

        RegistryJsonException refused = catchThrowableOfType(RegistryJsonException.class,
                () -> RegistryJson.defaults().read(clashing));

        assertThat(refused.getMessage()).contains("sessions opening and workshop are both in room \"Hall A\" from "
                + "2027-05-12 10:30 to 11:00 (Europe/Warsaw)");
    }
}
