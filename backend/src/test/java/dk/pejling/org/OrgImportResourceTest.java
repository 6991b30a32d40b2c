package dk.pejling.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Role;
import dk.pejling.org.ImportFixtures.ImportOrg;
import dk.pejling.org.LoginAccounts.AccountRef;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.testing.Fixtures;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.log.LogDetail;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/org/import: the error report, all-or-nothing, idempotent re-import, roles and tenancy. */
@QuarkusTest
class OrgImportResourceTest {

    private static final String HEADER = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";
    private static final int OK = 200;
    private static final int BAD_REQUEST = 400;

    @Inject
    ImportFixtures fixtures;

    @Inject
    Fixtures otherOrganisations;

    @Inject
    OrgService org;

    @Inject
    LoginAccounts auth;

    @Inject
    AuditLog audit;

    private ImportOrg o;

    @BeforeEach
    void organisation() {
        o = fixtures.organisation(EnumSet.of(Role.hr, Role.admin));
    }

    /** The organisation of the tests: a direktør, a leader with two employees in a new unit, and HR. */
    private String goodFile() {
        return HEADER
                + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Mette Kjær;" + o.mail("direktoer") + ";;manager|leader\n"
                + "Ældreplejen;Rådhuset;Lars Holm;" + o.mail("lars") + ";" + o.mail("direktoer") + ";leader\n"
                + "Ældreplejen;;Søren Ærø;" + o.mail("soeren") + ";" + o.mail("lars") + ";\n"
                + "Ældreplejen;;\"Bente \"\"Bee\"\" Sørensen\";" + o.mail("bente") + ";" + o.mail("lars") + ";\n";
    }

