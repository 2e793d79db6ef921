package org.clustermeet.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The shape every page keeps: a short README, and guides that say in two lines what they hold. */
class PageShapeTest {

    /** Words about how the project was made, which belong in its history, not its pages. */
    private static final Pattern HISTORY = Pattern.compile("\\b(issue \\d+|this session|last session|in this run)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theReadmeIsUnderThreeHundredLines() {
        assertThat(Pages.text(Pages.root().resolve("README.md")).lines().count()).isLessThan(300);
    }

    @Test
    void everyGuideOpensWithItsTitleAndATwoLineSummary() {
        for (Path page : Pages.all().subList(1, Pages.all().size())) {
            List<String> lines = Pages.text(page).lines().limit(5).toList();
            assertThat(lines).as(page.toString()).hasSize(5);
            assertThat(lines.get(0)).as(page + ": the title").startsWith("# ");
            assertThat(lines.get(1)).as(page + ": a blank line").isEmpty();
            assertThat(lines.get(2)).as(page + ": the summary's first line").isNotBlank().doesNotStartWith("#");
            assertThat(lines.get(3)).as(page + ": the summary's second line").isNotBlank().doesNotStartWith("#");
            assertThat(lines.get(4)).as(page + ": the summary is two lines").isEmpty();
        }
    }

    @Test
    void noPageSpeaksOfHowTheProjectWasMade() {
        for (Path page : Pages.all()) {
            assertThat(HISTORY.matcher(Pages.text(page)).results().map(r -> r.group()).toList()).as(page.toString()).isEmpty();
        }
    }
}
