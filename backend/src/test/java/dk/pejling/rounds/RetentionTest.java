package dk.pejling.rounds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention with a moved clock: names and links go after the grace period, answers when the retention ends. */
@QuarkusTest
class RetentionTest {

    @Inject
    TestOrganisation organisations;

    @Inject
    Retention retention;

    @Inject
    Results results;

    @Inject
    EntityManager em;

    @Test
    void personalDataGoesAfterTheGracePeriodAndAnswersWhenTheRetentionEndsWhileTheReportStays() {
        Built o = organisations.create();
        o.importCsv("""
                Rådhuset;;Lars Holm;lars@dom;;leader
                Rådhuset;;Ea Aagaard;e1@dom;lars@dom;
                Rådhuset;;Emil Bach;e2@dom;lars@dom;
                Rådhuset;;Ella Dahl;e3@dom;lars@dom;
                """);
        String framework = o.framework("Grundlag", 2).getString("id");
        String round = o.launch(framework, "Runde", Map.of("k", 3, "retentionMonths", 6), List.of("lars"));
        int n = 0;
        for (String token : o.links(round).values()) {
            assertEquals(201, TestOrganisation.submit(token, List.of(2 + n++ % 3, 4), n == 1 ? "En historie" : null));
        }
        o.close(round);
        Counted.await(results, round);
        UUID id = UUID.fromString(round);
        JsonPath view = given().auth().oauth2(o.hr).get("/api/rounds/" + round).then().statusCode(200)
                .body("retention.personalDataRemoval", notNullValue())
                .body("retention.personalDataRemovedAt", nullValue())
                .extract().jsonPath();
        Instant closed = Instant.parse(view.getString("closedAt"));
        assertEquals(closed.plus(Duration.ofDays(30)), Instant.parse(view.getString("retention.personalDataRemoval")));
        String lars = o.person("lars").toString();
        String leader = o.token("lars", Role.leader);
        String before = given().auth().oauth2(leader).get("/api/rounds/" + round + "/reports/" + lars).then()
                .statusCode(200).extract().jsonPath().getString("values[0].employees.mean");

        retention.run(closed.plus(Duration.ofDays(29)));
        assertTrue(count("select count(*) from invitation where round_id = ?1", id) > 0, "within the grace period");

        retention.run(closed.plus(Duration.ofDays(31)));
        for (String table : List.of("invitation", "ticket", "mail_outbox", "reminder_campaign")) {
            assertEquals(0, count("select count(*) from " + table + " where round_id = ?1", id), table);
        }
        assertEquals(0, count("select count(*) from round_respondent r join round_evaluee e on e.id = r.evaluee_id "
                + "where e.round_id = ?1", id));
        assertTrue(count("select count(*) from ballot where round_id = ?1", id) > 0,
                "answers stay until retention ends");
        given().auth().oauth2(o.hr).get("/api/rounds/" + round).then().statusCode(200)
                .body("retention.personalDataRemovedAt", notNullValue());

        retention.run(closed.plus(Duration.ofDays(6 * 31 + 1)));
        for (String table : List.of("ballot", "story", "ballot_box")) {
            assertEquals(0, count("select count(*) from " + table + " where round_id = ?1", id), table);
        }
        given().auth().oauth2(leader).get("/api/rounds/" + round + "/reports/" + lars).then().statusCode(200)
                .body("values[0].employees.mean", equalTo(Float.parseFloat(before)))
                .body("storiesRemoved", equalTo(true));
        given().auth().oauth2(o.hr).get("/api/rounds/" + round).then().statusCode(200)
                .body("retention.answersRemovedAt", notNullValue());
    }

    private long count(String sql, UUID round) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, round).getSingleResult()).longValue());
    }
}
