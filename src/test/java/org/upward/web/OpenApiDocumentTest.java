package org.upward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.upward.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document integrators generate clients from says, for every operation, what it does, how to
 * authenticate and what problems it answers, and a list's page shape. Writes the document to
 * {@code target/api-docs.json} for the lint ({@code npx @redocly/cli lint target/api-docs.json}).
 */
class OpenApiDocumentTest extends IntegrationTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** The only operations under /api/v1 SecurityConfig lets anyone call. */
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/invitations/{token}");

    @Test
    void everyOperationHasASummarySecurityProblemsAndItsPageShape() throws Exception {
        String json = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "api-docs.json"), json);
        JsonNode doc = JsonMapper.builder().build().readTree(json);

        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerAuth").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("basicAuth").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        JsonNode fieldProblem = resolve(
                doc,
                resolve(doc, problemSchema(doc))
                        .path("properties")
                        .path("errors")
                        .path("items"));
        assertThat(fieldProblem.path("properties").has("field")).isTrue();
        assertThat(fieldProblem.path("properties").has("message")).isTrue();

        List<String> faults = new ArrayList<>();
        Set<String> open = new TreeSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                if (operation.path("summary").asString("").isBlank()) {
                    faults.add(name + ": no summary");
                }
                JsonNode security = operation.has("security") ? operation.get("security") : doc.path("security");
                if (security.isArray() && security.isEmpty() && operation.has("security")) {
                    open.add(name);
                } else if (!requires(security, "bearerAuth") || !requires(security, "basicAuth")) {
                    faults.add(name + ": no bearerAuth and basicAuth requirement");
                }
                if (!hasProblemResponse(operation)) {
                    faults.add(name + ": no 4xx application/problem+json response");
                }
                if (pages(operation)) {
                    JsonNode ok = resolve(
                            doc,
                            operation
                                    .path("responses")
                                    .path("200")
                                    .path("content")
                                    .path("application/json")
                                    .path("schema"));
                    for (String field : List.of("items", "page", "size", "total")) {
                        if (!ok.path("properties").has(field)) {
                            faults.add(name + ": pages but its 200 has no " + field);
                        }
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(80);
        assertThat(faults).isEmpty();
        assertThat(open).isEqualTo(PUBLIC);
    }

    private static JsonNode problemSchema(JsonNode doc) {
        JsonNode responses =
                doc.path("paths").path("/api/v1/people").path("post").path("responses");
        return responses
                .path("422")
                .path("content")
                .path("application/problem+json")
                .path("schema");
    }

    private static boolean requires(JsonNode security, String scheme) {
        for (JsonNode requirement : security) {
            if (requirement.has(scheme)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProblemResponse(JsonNode operation) {
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("4")
                    && response.getValue().path("content").has("application/problem+json")) {
                return true;
            }
        }
        return false;
    }

    private static boolean pages(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        operation
                .path("parameters")
                .forEach(parameter -> names.add(parameter.path("name").asString()));
        return names.contains("page") && names.contains("size");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        JsonNode target = doc;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
