package dk.pejling.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.rounds.InvitationMailer;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.RoundScenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey's rules one by one: 404, 409, 410, 400 naming the field, drafts, the race, and A6 in the schema. */
@QuarkusTest
class SurveyResourceTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InvitationMailer mailer;

    @Inject
    EntityManager em;

    private RoundScenario s;

    @BeforeEach
    void launchARound() {
        s = RoundScenario.draft("Runde " + UUID.randomUUID().toString().substring(0, 8));
        s.launch();
        MailQueue.flush(mailer);
    }

    private String token(String email) {
        return s.tokenOf(greenMail, email);
    }

    private static io.restassured.response.Response submit(String token, Object body) {
        return given().header("X-Survey-Token", token).contentType(ContentType.JSON).body(body)
                .post("/api/survey/submit");
    }

    @Test
    void theSurveyShowsTheLeaderTheRulesTheValuesAndTheScale() {
        given().header("X-Survey-Token", token("peter.dahl@demo.pejling.dk")).get("/api/survey")
                .then().statusCode(200)
                .body("leaderName", equalTo("Birgitte Lund"))
                .body("organisation", equalTo("Demo Kommune"))
                .body("rules.k", equalTo(3))
                .body("rules.kStory", equalTo(3))
                .body("values.title", equalTo(List.of("Synlig", "Modig")))
                .body("values[0].statements[0].text", equalTo("Min leder er tydelig i sin kommunikation"));
    }

    @Test
    void theLeaderGetsTheSelfWordings() {
        given().header("X-Survey-Token", token(RoundScenario.LEADER)).get("/api/survey")
                .then().statusCode(200)
                .body("raterGroup", equalTo("SELF"))
                .body("values[0].statements[0].text", startsWith("Jeg "));
    }

    @Test
    void anUnknownOrMissingTokenIs404() {
        given().header("X-Survey-Token", "ukendt-token-0000000000000000000000000").get("/api/survey")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/survey").then().statusCode(404);
        submit("ukendt", s.answers(3)).then().statusCode(404);
    }

    @Test
    void aSubmissionIsStoredOnceAndASecondIs409() {
        String token = token("peter.dahl@demo.pejling.dk");
        long before = ballots();
        submit(token, s.answers(4)).then().statusCode(201).body("stored", equalTo(true));
        assertEquals(before + 1, ballots());
        submit(token, s.answers(2)).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:already-submitted"));
        given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(409);
        assertEquals(before + 1, ballots());
    }

    @Test
    void aClosedRoundAnswers410() {
        String token = token("hr@demo.pejling.dk");
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200);
        given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(410)
                .contentType("application/problem+json");
        submit(token, s.answers(3)).then().statusCode(410);
    }

    @Test
    void badAnswersAre400NamingTheField() {
        String token = token("line.vestergaard@demo.pejling.dk");
        Map<String, Object> tooHigh = new HashMap<>(s.answers(6));
        submit(token, tooHigh).then().statusCode(400).body("errors.field", hasItem("answers[0].score"));

        List<Map<String, Object>> partial = new ArrayList<>();
        partial.add(Map.of("statementId", s.statementIds.get(0), "score", 3));
        submit(token, Map.of("answers", partial)).then().statusCode(400).body("errors.field", hasItem("answers"));

        List<Map<String, Object>> foreign = new ArrayList<>();
        foreign.add(Map.of("statementId", UUID.randomUUID().toString(), "score", 3));
        submit(token, Map.of("answers", foreign)).then().statusCode(400)
                .body("errors.field", hasItem("answers[0].statementId"));

        Map<String, Object> longStory = new HashMap<>(s.answers(3));
        longStory.put("stories", List.of(Map.of("valueId", s.valueIds.get(0), "text", "x".repeat(2001))));
        submit(token, longStory).then().statusCode(400).body("errors.field", hasItem("stories[0].text"));

        submit(token, Map.of("answers", "mange")).then().statusCode(400).body("errors.field", hasItem("answers"));
        given().header("X-Survey-Token", token).contentType(ContentType.JSON).body("{\"answers\": [")
                .post("/api/survey/submit").then().statusCode(400).contentType("application/problem+json");
        submit(token, Map.of("answers", List.of(), "ip", "1.2.3.4")).then().statusCode(400)
                .body("errors.field", hasItem("ip"));
        // Nothing of it was stored: the proper submission still goes through.
        submit(token, s.answers(null)).then().statusCode(201);
    }

    @Test
    void aDraftIsSavedAndResumed() {
        String token = token("peter.dahl@demo.pejling.dk");
        Map<String, Object> draft = Map.of("answers", List.of(Map.of("statementId", s.statementIds.get(1), "score", 5)),
                "stories", List.of(Map.of("valueId", s.valueIds.get(1), "text", "Halvt skrevet historie")));
        given().header("X-Survey-Token", token).contentType(ContentType.JSON).body(draft).put("/api/survey/draft")
                .then().statusCode(204);
        given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(200)
                .body("draft.answers", hasSize(1))
                .body("draft.answers[0].score", equalTo(5))
                .body("draft.stories[0].text", equalTo("Halvt skrevet historie"));
        byte[] sealed = (byte[]) em
                .createNativeQuery("select draft from ticket where round_id = ?1 and draft is not null")
                .setParameter(1, UUID.fromString(s.roundId)).getSingleResult();
        String stored = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!stored.contains("Halvt skrevet") && !stored.contains(s.statementIds.get(1)),
                "the database holds the draft only sealed");
        submit(token, s.answers(4)).then().statusCode(201);
        Number drafts = (Number) em
                .createNativeQuery("select count(*) from ticket where round_id = ?1 and draft is not null")
                .setParameter(1, UUID.fromString(s.roundId)).getSingleResult();
        assertEquals(0, drafts.intValue(), "the draft is gone once submitted");
    }

    @Test
    void twoRacingSubmitsWithOneTokenStoreExactlyOneBallot() throws Exception {
        String token = token("hr@demo.pejling.dk");
        long before = ballots();
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Callable<Integer> racer = () -> {
                start.await();
                return submit(token, s.answers(3)).statusCode();
            };
            results.add(pool.submit(racer));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(c -> c == 201).count(), statuses.toString());
        assertEquals(racers - 1, statuses.stream().filter(c -> c == 409).count(), statuses.toString());
        assertEquals(before + 1, ballots());
    }

    @Test
    void ballotTablesHoldNothingThatLinksToAPersonOrATime() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'public' and table_name in ('ballot', 'ballot_answer', 'story', 'ballot_box',
                    'ticket')""").getResultList();
        assertTrue(columns.size() >= 24, "found " + columns.size());
        for (Object[] c : columns) {
            String name = ((String) c[1]).toLowerCase();
            String type = ((String) c[2]).toLowerCase();
            for (String forbidden : List.of("invitation", "person", "token", "email", "ip", "time", "date", "created",
                    "submitted", "user", "account", "seq")) {
                if (c[0].equals("ticket") && name.equals("token_hash")) {
                    continue; // the link is found by its token's hash; the token itself is never stored
                }
                assertTrue(!name.contains(forbidden), c[0] + "." + name);
            }
            assertTrue(!type.contains("time") && !type.contains("date") && !type.contains("serial"),
                    c[0] + "." + name + " is " + type);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> references = em.createNativeQuery("""
                select tc.table_name, ccu.table_name from information_schema.table_constraints tc
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                where tc.constraint_type = 'FOREIGN KEY'
                  and tc.table_name in ('ballot', 'ballot_answer', 'story', 'ballot_box', 'ticket')
                """).getResultList();
        for (Object[] r : references) {
            String target = (String) r[1];
            assertTrue(List.of("round", "round_evaluee", "ballot", "framework_statement", "framework_value")
                    .contains(target), r[0] + " references " + target);
        }
        @SuppressWarnings("unchecked")
        List<String> storyColumns = em.createNativeQuery("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = 'story'""").getResultList();
        assertTrue(!storyColumns.contains("ballot_id"), "a story must not point to its ballot (A2)");
        @SuppressWarnings("unchecked")
        List<String> invitationColumns = em.createNativeQuery("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = 'invitation'""").getResultList();
        assertTrue(invitationColumns.stream().noneMatch(n -> n.contains("ballot") || n.contains("time")
                || n.contains("_at") || n.contains("token") || n.contains("used") || n.contains("draft")),
                invitationColumns.toString());
    }

    /** Ballots stored for the round: sealed in the box, or released into the ballot table. */
    private long ballots() {
        return ((Number) em.createNativeQuery("select (select count(*) from ballot_box where round_id = ?1) "
                + "+ (select count(*) from ballot where round_id = ?1)")
                .setParameter(1, UUID.fromString(s.roundId)).getSingleResult()).longValue();
    }
}
