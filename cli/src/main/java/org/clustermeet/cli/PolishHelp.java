package org.clustermeet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

import picocli.CommandLine;

/**
 * The command line's help in Polish: the texts of {@code help_pl.properties}, given to each command
 * as its picocli resource bundle. The English texts stay in the annotations.
 */
final class PolishHelp {

    private static final String FILE = "/org/clustermeet/cli/help_pl.properties";

    private PolishHelp() {
    }

    /** Gives the root command and each subcommand its Polish texts. */
    static void apply(CommandLine root) {
        Properties texts = load();
        root.setResourceBundle(bundle(texts, root.getCommandName()));
        root.getSubcommands().forEach((name, sub) -> apply(sub, name, texts));
    }

    /** A subcommand's keys start with its path below the root: {@code store.create.} for {@code store create}. */
    private static void apply(CommandLine command, String path, Properties texts) {
        command.setResourceBundle(bundle(texts, path));
        command.getSubcommands().forEach((name, sub) -> apply(sub, path + "." + name, texts));
    }

    /** Every key of the file, read as UTF-8. */
    static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = PolishHelp.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return texts;
    }

    /** The keys shared by all commands ("all.") and those of one command, without their prefix. */
    private static ResourceBundle bundle(Properties texts, String command) {
        Map<String, String> keys = new HashMap<>();
        texts.stringPropertyNames().forEach(k -> {
            if (k.startsWith("all.")) {
                keys.putIfAbsent(k.substring(4), texts.getProperty(k));
            }
        });
        texts.stringPropertyNames().forEach(k -> {
            if (k.startsWith(command + ".")) {
                keys.put(k.substring(command.length() + 1), texts.getProperty(k));
            }
        });
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return keys.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(keys.keySet());
            }
        };
    }
}
