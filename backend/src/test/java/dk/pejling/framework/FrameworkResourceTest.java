package dk.pejling.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.testing.Fixtures;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The framework editor's rules, through the API: versioning, identity, freeze, limits, roles, tenancy. */
@QuarkusTest
class FrameworkResourceTest {

    @Inject
    Fixtures fixtures;

    private String hr;

    @BeforeEach
    void login() {
        hr = Tokens.login("hr@demo.pejling.dk");
    }

    private RequestSpecification asHr() {
        return given().auth().oauth2(hr).contentType(ContentType.JSON);
    }

    private JsonPath createEmpty(String name) {
        return asHr().body(Map.of("name", name)).when().post("/api/frameworks")
                .then().statusCode(201).extract().jsonPath();
    }

    private JsonPath addValue(String id, String title) {
        return asHr().body(Map.of("title", title)).when().post("/api/frameworks/" + id + "/values")
                .then().statusCode(201).extract().jsonPath();
    }

    private JsonPath addStatement(String id, String valueId, String text) {
        return asHr().body(Map.of("text", text, "selfText", "Jeg " + text.substring("Min leder ".length())))
                .when().post("/api/frameworks/" + id + "/values/" + valueId + "/statements")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A draft with two values and three statements. */
    private JsonPath smallDraft(String name) {
        String id = createEmpty(name).getString("id");
        String synlig = addValue(id, "Synlig").getString("values[0].id");
        String modig = addValue(id, "Modig").getString("values[1].id");
        addStatement(id, synlig, "Min leder er tydelig i sin kommunikation");
        addStatement(id, synlig, "Min leder er tilgængelig");
        return addStatement(id, modig, "Min leder tager de nødvendige konflikter");
    }

    @Test
    void theKodeksTemplateCreatesADraftWithElevenValuesAndSuggestedStatements() {
        JsonPath f = asHr().body(Map.of("template", "kodeks-for-god-ledelse")).when().post("/api/frameworks")
                .then().statusCode(201).header("Location", containsString("/api/frameworks/"))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("templateKey", equalTo("kodeks-for-god-ledelse"))
                .body("name", equalTo("Kodeks for god ledelse"))
                .body("values", hasSize(11))
                .extract().jsonPath();
        for (int i = 0; i < 11; i++) {
            int statements = f.getList("values[" + i + "].statements").size();
            assertTrue(statements >= 2 && statements <= 4, "value " + (i + 1) + " has " + statements);
            assertEquals(i + 1, f.getInt("values[" + i + "].kodeksPoint"));
            assertTrue(f.getString("values[" + i + "].statements[0].text").startsWith("Min leder "));
            assertTrue(f.getString("values[" + i + "].statements[0].selfText").startsWith("Jeg "));
            // The value as the respondent reads it, beside the leader's own "Jeg …".
            assertTrue(f.getString("values[" + i + "].respondentTitle").startsWith("Min leder "));
            assertTrue(f.getString("values[" + i + "].respondentTitleEn").startsWith("My leader "));
        }
        assertEquals("Min leder påtager sig sit lederskab", f.getString("values[0].respondentTitle"));

        // HR words it locally; a new version, the export and an import keep it; too long names the field.
        String id = f.getString("id");
        String valueId = f.getString("values[0].id");
        Map<String, Object> value = new java.util.HashMap<>(Map.of("title", f.getString("values[0].title"),
                "respondentTitle", "Min leder tager ansvar for ledelsen"));
        asHr().body(value).when().put("/api/frameworks/" + id + "/values/" + valueId).then().statusCode(200)
                .body("values[0].respondentTitle", equalTo("Min leder tager ansvar for ledelsen"));
        String exported = asHr().when().get("/api/frameworks/" + id + "/export").then().statusCode(200)
                .extract().asString();
        asHr().body(exported).when().post("/api/frameworks/import").then().statusCode(201)
                .body("values[0].respondentTitle", equalTo("Min leder tager ansvar for ledelsen"));
        value.put("respondentTitle", "x".repeat(201));
        asHr().body(value).when().put("/api/frameworks/" + id + "/values/" + valueId).then().statusCode(400)
                .body("errors[0].field", equalTo("respondentTitle"));
    }

    @Test
    void templatesAreListedWithTheirDilemmas() {
        asHr().when().get("/api/templates").then().statusCode(200)
                .body("key", hasItem("kodeks-for-god-ledelse"))
                .body("find { it.key == 'kodeks-for-god-ledelse' }.valueCount", equalTo(11));
        JsonPath t = asHr().when().get("/api/templates/kodeks-for-god-ledelse").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> numbers = t.getList("dilemmas.number", Integer.class);
        assertTrue(numbers.contains(1) && !numbers.contains(6) && !numbers.contains(11), numbers.toString());
        assertEquals(List.of(3), t.getList("dilemmas.find { it.number == 12 }.values", Integer.class));
        assertTrue(t.getList("dilemmas.find { it.number == 10 }.values", Integer.class).contains(3));
        asHr().when().get("/api/templates/no-such-template").then().statusCode(404);
    }

    @Test
    void anUnknownTemplateIsAFieldError() {
        asHr().body(Map.of("template", "no-such-template")).when().post("/api/frameworks")
                .then().statusCode(400).body("errors[0].field", equalTo("template"));
    }

    @Test
    void aFrameworkFromScratchNeedsAName() {
        asHr().body(Map.of("description", "uden navn")).when().post("/api/frameworks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void valuesAndStatementsAreAddedInOrderAndReturnedAsATree() {
        JsonPath f = smallDraft("Vores ledelsesgrundlag");
        assertEquals(List.of("Synlig", "Modig"), f.getList("values.title"));
        assertEquals("Min leder er tilgængelig", f.getString("values[0].statements[1].text"));
        assertEquals("Jeg er tilgængelig", f.getString("values[0].statements[1].selfText"));
        given().auth().oauth2(hr).when().get("/api/frameworks/" + f.getString("id"))
                .then().statusCode(200).body("values[1].statements[0].text",
                        equalTo("Min leder tager de nødvendige konflikter"));
    }

    @Test
    void limitsAnswer400NamingTheField() {
        JsonPath f = smallDraft("Grænser");
        String id = f.getString("id");
        String synlig = f.getString("values[0].id");
        asHr().body(Map.of("text", "Min", "selfText", "Jeg er tydelig"))
                .when().post("/api/frameworks/" + id + "/values/" + synlig + "/statements")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        asHr().body(Map.of("text", "Min leder " + "x".repeat(300), "selfText", "Jeg er tydelig"))
                .when().post("/api/frameworks/" + id + "/values/" + synlig + "/statements")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        asHr().body(Map.of("text", "Min leder er tydelig i sin kommunikation.", "selfText", "Jeg er tydelig"))
                .when().post("/api/frameworks/" + id + "/values/" + synlig + "/statements")
                .then().statusCode(400).body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("Synlig"));
        asHr().body(Map.of("title", "")).when().post("/api/frameworks/" + id + "/values")
                .then().statusCode(400).body("errors.field", hasItem("title"));
        asHr().body(Map.of("title", "Synlig", "colour", "red")).when().post("/api/frameworks/" + id + "/values")
                .then().statusCode(400).body("errors.field", hasItem("colour"));
    }

    @Test
    void atMostFifteenValuesAndTenStatementsPerValue() {
        String id = createEmpty("Mange værdier").getString("id");
        String first = null;
        for (int i = 1; i <= 15; i++) {
            JsonPath f = addValue(id, "Værdi " + i);
            first = f.getString("values[0].id");
        }
        asHr().body(Map.of("title", "Værdi 16")).when().post("/api/frameworks/" + id + "/values")
                .then().statusCode(400).body("errors.field", hasItem("values"));
        for (int i = 1; i <= 10; i++) {
            addStatement(id, first, "Min leder gør ting nummer " + i);
        }
        asHr().body(Map.of("text", "Min leder gør ting nummer 11", "selfText", "Jeg gør ting nummer 11"))
                .when().post("/api/frameworks/" + id + "/values/" + first + "/statements")
                .then().statusCode(400).body("errors.field", hasItem("statements"));
    }

    @Test
    void publishingNeedsAStatementUnderEveryValue() {
        String id = smallDraft("Mangler udsagn").getString("id");
        addValue(id, "Tom værdi");
        asHr().when().post("/api/frameworks/" + id + "/publish")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("values[2].statements"));
    }

