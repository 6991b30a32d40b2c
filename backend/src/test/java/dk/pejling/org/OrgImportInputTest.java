package dk.pejling.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.org.ImportFixtures.ImportOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.log.LogDetail;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, the import answers 200 or a 4xx problem naming what is wrong, never a 500 and never after
 * minutes; and a refused file changes nothing. The largest files it accepts are checked in seconds.
 */
@QuarkusTest
class OrgImportInputTest {

    private static final String HEADER = OrgFileGenerator.HEADER;

    @Inject
    ImportFixtures fixtures;

    @Inject
    OrgService org;

    private ImportOrg o;

    @BeforeEach
    void organisation() {
        o = fixtures.organisation(EnumSet.of(Role.hr, Role.admin));
    }

    private String hanne() {
        return "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n";
    }

    private ValidatableResponse post(String mode, byte[] csv) {
        return given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", mode).body(csv)
                .when().post("/api/org/import")
                .then().log().ifValidationFails(LogDetail.ALL);
    }

    private ValidatableResponse post(String mode, String csv) {
        return post(mode, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Preview and apply both refuse the file with 400, listing these fields; nothing is written. */
    private JsonPath refused(String csv, String... fields) {
        return refused(csv.getBytes(StandardCharsets.UTF_8), fields);
    }

    private JsonPath refused(byte[] csv, String... fields) {
        long people = org.countPeople(o.id());
        long units = org.countUnits(o.id());
        JsonPath problem = null;
        for (String mode : List.of("preview", "apply")) {
            problem = post(mode, csv).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(fields))).extract().jsonPath();
        }
        assertEquals(people, org.countPeople(o.id()));
        assertEquals(units, org.countUnits(o.id()));
        return problem;
    }

    @Test
    void controlCharactersAreRefusedNamingLineAndColumn() {
        JsonPath problem = refused(HEADER + hanne()
                + "Rådhuset;;Nul\u0000Person;nul@x.dk;;\n"
                + "Råd\u0007huset;;Bel;bel@x.dk;;\n"
                + "Rådhuset;;Del;del\u007F@x.dk;;\n"
                + "Rådhuset;;\"Tab\tog\nlinjeskift\";tab@x.dk;;\n",
                "line 3: name", "line 4: unit", "line 5: e-mail");
        assertTrue(problem.getString("errors[0].message").contains("U+0000"), problem.prettify());
        assertTrue(problem.getString("errors[2].message").contains("U+007F"), problem.prettify());
        problem = refused("enhed;navn;e-\u0001mail\n" + "A;B;c@x.dk\n", "line 1: header", "line 1: header");
        assertTrue(problem.getString("errors[0].message").contains("U+0001"), problem.prettify());
    }

    @Test
    void utf16AndOtherEncodingsAreRefusedAsNotUtf8() {
        for (byte[] bytes : List.of(
                "enhed;navn;e-mail\nA;B;c@x.dk\n".getBytes(StandardCharsets.UTF_16LE),
                (HEADER + hanne()).getBytes(StandardCharsets.UTF_16LE),
                (HEADER + hanne()).getBytes(StandardCharsets.UTF_16),
                (HEADER + hanne()).getBytes(StandardCharsets.ISO_8859_1))) {
            JsonPath problem = refused(bytes, "file");
            assertTrue(problem.getString("errors[0].message").contains("UTF-8"), problem.prettify());
        }
    }

    @Test
    void emptyFilesBomsAndLoneHeadersAreRefusedAsSuch() {
        refused("\uFEFF", "file");
        refused("\uFEFF\r\n\r\n  \n", "file");
        refused("\uFEFF" + HEADER, "file");
        refused(HEADER + ";;;;;\n", "file");
        JsonPath problem = refused(new byte[0], "file");
        assertEquals("Filen er tom.", problem.getString("errors[0].message"));
    }

