package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages in a real browser: headless Chromium loads each page from the file system; the
 * test reads the DOM it rendered and checks the figures and the bars against the registry, and
 * writes a screenshot under {@code target/browser/} for people to look at. Where Chromium is not
 * installed the test is skipped with a message, unless {@value #REQUIRE_BROWSER} is {@code true}
 * (as {@code .ci/run} sets it): then it fails.
 */
class HtmlPagesBrowserTest {

    static final String REQUIRE_BROWSER = "CLUSTERMEET_REQUIRE_BROWSER";
    private static final Path OUT = Path.of("target", "browser");
    private static final Pattern ELEMENT = Pattern.compile("<(rect|dd|line)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    private static Path chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = Path.of(candidate);
            }
        }
        if (chromium == null) {
            String message = "Chromium is not installed (apt-get install chromium)";
            if (Boolean.parseBoolean(System.getenv(REQUIRE_BROWSER))) {
                Assertions.fail(message + ", and " + REQUIRE_BROWSER + "=true says it must be");
            }
            Assumptions.abort(message + ": browser test skipped");
        }
        Files.createDirectories(OUT);
    }

    /** Runs headless Chromium on a page and returns what it printed. */
    private static String chromium(Path page, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + OUT.resolve("profile").toAbsolutePath()));
        command.addAll(List.of(options));
        command.add(page.toAbsolutePath().toUri().toString());
        Process p = new ProcessBuilder(command).redirectError(OUT.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium's exit code").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Every rect, dd or line element of a DOM with its attributes. */
    private static List<Map<String, String>> elements(String dom) {
        List<Map<String, String>> all = new ArrayList<>();
        Matcher m = ELEMENT.matcher(dom);
        while (m.find()) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("tag", m.group(1));
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            all.add(attributes);
        }
        return all;
    }

    private static void screenshot(Path page, String name, String size) throws Exception {
        Path png = OUT.resolve(name).toAbsolutePath();
        chromium(page, "--screenshot=" + png, "--window-size=" + size, "--hide-scrollbars");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theReportsFiguresAndBarsInTheRenderedPageAreTheRegistrys() throws Exception {
        Registry registry = Brussels2019.registry();
        Path page = OUT.resolve("report.html");
        Files.writeString(page, HtmlPages.report(registry, Brussels2019.MEETING, Locale.ENGLISH));

        List<Map<String, String>> dom = elements(chromium(page, "--dump-dom"));

        Registry view = PublicView.of(registry);
        EventReport report = EventReports.of(view).report(Brussels2019.MEETING);
        Map<String, String> figures = new HashMap<>();
        dom.stream().filter(e -> e.containsKey("data-figure")).forEach(e -> figures.put(e.get("data-figure"),
                e.get("data-value")));
        assertThat(figures).containsEntry("cluster-organisations", "50").containsEntry("countries", "17")
                .containsEntry("smes", Long.toString(report.smesRepresented()))
                .containsEntry("participants", Integer.toString(report.participants()))
                .containsEntry("other-participants", "20").containsEntry("sessions", "3");

        Map<String, Integer> byCountry = new TreeMap<>();
        for (var id : report.clusterOrganisations()) {
            byCountry.merge(new java.util.Locale("", ((ClusterOrganisation) view.organisation(id).orElseThrow())
                    .country().value()).getDisplayCountry(java.util.Locale.ENGLISH), 1, Integer::sum);
        }
        List<Map<String, String>> bars = dom.stream().filter(e -> "rect".equals(e.get("tag"))
                && e.getOrDefault("class", "").startsWith("bar") && e.containsKey("data-label")).toList();
        Map<String, Integer> drawn = new TreeMap<>();
        double widthPerUnit = Double.NaN;
        for (Map<String, String> bar : bars.subList(0, byCountry.size())) {
            int value = Integer.parseInt(bar.get("data-value"));
            drawn.put(bar.get("data-label"), value);
            double width = Double.parseDouble(bar.get("width"));
            if (Double.isNaN(widthPerUnit)) {
                widthPerUnit = width / value;
            }
            assertThat(width).as("the bar of %s", bar.get("data-label")).isCloseTo(value * widthPerUnit, within(0.2));
        }
        assertThat(drawn).isEqualTo(byCountry);
        assertThat(bars).anySatisfy(b -> assertThat(b).containsEntry("data-label", "gold").containsEntry("data-value",
                "50"));
        screenshot(page, "report.png", "1100,1700");
    }

    @Test
    void theLabelsPageDrawsEveryLabelAtItsDatesAndMarksTheDay() throws Exception {
        Registry registry = Brussels2019.registry();
        LocalDate day = Brussels2019.MEETING_DAY;
        Path page = OUT.resolve("labels.html");
        Files.writeString(page, HtmlPages.labels(registry, day, Locale.forLanguageTag("pl")));

        String html = chromium(page, "--dump-dom");
        List<Map<String, String>> dom = elements(html);

        List<QualityLabel> labels = PublicView.of(registry).labels();
        List<Map<String, String>> rects = dom.stream().filter(e -> e.getOrDefault("class", "").startsWith("label "))
                .toList();
        assertThat(rects).hasSize(labels.size());
        assertThat(rects).extracting(r -> r.get("data-level") + " " + r.get("data-from") + " " + r.get("data-until"))
                .containsExactlyInAnyOrderElementsOf(labels.stream()
                        .map(l -> l.level() + " " + l.validFrom() + " " + l.validUntil()).toList());
        Map<String, String> line = dom.stream().filter(e -> "day".equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(line).containsEntry("data-day", day.toString());
        double dayX = Double.parseDouble(line.get("x1"));
        for (Map<String, String> r : rects) {
            double x = Double.parseDouble(r.get("x"));
            double end = x + Double.parseDouble(r.get("width"));
            boolean covers = !LocalDate.parse(r.get("data-from")).isAfter(day)
                    && !LocalDate.parse(r.get("data-until")).isBefore(day);
            assertThat(x <= dayX && dayX <= end).as("label %s-%s crosses the day's line", r.get("data-from"),
                    r.get("data-until")).isEqualTo(covers);
        }
        assertThat(html).contains("Linia oznacza dzień 2019-12-04.");
        screenshot(page, "labels.png", "900,1200");
    }
}
