package org.clustermeet.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's documentation as the tests read it: the README and every page under {@code docs/},
 * each split into its fenced blocks.
 */
final class Pages {

    /** A fenced block: its language ("" when none), its lines, and the page line its first line is on. */
    record Block(Path page, String language, List<String> lines, int firstLine) {

        /** Where a line of this block is, as {@code docs/x.md:12}. */
        String where(int index) {
            return root().relativize(page) + ":" + (firstLine + index);
        }
    }

    private Pages() {
    }

    /** The project's root: the examples module's parent, which holds the README. */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (root == null || !Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalStateException("run from the examples module: no README.md and docs/ in " + root);
        }
        return root;
    }

    /** The README and every Markdown page under docs/, in name order. */
    static List<Path> all() {
        List<Path> pages = new ArrayList<>();
        pages.add(root().resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The page's text. */
    static String text(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's fenced blocks in order; a block left open is an error naming its line. */
    static List<Block> blocks(Path page) {
        List<String> lines = text(page).lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!isFence(line)) {
                continue;
            }
            int indent = line.indexOf('`');
            String language = line.strip().substring(3).trim();
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !isFence(lines.get(end))) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException(root().relativize(page) + ":" + (i + 1) + ": a block that is never closed");
            }
            List<String> content = new ArrayList<>();
            for (String l : lines.subList(start, end)) {
                int cut = 0;
                while (cut < indent && cut < l.length() && l.charAt(cut) == ' ') {
                    cut++;
                }
                content.add(l.substring(cut));
            }
            blocks.add(new Block(page, language, List.copyOf(content), start + 1));
            i = end;
        }
        return blocks;
    }

    private static boolean isFence(String line) {
        return line.strip().startsWith("```");
    }

    /** The page's text outside fenced blocks, each line kept in place (block lines blanked). */
    static List<String> prose(Path page) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : text(page).lines().toList()) {
            if (isFence(line)) {
                inBlock = !inBlock;
                out.add("");
            } else {
                out.add(inBlock ? "" : line);
            }
        }
        return out;
    }
}
