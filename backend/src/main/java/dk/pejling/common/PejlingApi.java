package dk.pejling.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's identity in the OpenAPI document; paths are declared on the resources themselves. */
@OpenAPIDefinition(info = @Info(
        title = "Pejling API",
        version = "0.1.0",
        description = "Leader evaluation for Danish municipalities and regions: value frameworks, evaluation rounds, "
                + "anonymous surveys, leader reports and the LUS. Every error is application/problem+json (RFC 9457). "
                + "Authenticate with POST /api/auth/login and send the token as `Authorization: Bearer <token>`.",
        contact = @Contact(name = "Pejling"),
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "A JWT from POST /api/auth/login or a single sign-on, signed with RS256 and checked as RFC8725 "
                + "recommends: a fixed algorithm, issuer, audience, expiry and not-before")
public class PejlingApi extends Application {
}
