package org.clustermeet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.clustermeet.examples.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help of every command, option and parameter exists in Polish. */
class PolishHelpTest {

    private static List<CommandSpec> commands() {
        CommandLine root = new CommandLine(new ClusterMeetCli());
        PolishHelp.apply(root);
        List<CommandSpec> all = new ArrayList<>();
        all.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    @Test
    void everyCommandOptionAndParameterHasPolishText() {
        CommandLine english = new CommandLine(new ClusterMeetCli());
        for (CommandSpec spec : commands()) {
            CommandSpec englishSpec = spec.name().equals("clustermeet") ? english.getCommandSpec()
                    : english.getSubcommands().get(spec.name()).getCommandSpec();
            String polishUsage = String.join(" ", spec.usageMessage().description())
                    + String.join(" ", spec.usageMessage().header());
            String englishUsage = String.join(" ", englishSpec.usageMessage().description())
                    + String.join(" ", englishSpec.usageMessage().header());
            assertThat(polishUsage).as("command %s", spec.name()).isNotBlank().isNotEqualTo(englishUsage);
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                String polish = String.join(" ", arg.description());
                assertThat(polish).as("%s %s", spec.name(), arg.paramLabel()).isNotBlank();
                ArgSpec same = arg.isOption()
                        ? englishSpec.findOption(((CommandLine.Model.OptionSpec) arg).longestName())
                        : englishSpec.positionalParameters().get(spec.positionalParameters().indexOf(arg));
                assertThat(polish).as("%s %s is translated", spec.name(), arg.paramLabel())
                        .isNotEqualTo(String.join(" ", same.description()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "report", "labels", "generate"})
    void helpInPolishIsAskedForWithLang(String command) {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run(command, "--help", "--lang", "pl");
        assertThat(r.out()).startsWith("Użycie: clustermeet " + command).contains("Wyświetl tę pomoc i zakończ.");
        assertThat(ClusterMeetCliTest.run(command, "--help", "--lang", "en").out()).startsWith("Usage: ");
    }

    @Test
    void theLanguageIsReadBeforeParsing() {
        assertThat(ClusterMeetCli.languageAskedFor(new String[] {"report", "--lang=pl"})).isEqualTo(Message.POLISH);
        assertThat(ClusterMeetCli.languageAskedFor(new String[] {"--lang", "EN", "demo"}).getLanguage())
                .isEqualTo("en");
    }
}
