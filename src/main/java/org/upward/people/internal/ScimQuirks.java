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
 * manager as a bare id ({@code "value": "42"}) instead of {@code {"value": "42"}}. (Its capitalised
 * {@code "Replace"} and {@code "Add"} ops the SDK reads as they are.)
 */
final class ScimQuirks {

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
            if (path.isEmpty() && value instanceof ObjectNode values) {
                booleanActive(values);
            } else if (path.equalsIgnoreCase("active") && value != null && value.isTextual()) {
                op.set("value", bool(value));
            } else if (path.toLowerCase(Locale.ROOT).endsWith("manager") && value != null && value.isTextual()) {
                op.set("value", JsonUtils.getJsonNodeFactory().objectNode().put("value", value.textValue()));
            }
        }
        return patch;
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
