package dk.pejling.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: an endpoint that fails unexpectedly, to see what a client gets from a 500. */
@Path("/api/test-only/fail")
@PermitAll
public class FailingResource {

    public static final String SECRET = "connection string with a password";

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
