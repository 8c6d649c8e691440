package org.upward.people.internal;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.SchemaUtils;
import com.unboundid.scim2.server.utils.ResourceTypeDefinition;
import com.unboundid.scim2.server.utils.SchemaChecker;
import java.beans.IntrospectionException;
import java.net.URI;
import java.util.List;

/**
 * What Upward's SCIM service offers, from the SDK's own definitions: the core User schema with the enterprise
 * extension, and a service provider configuration that says PATCH and filtering work, bulk, sorting, ETags and
 * password changes do not, and that the client authenticates with a bearer token.
 */
final class ScimSchemas {

    static final int MAX_RESULTS = 200;

    static final SchemaResource USER;
    static final SchemaResource ENTERPRISE_USER;
    static final ResourceTypeDefinition USERS;

    static {
        try {
            USER = SchemaUtils.getSchema(UserResource.class);
            ENTERPRISE_USER = SchemaUtils.getSchema(EnterpriseUserExtension.class);
        } catch (IntrospectionException e) {
            throw new IllegalStateException("The SCIM SDK's own schemas cannot be read", e);
        }
        USERS = new ResourceTypeDefinition.Builder("User", "/Users")
                .setId("User")
                .setDescription("A person in Upward's people directory")
                .setCoreSchema(USER)
                .addOptionalSchemaExtension(ENTERPRISE_USER)
                .build();
    }

    private ScimSchemas() {}

    /** A checker of request bodies against the User schema; attributes no schema defines are refused. */
    static SchemaChecker checker() {
        return new SchemaChecker(USERS);
    }

    static List<SchemaResource> all() {
        return List.of(USER, ENTERPRISE_USER);
    }

    static ServiceProviderConfigResource serviceProviderConfig() throws ScimException {
        return new ServiceProviderConfigResource(
                null,
                new PatchConfig(true),
                new BulkConfig(false, 0, 0),
                new FilterConfig(true, MAX_RESULTS),
                new ChangePasswordConfig(false),
                new SortConfig(false),
                new ETagConfig(false),
                List.of(new AuthenticationScheme(
                        "OAuth Bearer Token",
                        "A provisioning token an Upward admin created for the identity provider",
                        URI.create("https://www.rfc-editor.org/rfc/rfc6750"),
                        null,
                        "oauthbearertoken",
                        true)));
    }
}
