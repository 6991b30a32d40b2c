package dk.pejling.meetings;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention of meeting evaluations with a moved clock: invitations, tickets and per-browser marks go after the grace
 * period, answers and stories when the retention period (24 months) ends, while the result, the leader's trend and
 * HR's overview keep their figures.
 */
@QuarkusTest
class MeetingRetentionTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TestOrganisation organisations;

    @Inject
    MeetingRetention retention;

    @Inject
    EntityManager em;

    @Test
    void linksAndBrowserMarksGoAfterTheGracePeriodAndAnswersAfterTwoYearsWhileTheFiguresStay() {
        Built org = organisations.create();
        org.importCsv("""
                Rådhuset;;Mette Kjær;mette@dom;;manager leader
                Ældreplejen;Rådhuset;Lars Holm;lars@dom;mette@dom;leader
                """);
        String valueId = org.framework("Vores ledelsesgrundlag", 1, 1).getString("values[0].id");
        String lars = org.token("lars", Role.leader);
        JsonPath open = create(lars, Map.of("name", "MED-møde", "meetingDate", LocalDate.now().toString(), "valueId",
                valueId));
        String token = open.getString("link").substring(3);
        assertEquals(201, answer(token, 4, "Vi talte åbent om budgettet"));
        assertEquals(201, answer(token, 5, null));
        assertEquals(201, answer(token, 3, null));
        assertEquals(201, answer(token, null, null));
        JsonPath byMail = create(lars, Map.of("name", "Ledermøde", "meetingDate", LocalDate.now().toString(),
                "valueId", valueId, "emails", List.of("a1@" + org.domain, "a2@" + org.domain, "a3@" + org.domain)));
        UUID id = UUID.fromString(open.getString("id"));
        UUID mailed = UUID.fromString(byMail.getString("id"));
        close(lars, open.getString("id"));
        close(lars, byMail.getString("id"));
        JsonPath beforeJson = given().auth().oauth2(lars).get("/api/meetings/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertNull(beforeJson.get("result.storiesRemovedAt"), "no removal date while the stories are kept");
        String before = beforeJson.prettify();
        String trendBefore = trend(lars);
        String overviewBefore = overview(org.hr);
        Instant closed = closedAt(id);

        retention.run(closed.plus(Duration.ofDays(29)));
        assertEquals(4, count("select count(*) from meeting_browser where meeting_id = ?1", id), "within grace");
        assertEquals(3, count("select count(*) from meeting_ticket where meeting_id = ?1", mailed));

        retention.run(closed.plus(Duration.ofDays(31)));
        assertEquals(0, count("select count(*) from meeting_browser where meeting_id = ?1", id));
        assertEquals(0, count("select count(*) from meeting_ticket where meeting_id = ?1", mailed));
        assertEquals(0, count("select count(*) from meeting_invitation where meeting_id = ?1", mailed));
        assertEquals(4, count("select count(*) from meeting_answer where meeting_id = ?1", id),
                "answers stay until retention ends");

        Instant twoYears = closed.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant();
        retention.run(twoYears.minus(Duration.ofDays(1)));
        assertEquals(4, count("select count(*) from meeting_answer where meeting_id = ?1", id));
        assertEquals(1, count("select count(*) from meeting_story where meeting_id = ?1", id));

        retention.run(twoYears);
        assertEquals(0, count("select count(*) from meeting_answer where meeting_id = ?1", id));
        assertEquals(0, count("select count(*) from meeting_story where meeting_id = ?1", id));
        JsonPath after = given().auth().oauth2(lars).get("/api/meetings/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(true, after.getBoolean("result.shown"));
        assertEquals(4, after.getInt("result.answers"));
        assertEquals(3, after.getInt("result.scored"));
        assertEquals(1, after.getInt("result.dontKnow"));
        assertEquals(4.0, after.getDouble("result.mean"));
        assertEquals(List.of(0, 0, 1, 1, 1), after.getList("result.distribution", Integer.class));
        assertEquals(List.of(), after.getList("result.stories"), "the stories are gone with the answers");
        assertEquals(twoYears, Instant.parse(after.getString("result.storiesRemovedAt")),
                "the page tells when and why the stories went, instead of showing none");
        assertTrue(before.contains("Vi talte åbent om budgettet"));
        assertEquals(trendBefore, trend(lars), "the leader's trend keeps its figures");
        assertEquals(overviewBefore, overview(org.hr), "HR's overview keeps its figures");
        retention.run(twoYears.plus(Duration.ofDays(1)));
        assertEquals(4, given().auth().oauth2(lars).get("/api/meetings/" + id).then().statusCode(200).extract()
                .jsonPath().getInt("result.answers"), "a second run keeps the kept figures");
    }

    private static JsonPath create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/meetings").then()
                .statusCode(201).extract().jsonPath();
    }

    private static void close(String token, String id) {
        given().auth().oauth2(token).post("/api/meetings/" + id + "/close").then().statusCode(200);
    }

    private static String trend(String token) {
        return given().auth().oauth2(token).get("/api/meetings/trend").then().statusCode(200).extract().asString();
    }

    private static String overview(String token) {
        return given().auth().oauth2(token).get("/api/meetings/overview").then().statusCode(200).extract().asString();
    }

    private static int answer(String linkToken, Integer score, String story) {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        Map<String, Object> body = new HashMap<>();
        body.put("score", score);
        if (story != null) {
            body.put("story", story);
        }
        return given().header("X-Meeting-Token", linkToken)
                .header("X-Meeting-Browser", Base64.getUrlEncoder().withoutPadding().encodeToString(key))
                .contentType(ContentType.JSON).body(body).post("/api/meeting-answer").statusCode();
    }

    private Instant closedAt(UUID id) {
        Object value = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select closed_at from meeting_evaluation where id = ?1").setParameter(1, id)
                .getSingleResult());
        return value instanceof Timestamp t ? t.toInstant()
                : value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, id)
                .getSingleResult()).longValue());
    }
}
