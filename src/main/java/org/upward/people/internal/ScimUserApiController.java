package org.upward.people.internal;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SCIM 2.0 Users (RFC 7644) for an identity provider, with a provisioning token. Bodies are read and written by
 * the SCIM SDK's own Jackson, as {@code application/scim+json}; errors are SCIM errors ({@link ScimErrors}).
 */
@RestController
@RequestMapping("/scim/v2/Users")
@Tag(name = "SCIM provisioning", description = "SCIM 2.0 for Microsoft Entra ID and Okta; a provisioning token")
class ScimUserApiController {

    private final ScimUsers users;

    ScimUserApiController(ScimUsers users) {
        this.users = users;
    }

    @Operation(summary = "List or find Users (filter=userName eq \"…\")")
    @GetMapping
    ResponseEntity<String> list(
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) Integer startIndex,
            @RequestParam(required = false) Integer count)
            throws ScimException {
        return ScimErrors.json(HttpStatus.OK, users.list(filter, startIndex, count));
    }

    @Operation(summary = "Get a User")
    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable String id) throws ScimException {
        return ScimErrors.json(HttpStatus.OK, users.get(id));
    }

    @Operation(summary = "Create a User (a person in the directory)")
    @PostMapping
    ResponseEntity<String> create(@RequestBody(required = false) String body) throws ScimException {
        UserResource user = users.create(ScimQuirks.user(ScimQuirks.readObject(body)));
        return ResponseEntity.created(URI.create(ScimUserMapping.LOCATION + user.getId()))
                .contentType(ScimErrors.SCIM_JSON)
                .body(ScimErrors.write(user));
    }

    @Operation(summary = "Replace a User")
    @PutMapping("/{id}")
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody(required = false) String body)
            throws ScimException {
        return ScimErrors.json(HttpStatus.OK, users.replace(id, ScimQuirks.user(ScimQuirks.readObject(body))));
    }

    @Operation(summary = "Change some of a User's attributes (active: false records that the person left)")
    @PatchMapping("/{id}")
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody(required = false) String body)
            throws ScimException {
        PatchRequest request;
        try {
            request = JsonUtils.getObjectReader()
                    .forType(PatchRequest.class)
                    .readValue(ScimQuirks.patch(ScimQuirks.readObject(body)));
        } catch (IOException | IllegalArgumentException e) {
            throw BadRequestException.invalidSyntax("The body is not a SCIM PatchOp message");
        }
        return ScimErrors.json(HttpStatus.OK, users.patch(id, request));
    }

    @Operation(summary = "Delete a User: the person is recorded as having left; their history stays")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) throws ScimException {
        users.delete(id);
        return ResponseEntity.noContent().build();
    }
}
