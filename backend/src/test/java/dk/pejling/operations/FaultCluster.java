package dk.pejling.operations;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.pejling.testing.TestKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator runs, on this machine: one PostgreSQL (started here, as its own process), two replicas of the
 * runnable jar sharing its database, keys and secrets, HAProxy in front, and a real SMTP server (GreenMail). The app
 * connects as an ordinary role that owns its database, not as the superuser.
 */
final class FaultCluster implements AutoCloseable {

    private static final String APP_PASSWORD = "fault-test-" + Long.toHexString(new SecureRandom().nextLong());

    final Path dir;
    final GreenMail mail;
    final List<Replica> replicas = new ArrayList<>();
    LoadBalancer balancer;
    private final int dbPort;
    private EmbeddedPostgres db;

    FaultCluster(Map<String, Map<String, String>> replicaSettings) throws Exception {
        dir = Files.createDirectories(Path.of("target", "fault", String.valueOf(System.currentTimeMillis())))
                .toAbsolutePath();
        dbPort = Replica.freePort();
        startDatabase();
        try (Connection c = db.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role pejling login password '" + APP_PASSWORD + "'");
            s.execute("create database pejling owner pejling");
        }
        // One line per mailbox created would fill the build log with 2,600 lines.
        java.util.logging.Logger.getLogger("com.icegreen").setLevel(java.util.logging.Level.WARNING);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();

        KeyPair pair = TestKeys.generate();
        Path keys = Files.createDirectories(dir.resolve("keys"));
        Files.writeString(keys.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(keys.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        byte[] authSecret = new byte[32];
        new SecureRandom().nextBytes(authSecret);

        Map<String, String> common = new HashMap<>();
        common.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/pejling");
        common.put("QUARKUS_DATASOURCE_USERNAME", "pejling");
        common.put("QUARKUS_DATASOURCE_PASSWORD", APP_PASSWORD);
        common.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("private.pem").toUri().toString());
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("public.pem").toUri().toString());
        common.put("PEJLING_SURVEY_TOKEN_SECRET", Base64.getEncoder().encodeToString(secret));
        common.put("PEJLING_AUTH_SECRET", Base64.getEncoder().encodeToString(authSecret));
        common.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        common.put("QUARKUS_MAILER_PORT", String.valueOf(mail.getSmtp().getPort()));
        common.put("QUARKUS_MAILER_MOCK", "false");
        common.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        common.put("PEJLING_DEMO", "true");
        common.put("PEJLING_JOBS_MAIL_INTERVAL", "1s");
        common.put("PEJLING_API_DOCS", "false");
        common.put("PEJLING_BASE_URL", "https://pejling.example");
        // Behind the load balancer: the client's address comes from X-Forwarded-For, trusted from loopback only.
        common.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        common.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        common.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        for (Map.Entry<String, Map<String, String>> settings : replicaSettings.entrySet()) {
            Map<String, String> env = new HashMap<>(common);
            env.put("PEJLING_DATA_DIR", Files.createDirectories(dir.resolve(settings.getKey() + "-data")).toString());
            env.putAll(settings.getValue());
            replicas.add(new Replica(settings.getKey(), env, dir));
        }
    }

    /** Starts the first replica alone (it migrates and loads the demo), then the others, then the balancer. */
    FaultCluster start() throws Exception {
        replicas.get(0).start().awaitReady(Duration.ofSeconds(120));
        for (Replica replica : replicas.subList(1, replicas.size())) {
            replica.start();
        }
        for (Replica replica : replicas.subList(1, replicas.size())) {
            replica.awaitReady(Duration.ofSeconds(120));
        }
        balancer = LoadBalancer.start(replicas, dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && !io.restassured.RestAssured.given().baseUri(balancer.url())
                .get("/q/health/ready").then().extract().response().headers().hasHeaderWithName("X-Replica")) {
            Thread.sleep(200);
        }
        return this;
    }

    String url() {
        return balancer.url();
    }

    void stopDatabase() throws IOException {
        db.close();
        db = null;
    }

    void startDatabase() throws IOException {
        db = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setPort(dbPort)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.stop();
        }
        for (Replica replica : replicas) {
            if (replica.alive()) {
                try {
                    replica.terminate(Duration.ofSeconds(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (db != null) {
            try {
                db.close();
            } catch (IOException e) {
                // The run is over.
            }
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
