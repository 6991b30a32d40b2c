package dk.pejling.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPA, its deep links, the operational endpoints and the security headers, all on one port. */
@QuarkusTest
class HttpRoutingTest {

    @Test
    void theSpaIsServedAtTheRoot() {
        given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html"));
    }

    @Test
    void aDeepLinkIsServedByTheSpa() {
        String root = given().when().get("/").then().extract().asString();
        given().when().get("/rapporter/123")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(equalTo(root));
    }

    @Test
    void healthOpenApiAndSwaggerAreThere() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("Pejling API"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().when().get("/api/settings")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("accessibilityStatementUrl", containsString("http"));
    }

    @Test
    void onlyPathsWithoutAFileExtensionOutsideApiAndQAreClientRoutes() {
        assertTrue(HttpRouting.isClientRoute("/rapporter/123"));
        assertTrue(HttpRouting.isClientRoute("/login"));
        assertFalse(HttpRouting.isClientRoute("/"));
        assertFalse(HttpRouting.isClientRoute("/api/me"));
        assertFalse(HttpRouting.isClientRoute("/q/health"));
        assertFalse(HttpRouting.isClientRoute("/assets/index-abc.js"));
    }
}
