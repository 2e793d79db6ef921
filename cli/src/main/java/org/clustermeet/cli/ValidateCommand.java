package org.clustermeet.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.clustermeet.core.registry.Registry;

/** {@code clustermeet validate FILE}: checks a registry document. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads a registry document and prints its counts, or what is wrong and where.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SizeLimit limit;

    @Parameters(paramLabel = "FILE|DB", descriptionKey = "source",
            description = "The registry document (- for standard input), or a store: the embedded database's "
                    + "path or a jdbc:postgresql: URL.")
    private String file;

    @Override
    public Integer call() {
        Locale lang = ClusterMeetCli.locale(spec);
        Registry r = new Input(file).load(limit.maxBytes, lang, spec.commandLine().getErr(),
                ClusterMeetCli.showProgress(spec));
        String counts = String.join(", ", Message.NOUN_ORGANISATION.count(lang, r.organisations().size()),
                Message.NOUN_PERSON.count(lang, r.people().size()), Message.NOUN_LABEL.count(lang, r.labels().size()),
                Message.NOUN_MEMBERSHIP.count(lang, r.memberships().size()),
                Message.NOUN_EVENT.count(lang, r.events().size()),
                Message.NOUN_REGISTRATION.count(lang, r.registrations().size()));
        spec.commandLine().getOut().println(Message.VALID.format(lang, counts));
        return 0;
    }
}
