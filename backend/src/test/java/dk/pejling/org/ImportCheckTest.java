package dk.pejling.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.org.ImportErrors.ImportError;
import dk.pejling.org.ImportParser.ParsedFile;
import dk.pejling.org.LoginAccounts.AccountRef;
import dk.pejling.org.OrgImportService.Actor;
import dk.pejling.org.OrgSnapshot.SnapshotPerson;
import dk.pejling.org.OrgSnapshot.SnapshotUnit;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The third step of the import: rows checked together and against a snapshot of the organisation. */
class ImportCheckTest {

    static final String HEADER = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";
    static final ImportKeys KEYS = ImportKeys.LOWER_CASE;

    /** Rådhuset (top) and Ældreplejen below it; Hanne (hr, the caller) and an inactive Ulla. */
    static final UUID RAADHUSET = UUID.randomUUID();
    static final UUID AELDREPLEJEN = UUID.randomUUID();
    static final UUID HANNE = UUID.randomUUID();
    static final UUID ULLA = UUID.randomUUID();

    static OrgSnapshot organisation() {
        return new OrgSnapshot(
                List.of(new SnapshotUnit(RAADHUSET, null, "Rådhuset", "rådhuset"),
                        new SnapshotUnit(AELDREPLEJEN, RAADHUSET, "Ældreplejen", "ældreplejen")),
                List.of(new SnapshotPerson(HANNE, RAADHUSET, null, "Hanne Holm", "hr@x.dk", "hr@x.dk", true),
                        new SnapshotPerson(ULLA, AELDREPLEJEN, HANNE, "Ulla", "Ulla@x.dk", "ulla@x.dk", false)),
                Map.of(HANNE, new AccountRef(HANNE, "hr@x.dk", Set.of(Role.hr), true)));
    }

    static Actor hr() {
        return new Actor(UUID.randomUUID(), HANNE, EnumSet.of(Role.hr));
    }

    /** The errors of a file, as "field: Danish message". */
    static List<String> errors(Actor actor, String csv, Set<String> loginsElsewhere) {
        ParsedFile parsed = ImportParser.parse(csv.getBytes(StandardCharsets.UTF_8));
        ImportCheck.check(actor, parsed.rows(), organisation(), KEYS, parsed.errors(), emails -> loginsElsewhere);
        return parsed.errors().list().stream().map(e -> e.field() + ": " + e.text(false)).toList();
    }

    static List<String> errors(String csv) {
        return errors(hr(), csv, Set.of());
    }

    @Test
    void aGoodFileHasNoErrors() {
        assertEquals(List.of(), errors(HEADER
                + "Rådhuset;;Hanne Holm;hr@x.dk;;hr\n"
                + "Hjemmeplejen;ÆLDREPLEJEN;Lars;lars@x.dk;HR@x.dk;leader\n"
                + "Hjemmeplejen;;Søren;soeren@x.dk;lars@x.dk;\n"
                + "Tom;Hjemmeplejen;;;;\n"));
    }

    @Test
    void unitsNeedAKnownParentOneParentAndNoCycle() {
        assertEquals(List.of(
                // Rådhuset under Ældreplejen, which the organisation has under Rådhuset.
                "line 2: parent unit: enhederne danner en ring: Rådhuset → Ældreplejen → Rådhuset",
                "line 3: parent unit: enheden »Ingen« findes hverken i filen eller i organisationen",
                "line 4: parent unit: en enhed kan ikke være sin egen overordnede enhed",
                "line 5: parent unit: enhederne danner en ring: Nord → Syd → Nord",
                "line 6: parent unit: linje 5 giver enheden »Nord« en anden overordnet enhed"),
                errors(HEADER
                        + "Rådhuset;Ældreplejen;Hanne Holm;hr@x.dk;;hr\n"
                        + "Vest;Ingen;;;;\n"
                        + "Øst;øst;;;;\n"
                        + "Nord;Syd;;;;\n"
                        + "Nord;Øst;;;;\n"
                        + "Syd;Nord;;;;\n"));
    }

    @Test
    void peopleNeedNamesValidUniqueEmailsAndLeadersInTheFileWithoutCycles() {
        assertEquals(List.of(
                "line 3: name: skal udfyldes",
                "line 3: e-mail: »ikke-en-mail« er ikke en gyldig e-mailadresse",
                "line 4: e-mail: HR@X.DK står også på linje 2",
                "line 5: manager e-mail: en person kan ikke være sin egen leder",
                "line 6: name: må højst være 200 tegn (er 201)",
                "line 6: manager e-mail: ulla@x.dk er ikke i filen",
                "line 7: manager e-mail: lederforholdene danner en ring: c@x.dk → d@x.dk → c@x.dk"),
                errors(HEADER
                        + "Rådhuset;;Hanne Holm;hr@x.dk;;hr\n"
                        + "A;;;ikke-en-mail;;\n"
                        + "A;;Igen;HR@X.DK;;\n"
                        + "A;;Anna;anna@x.dk;ANNA@x.dk;\n"
                        + "A;;" + "n".repeat(201) + ";bo@x.dk;ulla@x.dk;\n"
                        + "A;;Cy;c@x.dk;d@x.dk;\n"
                        + "A;;Dy;d@x.dk;c@x.dk;\n"));
    }

