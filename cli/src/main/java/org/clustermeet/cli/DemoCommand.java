package org.clustermeet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clustermeet.core.report.EventReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.Profile;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.Brussels2019;

/** {@code clustermeet demo}: builds the Brussels 2019 registry and prints its report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds the Brussels, 4 December 2019 sample registry and prints the meeting's report.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the registry document to FILE.")
    private Path out;

    @Option(names = "--public", description = "Write the public profile: no e-mail addresses or phone numbers.")
    private boolean publicProfile;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Locale lang = ClusterMeetCli.locale(spec);
        Registry registry = Brussels2019.registry();
        w.print(ReportFormat.text(EventReports.of(registry).report(Brussels2019.MEETING), lang));
        w.println(SampleNote.of(lang));
        if (out != null) {
            RegistryJson json = RegistryJson.defaults().withProfile(publicProfile ? Profile.PUBLIC : Profile.FULL);
            Output.toFile(out, List.of(), lang, stream -> json.write(registry, stream));
            w.println((publicProfile ? Message.PUBLIC_DOCUMENT_WRITTEN : Message.DOCUMENT_WRITTEN).format(lang, out));
        }
        return 0;
    }
}
