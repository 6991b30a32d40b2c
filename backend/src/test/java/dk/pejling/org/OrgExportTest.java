package dk.pejling.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Role;
import dk.pejling.org.ImportFixtures.ImportOrg;
import dk.pejling.org.OrgFileGenerator.Generated;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.log.LogDetail;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/org/export: the organisation as the file to import, which imported again changes nothing. */
@QuarkusTest
class OrgExportTest {

    private static final String HEADER = OrgFileGenerator.HEADER;

    @Inject
    ImportFixtures fixtures;

    @Inject
    AuditLog audit;

    private ImportOrg o;

    @BeforeEach
    void organisation() {
        o = fixtures.organisation(EnumSet.of(Role.hr, Role.admin));
    }

    private void apply(String csv) {
        given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", "apply")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/org/import")
                .then().log().ifValidationFails(LogDetail.ALL).statusCode(200);
    }

    private byte[] export(String language) {
        return given().auth().oauth2(o.token()).header("Accept-Language", language)
                .when().get("/api/org/export")
                .then().log().ifValidationFails(LogDetail.ALL).statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"organisation.csv\"")
                .extract().asByteArray();
    }

    @Test
    void theExportIsTheFileToImportInTreeOrderDanishAndFormulaSafe() {
        apply(HEADER
                + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;chef leder\n"
                + "Ældreplejen;Rådhuset;\"=HYPERLINK(\"\"x\"\";1)\";" + o.mail("lars") + ";" + o.mail("mette")
                + ";leader\n"
                + "Ældreplejen;;'@Søren;" + o.mail("soeren") + ";" + o.mail("lars") + ";\n"
                + "Tom;Rådhuset;;;;\n"
                + "Afdeling A;Ældreplejen;Bo;" + o.mail("bo") + ";" + o.mail("lars") + ";\n");
        String csv = new String(export("da"), StandardCharsets.UTF_8);
        assertEquals(String.join("\r\n",
                "\uFEFFenhed;overordnet enhed;navn;e-mail;leders e-mail;roller",
                "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;admin hr",
                "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;leder chef",
                "Tom;Rådhuset;;;;",
                "Ældreplejen;Rådhuset;\"'=HYPERLINK(\"\"x\"\";1)\";" + o.mail("lars") + ";" + o.mail("mette")
                        + ";leder",
                "Ældreplejen;Rådhuset;'@Søren;" + o.mail("soeren") + ";" + o.mail("lars") + ";",
                "Afdeling A;Ældreplejen;Bo;" + o.mail("bo") + ";" + o.mail("lars") + ";",
                ""), csv);
        assertEquals(1, audit.count(o.id(), "org.export"));
    }

    @Test
    void importingTheExportAgainChangesNothingInEitherLanguage() {
        Generated file = OrgFileGenerator.organisation(300, o.hrEmail(), o.domain());
        apply(file.csv());
        for (String language : List.of("da", "en")) {
            byte[] exported = export(language);
            String text = new String(exported, StandardCharsets.UTF_8);
            assertTrue(text.startsWith(language.equals("da") ? "\uFEFFenhed;" : "\uFEFFunit;parent unit;name;"),
                    text.substring(0, 40));
            given().auth().oauth2(o.token()).contentType("text/csv").body(exported)
                    .when().post("/api/org/import")
                    .then().log().ifValidationFails(LogDetail.ALL).statusCode(200)
                    .body("units", empty()).body("people", empty()).body("accounts", empty())
                    .body("summary.peopleUnchanged", equalTo(300));
        }
    }

    @Test
    void theDemoOrganisationRoundTripsToo() {
        String hr = Tokens.login("hr@demo.pejling.dk");
        byte[] exported = given().auth().oauth2(hr).when().get("/api/org/export").then().statusCode(200)
                .extract().asByteArray();
        given().auth().oauth2(hr).contentType("text/csv").body(exported)
                .when().post("/api/org/import")
                .then().log().ifValidationFails(LogDetail.ALL).statusCode(200)
                .body("units", empty()).body("people", empty()).body("accounts", empty());
    }

    @Test
    void onlyHrAndAdministratorsExport() {
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk")).when().get("/api/org/export")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/org/export").then().statusCode(401);
    }
}
