package dk.pejling.operations;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

/**
 * Every assumption the fault tests make about how ballots are stored, in one place: a ballot counts as stored when,
 * after the round has closed, the leader's report counts it (HR reads each report, as the round allows). Reports of
 * a round that is still being sealed or mixed may answer 409 for a while; this waits for them. Counting through the
 * API rather than the tables keeps the tests true while the storage of ballots changes.
 */
final class StoredBallots {

    private StoredBallots() {
    }

    static void close(String baseUrl, String hr, FaultScenario.Round round) {
        given().baseUri(baseUrl).auth().oauth2(hr).post("/api/rounds/" + round.id() + "/close")
                .then().statusCode(200);
    }

    /** Employee ballots stored for the round: the sum of the reports' employee response counts. */
    static long count(String baseUrl, String hr, FaultScenario.Round round, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long total = 0;
        for (String leaderId : round.leaderIds()) {
            while (true) {
                var response = given().baseUri(baseUrl).auth().oauth2(hr)
                        .get("/api/rounds/" + round.id() + "/reports/" + leaderId);
                if (response.statusCode() == 200) {
                    JsonPath report = response.jsonPath();
                    Object submitted = report.get("responseRates.find { it.group == 'EMPLOYEE' }.submitted");
                    if (submitted == null) {
                        throw new AssertionError("The report withholds the count (below k) for " + leaderId + ": "
                                + report.getList("responseRates"));
                    }
                    total += ((Number) submitted).longValue();
                    break;
                }
                if (response.statusCode() != 409 || System.nanoTime() > deadline) {
                    throw new AssertionError("Report of " + leaderId + ": " + response.statusCode() + " "
                            + response.asString());
                }
                Thread.sleep(500);
            }
        }
        return total;
    }

    /** Invitations used, from HR's progress of the round (each token consumed once). */
    static long used(String baseUrl, String hr, FaultScenario.Round round) {
        List<Integer> submitted = given().baseUri(baseUrl).auth().oauth2(hr)
                .get("/api/rounds/" + round.id() + "/progress").then().statusCode(200).extract().jsonPath()
                .getList("units.submitted", Integer.class);
        return submitted.stream().mapToLong(Integer::longValue).sum();
    }
}
