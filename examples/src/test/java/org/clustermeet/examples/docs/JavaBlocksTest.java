package org.clustermeet.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README and of {@code docs/} compiles and runs. The blocks of one page form
 * one program, in page order (a later block uses what an earlier one made), with every package the
 * clustermeet modules export imported, and it runs in a directory of its own. A line that prints and
 * ends in a comment ({@code System.out.println(x); // 17}) says what it prints: the program's
 * output holds those lines in that order.
 */
class JavaBlocksTest {

    private static final Pattern PRINTED = Pattern.compile("System\\.out\\.print.*;\\s*// (.+)$");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyPageWithJavaRunsAsWritten() {
        List<Path> pages = Pages.all().stream()
                .filter(p -> Pages.blocks(p).stream().anyMatch(b -> b.language().equals("java")))
                .toList();
        assertThat(pages).as("pages with Java blocks").isNotEmpty();
        return pages.stream().map(p -> DynamicTest.dynamicTest(Pages.root().relativize(p).toString(), () -> runs(p)));
    }

    @Test
    void theImportsCoverEveryExportedPackage() throws IOException {
        assertThat(exportedPackages()).contains("org.clustermeet.core.registry", "org.clustermeet.json",
                "org.clustermeet.store", "org.clustermeet.interop.ical", "org.clustermeet.testkit");
    }

    private void runs(Path page) throws Exception {
        List<Pages.Block> blocks = Pages.blocks(page).stream().filter(b -> b.language().equals("java")).toList();
        List<String> imports = new ArrayList<>();
        for (String p : exportedPackages()) {
            imports.add("import " + p + ".*;");
        }
        for (String p : List.of("java.io", "java.nio.file", "java.time", "java.util")) {
            imports.add("import " + p + ".*;");
        }
        StringBuilder body = new StringBuilder();
        List<String> where = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Pages.Block block : blocks) {
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                if (line.startsWith("import ")) {
                    imports.add(line);
                    line = "";
                }
                body.append(line).append('\n');
                where.add(block.where(i));
                Matcher printed = PRINTED.matcher(line);
                if (printed.find()) {
                    expected.add(printed.group(1).strip());
                }
            }
        }
        StringBuilder source = new StringBuilder();
        imports.forEach(i -> source.append(i).append('\n'));
        source.append("public class DocPage {\npublic static void main(String[] args) throws Exception {\n");
        int header = imports.size() + 2;
        source.append(body);
        source.append("}\n}\n");

        Path src = work.resolve("src/DocPage.java");
        Path classes = work.resolve("classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(classes);
        Files.writeString(src, source);
        compile(src, classes, header, where);

        Path run = Files.createDirectories(work.resolve("run"));
        Process process = new ProcessBuilder(java(), "-Duser.language=en", "-Duser.country=GB",
                "-cp", classPath() + java.io.File.pathSeparator + classes, "DocPage")
                .directory(run.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(page + ": the program did not end within 120 s; output so far:\n" + output);
        }
        assertThat(process.exitValue()).as(page + " exits 0; output:\n" + output).isZero();
        List<String> lines = output.lines().map(String::strip).toList();
        int from = 0;
        for (String e : expected) {
            int at = lines.subList(from, lines.size()).indexOf(e);
            assertThat(at).as(page + ": prints \"" + e + "\" (after the lines before it); output:\n" + output)
                    .isNotNegative();
            from += at + 1;
        }
    }

    private static void compile(Path src, Path classes, int header, List<String> where) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", classPath(), "-d", classes.toString(), "-Xlint:all", "-Werror", "-proc:none"),
                    null, files.getJavaFileObjects(src)).call();
            if (!ok) {
                StringBuilder problems = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    int index = (int) d.getLineNumber() - header - 1;
                    String place = index >= 0 && index < where.size() ? where.get(index) : "line " + d.getLineNumber();
                    problems.append(place).append(": ").append(d.getMessage(Locale.ENGLISH)).append('\n');
                }
                fail("the Java blocks do not compile:\n" + problems);
            }
        }
    }

    /** Every package the clustermeet modules on the class path export, from their module descriptors. */
    private static List<String> exportedPackages() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (URL url : Collections.list(JavaBlocksTest.class.getClassLoader().getResources("module-info.class"))) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                if (descriptor.name().startsWith("org.clustermeet.")) {
                    descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
                }
            }
        }
        return List.copyOf(packages);
    }

    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
