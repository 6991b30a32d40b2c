package dk.pejling.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.common.Role;
import dk.pejling.org.ImportFixtures.ImportOrg;
import dk.pejling.org.OrgImportService.Actor;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.log.LogDetail;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import trusts the caller's login as it is now, not the token, which may be hours old: a deactivated HR
 * consultant cannot import themselves back, and roles taken away cannot be used to import.
 */
@QuarkusTest
class OrgImportSafeguardsTest {

    private static final String HEADER = OrgFileGenerator.HEADER;

    @Inject
    ImportFixtures fixtures;

    @Inject
    OrgService org;

    @Inject
    OrgImportService imports;

    @Inject
    LoginAccounts logins;

    private ImportOrg o;
    private UUID hanne;
    private String mette;

    /** Hanne (hr admin, logged in) and Mette, the other administrator, imported by Hanne. */
    @BeforeEach
    void organisation() {
        o = fixtures.organisation(EnumSet.of(Role.hr, Role.admin));
        post(o.token(), "apply", hanne("hr admin") + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;admin\n")
                .statusCode(200);
        hanne = person(o.hrEmail()).id();
        mette = Tokens.sign(Tokens.claims(person(o.mail("mette")).id(), o.id(), Set.of("admin")));
    }

    private String hanne(String roles) {
        return HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;" + roles + "\n";
    }

    private PersonRef person(String email) {
        return org.people(o.id()).stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }

    private static ValidatableResponse post(String token, String mode, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("mode", mode)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/org/import")
                .then().log().ifValidationFails(LogDetail.ALL);
    }

    private ProblemException refused(Actor actor, String csv) {
        return assertThrows(ProblemException.class,
                () -> imports.apply(actor, csv.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void aDeactivatedHrConsultantCannotImportThemselvesBack() {
        // Mette leaves Hanne out: Hanne and her login are deactivated.
        post(mette, "apply", HEADER + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;admin\n").statusCode(200)
                .body("summary.peopleDeactivated", equalTo(1));
        assertFalse(person(o.hrEmail()).active());

        // Hanne's token is still within its lifetime; the import itself refuses her, preview and apply alike.
        String back = hanne("hr admin") + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;admin\n";
        for (String mode : List.of("preview", "apply")) {
            post(o.token(), mode, back).statusCode(anyOf(equalTo(401), equalTo(403)))
                    .contentType("application/problem+json");
        }
        ProblemException problem = refused(new Actor(o.id(), hanne, EnumSet.of(Role.hr, Role.admin)), back);
        assertEquals(ProblemType.FORBIDDEN, problem.type());
        assertFalse(person(o.hrEmail()).active(), "still deactivated");
        assertFalse(logins.accounts(o.id()).get(hanne).active(), "and so is her login");
    }

    @Test
    void rolesTakenAwayCannotBeUsedToImport() {
        // Mette makes Hanne a plain leader; Hanne's token still says hr and admin.
        String hanneLeader = hanne("leader") + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;admin\n";
        post(mette, "apply", hanneLeader).statusCode(200);
        ProblemException problem = refused(new Actor(o.id(), hanne, EnumSet.of(Role.hr, Role.admin)),
                hanne("hr admin") + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;admin\n");
        assertEquals(ProblemType.FORBIDDEN, problem.type());
        assertEquals(Set.of(Role.leader), logins.accounts(o.id()).get(hanne).roles());
    }

    @Test
    void anAdministratorRoleGivenAfterTheTokenCountsOnlyOnceInTheToken() {
        // Hanne, hr only on her token, is admin too by now: she still cannot grant admin with this token.
        ProblemException problem = refused(new Actor(o.id(), hanne, EnumSet.of(Role.hr)),
                hanne("hr admin") + "Rådhuset;;Mette Kjær;" + o.mail("mette") + ";;admin\n"
                        + "Rådhuset;;Ole Dam;" + o.mail("ole") + ";;admin\n");
        assertEquals(ProblemType.VALIDATION, problem.type());
        assertEquals(List.of("line 4: roles"), problem.errors().stream().map(e -> e.field()).toList());
    }
}
