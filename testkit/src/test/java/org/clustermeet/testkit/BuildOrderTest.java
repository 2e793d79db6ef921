package org.clustermeet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The builder gives the same registry whatever order the entities are added in. */
class BuildOrderTest {

    private static final Registry SAMPLE = Brussels2019.registry();

    @Test
    void contentAddedInIdOrderRebuildsTheSameRegistry() {
        assertRebuilt(SAMPLE.toBuilder().build());
    }

    @RepeatedTest(10)
    void contentAddedInAnyOrderBuildsTheSameRegistryListedInIdOrder(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        RegistryBuilder b = Registry.builder();
        shuffled(SAMPLE.organisations(), random).forEach(b::add);
        shuffled(SAMPLE.people(), random).forEach(b::add);
        shuffled(SAMPLE.labels(), random).forEach(b::add);
        shuffled(SAMPLE.memberships(), random).forEach(b::add);
        shuffled(SAMPLE.events(), random).forEach(b::add);
        shuffled(SAMPLE.registrations(), random).forEach(b::add);
        shuffled(SAMPLE.facts(), random).forEach(b::add);
        assertRebuilt(b.build());
    }

    private static void assertRebuilt(Registry rebuilt) {
        assertThat(rebuilt).isEqualTo(SAMPLE);
        assertThat(rebuilt.organisations()).containsExactlyElementsOf(SAMPLE.organisations());
        assertThat(rebuilt.labels()).containsExactlyElementsOf(SAMPLE.labels());
        assertThat(rebuilt.registrations()).containsExactlyElementsOf(SAMPLE.registrations());
        for (Event e : SAMPLE.events()) {
            List<Registration> expected = SAMPLE.registrationsFor(e.id());
            assertThat(rebuilt.registrationsFor(e.id())).as(e.id().value()).containsExactlyElementsOf(expected);
            assertThat(expected).extracting(Registration::id).isSorted();
        }
        assertThat(rebuilt.organisation(SAMPLE.organisations().get(0).id())).contains(SAMPLE.organisations().get(0));
        assertThat(rebuilt.validate()).isEmpty();
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
