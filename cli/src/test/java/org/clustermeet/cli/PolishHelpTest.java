package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help of every command, option and parameter exists in Polish. */
class PolishHelpTest {

    /** Every command, subcommands of subcommands included. */
    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(c -> all.addAll(commands(c)));
        return all;
    }

    @Test
    void everyCommandOptionAndParameterHasPolishText() {
        CommandLine polishRoot = new CommandLine(new ClusterMeetCli());
        PolishHelp.apply(polishRoot);
        List<CommandLine> polishCommands = commands(polishRoot);
        List<CommandLine> englishCommands = commands(new CommandLine(new ClusterMeetCli()));
        assertThat(polishCommands).extracting(c -> c.getCommandSpec().qualifiedName()).contains("clustermeet store create");
        for (int i = 0; i < polishCommands.size(); i++) {
            CommandSpec spec = polishCommands.get(i).getCommandSpec();
            CommandSpec englishSpec = englishCommands.get(i).getCommandSpec();
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
    @ValueSource(strings = {"demo", "validate", "report", "labels", "generate", "store", "store register", "export", "import"})
    void helpInPolishIsAskedForWithLang(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--help", "--lang", "pl"));
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run(args.toArray(String[]::new));
        assertThat(r.out()).startsWith("Użycie: clustermeet " + command).contains("Wyświetl tę pomoc i zakończ.");
        args.set(args.size() - 1, "en");
        assertThat(ClusterMeetCliTest.run(args.toArray(String[]::new)).out()).startsWith("Usage: ");
    }

    @Test
    void theLanguageIsReadBeforeParsing() {
        assertThat(ClusterMeetCli.languageAskedFor(new String[] {"report", "--lang=pl"})).isEqualTo(Message.POLISH);
        assertThat(ClusterMeetCli.languageAskedFor(new String[] {"--lang", "EN", "demo"}).getLanguage())
                .isEqualTo("en");
    }
}
