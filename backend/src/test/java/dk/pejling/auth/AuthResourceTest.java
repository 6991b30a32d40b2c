package dk.pejling.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/auth/login");
    }

    @Test
    void loginWithTheRightPasswordGivesATokenAndTheUser() {
        login("hr@demo.pejling.dk", "demo1234").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("token", notNullValue())
                .body("expiresAt", notNullValue())
                .body("user.email", equalTo("hr@demo.pejling.dk"))
                .body("user.name", equalTo("Camilla Thorsen"))
                .body("user.organisation.name", equalTo("Demo Kommune"))
                .body("user.roles", containsInAnyOrder("hr", "admin"));
    }

    @Test
    void loginIgnoresTheCaseOfTheEmail() {
        login("Chef@Demo.Pejling.dk", "demo1234").then().statusCode(200)
                .body("user.roles", containsInAnyOrder("manager", "leader"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameProblem() {
        Response wrongPassword = login("leder@demo.pejling.dk", "not-the-password");
        Response unknownEmail = login("nobody@demo.pejling.dk", "demo1234");
        wrongPassword.then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:login-failed"))
                .body("title", equalTo("Forkert e-mail eller adgangskode"));
        unknownEmail.then().statusCode(401).contentType("application/problem+json");
        assertEquals(wrongPassword.jsonPath().getMap("$"), unknownEmail.jsonPath().getMap("$"));
    }

    @Test
    void meReturnsThePersonOrganisationAndRoles() {
        String token = login("leder@demo.pejling.dk", "demo1234").then().extract().path("token");
        String personId = login("leder@demo.pejling.dk", "demo1234").then().extract().path("user.id");
        given().auth().oauth2(token)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("id", equalTo(personId))
                .body("name", equalTo("Lars Holm Nielsen"))
                .body("email", equalTo("leder@demo.pejling.dk"))
                .body("organisation.name", equalTo("Demo Kommune"))
                .body("roles", containsInAnyOrder("leader"));
    }

    @Test
    void loginValidatesEachFieldAndNamesIt() {
        given().contentType(ContentType.JSON).body("{\"email\":\"\",\"password\":\"x\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:validation"))
                .body("errors.field", containsInAnyOrder("email"));
        given().contentType(ContentType.JSON).body("{\"email\":\"a@b.dk\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("password"));
    }

    @Test
    void loginRejectsFieldsItDoesNotKnow() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"hr@demo.pejling.dk\",\"password\":\"demo1234\",\"roles\":[\"admin\"]}")
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("roles"));
    }

    @Test
    void loginWithoutABodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