    @Test
    void aPublishedVersionIsFrozen() {
        JsonPath f = smallDraft("Frosset");
        String id = f.getString("id");
        String value = f.getString("values[0].id");
        String statement = f.getString("values[0].statements[0].id");
        asHr().when().post("/api/frameworks/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", not(equalTo(null)));
        asHr().body(Map.of("name", "Nyt navn")).when().put("/api/frameworks/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("/versions"));
        asHr().body(Map.of("title", "Ny")).when().post("/api/frameworks/" + id + "/values").then().statusCode(409);
        asHr().body(Map.of("title", "Ny")).when().put("/api/frameworks/" + id + "/values/" + value).then()
                .statusCode(409);
        asHr().when().delete("/api/frameworks/" + id + "/values/" + value).then().statusCode(409);
        asHr().body(Map.of("text", "Min leder er helt anderledes", "selfText", "Jeg er helt anderledes"))
                .when().put("/api/frameworks/" + id + "/values/" + value + "/statements/" + statement)
                .then().statusCode(409);
        asHr().when().delete("/api/frameworks/" + id + "/values/" + value + "/statements/" + statement)
                .then().statusCode(409);
        asHr().when().post("/api/frameworks/" + id + "/publish").then().statusCode(409);
        asHr().when().delete("/api/frameworks/" + id).then().statusCode(409);
        given().auth().oauth2(hr).when().get("/api/frameworks/" + id)
                .then().statusCode(200).body("name", equalTo("Frosset"))
                .body("values[0].statements[0].text", equalTo("Min leder er tydelig i sin kommunikation"));
    }

    @Test
    void aNewVersionKeepsStatementIdentityUntilTheWordingChanges() {
        JsonPath v1 = smallDraft("Versioneret");
        String v1Id = v1.getString("id");
        asHr().when().post("/api/frameworks/" + v1Id + "/publish").then().statusCode(200);

        JsonPath v2 = asHr().when().post("/api/frameworks/" + v1Id + "/versions")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("version", equalTo(2))
                .body("frameworkId", equalTo(v1.getString("frameworkId")))
                .extract().jsonPath();
        String v2Id = v2.getString("id");
        assertNotEquals(v1Id, v2Id);
        assertEquals(identities(v1), identities(v2));
        assertNotEquals(v1.getString("values[0].statements[0].id"), v2.getString("values[0].statements[0].id"));

        asHr().when().post("/api/frameworks/" + v1Id + "/versions").then().statusCode(409);

        String value = v2.getString("values[0].id");
        String statement = v2.getString("values[0].statements[0].id");
        String original = v2.getString("values[0].statements[0].identity");
        String url = "/api/frameworks/" + v2Id + "/values/" + value + "/statements/" + statement;

        JsonPath selfOnly = asHr().body(Map.of("text", "Min leder er tydelig i sin kommunikation",
                "selfText", "Jeg er altid tydelig i min kommunikation")).when().put(url)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(original, selfOnly.getString("values[0].statements[0].identity"));

        JsonPath reworded = asHr().body(Map.of("text", "Min leder forklarer beslutninger, så jeg forstår dem",
                "selfText", "Jeg forklarer beslutninger, så de bliver forstået")).when().put(url)
                .then().statusCode(200).extract().jsonPath();
        assertNotEquals(original, reworded.getString("values[0].statements[0].identity"));
        assertEquals(v1.getString("values[0].statements[1].identity"),
                reworded.getString("values[0].statements[1].identity"));

        JsonPath back = asHr().body(Map.of("text", "Min leder er tydelig i sin kommunikation",
                "selfText", "Jeg er tydelig i min kommunikation")).when().put(url)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(original, back.getString("values[0].statements[0].identity"));

        asHr().when().post("/api/frameworks/" + v2Id + "/publish").then().statusCode(200);
        given().auth().oauth2(hr).when().get("/api/frameworks/" + v1Id)
                .then().statusCode(200).body("status", equalTo("ARCHIVED"))
                .body("versions.status", equalTo(List.of("ARCHIVED", "PUBLISHED")));
    }

    private static List<String> identities(JsonPath f) {
        List<String> ids = new ArrayList<>();
        int values = f.getList("values").size();
        for (int i = 0; i < values; i++) {
            ids.addAll(f.getList("values[" + i + "].statements.identity", String.class));
        }
        return ids;
    }

    @Test
    void valuesAndStatementsCanBeReordered() {
        JsonPath f = smallDraft("Rækkefølge");
        String id = f.getString("id");
        List<String> valueIds = new ArrayList<>(f.getList("values.id", String.class));
        Collections.reverse(valueIds);
        asHr().body(Map.of("ids", valueIds)).when().put("/api/frameworks/" + id + "/values/order")
                .then().statusCode(200).body("values.title", equalTo(List.of("Modig", "Synlig")));
        String synlig = f.getString("values[0].id");
        List<String> statementIds = new ArrayList<>(f.getList("values[0].statements.id", String.class));
        Collections.reverse(statementIds);
        asHr().body(Map.of("ids", statementIds))
                .when().put("/api/frameworks/" + id + "/values/" + synlig + "/statements/order")
                .then().statusCode(200)
                .body("values[1].statements[0].text", equalTo("Min leder er tilgængelig"));
        asHr().body(Map.of("ids", List.of(valueIds.get(0)))).when().put("/api/frameworks/" + id + "/values/order")
                .then().statusCode(400).body("errors.field", hasItem("ids"));
    }

    @Test
    void aDraftCanBeRenamedAndDeleted() {
        String id = smallDraft("Kladde").getString("id");
        asHr().body(Map.of("name", "Omdøbt kladde", "description", "Til drøftelse i MED"))
                .when().put("/api/frameworks/" + id)
                .then().statusCode(200).body("name", equalTo("Omdøbt kladde"));
        String value = given().auth().oauth2(hr).when().get("/api/frameworks/" + id).then().extract()
                .path("values[0].id");
        asHr().when().delete("/api/frameworks/" + id + "/values/" + value)
                .then().statusCode(200).body("values.title", equalTo(List.of("Modig")));
        asHr().when().delete("/api/frameworks/" + id).then().statusCode(204);
        asHr().when().get("/api/frameworks/" + id).then().statusCode(404);
    }

    @Test
    void exportAndImportShareAFramework() {
        JsonPath f = smallDraft("Til deling");
        String exported = asHr().when().get("/api/frameworks/" + f.getString("id") + "/export")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("ledelsesgrundlag-til-deling.json"))
                .body("format", equalTo("pejling-ledelsesgrundlag"))
                .extract().asString();
        JsonPath imported = asHr().body(exported).when().post("/api/frameworks/import")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("name", equalTo("Til deling"))
                .extract().jsonPath();
        assertEquals(f.getList("values.title"), imported.getList("values.title"));
        assertEquals(f.getList("values[0].statements.text"), imported.getList("values[0].statements.text"));
        assertNotEquals(f.getString("frameworkId"), imported.getString("frameworkId"));
    }

