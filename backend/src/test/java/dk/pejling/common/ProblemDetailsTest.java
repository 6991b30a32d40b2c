package dk.pejling.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dk.pejling.testing.FailingResource;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every error from /api is application/problem+json with type, title, status and detail (RFC 9457). */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void anUnknownApiPathIsAProblem404() {
        given().when().get("/api/does-not-exist")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:not-found"))
                .body("title", equalTo("Findes ikke"))
                .body("status", equalTo(404))
                .body("detail", notNullValue());
    }

    @Test
    void theTitleFollowsTheRequestedLanguage() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/api/does-not-exist")
                .then().statusCode(404).body("title", equalTo("Not found"));
        given().header("Accept-Language", "da-DK,en;q=0.5")
                .when().get("/api/does-not-exist")
                .then().statusCode(404).body("title", equalTo("Findes ikke"));
    }

    @Test
    void aWrongMethodIsAProblem405() {
        given().when().delete("/api/auth/login")
                .then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    /** An empty body that is not JSON reached the validation extension's own report, without a problem. */
    @Test
    void anEmptyBodyOfAnotherTypeIsAProblemNamingTheBody() {
        for (String path : java.util.List.of("/api/auth/sso/exchange", "/api/auth/password-reset")) {
            given().contentType(ContentType.TEXT).body("")
                    .when().post(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", containsString("validation"))
                    .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
        }
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem415() {
        given().contentType(ContentType.TEXT).body("email=a")
                .when().post("/api/auth/login")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblem400() {
        given().contentType(ContentType.JSON).body("{\"email\": \"a@b.dk\", ")
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:malformed-json"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"email\": [1,2], \"password\": \"x\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void unauthenticatedAndForbiddenAreProblems() {
        given().when().get("/api/org/units")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .when().get("/api/org/units")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnexpectedErrorIsAProblem500WithoutInternals() {
        given().when().get("/api/test-only/fail")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:internal"))
                .body("detail", containsString("Error id"))
                .body(allOf(not(containsString(FailingResource.SECRET)),
                        not(containsString("IllegalStateException")),
                        not(containsString("at dk.pejling"))));
    }
}
