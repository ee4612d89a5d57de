package dk.spor.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the JSON API served at /v3/api-docs and shown at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI sporOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Spor API").version("v1")
                        .description("""
                                Spors JSON-API til børn og sager. Samme adgangsregler som i brugerfladen: du ser kun \
                                de børn og sager, din rolle og dine teams giver adgang til; alt andet svarer 404. \
                                Hvert opslag i et barns oplysninger bliver logget. Log ind med HTTP Basic \
                                (brugernavn og adgangskode). Fejl returneres som problem details (RFC 9457).

                                Spor's JSON API for children and cases. The same access rules as the user interface: \
                                you see only the children and cases your role and teams give access to; anything else \
                                answers 404. Every read of a child's data is logged. Sign in with HTTP Basic. Errors are \
                                problem details (RFC 9457)."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Spor-brugernavn og adgangskode / Spor username and password")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
