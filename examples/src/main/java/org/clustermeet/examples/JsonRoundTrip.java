package org.clustermeet.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.clustermeet.json.RegistryJson;

/**
 * Example 4: saves the Brussels sample registry to a file, reads it back and shows that the two
 * are equal. Pass a file name, or a temporary file is used and removed.
 */
public final class JsonRoundTrip {

    private JsonRoundTrip() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional file to write
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            run(Path.of(args[0]), System.out);
            return;
        }
        Path temp = Files.createTempFile("clustermeet-", ".json");
        try {
            run(temp, System.out);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static boolean run(Path file, PrintStream out) throws IOException {
        RegistryJson json = RegistryJson.defaults();
        Registry original = Brussels2019.registry();
        json.save(original, file);
        Registry read = json.read(file);
        out.println("Saved " + original + " to " + file + " (" + Files.size(file) + " bytes)");
        out.println("Read back: " + read);
        boolean equal = read.equals(original);
        out.println("Equal: " + equal);
        return equal;
    }
}
