package org.upward.people.internal;

import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SCIM's discovery endpoints (RFC 7644 §4): what the service supports, its schemas and its one resource type. */
@RestController
@RequestMapping("/scim/v2")
@Tag(name = "SCIM provisioning")
class ScimDiscoveryApiController {

    @Operation(summary = "What Upward's SCIM service supports")
    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() throws ScimException {
        return ScimErrors.json(HttpStatus.OK, ScimSchemas.serviceProviderConfig());
    }

    @Operation(summary = "The SCIM schemas: User and the enterprise extension")
    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() {
        return ScimErrors.json(HttpStatus.OK, new ListResponse<>(ScimSchemas.all()));
    }

    @Operation(summary = "One SCIM schema by its URN")
    @GetMapping("/Schemas/{id}")
    ResponseEntity<String> schema(@PathVariable String id) throws ScimException {
        SchemaResource schema = ScimSchemas.all().stream()
                .filter(candidate -> candidate.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("No schema " + id));
        return ScimErrors.json(HttpStatus.OK, schema);
    }

    @Operation(summary = "The SCIM resource types: User")
    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        return ScimErrors.json(HttpStatus.OK, new ListResponse<>(List.of(ScimSchemas.USERS.toScimResource())));
    }

    @Operation(summary = "One SCIM resource type by name")
    @GetMapping("/ResourceTypes/{name}")
    ResponseEntity<String> resourceType(@PathVariable String name) throws ScimException {
        ResourceTypeResource users = ScimSchemas.USERS.toScimResource();
        if (!users.getName().equals(name)) {
            throw new ResourceNotFoundException("No resource type " + name);
        }
        return ScimErrors.json(HttpStatus.OK, users);
    }
}
