package org.clustermeet.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command shown with its output in the README and {@code docs/} prints that output. A
 * {@code console} block holds commands, each on a line starting with {@code $ }, each followed by
 * what it prints (standard output and standard error together). The blocks of one page run in
 * order in one directory of their own, so a later command reads what an earlier one wrote. In the
 * printed lines, a line {@code ...} stands for any number of lines, and {@code …} within a line for
 * text that changes from run to run (a token, a time). A server ({@code serve}) is stopped once it
 * has printed what the page shows.
 */
class CommandBlocksTest {

    private static final String JAR_COMMAND = "java -jar cli/target/clustermeet.jar";

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsWhatThePageShows() {
        List<Path> pages = Pages.all().stream()
                .filter(p -> Pages.blocks(p).stream().anyMatch(b -> b.language().equals("console")))
                .toList();
        assertThat(pages).as("pages with console blocks").isNotEmpty();
        return pages.stream().map(p -> DynamicTest.dynamicTest(Pages.root().relativize(p).toString(), () -> runs(p)));
    }

    @Test
    void aLineOfDotsStandsForAnyLinesAndAnEllipsisForAnyText() {
        assertThat(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d"))).isTrue();
        assertThat(matches(List.of("a", "..."), List.of("a"))).isTrue();
        assertThat(matches(List.of("token … (valid)"), List.of("token x1y2 (valid)"))).isTrue();
        assertThat(matches(List.of("a", "d"), List.of("a", "b", "d"))).isFalse();
        assertThat(matches(List.of("a"), List.of("a", "b"))).isFalse();
        assertThat(matches(List.of("a.c"), List.of("abc"))).isFalse();
    }

    /** A command and what it prints. */
    private record Command(String line, String where, List<String> output) {
    }

    private void runs(Path page) throws Exception {
        Path jar = Pages.root().resolve("cli/target/clustermeet.jar");
        assertThat(jar).as("the command line's jar (built by the cli module's package phase)").isRegularFile();
        Path dir = Files.createDirectories(work.resolve("run"));
        for (Pages.Block block : Pages.blocks(page)) {
            if (!block.language().equals("console")) {
                continue;
            }
            for (Command command : commands(block)) {
                String line = command.line().replace(JAR_COMMAND,
                        "java -Duser.language=en -Duser.country=GB -jar '" + jar + "'");
                List<String> actual = line.contains(" serve ") ? serve(line, command, dir) : run(line, command, dir);
                if (!matches(command.output(), actual)) {
                    fail(command.where() + ": `" + command.line() + "` printed\n" + String.join("\n", actual)
                            + "\n\nwhere the page shows\n" + String.join("\n", command.output()));
                }
            }
        }
    }

    private static List<Command> commands(Pages.Block block) {
        List<Command> commands = new ArrayList<>();
        String line = null;
        String where = null;
        List<String> output = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String l = block.lines().get(i);
            if (l.startsWith("$ ")) {
                if (line != null) {
                    commands.add(new Command(line, where, List.copyOf(output)));
                }
                line = l.substring(2);
                where = block.where(i);
                output.clear();
            } else if (line == null) {
                throw new IllegalStateException(block.where(i) + ": a console block starts with a command ($ ...)");
            } else {
                output.add(l);
            }
        }
        if (line != null) {
            commands.add(new Command(line, where, List.copyOf(output)));
        }
        return commands;
    }

    private static List<String> run(String line, Command command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.where() + ": `" + command.line() + "` did not end within 120 s");
        }
        return out.lines().map(CommandBlocksTest::trimEnd).toList();
    }

    /** Starts a server, waits until it has printed what the page shows (at most 60 s), and stops it. */
    private static List<String> serve(String line, Command command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "exec " + line).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> printed = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    printed.add(trimEnd(l));
                }
            } catch (IOException e) {
                printed.add("(reading the output failed: " + e.getMessage() + ")");
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive()) {
                synchronized (printed) {
                    if (matches(command.output(), List.copyOf(printed))) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            reader.join(10_000);
        }
        synchronized (printed) {
            return List.copyOf(printed);
        }
    }

    private static String trimEnd(String line) {
        return line.stripTrailing();
    }

    /** Whether the printed lines are what the page shows, with its {@code ...} lines and {@code …} texts. */
    static boolean matches(List<String> shown, List<String> printed) {
        return matches(shown, 0, printed, 0);
    }

    private static boolean matches(List<String> shown, int s, List<String> printed, int p) {
        if (s == shown.size()) {
            return p == printed.size();
        }
        if (shown.get(s).equals("...")) {
            for (int skip = p; skip <= printed.size(); skip++) {
                if (matches(shown, s + 1, printed, skip)) {
                    return true;
                }
            }
            return false;
        }
        return p < printed.size() && line(shown.get(s)).matcher(printed.get(p)).matches()
                && matches(shown, s + 1, printed, p + 1);
    }

    private static Pattern line(String shown) {
        StringBuilder regex = new StringBuilder();
        for (String part : trimEnd(shown).split("…", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
