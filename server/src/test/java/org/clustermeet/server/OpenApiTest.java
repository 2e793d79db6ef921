package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenAPI document served at /api/openapi.json describes exactly the API routes the server has. */
class OpenApiTest {

    @TempDir
    Path folder;

    @Test
    void theDocumentIsOpenApi31() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            JsonNode doc = new ObjectMapper().readTree(f.get("/api/openapi.json").body());

            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(doc.at("/info/title").asText()).isNotBlank();
        }
    }

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedOperationIsARoute() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            JsonNode doc = new ObjectMapper().readTree(f.get("/api/openapi.json").body());
            Set<String> documented = new TreeSet<>();
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                path.getValue().properties().forEach(method -> documented.add(method.getKey().toUpperCase() + " "
                        + path.getKey()));
            }
            Set<String> routes = new TreeSet<>();
            f.server.routes().stream().filter(r -> r.isApi()).forEach(r -> routes.add(r.method() + " " + r.path()));

            assertThat(documented).isEqualTo(routes);
        }
    }

    @Test
    void everyDocumentedOperationAnswersWithADocumentedStatus() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            JsonNode doc = new ObjectMapper().readTree(f.get("/api/openapi.json").body());
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                String concrete = path.getKey().replace("{id}", "unknown-id").replace("{token}", "A".repeat(43))
                        .replace("{person}", "unknown-person");
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    var response = switch (op.getKey()) {
                        case "get" -> f.get(concrete, ServerFixture.bearer());
                        case "post" -> f.postJson(concrete, "{}", ServerFixture.bearer());
                        default -> f.putJson(concrete, "{}", ServerFixture.bearer());
                    };
                    assertThat(op.getValue().get("responses").has(String.valueOf(response.statusCode())))
                            .as(op.getKey() + " " + concrete + " answered " + response.statusCode() + ": "
                                    + response.body()).isTrue();
                }
            }
        }
    }
}