    private ValidatableResponse post(String mode, String csv) {
        return post(o.token(), mode, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse post(String token, String mode, byte[] csv) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("mode", mode).body(csv)
                .when().post("/api/org/import")
                .then().log().ifValidationFails(LogDetail.ALL);
    }

    private JsonPath apply(String csv) {
        return post("apply", csv).statusCode(OK).body("applied", equalTo(true)).extract().jsonPath();
    }

    private Map<String, PersonRef> people() {
        return org.people(o.id()).stream().collect(Collectors.toMap(PersonRef::email, Function.identity()));
    }

    private Map<String, String> unitParents() {
        List<OrgService.UnitRef> units = org.units(o.id());
        Map<UUID, String> names = units.stream().collect(Collectors.toMap(OrgService.UnitRef::id,
                OrgService.UnitRef::name));
        return units.stream().collect(Collectors.toMap(OrgService.UnitRef::name,
                u -> u.parentId() == null ? "" : names.get(u.parentId())));
    }

    @Test
    void previewShowsTheChangesAndWritesNothing() {
        long people = org.countPeople(o.id());
        long units = org.countUnits(o.id());
        post("preview", goodFile()).statusCode(OK)
                .body("mode", equalTo("preview"))
                .body("applied", equalTo(false))
                .body("rows", equalTo(5))
                .body("summary.unitsCreated", equalTo(1))
                .body("summary.peopleCreated", equalTo(4))
                .body("summary.peopleUnchanged", equalTo(1))
                .body("summary.accountsCreated", equalTo(2))
                .body("units[0].name", equalTo("Ældreplejen"))
                .body("units[0].parent", equalTo("Rådhuset"))
                .body("people.find { it.email == '" + o.mail("lars") + "' }.managerEmail", equalTo(o.mail("direktoer")))
                .body("people.find { it.email == '" + o.mail("bente") + "' }.name", equalTo("Bente \"Bee\" Sørensen"))
                .body("accounts.find { it.email == '" + o.mail("direktoer") + "' }.roles",
                        equalTo(List.of("leader", "manager")));
        assertEquals(people, org.countPeople(o.id()));
        assertEquals(units, org.countUnits(o.id()));
        assertEquals(0, audit.count(o.id(), "org.import"));
    }

    @Test
    void previewIsTheDefaultMode() {
        given().auth().oauth2(o.token()).contentType("text/csv").body(goodFile().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/org/import")
                .then().statusCode(OK).body("mode", equalTo("preview")).body("applied", equalTo(false));
        assertEquals(1, org.countPeople(o.id()));
    }

    @Test
    void aBadFileListsEveryErrorByLineAndColumnAndImportsNothing() {
        String csv = HEADER
                + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n" // 2: fine
                + ";;Uden Enhed;" + o.mail("uden") + ";;\n" // 3
                + "Ældreplejen;Ukendt;Lars Holm;" + o.mail("lars") + ";;boss\n" // 4
                + "\n" // 5: blank, skipped
                + "Ældreplejen;;Søren Ærø;ikke-en-mail;;\n" // 6
                + "Ældreplejen;;Lars igen;" + o.mail("LARS") + ";;\n" // 7
                + "Ældreplejen;;Anna;" + o.mail("anna") + ";" + o.mail("anna") + ";\n" // 8
                + "Ældreplejen;;Bo;" + o.mail("bo") + ";" + o.mail("ingen") + ";\n" // 9
                + "Ældreplejen;;Cy;" + o.mail("cy") + ";" + o.mail("dy") + ";\n" // 10
                + "Ældreplejen;;Dy;" + o.mail("dy") + ";" + o.mail("cy") + ";\n"; // 11
        long people = org.countPeople(o.id());
        long units = org.countUnits(o.id());
        for (String mode : List.of("preview", "apply")) {
            JsonPath problem = post(mode, csv).statusCode(BAD_REQUEST)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:pejling:problem:validation"))
                    .body("detail", containsString("ikke importeret"))
                    .extract().jsonPath();
            assertEquals(List.of(
                    "line 3: unit",
                    "line 4: parent unit",
                    "line 4: roles",
                    "line 6: e-mail",
                    "line 7: e-mail",
                    "line 8: manager e-mail",
                    "line 9: manager e-mail",
                    "line 10: manager e-mail"), problem.getList("errors.field"), problem.prettify());
            List<String> messages = problem.getList("errors.message");
            assertEquals("skal udfyldes", messages.get(0));
            assertTrue(messages.get(1).contains("Ukendt"), messages.get(1));
            assertTrue(messages.get(2).contains("boss"), messages.get(2));
            assertTrue(messages.get(4).contains("linje 4"), messages.get(4));
            assertTrue(messages.get(5).contains("sin egen leder"), messages.get(5));
            assertTrue(messages.get(7).contains("ring"), messages.get(7));
        }
        assertEquals(people, org.countPeople(o.id()));
        assertEquals(units, org.countUnits(o.id()));
    }

    @Test
    void errorsAreInEnglishWhenAskedFor() {
        given().auth().oauth2(o.token()).contentType("text/csv").header("Accept-Language", "en")
                .body((HEADER + ";;Uden Enhed;" + o.mail("uden") + ";;\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/org/import")
                .then().statusCode(BAD_REQUEST)
                .body("title", equalTo("Invalid data"))
                .body("errors.message", hasItem("is required"));
    }

    @Test
    void headerUnitTreeAndFileProblemsAreReportedToo() {
        post("preview", "enhed;navn;farve\nA;B;C\n").statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("line 1: header", "line 1: header")))
                .body("errors[0].message", containsString("farve"))
                .body("errors[1].message", containsString("e-mail"));
        post("preview", HEADER
                + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Nord;Syd;Nina;" + o.mail("nina") + ";;\n"
                + "Syd;Nord;Sune;" + o.mail("sune") + ";;\n"
                + "Øst;Øst;Ole;" + o.mail("ole") + ";;\n").statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("line 3: parent unit", "line 5: parent unit")))
                .body("errors[0].message", containsString("Nord → Syd → Nord"));
        post("preview", "").statusCode(BAD_REQUEST).body("errors.field", equalTo(List.of("file")));
        post(o.token(), "preview", "enhed;navn\nÆldreplejen;Søren".getBytes(StandardCharsets.ISO_8859_1))
                .statusCode(BAD_REQUEST).body("errors[0].message", containsString("UTF-8"));
        post("preview", HEADER + "A;;\"Bo;" + o.mail("bo") + ";;\n").statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("line 2")));
        post("maybe", goodFile()).statusCode(BAD_REQUEST).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnythingElse() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= OrgImportService.MAX_ROWS; i++) {
            csv.append("A;;P;p").append(i).append("@x.dk;;\n");
        }
        post("preview", csv.toString()).statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("file")))
                .body("errors[0].message", containsString(String.valueOf(OrgImportService.MAX_ROWS)));
    }

    @Test
    void aGoodFileImportsUnitsPeopleManagersAndRolesInOneGo() {
        JsonPath result = apply(goodFile());
        assertEquals(4, result.getInt("summary.peopleCreated"));
        Map<String, PersonRef> people = people();
        assertEquals(5, people.size());
        PersonRef lars = people.get(o.mail("lars"));
        assertEquals(people.get(o.mail("direktoer")).id(), lars.managerId());
        assertEquals(lars.id(), people.get(o.mail("bente")).managerId());
        assertEquals("Bente \"Bee\" Sørensen", people.get(o.mail("bente")).name());
        assertEquals("Søren Ærø", people.get(o.mail("soeren")).name());
        assertEquals(Map.of("Rådhuset", "", "Ældreplejen", "Rådhuset"), unitParents());

        Map<UUID, AccountRef> accounts = auth.accounts(o.id());
        assertEquals(Set.of(Role.manager, Role.leader), accounts.get(people.get(o.mail("direktoer")).id()).roles());
        assertEquals(Set.of(Role.leader), accounts.get(lars.id()).roles());
        assertFalse(accounts.containsKey(people.get(o.mail("soeren")).id()));
        // The new accounts have no password yet: the demo password does not work.
        given().contentType("application/json")
                .body(Map.of("email", o.mail("lars"), "password", Tokens.DEMO_PASSWORD))
                .when().post("/api/auth/login").then().statusCode(401);
        assertEquals(1, audit.count(o.id(), "org.import"));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        apply(goodFile());
        long people = org.countPeople(o.id());
        post("apply", goodFile()).statusCode(OK)
                .body("units", empty())
                .body("people", empty())
                .body("accounts", empty())
                .body("summary.peopleUnchanged", equalTo(5))
                .body("summary.peopleCreated", equalTo(0));
        assertEquals(people, org.countPeople(o.id()));
    }

    @Test
    void reimportMovesUpdatesReactivatesAndDeactivatesByEmail() {
        apply(goodFile());
        String changed = HEADER
                + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Mette Kjær;" + o.mail("direktoer") + ";;leader\n"
                + "Hjemmeplejen;Ældreplejen;Lars Holm;" + o.mail("lars") + ";" + o.mail("direktoer") + ";\n"
                + "Ældreplejen;Rådhuset;Søren Ærø Nielsen;" + o.mail("SOEREN") + ";" + o.mail("direktoer") + ";\n";
        post("preview", changed).statusCode(OK)
                .body("summary.unitsCreated", equalTo(1))
                .body("summary.peopleUpdated", equalTo(1))
                .body("summary.peopleMoved", equalTo(2))
                .body("summary.peopleDeactivated", equalTo(1))
                .body("summary.accountsUpdated", equalTo(1))
                .body("summary.accountsDeactivated", equalTo(1))
                .body("people.find { it.email == '" + o.mail("lars") + "' }.changes", equalTo(List.of("UNIT")))
                .body("people.find { it.email == '" + o.mail("lars") + "' }.previousUnit", equalTo("Ældreplejen"))
                .body("people.find { it.email == '" + o.mail("SOEREN") + "' }.changes",
                        equalTo(List.of("NAME", "EMAIL", "MANAGER")))
                .body("people.find { it.email == '" + o.mail("SOEREN") + "' }.previousName", equalTo("Søren Ærø"))
                .body("people.find { it.email == '" + o.mail("bente") + "' }.changes",
                        equalTo(List.of("DEACTIVATED")))
                .body("people.find { it.email == '" + o.mail("bente") + "' }.line", equalTo(null))
                .body("accounts.find { it.email == '" + o.mail("lars") + "' }.change", equalTo("DEACTIVATED"))
                .body("accounts.find { it.email == '" + o.mail("direktoer") + "' }.previousRoles",
                        equalTo(List.of("leader", "manager")));
        apply(changed);

        Map<String, PersonRef> people = people();
        assertEquals(5, people.size(), "nobody is deleted");
        assertFalse(people.get(o.mail("bente")).active());
        assertEquals("Søren Ærø Nielsen", people.get(o.mail("SOEREN")).name());
        assertEquals(people.get(o.mail("direktoer")).id(), people.get(o.mail("SOEREN")).managerId());
        assertEquals("Ældreplejen", unitParents().get("Hjemmeplejen"));
        Map<UUID, AccountRef> accounts = auth.accounts(o.id());
        assertFalse(accounts.get(people.get(o.mail("lars")).id()).active());
        assertEquals(Set.of(Role.leader), accounts.get(people.get(o.mail("direktoer")).id()).roles());

        // Bente is back, with her old id.
        post("apply", changed + "Ældreplejen;;Bente Sørensen;" + o.mail("bente") + ";" + o.mail("lars") + ";\n")
                .statusCode(OK)
                .body("people.find { it.email == '" + o.mail("bente") + "' }.changes",
                        equalTo(List.of("NAME", "REACTIVATED")));
        PersonRef bente = people().get(o.mail("bente"));
        assertTrue(bente.active());
        assertEquals(people.get(o.mail("bente")).id(), bente.id());
    }

    @Test
    void aLeaderMissingFromTheFileIsDeactivatedWithTheirLogin() {
        apply(goodFile());
        String withoutLars = HEADER
                + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Mette Kjær;" + o.mail("direktoer") + ";;manager|leader\n"
                + "Ældreplejen;;Søren Ærø;" + o.mail("soeren") + ";" + o.mail("direktoer") + ";\n"
                + "Ældreplejen;;Bente Sørensen;" + o.mail("bente") + ";" + o.mail("direktoer") + ";\n";
        post("apply", withoutLars).statusCode(OK)
                .body("summary.peopleDeactivated", equalTo(1))
                .body("accounts.find { it.email == '" + o.mail("lars") + "' }.change", equalTo("DEACTIVATED"));
        Map<String, PersonRef> people = people();
        assertFalse(people.get(o.mail("lars")).active());
        assertFalse(auth.accounts(o.id()).get(people.get(o.mail("lars")).id()).active());
        assertTrue(auth.accounts(o.id()).get(people.get(o.mail("direktoer")).id()).active());
    }

    @Test
    void commaSeparatedEnglishHeadersWithBomAndCrlfReadTheSameAsSemicolons() {
        String commas = "\uFEFFunit,parent unit,name,email,manager email,roles\r\n"
                + "Rådhuset,,Hanne Holm," + o.hrEmail() + ",,hr admin\r\n"
                + "\r\n"
                + "Rådhuset,,Mette Kjær," + o.mail("direktoer") + ",,\"manager, leader\"\r\n"
                + "Ældreplejen,Rådhuset,Lars Holm," + o.mail("lars") + "," + o.mail("direktoer") + ",leader\r\n"
                + "Ældreplejen,,Søren Ærø," + o.mail("soeren") + "," + o.mail("lars") + ",\r\n"
                + "Ældreplejen,,\"Bente \"\"Bee\"\" Sørensen\"," + o.mail("bente") + "," + o.mail("lars") + ",\r\n";
        JsonPath fromCommas = post(o.token(), "preview", commas.getBytes(StandardCharsets.UTF_8)).statusCode(OK)
                .extract().jsonPath();
        JsonPath fromSemicolons = post("preview", goodFile()).statusCode(OK).extract().jsonPath();
        assertEquals(fromSemicolons.getMap("summary"), fromCommas.getMap("summary"));
        assertEquals(fromSemicolons.getList("people.name"), fromCommas.getList("people.name"));
        assertEquals(fromSemicolons.getList("accounts.roles"), fromCommas.getList("accounts.roles"));
        assertEquals(5, fromCommas.getInt("rows"));
    }

    @Test
    void onlyHrAndAdminsImport() {
        post(Tokens.login("leder@demo.pejling.dk"), "preview", goodFile().getBytes(StandardCharsets.UTF_8))
                .statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").body(goodFile().getBytes(StandardCharsets.UTF_8)).when().post("/api/org/import")
                .then().statusCode(401);
    }

    @Test
    void hrWithoutTheAdminRoleCannotGrantItNorImportThemselvesAway() {
        ImportOrg hrOnly = fixtures.organisation(EnumSet.of(Role.hr));
        String csv = HEADER + "Rådhuset;;Hanne Holm;" + hrOnly.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Mette Kjær;" + hrOnly.mail("mette") + ";;admin\n";
        post(hrOnly.token(), "apply", csv.getBytes(StandardCharsets.UTF_8)).statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("line 2: roles", "line 3: roles")));
        post(hrOnly.token(), "apply", (HEADER + "Rådhuset;;Mette Kjær;" + hrOnly.mail("mette") + ";;\n")
                .getBytes(StandardCharsets.UTF_8)).statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("file")))
                .body("errors[0].message", containsString("deaktivere dig"));
        post(hrOnly.token(), "apply", (HEADER + "Rådhuset;;Hanne Holm;" + hrOnly.hrEmail() + ";;leader\n")
                .getBytes(StandardCharsets.UTF_8)).statusCode(BAD_REQUEST)
                .body("errors[0].message", containsString("hr"));
        assertEquals(1, org.countPeople(hrOnly.id()));
    }

    @Test
    void anotherOrganisationsPeopleAreUntouched() {
        otherOrganisations.otherOrganisationHrToken();
        UUID demo = org.organisationBySlug("demo").orElseThrow().id();
        UUID anden = org.organisationBySlug("anden").orElseThrow().id();
        List<PersonRef> demoBefore = org.people(demo);
        List<PersonRef> andenBefore = org.people(anden);

        // A demo leader's e-mail is a login in Demo Kommune: no roles for it here, but as a person it may exist.
        post("preview", goodFile() + "Rådhuset;;Lars Holm Nielsen;leder@demo.pejling.dk;;leader\n")
                .statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(List.of("line 7: roles")))
                .body("errors[0].message", containsString("anden organisation"));
        apply(goodFile() + "Rådhuset;;Lars Holm Nielsen;leder@demo.pejling.dk;;\n");

        assertEquals(demoBefore, org.people(demo));
        assertEquals(andenBefore, org.people(anden));
        assertEquals(6, org.countPeople(o.id()));
        // And the other organisation's own import does not see this one's people.
        String andenFile = HEADER + "HR og Personale;;Ditte Friis;" + Fixtures.OTHER_HR + ";;hr admin\n";
        post(Tokens.login(Fixtures.OTHER_HR), "preview", andenFile.getBytes(StandardCharsets.UTF_8)).statusCode(OK)
                .body("people.email", not(hasItem(o.mail("lars"))))
                .body("units.name", not(hasItem("Ældreplejen")));
        assertEquals(6, org.countPeople(o.id()));
    }
}
