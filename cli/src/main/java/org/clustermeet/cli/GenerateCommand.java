package org.clustermeet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.Echo;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.RegistryGenerator;

/** {@code clustermeet generate}: writes a synthetic registry document of a chosen size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic registry document (every name says \"Synthetic\"); the same options always "
                + "give the same document.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--organisations", paramLabel = "N", defaultValue = "1000",
            description = "Organisations, at least " + RegistryGenerator.MIN_ORGANISATIONS + " (default: ${DEFAULT-VALUE}).")
    private int organisations;

    @Option(names = "--events", paramLabel = "M", defaultValue = "100", description = "Events (default: ${DEFAULT-VALUE}).")
    private int events;

    @Option(names = "--registrations", paramLabel = "R", defaultValue = "10000",
            description = "Registrations (default: ${DEFAULT-VALUE}).")
    private int registrations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the document.")
    private Path out;

    @Override
    public Integer call() {
        RegistryGenerator.Settings settings;
        try {
            settings = new RegistryGenerator.Settings(organisations, events, registrations, seed);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry;
        long size;
        try (Progress progress = Progress.of(spec.commandLine().getErr(), ClusterMeetCli.showProgress(spec),
                Message.PROGRESS_GENERATING.format(lang), -1)) {
            registry = RegistryGenerator.generate(settings);
            progress.step(Message.PROGRESS_WRITING.format(lang, out));
            Registry generated = registry;
            Output.toFile(out, List.of(), lang, stream -> RegistryJson.defaults().write(generated, stream));
            size = Files.size(out);
        } catch (IOException e) {
            throw new CliFailure(CliFailure.USAGE, Message.CANNOT_WRITE.format(lang, out, e.getMessage()));
        }
        spec.commandLine().getOut().println(Echo.inert("wrote " + out + " (" + size + " bytes): " + registry));
        return 0;
    }
}
