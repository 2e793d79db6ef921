package org.clustermeet.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and {@code docs/} leads somewhere: the file exists in the
 * repository, and an anchor ({@code page.md#a-heading}) names a heading of that page, spelled as
 * GitHub makes anchors from headings.
 */
class LinksTest {

    /** A Markdown link or image: {@code [text](target)} or {@code ![alt](target)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeading() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : Pages.all()) {
            List<String> prose = Pages.prose(page);
            for (int i = 0; i < prose.size(); i++) {
                Matcher link = LINK.matcher(prose.get(i));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    checked++;
                    String problem = problem(page, target);
                    if (problem != null) {
                        broken.add(Pages.root().relativize(page) + ":" + (i + 1) + ": " + target + ": " + problem);
                    }
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
        assertThat(checked).as("relative links checked").isGreaterThan(10);
    }

    @Test
    void anchorsAreSpelledAsGitHubSpellsThem() {
        assertThat(anchor("Asking and changing")).isEqualTo("asking-and-changing");
        assertThat(anchor("`clustermeet store create|put` and the ids")).isEqualTo("clustermeet-store-createput-and-the-ids");
        assertThat(anchor("Security and reliability")).isEqualTo("security-and-reliability");
    }

    private static String problem(Path page, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!linked.startsWith(Pages.root())) {
            return "leads out of the repository";
        }
        if (!Files.exists(linked)) {
            return "no such file";
        }
        if (hash >= 0) {
            String wanted = target.substring(hash + 1);
            if (!linked.toString().endsWith(".md")) {
                return "an anchor in a file that is not a page";
            }
            boolean found = Pages.prose(linked).stream()
                    .filter(l -> l.startsWith("#"))
                    .map(l -> anchor(l.replaceFirst("^#+\\s*", "")))
                    .anyMatch(wanted::equals);
            if (!found) {
                return "no heading makes the anchor #" + wanted;
            }
        }
        return null;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        String lower = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        lower.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }
}
