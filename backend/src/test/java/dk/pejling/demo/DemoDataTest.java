package dk.pejling.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.org.OrgService.UnitRef;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo organisation is a believable municipality slice that shows what Pejling does, threshold included. */
@QuarkusTest
class DemoDataTest {

    @Inject
    OrgService org;

    @Inject
    DemoData demo;

    @Inject
    dk.pejling.rounds.InvitationMailer mailer;

    @dk.pejling.testing.InjectGreenMail
    com.icegreen.greenmail.util.GreenMail greenMail;

    private OrganisationRef demoKommune() {
        return org.organisationBySlug(DemoData.SLUG).orElseThrow();
    }

    @Test
    void unitsFormATreeUnderTheDirektion() {
        List<UnitRef> units = org.units(demoKommune().id());
        assertEquals("Direktionen", units.get(0).name());
        assertEquals(null, units.get(0).parentId());
        List<String> children = units.stream().filter(u -> units.get(0).id().equals(u.parentId()))
                .map(UnitRef::name).toList();
        assertTrue(children.containsAll(List.of("Ældreplejen", "Dagtilbud", "Borgerservice")), children.toString());
    }

    @Test
    void fiveLeadersOneWithOnlyThreeEmployees() {
        OrganisationRef o = demoKommune();
        List<String> leaderEmails = List.of("chef@demo.pejling.dk", "leder@demo.pejling.dk",
                "sofie.bach@demo.pejling.dk", "jens.mikkelsen@demo.pejling.dk", "birgitte.lund@demo.pejling.dk");
        Map<String, Integer> teamSizes = leaderEmails.stream().collect(Collectors.toMap(Function.identity(), email -> {
            String id = given().auth().oauth2(Tokens.login(email)).when().get("/api/me")
                    .then().statusCode(200).extract().path("id");
            return org.directReports(o.id(), java.util.UUID.fromString(id)).size();
        }));
        assertEquals(3, teamSizes.get("birgitte.lund@demo.pejling.dk"));
        assertTrue(teamSizes.get("leder@demo.pejling.dk") >= 10, teamSizes.toString());
        assertEquals(1, teamSizes.values().stream().filter(n -> n < 5 && n != 5).count(), teamSizes.toString());
    }

    @Test
    void aboutFortyEmployeesWithDanishNamesAndDemoAddresses() {
        OrganisationRef o = demoKommune();
        long people = org.countPeople(o.id());
        assertTrue(people >= 40 && people <= 50, "people: " + people);
        List<PersonRef> team = org.directReports(o.id(),
                org.directReports(o.id(), chef(o).id()).stream()
                        .filter(p -> p.email().equals("leder@demo.pejling.dk")).findFirst().orElseThrow().id());
        assertFalse(team.isEmpty());
        assertTrue(team.stream().allMatch(p -> p.email().endsWith("@demo.pejling.dk")));
        assertTrue(team.stream().anyMatch(p -> p.name().matches(".*[æøåÆØÅ].*")));
    }

