package org.clustermeet.server;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustermeet.store.RegistryStore;

/**
 * A registration server in a child JVM, on a PostgreSQL store given by its URL: prints
 * {@code PORT n} once it listens, then serves until it is killed.
 */
public final class ServerChild {

    private ServerChild() {
    }

    /**
     * Runs the server.
     *
     * @param args the store's JDBC URL
     * @throws Exception if it cannot start
     */
    public static void main(String[] args) throws Exception {
        RegistryStore store = RegistryStore.open(Postgres.dataSource(args[0]));
        RegistrationServer server = RegistrationServer.start(store, ServerSettings.defaults().withPort(0)
                .withOrganisers(Organisers.of(Map.of(ServerFixture.ORGANISER, ServerFixture.TOKEN)))
                .withAnswersPerMinute(100_000));
        System.out.println("PORT " + server.port());
        System.out.flush();
        server.join();
    }

    /** Starts a child JVM with this test's classes and libraries on its class path. */
    static Process start(String url) throws IOException, URISyntaxException {
        Set<String> path = new LinkedHashSet<>();
        for (Class<?> type : List.of(ServerChild.class, RegistrationServer.class)) {
            path.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                path.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Djava.util.logging.config.file="
                + System.getProperty("java.util.logging.config.file", ""), "-cp",
                String.join(File.pathSeparator, path), ServerChild.class.getName(), url));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
