package org.clustermeet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.EditResult;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.json.RegistryJsonException;
import org.clustermeet.store.RegistryStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clustermeet store put DB --from PART.json}: adds or replaces organisations, people,
 * labels, memberships, events and facts in a store, as one edit checked by the registry's rules.
 */
@Command(name = "put", mixinStandardHelpOptions = true,
        description = "Adds or replaces the organisations, people, labels, memberships, events and facts of a "
                + "document part in a store, as one change checked by the registry's rules (references resolve "
                + "against the store). Registrations are not put: use store register.")
final class StorePutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreCommand.Database database;
    @Mixin
    private SizeLimit limit;
    @Option(names = "--from", required = true, paramLabel = "PART",
            description = "A document part: any of the sections organisations, people, labels, memberships, "
                    + "events and facts, each entity as a registry document holds it.")
    private Path from;

    @Override
    public Integer call() {
        Locale lang = ClusterMeetCli.locale(spec);
        if (!Files.isRegularFile(from)) {
            throw new CliFailure(CliFailure.USAGE, Files.isDirectory(from) ? Message.IS_A_DIRECTORY.format(lang, from)
                    : Message.NO_SUCH_FILE.format(lang, from));
        }
        ChangeSet part;
        try {
            part = RegistryJson.defaults().withMaxDocumentBytes(limit.maxBytes).readPart(from);
        } catch (RegistryJsonException e) {
            throw new CliFailure(CliFailure.INVALID, from + ": " + e.getMessage(),
                    e.problems().stream().skip(1).map(p -> "  " + p).toList());
        }
        try (RegistryStore store = database.open()) {
            long before = store.sequence();
            EditResult result = StoreCommand.failures(() -> {
                try {
                    return store.apply(part, Actor.CLI);
                } catch (RegistryIntegrityException e) {
                    throw new CliFailure(CliFailure.INVALID, Message.STORE_PUT_REFUSED.format(lang, from),
                            e.problems().stream().map(p -> "  " + Echo.inert(p.toString())).toList());
                }
            });
            spec.commandLine().getOut().println(Message.STORE_PUT.format(lang, database.name(), counts(part, lang),
                    store.sequence() == before ? Message.STORE_PUT_UNCHANGED.format(lang) : ""));
            result.noLongerEligible().forEach(i -> spec.commandLine().getOut().println(
                    Echo.inert(Message.STORE_PUT_NO_LONGER_ELIGIBLE.format(lang, i.registration().id(),
                            String.join("; ", i.refusals().stream().map(r -> r.describe(lang)).toList())))));
            return 0;
        }
    }

    private static String counts(ChangeSet part, Locale lang) {
        List<String> counts = new java.util.ArrayList<>();
        add(counts, Message.NOUN_ORGANISATION, part.puts(EntityKind.ORGANISATION).size(), lang);
        add(counts, Message.NOUN_PERSON, part.puts(EntityKind.PERSON).size(), lang);
        add(counts, Message.NOUN_LABEL, part.puts(EntityKind.LABEL).size(), lang);
        add(counts, Message.NOUN_MEMBERSHIP, part.puts(EntityKind.MEMBERSHIP).size(), lang);
        add(counts, Message.NOUN_EVENT, part.puts(EntityKind.EVENT).size(), lang);
        add(counts, Message.NOUN_FACT, part.puts(EntityKind.FACT).size(), lang);
        return counts.isEmpty() ? Message.NOUN_ORGANISATION.count(lang, 0) : String.join(", ", counts);
    }

    private static void add(List<String> counts, Message noun, int n, Locale lang) {
        if (n > 0) {
            counts.add(noun.count(lang, n));
        }
    }
}
