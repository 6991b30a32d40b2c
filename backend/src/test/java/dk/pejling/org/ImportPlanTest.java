package dk.pejling.org;

import static dk.pejling.org.ImportCheckTest.HEADER;
import static dk.pejling.org.ImportCheckTest.KEYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.org.ImportParser.ParsedFile;
import dk.pejling.org.OrgImportApi.AccountChange;
import dk.pejling.org.OrgImportApi.AccountChangeKind;
import dk.pejling.org.OrgImportApi.ImportResult;
import dk.pejling.org.OrgImportApi.ImportSummary;
import dk.pejling.org.OrgImportApi.PersonChange;
import dk.pejling.org.OrgImportApi.PersonChangeKind;
import dk.pejling.org.OrgImportApi.UnitChange;
import dk.pejling.org.OrgImportApi.UnitChangeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fourth step of the import: what a checked file changes, against a snapshot of the organisation. */
class ImportPlanTest {

    private static ImportResult preview(String csv) {
        ParsedFile parsed = ImportParser.parse(csv.getBytes(StandardCharsets.UTF_8));
        OrgSnapshot organisation = ImportCheckTest.organisation();
        FileOrganisation file = ImportCheck.check(ImportCheckTest.hr(), parsed.rows(), organisation, KEYS,
                parsed.errors(), emails -> Set.of());
        assertTrue(parsed.errors().isEmpty(), parsed.errors().list().toString());
        return ImportPlan.of(file, organisation, KEYS, parsed.rows().size()).result("preview", false);
    }

    @Test
    void theSameOrganisationChangesNothing() {
        ImportResult result = preview(HEADER + "rådhuset;;Hanne Holm;hr@x.dk;;hr\n"
                + "Ældreplejen;Rådhuset;;;;\n");
        assertEquals(new ImportSummary(0, 0, 0, 0, 0, 0, 1, 0, 0, 0), result.summary());
        assertEquals(List.of(), result.units());
        assertEquals(List.of(), result.people());
        assertEquals(List.of(), result.accounts());
        assertEquals(2, result.rows());
    }

    @Test
    void unitsPeopleAndLoginsChangeAsTheFileSays() {
        ImportResult result = preview(HEADER
                + "Ældreplejen;;Hanne Holm;HR@x.dk;;hr leader\n"
                + "Hjemmeplejen;Ældreplejen;Ulla Berg;ulla@x.dk;hr@x.dk;\n"
                + "Hjemmeplejen;;Lars;lars@x.dk;ulla@x.dk;manager\n");
        assertEquals(List.of(
                new UnitChange("Ældreplejen", null, "Rådhuset", UnitChangeKind.MOVED),
                new UnitChange("Hjemmeplejen", "Ældreplejen", null, UnitChangeKind.CREATED)), result.units());
        assertEquals(List.of(
                new PersonChange(2, "HR@x.dk", "Hanne Holm", null, "Ældreplejen", "Rådhuset", null, null,
                        List.of(PersonChangeKind.EMAIL, PersonChangeKind.UNIT)),
                new PersonChange(3, "ulla@x.dk", "Ulla Berg", "Ulla", "Hjemmeplejen", "Ældreplejen", "HR@x.dk", null,
                        List.of(PersonChangeKind.NAME, PersonChangeKind.EMAIL, PersonChangeKind.REACTIVATED,
                                PersonChangeKind.UNIT)),
                new PersonChange(4, "lars@x.dk", "Lars", null, "Hjemmeplejen", null, "ulla@x.dk", null,
                        List.of(PersonChangeKind.CREATED))),
                result.people());
        assertEquals(List.of(
                new AccountChange("HR@x.dk", List.of(Role.hr, Role.leader), List.of(Role.hr),
                        AccountChangeKind.UPDATED),
                new AccountChange("lars@x.dk", List.of(Role.manager), List.of(), AccountChangeKind.CREATED)),
                result.accounts());
        assertEquals(new ImportSummary(1, 1, 1, 2, 2, 0, 0, 1, 1, 0), result.summary());
    }

    @Test
    void activePeopleMissingFromTheFileAreDeactivatedWithTheirLogins() {
        OrgSnapshot organisation = ImportCheckTest.organisation();
        // Hanne is the caller, so she must stay; someone else removes her instead.
        var admin = new OrgImportService.Actor(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.admin));
        ParsedFile parsed = ImportParser.parse((HEADER + "Rådhuset;;Mette;mette@x.dk;;leader\n")
                .getBytes(StandardCharsets.UTF_8));
        FileOrganisation file = ImportCheck.check(admin, parsed.rows(), organisation, KEYS, parsed.errors(),
                emails -> Set.of());
        assertTrue(parsed.errors().isEmpty(), parsed.errors().list().toString());
        ImportResult result = ImportPlan.of(file, organisation, KEYS, 1).result("preview", false);
        assertEquals(List.of(
                new PersonChange(null, "hr@x.dk", "Hanne Holm", null, "Rådhuset", null, null, null,
                        List.of(PersonChangeKind.DEACTIVATED))),
                result.people().stream().filter(p -> p.line() == null).toList(), "Ulla is inactive already");
        assertEquals(new AccountChange("hr@x.dk", List.of(), List.of(Role.hr), AccountChangeKind.DEACTIVATED),
                result.accounts().get(1));
    }
}
