package org.clustermeet.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.ClusterMeetModule;

/**
 * Rewrites what a store holds about some people so that their personal data is gone: each
 * version of the person a journal row or snapshot put becomes {@link Person#erased()}, and the
 * texts that may quote them (what happened to them in a row, a mail notice's reasons and errors)
 * lose every name, address, number and role title any version of them had. First it learns
 * those strings from everything stored ({@link #learn(Person)}), then it rewrites.
 */
final class Eraser {

    /** What replaces a personal string in a text. */
    static final String ERASED = "[erased]";

    private static final String OPERATIONS = "operations";
    private static final String HAPPENED = "happened";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());
    private final Set<PersonId> people;
    /** The people's ids as JSON holds them. */
    private final Set<String> ids = new HashSet<>();
    /** What the people were ever called or reached by, longest first so that a full name goes before its parts. */
    private final Set<String> personal = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));
    private Pattern pattern;

    Eraser(Set<PersonId> people) {
        this.people = Set.copyOf(people);
        people.forEach(id -> ids.add(id.value()));
    }

    /** Learns the personal strings of one version of a person (others are ignored). */
    void learn(Person person) {
        if (!people.contains(person.id())) {
            return;
        }
        if (!person.isAnonymous()) {
            personal.add(person.fullName());
        }
        person.givenName().ifPresent(personal::add);
        person.familyName().ifPresent(personal::add);
        person.email().ifPresent(e -> personal.add(e.value()));
        person.phone().ifPresent(p -> personal.add(p.value()));
        for (PersonRole role : person.roles()) {
            if (!role.title().equals(PersonRole.ERASED_TITLE)) {
                personal.add(role.title());
            }
        }
        pattern = null;
    }

    /** Learns every version of the people a journal row's JSON puts. */
    void learnRow(String change) {
        if (!mentions(change)) {
            return;
        }
        for (JsonNode value : personPuts(tree(change))) {
            learn(person(value));
        }
    }

    /** {@return whether a text names one of the people's ids, which every row about them does} */
    boolean mentions(String change) {
        for (String id : ids) {
            if (change.contains("\"" + id + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rewrites a journal row's JSON: each of the people it puts becomes the erased version, and
     * what happened to them loses their personal strings.
     *
     * @return the new JSON, or empty when the row holds nothing of theirs
     */
    Optional<String> rewriteRow(String change) {
        if (!mentions(change)) {
            return Optional.empty();
        }
        JsonNode root = tree(change);
        boolean changed = false;
        for (JsonNode operation : root.path(OPERATIONS)) {
            JsonNode value = operation.get("value");
            if (isPersonPut(operation) && ids.contains(value.path("id").asText())) {
                Person erased = person(value).erased();
                JsonNode replacement = mapper.valueToTree(erased);
                if (!replacement.equals(value)) {
                    ((ObjectNode) operation).set("value", replacement);
                    changed = true;
                }
            }
        }
        for (JsonNode happening : root.path(HAPPENED)) {
            JsonNode person = happening.get("person");
            JsonNode detail = happening.get("detail");
            if (person != null && detail != null && ids.contains(person.asText())) {
                String scrubbed = scrub(detail.asText());
                if (!scrubbed.equals(detail.asText())) {
                    ((ObjectNode) happening).set("detail", TextNode.valueOf(scrubbed));
                    changed = true;
                }
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a rewritten journal row: " + e.getOriginalMessage(), e);
        }
    }

    /** {@return the change that erases the people in a registry (none for someone already erased)} */
    ChangeSet erasure(Registry registry) {
        ChangeSet.Builder changes = ChangeSet.builder();
        for (PersonId id : people) {
            registry.person(id).filter(p -> !p.isErased()).ifPresent(p -> changes.put(EntityKind.PERSON, p.erased()));
        }
        return changes.build();
    }

    /**
     * Removes every personal string learnt from a text: each occurrence that is not part of a
     * longer word becomes {@value #ERASED}.
     *
     * @param text the text, may be null
     * @return the text without them (null for null)
     */
    String scrub(String text) {
        if (text == null || personal.isEmpty()) {
            return text;
        }
        if (pattern == null) {
            List<String> alternatives = new ArrayList<>();
            personal.forEach(s -> alternatives.add(Pattern.quote(s)));
            pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(ERASED));
    }

    private List<JsonNode> personPuts(JsonNode root) {
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode operation : root.path(OPERATIONS)) {
            JsonNode value = operation.get("value");
            if (isPersonPut(operation) && ids.contains(value.path("id").asText())) {
                values.add(value);
            }
        }
        return values;
    }

    private static boolean isPersonPut(JsonNode operation) {
        return EntityKind.PERSON.label().equals(operation.path("put").asText()) && operation.path("value").isObject();
    }

    private JsonNode tree(String change) {
        try {
            return mapper.readTree(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal row checked against its checksum cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private Person person(JsonNode value) {
        try {
            return mapper.treeToValue(value, Person.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("a person in a journal row checked against its checksum cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
