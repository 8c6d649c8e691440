package org.upward.people.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.utils.JsonUtils;
import java.io.IOException;
import java.util.Locale;

/**
 * What identity providers send that the SCIM schema does not quite allow, made right before the SDK reads it:
 * Microsoft Entra ID sends {@code active} as the string {@code "False"} or {@code "True"}, and the enterprise
 * manager as {@code "path": "manager"} with a bare id or a one-element array instead of {@code {"value": "42"}}. (Its capitalised
 * {@code "Replace"} and {@code "Add"} ops the SDK reads as they are.)
 */
final class ScimQuirks {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String MANAGER = ENTERPRISE + ":manager";

    private ScimQuirks() {}

    static ObjectNode readObject(String body) throws BadRequestException {
        JsonNode node;
        try {
            node = body == null || body.isBlank()
                    ? null
                    : JsonUtils.getObjectReader().readTree(body);
        } catch (IOException e) {
            throw BadRequestException.invalidSyntax("The body is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw BadRequestException.invalidSyntax("The body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** A User as POST and PUT send it. */
    static ObjectNode user(ObjectNode user) {
        booleanActive(user);
        if (user.get(ENTERPRISE) instanceof ObjectNode enterprise && enterprise.hasNonNull("manager")) {
            enterprise.set("manager", manager(enterprise.get("manager")));
        }
        return user;
    }

    /** A PatchOp message. */
    static ObjectNode patch(ObjectNode patch) {
        JsonNode operations = patch.get("Operations");
        if (operations == null || !operations.isArray()) {
            return patch;
        }
        for (JsonNode operation : operations) {
            if (!(operation instanceof ObjectNode op)) {
                continue;
            }
            String path = op.path("path").asText("");
            JsonNode value = op.get("value");
            if (addsToOneValue(op.path("op").asText(""), path)) {
                // RFC 7644 §3.5.2.1: adding to a single value that is there replaces it
                op.put("op", "replace");
            }
            if (path.isEmpty() && value instanceof ObjectNode values) {
                booleanActive(values);
            } else if (path.equalsIgnoreCase("active") && value != null && value.isTextual()) {
                op.set("value", bool(value));
            } else if (path.equalsIgnoreCase("manager")
                    || path.toLowerCase(Locale.ROOT).endsWith(":manager")) {
                op.put("path", MANAGER);
                if (value != null) {
                    // the manager is single-valued: adding one replaces the one there (RFC 7644 §3.5.2.1)
                    op.put("op", "replace");
                    op.set("value", manager(value));
                }
            }
        }
        return patch;
    }

    /**
     * The manager as the schema has it, {@code {"value": id, "$ref": uri}} ({@code $ref} is required there), from
     * Entra's bare id or its one-element array ({@code [{"$ref": null, "value": id}]}).
     */
    private static JsonNode manager(JsonNode value) {
        JsonNode one = value.isArray() && value.size() == 1 ? value.get(0) : value;
        if (one.isTextual()) {
            one = JsonUtils.getJsonNodeFactory().objectNode().put("value", one.textValue());
        }
        if (one instanceof ObjectNode object
                && object.path("value").isTextual()
                && !object.path("$ref").isTextual()) {
            object.put("$ref", ScimUserMapping.LOCATION + object.get("value").textValue());
        }
        return one;
    }

    /** Entra adds to a sub-attribute of a filtered multi-valued one ({@code emails[type eq "work"].value}). */
    private static boolean addsToOneValue(String op, String path) {
        return op.equalsIgnoreCase("add") && path.matches(".*\\]\\.[A-Za-z$]+");
    }

    private static void booleanActive(ObjectNode user) {
        JsonNode active = user.get("active");
        if (active != null && active.isTextual()) {
            user.set("active", bool(active));
        }
    }

    private static JsonNode bool(JsonNode text) {
        String value = text.textValue().trim();
        if (value.equalsIgnoreCase("true")) {
            return BooleanNode.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return BooleanNode.FALSE;
        }
        return text;
    }
}
