package org.backoffice.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's heading and how clients authenticate; served at /api/docs, shown at /api/docs/ui. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {
    @Bean
    OpenAPI backofficeApi() {
        String version = ApiDocs.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Backoffice API")
                        .version(version == null ? "development" : version)
                        .description("Documents that post to one multi-asset double-entry ledger. Errors are RFC 9457"
                                + " problem details with a field-level \"errors\" list."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token: Authorization: Bearer bo_..."))
                        .addSecuritySchemes(
                                "password",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("password"));
    }
}
