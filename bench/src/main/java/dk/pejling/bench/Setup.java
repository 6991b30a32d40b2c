package dk.pejling.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator and the benchmark share: the options, the database, the keys and secrets, and how the
 * application is started against them.
 */
final class Setup implements AutoCloseable {

    /** The memory of one Kubernetes replica (deploy/kubernetes: a 1 GiB limit, the heap 60 % of it). */
    static final String APP_JVM = "-XX:MaxRAM=1g -XX:MaxRAMPercentage=60";

    /** The replica's memory limit, which the resident memory under load must stay below. */
    static final long MEMORY_LIMIT = 1L << 30;

    /** Options as {@code --name value}; {@code --flag} alone is "true". */
    static final class Options {
        private final Map<String, String> values = new HashMap<>();

        Options(String[] args) {
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument " + args[i]);
                }
                String name = args[i].substring(2);
                if (name.contains("=")) {
                    values.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    values.put(name, args[++i]);
                } else {
                    values.put(name, "true");
                }
            }
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(get(name, String.valueOf(fallback)).replace("_", "").replace(",", ""));
        }

        double number(String name, double fallback) {
            return Double.parseDouble(get(name, String.valueOf(fallback)));
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(get(name, "false"));
        }

        List<Double> numbers(String name, String fallback) {
            List<Double> list = new ArrayList<>();
            for (String part : get(name, fallback).split(",")) {
                if (!part.isBlank()) {
                    list.add(Double.parseDouble(part.strip().replace("_", "")));
                }
            }
            return list;
        }
    }

    final Options options;
    final Path dir;
    final Pg pg;
    final Jwt jwt;
    final byte[] tokenSecret;
    final byte[] authSecret;
    final Path jar;
    private final int[] ports;
    private int nextPort;

    /**
     * Opens the work directory (the database, keys, secrets and logs live there; {@code --dir}, default a new
     * temporary directory) and starts PostgreSQL, or uses {@code --jdbc-url} with {@code --db-user} and
     * {@code --db-password}.
     */
    Setup(Options options) throws IOException {
        this.options = options;
        this.dir = options.get("dir", null) == null ? Files.createTempDirectory("pejling-bench-")
                : Files.createDirectories(Path.of(options.get("dir", null)));
        String[] range = options.get("ports", "").split("-");
        this.ports = range.length == 2 ? new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])} : null;
        this.nextPort = ports == null ? 0 : ports[0];
        this.jar = Path.of(options.get("jar", System.getProperty("pejling.jar",
                "backend/target/quarkus-app/quarkus-run.jar")));
        this.tokenSecret = secret("survey-token-secret");
        this.authSecret = secret("auth-secret");
        this.jwt = new Jwt(dir.resolve("keys"));
        String url = options.get("jdbc-url", null);
        this.pg = url != null ? Pg.external(url, options.get("db-user", "postgres"), options.get("db-password", ""))
                : Pg.embedded(dir.resolve("db"), port());
    }

    /** A secret kept in the work directory, so that a kept database's links still open on the next run. */
    private byte[] secret(String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.writeString(file, Base64.getEncoder().encodeToString(secret));
        return secret;
    }

    /** A port to listen on: the next of {@code --ports A-B}, or any free one. */
    int port() throws IOException {
        if (ports != null) {
            while (nextPort <= ports[1]) {
                int candidate = nextPort++;
                try (ServerSocket socket = new ServerSocket(candidate, 1, java.net.InetAddress.getLoopbackAddress())) {
                    return candidate;
                } catch (IOException busy) {
                    // try the next one
                }
            }
            throw new IllegalStateException("No free port left in --ports " + ports[0] + "-" + ports[1]);
        }
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The application against this database. Invitation mails wait (the mail job runs hourly: no mail is sent during
     * a run), the survey's per-address limit is lifted (every request comes from 127.0.0.1) and so is the export
     * limit (the PDF is measured repeatedly); PDFs are not made ahead (see below); everything else is the production configuration.
     */
    App app(String name) throws IOException {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("quarkus.datasource.jdbc.url", pg.jdbcUrl());
        p.put("quarkus.datasource.username", pg.user);
        p.put("quarkus.datasource.password", pg.password.isEmpty() ? "unused" : pg.password);
        p.put("pejling.demo", "false");
        p.put("pejling.survey.token-secret", Base64.getEncoder().encodeToString(tokenSecret));
        p.put("pejling.auth.secret", Base64.getEncoder().encodeToString(authSecret));
        p.put("smallrye.jwt.sign.key.location", jwt.privatePem.toUri().toString());
        p.put("mp.jwt.verify.publickey.location", jwt.publicPem.toUri().toString());
        p.put("quarkus.mailer.mock", "true");
        p.put("pejling.jobs.mail-interval", "1h");
        p.put("pejling.limits.survey.max", "100000000");
        p.put("pejling.limits.export.max", "100000000");
        // Leaders' PDFs are made in the background when a round is counted; here the benchmark makes them itself (the
        // first download renders, the next is the kept document), so that no rendering competes with what it times.
        p.put("pejling.reports.pdf-ahead", "false");
        p.put("quarkus.log.category.\"io.quarkus.mailer\".level", "WARN");
        List<String> jvm = new ArrayList<>(List.of(options.get("app-jvm", APP_JVM).split("\\s+")));
        jvm.removeIf(String::isBlank);
        return new App(jar, port(), dir.resolve(name + ".log"), p, jvm,
                Map.of("PEJLING_DATA_DIR", dir.resolve("app").toString()));
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
