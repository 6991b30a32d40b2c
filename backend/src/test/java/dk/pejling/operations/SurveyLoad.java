package dk.pejling.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * Respondents submitting through the load balancer: {@code clients} concurrent clients, each from its own loopback
 * address (so that per-client limits see 50 clients, not one), each answering one survey after another with a pause
 * between them, for the given time. A submission that fails (connection error, 5xx) is retried with the same token
 * until it is answered: 201 is acknowledged; 409 after an earlier failed try means that try was stored without the
 * client hearing so. A token is never given up, so at the end every token handed out is settled.
 */
final class SurveyLoad {

    enum Outcome { ACKNOWLEDGED, STORED_UNACKNOWLEDGED, UNEXPECTED }

    record Attempt(long atMillis, int status, String replica, String contentType, String problemType, long millis) {
    }

    final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    final Map<String, List<Attempt>> attempts = new ConcurrentHashMap<>();
    final AtomicInteger retried = new AtomicInteger();
    private final String url;
    private final Queue<String> tokens;
    private final Map<String, Object> answers;
    private final long started = System.currentTimeMillis();
    private final ObjectMapper json = new ObjectMapper();

    SurveyLoad(String url, List<String> tokens, Map<String, Object> answers) {
        this.url = url + "/api/survey/submit";
        this.tokens = new ConcurrentLinkedQueue<>(tokens);
        this.answers = answers;
    }

    long elapsedMillis() {
        return System.currentTimeMillis() - started;
    }

    /** Runs the clients in the background; {@link #await} waits for them. */
    ExecutorService run(int clients, Duration duration, Duration pause) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            int client = i;
            pool.submit(() -> {
                try (CloseableHttpClient http = client(client)) {
                    while (System.nanoTime() < end) {
                        String token = tokens.poll();
                        if (token == null) {
                            return null;
                        }
                        settle(http, token);
                        Thread.sleep(pause.toMillis());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        return pool;
    }

    void await(ExecutorService pool, Duration timeout) throws InterruptedException {
        if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            throw new AssertionError("Load clients did not finish in " + timeout);
        }
    }

    /** An HTTP client whose connections come from 127.0.0.(10 + client): one real client as limits see it. */
    static CloseableHttpClient client(int client) throws IOException {
        RequestConfig config = RequestConfig.custom()
                .setLocalAddress(InetAddress.getByName("127.0.0." + (10 + client)))
                .setConnectTimeout(2000).setSocketTimeout(20_000).setConnectionRequestTimeout(2000).build();
        return HttpClients.custom().setDefaultRequestConfig(config).disableAutomaticRetries().build();
    }

    /** Submits until the token is settled: at most 60 s of retries, which covers any gap the tests make. */
    private void settle(CloseableHttpClient http, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        boolean failedBefore = false;
        List<Attempt> log = attempts.computeIfAbsent(token, t -> new ArrayList<>());
        while (true) {
            long t0 = System.nanoTime();
            HttpPost post = new HttpPost(url);
            post.setHeader("X-Survey-Token", token);
            post.setEntity(new StringEntity(json.writeValueAsString(answers), ContentType.APPLICATION_JSON));
            int status;
            String replica = null;
            String contentType = null;
            String problemType = null;
            try (CloseableHttpResponse response = http.execute(post)) {
                status = response.getStatusLine().getStatusCode();
                replica = response.getFirstHeader("X-Replica") == null ? null
                        : response.getFirstHeader("X-Replica").getValue();
                contentType = response.getFirstHeader("Content-Type") == null ? null
                        : response.getFirstHeader("Content-Type").getValue();
                String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
                if (contentType != null && contentType.startsWith("application/problem+json")) {
                    problemType = json.readTree(body).path("type").asText(null);
                }
            } catch (IOException e) {
                status = -1;
            }
            log.add(new Attempt(elapsedMillis(), status, replica, contentType, problemType,
                    (System.nanoTime() - t0) / 1_000_000));
            if (status == 201) {
                outcomes.put(token, Outcome.ACKNOWLEDGED);
                return;
            }
            if (status == 409 && failedBefore) {
                outcomes.put(token, Outcome.STORED_UNACKNOWLEDGED);
                return;
            }
            if ((status == -1 || status >= 500) && System.nanoTime() < deadline) {
                failedBefore = true;
                retried.incrementAndGet();
                Thread.sleep(300);
                continue;
            }
            outcomes.put(token, Outcome.UNEXPECTED);
            return;
        }
    }

    long count(Outcome outcome) {
        return outcomes.values().stream().filter(o -> o == outcome).count();
    }

    List<String> tokensWith(Outcome outcome) {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == outcome).map(Map.Entry::getKey).toList();
    }

    List<Attempt> allAttempts() {
        List<Attempt> all = new ArrayList<>();
        attempts.values().forEach(all::addAll);
        return all;
    }
}
