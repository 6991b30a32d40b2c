package dk.pejling.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operator reads nothing inside an organisation: every operation of the API document, except the few that are
 * the operator's own or open to anyone, refuses an operator's token with 403 (or 404). Driven by the served
 * document, so a new endpoint is covered the day it appears.
 */
@QuarkusTest
class OperatorRefusedEverywhereTest {

    /** Operations an operator may call: its own, logging in, and the public ones. */
    private static final Set<String> OPEN = Set.of("login", "me", "setPassword", "requestPasswordReset",
            "listOrganisations", "createOrganisation", "deactivateOrganisation", "resendAdminInvitation",
            "getSettings", "settings", "getSurvey", "saveSurveyDraft", "submitSurvey", "getMeetingQuestion",
            "answerMeeting", "ssoLogin", "ssoCallback", "ssoExchange", "ssoDiscover");

    @Test
    void everyOrganisationOperationRefusesAnOperator() {
        String operator = Tokens.login(OrganisationsResourceTest.OPERATOR);
        JsonPath api = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey();
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                String id = String.valueOf(operation.getValue().get("operationId"));
                if (OPEN.contains(id)) {
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                RequestSpecification request = given().auth().oauth2(operator);
                if (operation.getValue().containsKey("requestBody")) {
                    String type = String.valueOf(operation.getValue().get("requestBody")).contains("text/csv")
                            ? "text/csv" : "application/json";
                    request = request.contentType(type).body(type.equals("text/csv") ? "a;b\n" : "{}");
                }
                int status = request.request(method.toUpperCase(), url).statusCode();
                checked++;
                if (status != 403 && status != 404) {
                    wrong.add(method.toUpperCase() + " " + path.getKey() + " (" + id + ") → " + status);
                }
            }
        }
        assertEquals(List.of(), wrong, "operations that did not refuse an operator (of " + checked + " checked)");
        org.junit.jupiter.api.Assertions.assertTrue(checked > 30, "checked only " + checked);
    }
}