    @Test
    void rolesAreGuarded() {
        String csv = HEADER + "Rådhuset;;Hanne Holm;hr@x.dk;;leader\n"
                + "Rådhuset;;Mette;mette@x.dk;;admin\n"
                + "Rådhuset;;Lars;lars@other.dk;;leader\n";
        assertEquals(List.of(
                "line 2: roles: du kan ikke fjerne dine egne roller hr",
                "line 3: roles: kun en administrator kan give eller fjerne rollen admin",
                "line 4: roles: lars@other.dk er allerede login i en anden organisation i Pejling og kan ikke få "
                        + "roller her"),
                errors(hr(), csv, Set.of("lars@other.dk")));
        assertEquals(List.of("file: Din egen e-mail (hr@x.dk) er ikke i filen, så importen ville deaktivere dig."),
                errors(HEADER + "Rådhuset;;Mette;mette@x.dk;;\n"));
    }

    @Test
    void errorsAreListedInFileOrderWhateverOrderTheyWereFoundIn() {
        ParsedFile parsed = ImportParser.parse((HEADER + "Rådhuset;;Hanne Holm;hr@x.dk;;hr\n"
                + "A;;Cy;c@x.dk;d@x.dk;\nA;;Dy;d@x.dk;c@x.dk;\n;;Bo;bo;;\n").getBytes(StandardCharsets.UTF_8));
        ImportCheck.check(hr(), parsed.rows(), organisation(), KEYS, parsed.errors(), emails -> Set.of());
        assertEquals(List.of(3, 5, 5), parsed.errors().list().stream().map(ImportError::line).toList());
        assertEquals(List.of(4, 0, 3), parsed.errors().list().stream().map(ImportError::column).toList());
    }

    @Test
    void cyclesAreFoundOnceEachFromTheFirstInOrderInLinearTime() {
        Map<String, String> next = new java.util.HashMap<>(Map.of("a", "b", "b", "c", "c", "a", "x", "b", "y", "y"));
        assertEquals(List.of(List.of("a", "b", "c")), ImportCheck.cycles(List.of("x", "c", "a", "b", "y"),
                n -> "y".equals(n) ? null : next.get(n)).stream().map(c -> c.stream().sorted().toList()).toList());
        assertEquals(List.of(List.of("c", "a", "b")), ImportCheck.cycles(List.of("x", "c", "a", "b"), next::get));
        int n = 300_000;
        long start = System.nanoTime();
        List<String> order = java.util.stream.IntStream.range(0, n).mapToObj(i -> "u" + i).toList();
        List<List<String>> ring = ImportCheck.cycles(order, u -> "u" + ((Integer.parseInt(u.substring(1)) + 1) % n));
        assertEquals(1, ring.size());
        assertEquals(n, ring.get(0).size());
        assertEquals(List.of(), ImportCheck.cycles(order, u -> u.equals("u0") ? null
                : "u" + (Integer.parseInt(u.substring(1)) - 1)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, "two walks of " + n + " nodes took " + seconds + " s");
    }

    @Test
    void theUnitTreeHasAtMostTwentyLevels() {
        StringBuilder csv = new StringBuilder(HEADER).append("Rådhuset;;Hanne Holm;hr@x.dk;;hr\n");
        for (int level = 2; level <= 22; level++) {
            csv.append("N").append(level).append(';').append(level == 2 ? "Rådhuset" : "N" + (level - 1))
                    .append(";;;;\n");
        }
        assertEquals(List.of("line 22: parent unit: »N21« ville ligge på niveau 21 i enhedstræet; højst 20 niveauer "
                + "er muligt: Rådhuset → … → N20 → N21"), errors(csv.toString()));
        // Ældreplejen is not in the file, but moves down with Rådhuset.
        csv = new StringBuilder(HEADER).append("Rådhuset;N19;Hanne Holm;hr@x.dk;;hr\nN1;;;;;\n");
        for (int level = 2; level <= 19; level++) {
            csv.append("N").append(level).append(";N").append(level - 1).append(";;;;\n");
        }
        assertEquals(List.of("file: »Ældreplejen« ville ligge på niveau 21 i enhedstræet; højst 20 niveauer er "
                + "muligt: N1 → … → Rådhuset → Ældreplejen"), errors(csv.toString()));
    }

    @Test
    void theCallerCountsWithTheRolesOfTheirLoginNowNotOfTheirToken() {
        OrgSnapshot organisation = organisation();
        assertTrue(ImportCheck.mayImport(hr(), organisation));
        assertEquals(Set.of(Role.hr), ImportCheck.callerRoles(new Actor(null, HANNE, EnumSet.allOf(Role.class)),
                organisation), "the token's admin is not the login's");
        assertEquals(Set.of(), ImportCheck.callerRoles(new Actor(null, ULLA, EnumSet.of(Role.hr)), organisation),
                "an inactive person has no roles");
        assertEquals(Set.of(), ImportCheck.callerRoles(new Actor(null, UUID.randomUUID(), EnumSet.of(Role.hr)),
                organisation), "nor has a stranger");
        assertEquals(false, ImportCheck.mayImport(new Actor(null, HANNE, EnumSet.of(Role.leader)), organisation));
    }
}
