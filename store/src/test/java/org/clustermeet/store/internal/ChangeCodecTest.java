package org.clustermeet.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.workflow.Happening;
import org.junit.jupiter.api.Test;

/** The journal row's JSON: written exactly, read back, and every refusal at its pointer. */
class ChangeCodecTest {

    private final ChangeCodec codec = new ChangeCodec();

    private static final Happening CANCELLED = new Happening(Happening.Kind.CANCELLED,
            Optional.of(RegistrationId.of("r-1")), Optional.of(PersonId.of("p1")), Optional.of(EventId.of("e1")), "");

    @Test
    void aRowIsWrittenInItsOneForm() {
        ChangeSet changes = ChangeSet.builder().add(new ChangeSet.Remove<>(EntityKind.LABEL, LabelId.of("l1"))).build();

        assertThat(codec.write(changes, List.of(CANCELLED))).isEqualTo("{\"operations\":[{\"remove\":\"label\","
                + "\"id\":\"l1\"}],\"happened\":[{\"kind\":\"CANCELLED\",\"registration\":\"r-1\",\"person\":\"p1\","
                + "\"event\":\"e1\",\"detail\":\"\"}]}");
    }

    @Test
    void aRowIsReadBackAsItWasWritten() {
        ChangeSet changes = ChangeSet.builder()
                .add(new ChangeSet.Put<>(EntityKind.PERSON, Person.of(PersonId.of("p1"), "Anna", "Nowak")))
                .add(new ChangeSet.Remove<>(EntityKind.LABEL, LabelId.of("l1"))).build();

        ChangeCodec.Recorded read = codec.read(codec.write(changes, List.of(CANCELLED, CANCELLED)));

        assertThat(read.changes()).isEqualTo(changes);
        assertThat(read.happened()).contains(List.of(CANCELLED, CANCELLED));
    }

    @Test
    void aRefusalNamesTheOperationByItsIndex() {
        assertThatThrownBy(() -> codec.read("{\"operations\":[{\"remove\":\"label\",\"id\":\"l1\"},"
                + "{\"remove\":\"nonsense\",\"id\":\"x\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at /operations/1/remove: unknown entity kind \"nonsense\"");
    }

    @Test
    void aKindThatIsNotAStringIsRefused() {
        assertThatThrownBy(() -> codec.read("{\"operations\":[{\"put\":[\"person\"],\"value\":{}}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at /operations/0/put: unknown entity kind [\"person\"]");
    }

    @Test
    void aRefusalNamesWhatHappenedByItsIndex() {
        assertThatThrownBy(() -> codec.read("{\"operations\":[],\"happened\":[{\"kind\":\"CANCELLED\",\"detail\":\"\"},"
                + "{\"kind\":\"NONSENSE\",\"detail\":\"\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at /happened/1/kind: ");
    }

    @Test
    void anEntityTheModelRefusesIsRefusedWithTheModelsReason() {
        assertThatThrownBy(() -> codec.read("{\"operations\":[{\"put\":\"person\",\"value\":{\"id\":\"p1\","
                + "\"givenName\":\"Anna\\ud800\",\"familyName\":\"Nowak\"}}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at /operations/0/value: ")
                .hasMessageContaining("unpaired surrogate \\uD800");
    }

    @Test
    void aMessageOfTheBoundIsWholeAndALongerOneIsCut() {
        String exact = "k".repeat(500 - "at /: unknown property".length());
        String longer = exact + "k";

        assertThatThrownBy(() -> codec.read("{\"operations\":[],\"" + exact + "\":1}"))
                .hasMessage("at /" + exact + ": unknown property");
        assertThatThrownBy(() -> codec.read("{\"operations\":[],\"" + longer + "\":1}"))
                .hasMessage(("at /" + longer + ": unknown property").substring(0, 500) + "...");
    }

    @Test
    void aNameThatActsOnATerminalIsEchoedInert() {
        assertThatThrownBy(() -> codec.read("{\"operations\":[],\"\\u001b[2J\":1}"))
                .hasMessage("at /\\u001B[2J: unknown property");
    }

    @Test
    void whatHappenedIsReadWithoutReadingTheChanges() {
        String row = codec.write(ChangeSet.builder().add(new ChangeSet.Put<>(EntityKind.PERSON,
                Person.of(PersonId.of("p1"), "Anna", "Nowak"))).build(), List.of(CANCELLED));
        // changes the model would refuse are not read
        String refusedChanges = "{\"operations\":[{\"remove\":\"nonsense\",\"id\":\"x\"}],\"happened\":"
                + row.substring(row.indexOf("[", row.indexOf("\"happened\"")));

        assertThat(codec.readHappened(row)).contains(List.of(CANCELLED));
        assertThat(codec.readHappened(refusedChanges)).contains(List.of(CANCELLED));
    }

    @Test
    void aRowOfTheFirstFormatTellsNoHappenings() {
        assertThat(codec.readHappened("{\"operations\":[{\"remove\":\"label\",\"id\":\"l1\"}]}")).isEmpty();
    }

    @Test
    void readingWhatHappenedRefusesWhatReadingAllRefusesOutsideTheChanges() {
        assertThatThrownBy(() -> codec.readHappened("{\"operations\":[")).hasMessageStartingWith("not JSON: ");
        assertThatThrownBy(() -> codec.readHappened("[]")).hasMessageStartingWith("at /: expected an object");
        assertThatThrownBy(() -> codec.readHappened("{\"operations\":{}}")).hasMessageStartingWith(
                "at /: expected an object with an \"operations\" array");
        assertThatThrownBy(() -> codec.readHappened("{\"operations\":[],\"\\u001b[2J\":1}"))
                .hasMessage("at /\\u001B[2J: unknown property");
        assertThatThrownBy(() -> codec.readHappened("{\"operations\":[],\"happened\":[{\"kind\":\"CANCELLED\","
                + "\"detail\":\"\"},{\"kind\":\"NONSENSE\",\"detail\":\"\"}]}")).hasMessageStartingWith("at /happened/1/kind: ");
        assertThatThrownBy(() -> codec.readHappened("{\"operations\":[],\"happened\":{}}"))
                .hasMessage("at /happened: expected an array");
    }
}