    @Test
    void theDemoAccountsHaveTheirRoles() {
        given().auth().oauth2(Tokens.login("hr@demo.pejling.dk")).when().get("/api/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("hr", "admin"));
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk")).when().get("/api/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("leader"));
        given().auth().oauth2(Tokens.login("chef@demo.pejling.dk")).when().get("/api/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("manager", "leader"));
    }

    @Test
    void anOpenRoundOverAllFiveLeadersIsLaunchedWithoutBallots() {
        String hr = Tokens.login("hr@demo.pejling.dk");
        String roundId = given().auth().oauth2(hr).get("/api/rounds").then().statusCode(200)
                .extract().path("find { it.name == '" + DemoData.OPEN_ROUND + "' }.id");
        given().auth().oauth2(hr).get("/api/rounds/" + roundId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("frameworkName", startsWith(DemoData.FRAMEWORK))
                .body("evaluees.name", containsInAnyOrder("Mette Kjær", "Lars Holm Nielsen", "Sofie Bach",
                        "Jens Mikkelsen", "Birgitte Lund"))
                .body("evaluees.find { it.name == 'Birgitte Lund' }.invited.find { it.group == 'EMPLOYEE' }.invited",
                        equalTo(3));
        given().auth().oauth2(hr).get("/api/rounds/" + roundId + "/progress").then().statusCode(200)
                .body("units.findAll { it.group != 'EMPLOYEE' }.submitted", everyItem(equalTo(0)))
                // Nobody has answered yet: a count below k is never sent, only that the threshold is not reached.
                .body("units.findAll { it.group == 'EMPLOYEE' }.submitted", everyItem(nullValue()))
                .body("leaders.thresholdReached", everyItem(equalTo(false)));
        MailQueue.flush(mailer);
        assertFalse(dk.pejling.testing.Mailbox.texts(greenMail, "bente.soerensen@demo.pejling.dk",
                DemoData.OPEN_ROUND).isEmpty(), "the invitation went through the configured mailer");
    }

    @Test
    void loadingTwiceChangesNothing() {
        long before = org.countPeople(demoKommune().id());
        String hr = Tokens.login("hr@demo.pejling.dk");
        int rounds = given().auth().oauth2(hr).get("/api/rounds").then().extract().jsonPath()
                .getList("findAll { it.name == '" + DemoData.OPEN_ROUND + "' }").size();
        demo.loadIfAbsent();
        assertEquals(before, org.countPeople(demoKommune().id()));
        assertEquals(rounds, given().auth().oauth2(hr).get("/api/rounds").then().extract().jsonPath()
                .getList("findAll { it.name == '" + DemoData.OPEN_ROUND + "' }").size());
    }

    @Test
    void larsHasClosedMeetingEvaluationsWithATrendAndOneHiddenForTooFewAnswers() {
        String lars = Tokens.login("leder@demo.pejling.dk");
        var list = given().auth().oauth2(lars).get("/api/meetings").then().statusCode(200).extract().jsonPath();
        assertEquals(DemoMeetings.MEETINGS.size(), list.getList("own").size());
        assertEquals(List.of(false), list.getList("own.open").stream().distinct().toList(), "all closed");
        assertEquals(5, list.getList("own.findAll { it.mean != null }").size());
        String hidden = list.getString("own.find { it.mean == null }.id");
        given().auth().oauth2(lars).get("/api/meetings/" + hidden).then().statusCode(200)
                .body("result.shown", equalTo(false)).body("result.hidden", equalTo("TOO_FEW_ANSWERS"))
                .body("result.answers", nullValue());
        var trend = given().auth().oauth2(lars).get("/api/meetings/trend").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, trend.getList("").size());
        assertEquals(List.of(3.1f, 3.8f, 4.2f), trend.getList("find { it.valueTitle.startsWith('Jeg kommunikerer') }"
                + ".points.mean"), "the staff meetings rise on the value his plan works on");
        assertEquals(List.of(3.3f, 3.9f), trend.getList("find { it.valueTitle.startsWith('Jeg skaber trivsel') }"
                + ".points.mean"), "the hidden team meeting is in no trend");

        // Mette reads the one Lars shared with her; HR counts all six, with figures from the five shown.
        given().auth().oauth2(Tokens.login("chef@demo.pejling.dk")).get("/api/meetings").then().statusCode(200)
                .body("shared.name", equalTo(List.of("Personalemøde om den nye vagtplan")));
        var overview = given().auth().oauth2(Tokens.login("hr@demo.pejling.dk")).get("/api/meetings/overview")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 3), overview.getList("meetings", Integer.class));
        assertEquals(5, overview.getList("meetingsShown", Integer.class).stream().mapToInt(i -> i).sum());
    }

    @Test
    void metteTeamHasARecordedMonthOfDialogue() {
        String mette = Tokens.login("chef@demo.pejling.dk");
        var overview = given().auth().oauth2(mette).get("/api/team-dialogues").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> months = overview.getList("dialogues");
        assertEquals(1, months.size(), months.toString());
        String id = String.valueOf(months.get(0).get("id"));
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk")).get("/api/team-dialogues/" + id).then()
                .statusCode(200).body("valueTitle", equalTo("Jeg skaber rum for refleksion og innovation"))
                .body("holdOn", startsWith("At vi deler et forsøg"));
        demo.loadIfAbsent();
        assertEquals(1, given().auth().oauth2(mette).get("/api/team-dialogues").then().extract().jsonPath()
                .getList("dialogues").size(), "loading again adds nothing");
        assertEquals(DemoMeetings.MEETINGS.size(), given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/meetings").then().extract().jsonPath().getList("own").size());
    }

    @Test
    void emailsAreSpelledTheDanishWay() {
        assertEquals("bente.soerensen@demo.pejling.dk", DemoData.email("Bente Sørensen"));
        assertEquals("emma.noergaard@demo.pejling.dk", DemoData.email("Emma Nørgaard"));
        assertEquals("anne.marie.skov@demo.pejling.dk", DemoData.email("Anne Marie Skov"));
    }

    private PersonRef chef(OrganisationRef o) {
        String id = given().auth().oauth2(Tokens.login("chef@demo.pejling.dk")).when().get("/api/me")
                .then().extract().path("id");
        return org.person(o.id(), java.util.UUID.fromString(id)).orElseThrow();
    }
}
