package dk.pejling.rounds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.Role;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Leader colleagues (lederkolleger) as a rater group of their own, end to end: HR's default colleagues and the
 * leader's proposals, the rules for who may be one, their invitations, the employees' wordings, their own threshold
 * in the report and on the progress page, and never a colleague's answer in an employee figure.
 */
@QuarkusTest
class LeaderColleaguesTest {

    @Inject
    TestOrganisation organisations;

    @Inject
    Results results;

    @InjectGreenMail
    GreenMail greenMail;

    /** Mette manages four leaders; Karl leads elsewhere. Everyone leads three employees. */
    private static final String ORGANISATION = """
            Rådhuset;;Mette Kjær;mette@dom;;manager leader
            Ældreplejen;Rådhuset;Lars Holm;lars@dom;mette@dom;leader
            Ældreplejen;;Ea Aagaard;e1@dom;lars@dom;
            Ældreplejen;;Emil Bach;e2@dom;lars@dom;
            Ældreplejen;;Ella Dahl;e3@dom;lars@dom;
            Skolerne;Rådhuset;Sofie Bach;sofie@dom;mette@dom;leader
            Skolerne;;Sara Lund;s1@dom;sofie@dom;
            Skolerne;;Simon Krog;s2@dom;sofie@dom;
            Skolerne;;Signe Mose;s3@dom;sofie@dom;
            Børnehuset;Rådhuset;Birgitte Lund;birgitte@dom;mette@dom;leader
            Børnehuset;;Bo Berg;b1@dom;birgitte@dom;
            Børnehuset;;Britt Bro;b2@dom;birgitte@dom;
            Børnehuset;;Bent Bæk;b3@dom;birgitte@dom;
            Kulturen;Rådhuset;Jonas Dam;jonas@dom;mette@dom;leader
            Kulturen;;Jens Ravn;j1@dom;jonas@dom;
            Kulturen;;Jette Sko;j2@dom;jonas@dom;
            Kulturen;;Jørn Ulv;j3@dom;jonas@dom;
            Teknik;Rådhuset;Karl Nør;karl@dom;hr@dom;leader
            Teknik;;Kim Alm;k1@dom;karl@dom;
            """;

