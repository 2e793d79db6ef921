package org.clustermeet.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.clustermeet.core.text.Echo;
import org.clustermeet.core.text.Unicode;


import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code clustermeet} command line: {@code demo}, {@code validate}, {@code report},
 * {@code labels}, {@code generate}, {@code store}, {@code export} and {@code import}. Exit codes: 0 success, 1 an invalid document or unknown id, 2 an unreadable file
 * or bad usage. Errors are one or a few lines on standard error, never a stack trace.
 */
@Command(name = "clustermeet", mixinStandardHelpOptions = true, versionProvider = ClusterMeetCli.Version.class,
        description = "Reads, checks and reports on clustermeet registry documents.",
        subcommands = {DemoCommand.class, ValidateCommand.class, ReportCommand.class, LabelsCommand.class,
                GenerateCommand.class, StoreCommand.class, ExportCommand.class, ImportCommand.class,
                EligibleCommand.class, ServeCommand.class, BadgesCommand.class, PeopleCommand.class, InitCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid document or unknown id", "2:unreadable file or bad usage"})
public final class ClusterMeetCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The languages of messages and reports. */
    enum Lang {
        /** English. */
        EN,
        /** Polish. */
        PL
    }

    @Option(names = "--lang", paramLabel = "en|pl", scope = ScopeType.INHERIT,
            description = "Language of messages and reports: en or pl (default: Polish when the system's language "
                    + "is Polish, else English).")
    private Lang lang;

    /** Returns the language asked for with {@code --lang}, else Polish for a Polish system locale, else English. */
    Locale locale() {
        Lang chosen = lang != null ? lang : Message.isPolish(Locale.getDefault()) ? Lang.PL : Lang.EN;
        return chosen == Lang.PL ? Message.POLISH : Locale.ENGLISH;
    }

    /** Whether long work shows its progress on standard error: only when it is a terminal. */
    private boolean showProgress;

    /**
     * Returns whether the command line a subcommand runs in shows progress.
     *
     * @param spec the subcommand's spec, not null
     * @return true when standard error is a terminal and the command line was started by {@link #main}
     */
    static boolean showProgress(CommandSpec spec) {
        return ((ClusterMeetCli) spec.root().userObject()).showProgress;
    }

    /**
     * Returns the language of the command line a subcommand runs in.
     *
     * @param spec the subcommand's spec, not null
     * @return the locale
     */
    static Locale locale(CommandSpec spec) {
        return ((ClusterMeetCli) spec.root().userObject()).locale();
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // on the file descriptors themselves, not System.out, which would swallow a failed write
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(args, out, err, Progress.standardErrorIsTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments, not null
     * @param out  where normal output goes, not null
     * @param err  where errors go, not null
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    /**
     * Runs the command line in-process, showing progress of long work on {@code err} if asked.
     *
     * @param args         the arguments, not null
     * @param out          where normal output goes, not null
     * @param err          where errors and progress go, not null
     * @param showProgress whether to show progress (when {@code err} is a terminal)
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean showProgress) {
        ClusterMeetCli root = new ClusterMeetCli();
        root.showProgress = showProgress;
        String badArgument = malformedArgument(args, languageAskedFor(args));
        if (badArgument != null) {
            err.println(Message.ERROR.format(languageAskedFor(args), badArgument));
            err.flush();
            return CliFailure.USAGE;
        }
        CommandLine cli = new CommandLine(root);
        if (Message.isPolish(languageAskedFor(args))) {
            PolishHelp.apply(cli);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Spellings.register(cli);
        cli.setParameterExceptionHandler((e, arguments) -> {
            // picocli's own words quote the argument: shown inert, as every message
            err.println(Echo.inert(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                e.getCommandLine().usage(err);
            }
            return CliFailure.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliFailure f) {
                err.println(Message.ERROR.format(root.locale(), f.getMessage()));
                f.details().forEach(d -> err.println(Echo.inert(d)));
                return f.exitCode();
            }
            err.println(Message.ERROR.format(root.locale(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return CliFailure.INVALID;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(Message.ERROR.format(root.locale(), Message.OUT_OF_MEMORY.format(root.locale())));
            code = CliFailure.INVALID;
        }
        out.flush();
        if (out.checkError()) {
            err.println(Message.ERROR.format(root.locale(), Message.STDOUT_FAILED.format(root.locale())));
            code = code == 0 ? CliFailure.USAGE : code;
        }
        err.flush();
        return code;
    }

    /** {@return the message for the first argument holding an unpaired surrogate or a NUL, or null} */
    static String malformedArgument(String[] args, Locale lang) {
        for (int i = 0; i < args.length; i++) {
            OptionalInt fault = Unicode.firstFault(args[i]);
            if (fault.isPresent()) {
                return Message.BAD_ARGUMENT.format(lang, i + 1, Unicode.describeFault(args[i], fault.getAsInt()),
                        fault.getAsInt(), Echo.cut(args[i]));
            }
        }
        return null;
    }

    /**
     * The language of a run, read from its arguments before they are parsed (the help texts must
     * be chosen before parsing): {@code --lang pl} or {@code --lang=pl}, else the system's.
     */
    static Locale languageAskedFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return value.equalsIgnoreCase("pl") ? Message.POLISH : Locale.ENGLISH;
            }
        }
        return Message.isPolish(Locale.getDefault()) ? Message.POLISH : Locale.ENGLISH;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliFailure.USAGE;
    }

    /** Reads the version from the jar's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ClusterMeetCli.class.getResourceAsStream("/org/clustermeet/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"clustermeet " + p.getProperty("version", "(unknown version)")};
        }
    }
}
