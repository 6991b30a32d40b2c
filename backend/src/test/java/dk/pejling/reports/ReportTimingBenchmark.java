package dk.pejling.reports;

import static io.restassured.RestAssured.given;

import dk.pejling.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name does not end in Test): prints how long the leader report takes for a leader with
 * 50 employee ballots on the demo's Kodeks framework (41 statements), with self, manager, stories, four other
 * leaders for the benchmark and a previous round for the trend, against {@code GET /api/me} measured in the same
 * run. Run with {@code ./mvnw test -pl backend -Dtest=ReportTimingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class ReportTimingBenchmark {

    static final int BALLOTS = 50;
    static final int ROUNDS = 200;

    @Inject
    EntityManager em;

    @Test
    void reportResponseTimeForFiftyBallots() {
        String hr = Tokens.login("hr@demo.pejling.dk");
        UUID organisation = UUID.fromString(given().auth().oauth2(hr).get("/api/me")
                .then().statusCode(200).extract().path("organisation.id"));
        UUID leader = UUID.randomUUID();
        UUID[] rounds = {UUID.randomUUID(), UUID.randomUUID()};
        QuarkusTransaction.requiringNew().run(() -> seed(organisation, leader, rounds));
        String token = Tokens.sign(Tokens.claims(leader, organisation, Set.of("leader")));
        String report = "/api/rounds/" + rounds[1] + "/reports/" + leader;

        for (int i = 0; i < 30; i++) {
            given().auth().oauth2(token).get(report).then().statusCode(200);
            given().auth().oauth2(hr).get("/api/me").then().statusCode(200);
        }
        long[] reportTimes = new long[ROUNDS];
        long[] meTimes = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            given().auth().oauth2(token).get(report).then().statusCode(200);
            reportTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            given().auth().oauth2(hr).get("/api/me").then().statusCode(200);
            meTimes[i] = System.nanoTime() - start;
        }
        long[] pdfTimes = new long[20];
        for (int i = 0; i < pdfTimes.length; i++) {
            long start = System.nanoTime();
            given().auth().oauth2(token).get(report + "/pdf").then().statusCode(200);
            pdfTimes[i] = System.nanoTime() - start;
        }
        int n = given().auth().oauth2(token).get(report).then().extract().path("responseRates[0].submitted");
        System.out.printf("%nREPORT TIMING (%d employee ballots, %d requests each, interleaved)%n", n, ROUNDS);
        System.out.printf("  GET report      median %.2f ms  p95 %.2f ms%n", median(reportTimes), p95(reportTimes));
        System.out.printf("  GET /api/me     median %.2f ms  p95 %.2f ms  (baseline)%n", median(meTimes), p95(meTimes));
        System.out.printf("  ratio report/me %.1f%n", median(reportTimes) / median(meTimes));
        System.out.printf("  GET report/pdf  median %.2f ms  (%d requests)%n%n", median(pdfTimes), pdfTimes.length);
    }

    private void seed(UUID organisation, UUID leader, UUID[] rounds) {
        Random random = new Random(50);
        UUID version = (UUID) em.createNativeQuery("select id from framework_version where organisation_id = :org "
                + "and status = 'PUBLISHED' and name = 'Ledelsesgrundlag for Demo Kommune'")
                .setParameter("org", organisation).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> statements = em.createNativeQuery("select s.id, s.value_id from framework_statement s join "
                + "framework_value v on v.id = s.value_id where v.version_id = :v").setParameter("v", version)
                .getResultList();
        sql("insert into person (id, organisation_id, name, email) values ('%s', '%s', 'Bench Leder', "
                + "'bench-%s@demo.pejling.dk')", leader, organisation, leader);
        Instant now = Instant.now();
        for (int r = 0; r < 2; r++) {
            Instant closed = now.minus(r == 0 ? 200 : 1, ChronoUnit.DAYS);
            sql("insert into round (id, organisation_id, framework_version_id, name, status, closes_at, k, k_story, "
                    + "include_self, include_manager, manager_access, hr_access, retention_months, "
                    + "reminder_days_before, confirm_respondents, closed_at) values ('%s', '%s', '%s', 'Bench %d', "
                    + "'CLOSED', '%s', 5, 5, true, true, 'REPORT', 'NONE', 12, 0, false, '%s')", rounds[r],
                    organisation, version, r, closed, closed);
            List<UUID> leaders = new ArrayList<>(List.of(leader));
            for (int o = 0; o < 4; o++) {
                UUID other = UUID.randomUUID();
                sql("insert into person (id, organisation_id, name, email) values ('%s', '%s', 'Anden', "
                        + "'bench-%s@demo.pejling.dk')", other, organisation, other);
                leaders.add(other);
            }
            for (UUID person : leaders) {
                UUID evaluee = UUID.randomUUID();
                sql("insert into round_evaluee (id, organisation_id, round_id, leader_id, leader_name) values "
                        + "('%s', '%s', '%s', '%s', 'Leder')", evaluee, organisation, rounds[r], person);
                int ballots = person.equals(leader) ? BALLOTS : 30;
                for (int i = 0; i < ballots + 6; i++) {
                    sql("insert into invitation (id, organisation_id, round_id, evaluee_id, rater_group, token_hash, "
                            + "used) values ('%s', '%s', '%s', '%s', 'EMPLOYEE', '\\x%s'::bytea, %s)",
                            UUID.randomUUID(), organisation, rounds[r], evaluee,
                            UUID.randomUUID().toString().replace("-", ""), i < ballots);
                }
                for (int i = 0; i < ballots + 2; i++) {
                    String group = i < ballots ? "EMPLOYEE" : i == ballots ? "SELF" : "MANAGER";
                    UUID ballot = UUID.randomUUID();
                    sql("insert into ballot (id, organisation_id, round_id, evaluee_id, rater_group) values "
                            + "('%s', '%s', '%s', '%s', '%s')", ballot, organisation, rounds[r], evaluee, group);
                    sql("insert into ballot_answer (ballot_id, statement_id, score) values " + statements.stream()
                            .map(s -> "('" + ballot + "','" + s[0] + "'," + (random.nextInt(12) == 0 ? "null"
                                    : String.valueOf(1 + random.nextInt(5))) + ")")
                            .collect(Collectors.joining(",")));
                }
                for (int i = 0; i < 60; i++) {
                    sql("insert into story (id, organisation_id, round_id, evaluee_id, rater_group, value_id, text) "
                            + "values ('%s', '%s', '%s', '%s', 'EMPLOYEE', '%s', 'En konkret situation, hvor min "
                            + "leder gjorde noget, der gjorde en forskel for os.')", UUID.randomUUID(), organisation,
                            rounds[r], evaluee, statements.get(random.nextInt(statements.size()))[1]);
                }
            }
        }
    }

    private void sql(String template, Object... args) {
        em.createNativeQuery(String.format(template, args)).executeUpdate();
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.95)] / 1e6;
    }
}