    @Test
    void aBadImportNamesTheFieldAndCreatesNothing() {
        int before = asHr().when().get("/api/frameworks").then().extract().jsonPath().getList("$").size();
        Map<String, Object> file = Map.of("format", "pejling-ledelsesgrundlag", "formatVersion", 1,
                "name", "Dårlig fil", "values", List.of(Map.of("title", "Synlig", "statements", List.of(
                        Map.of("text", "Min leder er tilgængelig", "selfText", "Jeg er tilgængelig"),
                        Map.of("text", "Kort", "selfText", "Jeg er tydelig")))));
        asHr().body(file).when().post("/api/frameworks/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("values[0].statements[1].text"));
        int after = asHr().when().get("/api/frameworks").then().extract().jsonPath().getList("$").size();
        assertEquals(before, after);
    }

    @Test
    void onlyHrAndAdminsWrite() {
        String leader = Tokens.login("leder@demo.pejling.dk");
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("name", "Mit eget"))
                .when().post("/api/frameworks").then().statusCode(403);
        String id = smallDraft("Kun HR").getString("id");
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("title", "Ny"))
                .when().post("/api/frameworks/" + id + "/values").then().statusCode(403);
        given().auth().oauth2(leader).when().post("/api/frameworks/" + id + "/publish").then().statusCode(403);
    }

    @Test
    void leadersReadPublishedVersionsButNotDrafts() {
        String leader = Tokens.login("chef@demo.pejling.dk");
        String draft = smallDraft("Hemmelig kladde").getString("id");
        String published = smallDraft("Offentliggjort").getString("id");
        asHr().when().post("/api/frameworks/" + published + "/publish").then().statusCode(200);
        given().auth().oauth2(leader).when().get("/api/frameworks/" + draft).then().statusCode(404);
        given().auth().oauth2(leader).when().get("/api/frameworks/" + published).then().statusCode(200);
        given().auth().oauth2(leader).when().get("/api/frameworks")
                .then().statusCode(200)
                .body("status", not(hasItem("DRAFT")))
                .body("id", hasItem(published));
    }

    @Test
    void anotherOrganisationsFrameworkIsNotFound() {
        String other = fixtures.otherOrganisationHrToken();
        JsonPath f = smallDraft("Demo Kommunes eget");
        String id = f.getString("id");
        given().auth().oauth2(other).when().get("/api/frameworks/" + id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("name", "Overtaget"))
                .when().put("/api/frameworks/" + id).then().statusCode(404);
        given().auth().oauth2(other).when().post("/api/frameworks/" + id + "/publish").then().statusCode(404);
        given().auth().oauth2(other).when().post("/api/frameworks/" + id + "/versions").then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/frameworks/" + id + "/export").then().statusCode(404);
        given().auth().oauth2(other).when().delete("/api/frameworks/" + id).then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/frameworks")
                .then().statusCode(200).body("id", not(hasItem(id)));
    }
}
