package org.upward.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document ({@code /v3/api-docs}) says about the API as a whole: its title, and that every
 * operation takes an API token ({@code bearerAuth}) or HTTP Basic ({@code basicAuth}) unless it is marked public
 * with an empty {@code @SecurityRequirements}. {@link OpenApiProblemResponses} adds each operation's problem answers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI upwardOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Upward API")
                        .version("v1")
                        .description("Reverse mentoring programs: people, programs, pairs, sessions, assessments,"
                                + " surveys and their impact. Errors are RFC 9457 problem details; lists are"
                                + " paged as {items, page, size, total}."))
                // relative: the server this document is read from, whatever its host name
                .addServersItem(new Server().url("/").description("This Upward server"))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token from POST /api/v1/tokens:"
                                                + " Authorization: Bearer <token>"))
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Email and password (throttled like the login page)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
