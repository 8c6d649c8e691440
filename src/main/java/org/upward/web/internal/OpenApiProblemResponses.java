package org.upward.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the RFC 9457 problems the API answers on every operation they apply to: 400 (bad query parameter
 * or address), 401 and 403 unless the operation is public or the caller's own, 404 with an id in the path, 409
 * on changes, 422 with a body, 413 on uploads and 410 on invitations; all as {@code application/problem+json}
 * with the {@code errors: [{field, message}]} list.
 */
@Component
class OpenApiProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM = "application/problem+json";

    private static final Map<String, String> ANSWERS = new LinkedHashMap<>(Map.of(
            "400", "Invalid query parameter, malformed JSON or address: the fields are named in errors",
            "401", "Missing or invalid credentials",
            "403", "The caller's role or relation to the object does not allow the call",
            "404", "No such object (or not one the caller may see)",
            "409", "Conflict: a duplicate, a refused lifecycle step or a stale version",
            "410", "The invitation was used or has expired",
            "413", "The upload is over 10 MB",
            "422", "The body is invalid: the fields are named in errors"));

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas("FieldProblem", fieldProblem()).addSchemas("Problem", problem());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        boolean open =
                operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean own = path.startsWith("/api/v1/me") || path.startsWith("/api/v1/tokens");
        boolean change = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        add(operation, "400", true);
        add(operation, "401", !open);
        add(operation, "403", !open && !own);
        add(operation, "404", path.contains("{"));
        add(operation, "409", change && !open);
        add(operation, "410", path.startsWith("/api/v1/invitations/"));
        add(operation, "413", path.endsWith("/import"));
        add(operation, "422", operation.getRequestBody() != null || path.endsWith("/import"));
    }

    private static void add(Operation operation, String status, boolean applies) {
        if (!applies || operation.getResponses().containsKey(status)) {
            return;
        }
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/Problem");
        operation
                .getResponses()
                .addApiResponse(
                        status,
                        new ApiResponse()
                                .description(ANSWERS.get(status))
                                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(schema))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().description("A URI naming the kind of problem"))
                .addProperty("title", new StringSchema().description("The problem in a few words"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, in a sentence"))
                .addProperty("instance", new StringSchema().description("The address called"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                                .description("Each invalid field and why (validation problems only)"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One invalid field of a request")
                .addProperty("field", new StringSchema().description("The field's name or JSON path"))
                .addProperty("message", new StringSchema().description("What the field takes"))
                .addProperty(
                        "line", new IntegerSchema().description("The CSV line (1 is the header, 0 the whole file)"));
    }
}
