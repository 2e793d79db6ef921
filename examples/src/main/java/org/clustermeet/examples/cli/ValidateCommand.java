package org.clustermeet.examples.cli;

import java.nio.file.Path;
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

    @Parameters(paramLabel = "FILE", description = "The registry document.")
    private Path file;

    @Override
    public Integer call() {
        Registry r = Documents.load(file, limit.maxBytes);
        spec.commandLine().getOut().println("valid: " + count(r.organisations().size(), "organisation") + ", "
                + count(r.people().size(), "person", "people") + ", " + count(r.labels().size(), "label") + ", "
                + count(r.memberships().size(), "membership") + ", " + count(r.events().size(), "event") + ", "
                + count(r.registrations().size(), "registration"));
        return 0;
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