    @Test
    void hugeCellsLinesAndQuotesAreRefusedQuicklyWithShortMessages() {
        String huge = "x".repeat(3_000_000);
        long start = System.nanoTime();
        // One header cell of 3 MB: an unknown column, quoted back in short.
        JsonPath problem = refused(huge + "\n", "line 1: header", "line 1: header", "line 1: header",
                "line 1: header");
        assertTrue(problem.getString("errors[0].message").length() < 400, "the message is cut");
        // A name of 3 MB: too long, and the message does not repeat it.
        problem = refused(HEADER + hanne() + "A;;" + huge + ";a@x.dk;;\n", "line 3: name");
        assertTrue(problem.getString("errors[0].message").length() < 100);
        // An e-mail and a role of 3 MB.
        refused(HEADER + hanne() + "A;;A;" + huge + ";;" + huge + "\n", "line 3: e-mail", "line 3: roles");
        // 3 MB of delimiters on one line, of quotes in a field, and an unclosed quote.
        refused(HEADER + hanne() + "A;;A;a@x.dk;;" + ";".repeat(3_000_000) + "\n", "line 3");
        refused(HEADER + hanne() + "A;;x" + "\"".repeat(3_000_000) + ";a@x.dk;;\n", "line 3: name");
        refused(HEADER + hanne() + "A;;\"" + huge + "\n", "line 3");
        // 3 million blank lines, and more rows than the limit.
        refused(HEADER + "\n".repeat(3_000_000), "file");
        refused(HEADER + "A;;B;b@x.dk;;\n".repeat(OrgImportService.MAX_ROWS + 1), "file");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("18 refusals of files up to 16 MB: %.1f s%n", seconds);
        // Not a speed target (that is measured by the benchmarks): a guard against work that grows with the square
        // of a cell's length, which would take hours here, on a machine that may be busy with other tests.
        assertTrue(seconds < 600, "18 refusals of files up to 16 MB took " + seconds + " s");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() {
        byte[] big = new byte[OrgImportService.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", "preview").body(big)
                .post("/api/org/import").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:payload-too-large"));
    }

    @Test
    void namesThatTheDatabaseFoldsToTheSameKeyAreOneUnitAndOnePerson() {
        // Java's lower case keeps the final sigma, PostgreSQL's does not: one unit and one e-mail to both.
        String csv = HEADER + hanne()
                + "ΟΔΟΣ;;Alfa;ΟΔΟΣ@x.dk;;\n"
                + "οδοσ;;Beta;οδοσ@x.dk;;\n";
        JsonPath problem = refused(csv, "line 4: e-mail");
        assertTrue(problem.getString("errors[0].message").contains("linje 3"), problem.prettify());
        post("apply", HEADER + hanne() + "ΟΔΟΣ;;Alfa;alfa@x.dk;;\n" + "οδοσ;;Beta;beta@x.dk;;\n").statusCode(200)
                .body("summary.unitsCreated", equalTo(1));
    }

    @Test
    void oddHeadersAndParametersAreProblemsNotErrors() {
        given().auth().oauth2(o.token()).contentType("text/csv").header("Accept-Language", ";;;q=x,,")
                .body((HEADER + hanne()).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/org/import").then().statusCode(lessThan(500));
        given().auth().oauth2(o.token()).contentType("application/json").body("{}")
                .when().post("/api/org/import").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", "\u0000")
                .body((HEADER + hanne()).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/org/import").then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void theLargestChainOfUnitsIsCheckedInSeconds() {
        int rows = OrgImportService.MAX_ROWS - 1;
        long start = System.nanoTime();
        JsonPath ring = refused(OrgFileGenerator.unitChain(rows, true, o.hrEmail()), "line 3: parent unit");
        assertTrue(
                ring.getString("errors[0].message")
                        .startsWith("enhederne danner en ring: E0 → E" + (rows - 1) + " → E" + (rows - 2) + " →"),
                ring.getString("errors[0].message"));
        assertTrue(ring.getString("errors[0].message").length() < 400);
        JsonPath chain = refused(OrgFileGenerator.unitChain(rows, false, o.hrEmail()), "line 23: parent unit");
        assertTrue(chain.getString("errors[0].message").contains("20"), chain.prettify());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "two files of " + rows + " chained units took " + seconds + " s to check twice");
    }

    @Test
    void theLargestChainOfLeadersIsCheckedInSecondsAndAnOpenOneIsImported() {
        int rows = OrgImportService.MAX_ROWS - 1;
        long start = System.nanoTime();
        JsonPath ring = refused(OrgFileGenerator.leaderChain(rows, true, o.hrEmail()), "line 3: manager e-mail");
        assertTrue(ring.getString("errors[0].message").startsWith("lederforholdene danner en ring: p0@x.dk → "),
                ring.getString("errors[0].message"));
        assertTrue(ring.getString("errors[0].message").length() < 600);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "a ring of " + rows + " leaders took " + seconds + " s to check twice");
        post("apply", OrgFileGenerator.leaderChain(rows, false, o.hrEmail())).statusCode(200)
                .body("summary.peopleCreated", equalTo(rows));
    }

    /** A small fuzz: random bytes from the alphabet of CSV files never give a 500. */
    @Test
    void randomFilesNeverGiveA500() {
        java.util.Random random = new java.util.Random(20261201);
        String[] pieces = {";", ",", "\"", "\n", "\r", "\r\n", " ", "\t", "\u0000", "\uFEFF", "Ø", "ΟΔΟΣ", "@",
                "a@x.dk", "leder", "chef", "hr", "admin", "Rådhuset", "E1", "enhed", "navn", "e-mail", "roller",
                "leders e-mail", "overordnet enhed", o.hrEmail(), "x".repeat(250)};
        List<Integer> statuses = new ArrayList<>();
        for (int file = 0; file < 40; file++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] header = (file % 2 == 0 ? HEADER + hanne() : "").getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(header);
            for (int i = 0; i < 200; i++) {
                bytes.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                if (random.nextInt(50) == 0) {
                    bytes.write(random.nextInt(256));
                }
            }
            for (String mode : List.of("preview", "apply")) {
                statuses.add(post(mode, bytes.toByteArray()).statusCode(lessThan(500)).extract().statusCode());
            }
        }
        assertTrue(statuses.contains(400), statuses.toString());
        Map<Integer, Long> counts = statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                java.util.stream.Collectors.counting()));
        System.out.println("Random import files, statuses: " + counts);
    }
}