    @Test
    void colleaguesAreChosenAskedAndShownOnTheirOwn() throws InterruptedException {
        Built o = organisations.create();
        o.importCsv(ORGANISATION);
        String framework = o.framework("Grundlag", 2, 2).getString("id");
        Map<String, Object> body = new HashMap<>(Map.of("frameworkVersionId", framework, "name", "Kolleger",
                "closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "k", 3, "kPeer", 3,
                "hrAccess", "REPORT"));
        String round = given().auth().oauth2(o.hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                .then().statusCode(201).body("kPeer", equalTo(3)).extract().path("id");
        given().auth().oauth2(o.hr).contentType(ContentType.JSON)
                .body(Map.of("leaderIds", List.of(o.person("lars").toString(), o.person("sofie").toString())))
                .post("/api/rounds/" + round + "/evaluees").then().statusCode(200);

        // The default: the other leaders with the same manager (Jonas too, though he is not in the round).
        JsonPath draft = given().auth().oauth2(o.hr).post("/api/rounds/" + round + "/peer-defaults").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(Set.of("Sofie Bach", "Birgitte Lund", "Jonas Dam"), names(draft, "Lars Holm"));
        assertEquals(Set.of("Lars Holm", "Birgitte Lund", "Jonas Dam"), names(draft, "Sofie Bach"));
        assertEquals(3, groupCount(draft, "Lars Holm", "PEER"));

        // Who may not be a colleague, each refused naming the field.
        String lars = o.person("lars").toString();
        for (String who : List.of("lars", "mette", "e1")) {
            given().auth().oauth2(o.hr).contentType(ContentType.JSON)
                    .body(Map.of("personIds", List.of(o.person("sofie").toString(), o.person(who).toString())))
                    .put("/api/rounds/" + round + "/evaluees/" + lars + "/peers").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("personIds[1]"));
        }
        // Nor can a colleague also be one of the leader's employees.
        given().auth().oauth2(o.hr).contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(o.person("e1").toString(), o.person("sofie").toString())))
                .put("/api/rounds/" + round + "/evaluees/" + lars + "/employees").then().statusCode(400)
                .body("errors[0].field", equalTo("personIds[1]"));

        // Lars proposes Karl; the proposal waits for HR, and HR approves it. Lars finds leaders only, by name and
        // unit, and never himself, his manager or his employees.
        String larsToken = o.token("lars", Role.leader);
        JsonPath found = given().auth().oauth2(larsToken).queryParam("q", "pejling")
                .get("/api/rounds/" + round + "/my-peers/candidates").then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of("Sofie Bach", "Birgitte Lund", "Jonas Dam", "Karl Nør", "Hanne Holm"),
                Set.copyOf(found.getList("name", String.class)));
        assertFalse(found.prettify().contains("@"), "no e-mail addresses: " + found.prettify());
        given().auth().oauth2(larsToken).queryParam("q", "x")
                .get("/api/rounds/" + round + "/my-peers/candidates").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().auth().oauth2(o.token("karl", Role.leader)).queryParam("q", "Lars")
                .get("/api/rounds/" + round + "/my-peers/candidates").then().statusCode(404);
        given().auth().oauth2(larsToken).contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(o.person("karl").toString())))
                .put("/api/rounds/" + round + "/my-peers").then().statusCode(204);
        draft = given().auth().oauth2(o.hr).get("/api/rounds/" + round).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(true), draft.getList("evaluees.find { it.name == 'Lars Holm' }.peers"
                + ".findAll { it.name == 'Karl Nør' }.proposed"));
        assertEquals(3, groupCount(draft, "Lars Holm", "PEER"), "a proposal is not counted until approved");
        given().auth().oauth2(o.hr).post("/api/rounds/" + round + "/evaluees/" + lars + "/peers/approval").then()
                .statusCode(200).body("evaluees.find { it.name == 'Lars Holm' }.peers.findAll { it.proposed }.size()",
                        equalTo(0));
        // A leader cannot propose for a round they are not in, and not after launch.
        given().auth().oauth2(o.token("karl", Role.leader)).contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(lars))).put("/api/rounds/" + round + "/my-peers").then()
                .statusCode(404);

        given().auth().oauth2(o.hr).post("/api/rounds/" + round + "/launch").then().statusCode(200);
        given().auth().oauth2(larsToken).contentType(ContentType.JSON).body(Map.of("personIds", List.of()))
                .put("/api/rounds/" + round + "/my-peers").then().statusCode(409);

        Map<String, String> links = o.linksByLeader(round);
        List<String> peerLinks = links.keySet().stream().filter(k -> k.startsWith("PEER/")).sorted().toList();
        assertEquals(7, peerLinks.size(), "four colleagues of Lars, three of Sofie: " + peerLinks);
        String subject = null;
        for (int i = 0; i < 150 && subject == null; i++) {
            subject = Mailbox.subject(greenMail, o.mail("karl"), "som lederkollega");
            if (subject == null) {
                Thread.sleep(200);
            }
        }
        assertEquals("Giv din lederkollega Lars Holm feedback på ledelse", subject);

        // A colleague answers the employees' wordings, not the leader's own.
        String peerToken = links.get("PEER/" + o.mail("karl") + "/Lars Holm");
        String employeeToken = links.get("EMPLOYEE/" + o.mail("e1") + "/Lars Holm");
        assertEquals(statements(employeeToken), statements(peerToken));

        // Lars: employees give 2s; his four colleagues 5s, two of them "ved ikke" to the second statement.
        // Sofie: only two of her three colleagues answer.
        for (String employee : List.of("e1", "e2", "e3", "s1", "s2", "s3")) {
            assertEquals(201, TestOrganisation.submit(links.get("EMPLOYEE/" + o.mail(employee) + "/"
                    + (employee.startsWith("e") ? "Lars Holm" : "Sofie Bach")), List.of(2, 2, 2, 2), null));
        }
        String[] larsPeers = {"sofie", "birgitte", "jonas", "karl"};
        for (int i = 0; i < larsPeers.length; i++) {
            String token = links.get("PEER/" + o.mail(larsPeers[i]) + "/Lars Holm");
            assertEquals(201, TestOrganisation.submit(token, Arrays.asList(5, i < 2 ? null : 5, 5, 5),
                    "Lars tog ansvar på ledermødet."));
        }
        int sofiesAnswered = 0;
        for (Map.Entry<String, String> link : links.entrySet()) {
            if (link.getKey().startsWith("PEER/") && link.getKey().endsWith("/Sofie Bach") && sofiesAnswered < 2) {
                assertEquals(201, TestOrganisation.submit(link.getValue(), List.of(1, 1, 1, 1), null));
                sofiesAnswered++;
            }
        }

        // Progress: Sofie's two colleagues are below their threshold, and so is anything that adds up to them.
        JsonPath progress = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/progress").then()
                .statusCode(200).extract().jsonPath();
        assertNull(progress.get("units.find { it.unit == 'Skolerne' && it.group == 'PEER' }.submitted"),
                progress.prettify());
        assertNull(progress.get("totals.find { it.group == 'PEER' }.submitted"), progress.prettify());

        o.close(round);
        Counted.await(results, round);

        JsonPath report = given().auth().oauth2(larsToken).get("/api/rounds/" + round + "/reports/" + lars).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(report.getBoolean("peersShown"));
        assertEquals(3, report.getInt("kPeer"));
        // Employee figures are the employees' alone; the benchmark is every employee's, never a colleague's.
        assertEquals(2.0, report.getDouble("values[0].statements[0].employees.mean"));
        assertEquals(2.0, report.getDouble("values[0].statements[0].benchmark"));
        assertEquals(5.0, report.getDouble("values[0].statements[0].peers.mean"));
        assertEquals(4, report.getInt("values[0].statements[0].peers.n"));
        // Two scored the second statement: below the colleagues' threshold, so it and its value hide theirs.
        assertNull(report.get("values[0].statements[1].peers"));
        assertNull(report.get("values[0].peers"));
        assertEquals(5.0, report.getDouble("values[1].peers.mean"));
        assertEquals(4, report.getInt("values[1].peers.n"));
        assertEquals(4, (int) report.get("responseRates.find { it.group == 'PEER' }.submitted"));
        assertEquals(4, report.getList("values[0].stories.findAll { it.group == 'PEER' }").size(),
                "four colleagues reach the round's threshold for stories too");

        JsonPath sofie = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/reports/"
                + o.person("sofie")).then().statusCode(200).extract().jsonPath();
        assertFalse(sofie.getBoolean("peersShown"));
        for (int v = 0; v < 2; v++) {
            assertNull(sofie.get("values[" + v + "].peers"));
            for (int s = 0; s < 2; s++) {
                assertNull(sofie.get("values[" + v + "].statements[" + s + "].peers"));
            }
        }
        assertNull(sofie.get("responseRates.find { it.group == 'PEER' }.submitted"), "two of three is withheld");
        assertNotNull(sofie.get("responseRates.find { it.group == 'PEER' }.invited"));
        assertTrue(sofie.getList("values.stories.flatten().findAll { it.group == 'PEER' }").isEmpty());

        // The overview never mixes colleagues into the employees' figures.
        String overview = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/overview").then()
                .statusCode(200).extract().asString();
        assertFalse(overview.contains("5.0"), overview);
        // The PDF shows them as a group of their own, with the same rules.
        byte[] pdf = given().auth().oauth2(larsToken).get("/api/rounds/" + round + "/reports/" + lars + "/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(text.contains("Lederkollegernes gennemsnit 5,0 (antal svar: 4)"), text);
        assertTrue(text.contains("skjult: for få lederkolleger har givet en score"), text);
    }

    private static Set<String> names(JsonPath round, String leader) {
        return round.getList("evaluees.find { it.name == '" + leader + "' }.peers.name", String.class).stream()
                .collect(Collectors.toSet());
    }

    private static int groupCount(JsonPath round, String leader, String group) {
        return round.getInt("evaluees.find { it.name == '" + leader + "' }.invited.find { it.group == '" + group
                + "' }.invited");
    }

    private static List<String> statements(String token) {
        return new ArrayList<>(given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(200)
                .extract().jsonPath().getList("values.statements.flatten().text", String.class));
    }
}
