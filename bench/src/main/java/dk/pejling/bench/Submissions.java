package dk.pejling.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Survey submissions over HTTP with wrk, and the same work as SQL with pgbench: same machine, same database, same
 * number of connections, one right after the other.
 */
final class Submissions {

    /**
     * What wrk saw. {@code perSecond} counts accepted submissions (201) only, over {@code seconds}: the whole run,
     * or, when every link was used before the time was up ({@code ranOut}), the time from the first request to the
     * answer to the last link (each wrk thread stops then). Latencies in milliseconds, of every request.
     */
    record Http(double perSecond, double seconds, double p50, double p90, double p99, double max,
            Map<Integer, Long> statuses, long tokensTaken, boolean ranOut, long socketErrors, long maxRss,
            double requestsPerSecond) {

        long acknowledged() {
            return statuses.getOrDefault(201, 0L);
        }
    }

    /** What pgbench saw. */
    record Sql(double perSecond, double latencyMs, long transactions, long failed) {
    }

    private Submissions() {
    }

    /** wrk for {@code seconds} with {@code connections} connections, each request with a token of its own. */
    static Http wrk(Setup setup, App app, List<String> tokens, String body, int connections, int seconds)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(setup.dir.resolve("wrk"));
        Path tokenFile = dir.resolve("tokens.txt");
        Files.write(tokenFile, tokens);
        Path bodyFile = dir.resolve("body.json");
        Files.writeString(bodyFile, body);
        Path script = resource(dir, "submit.lua");
        int threads = Math.min(2, connections);
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), app.url(), "--", tokenFile.toString(),
                bodyFile.toString(), String.valueOf(threads));
        String out;
        long maxRss;
        try (App.Sampler rss = app.sampleRss()) {
            out = run(command, Map.of(), dir.resolve("wrk.out"));
            maxRss = rss.max();
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        Matcher status = Pattern.compile("STATUS (\\d+) (\\d+)").matcher(out);
        while (status.find()) {
            statuses.put(Integer.parseInt(status.group(1)), Long.parseLong(status.group(2)));
        }
        long requests = (long) number(out, "REQUESTS (\\d+)");
        double duration = number(out, "DURATION_US (\\d+)") / 1e6;
        Matcher active = Pattern.compile("ACTIVE_US (\\d+)").matcher(out);
        if (active.find()) {
            duration = Long.parseLong(active.group(1)) / 1e6;
        }
        Matcher errors = Pattern.compile("ERRORS (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)").matcher(out);
        long socketErrors = 0;
        if (errors.find()) {
            socketErrors = Long.parseLong(errors.group(1)) + Long.parseLong(errors.group(2))
                    + Long.parseLong(errors.group(3)) + Long.parseLong(errors.group(5));
        }
        long taken = (long) number(out, "TOKENS_TAKEN (\\d+)");
        if (requests == 0) {
            throw new IllegalStateException("wrk made no request; see " + dir.resolve("wrk.out"));
        }
        return new Http(statuses.getOrDefault(201, 0L) / duration, duration, latency(out, "50"), latency(out, "90"),
                latency(out, "99"), latency(out, "max"), statuses, taken, taken > tokens.size(), socketErrors, maxRss,
                requests / duration);
    }

    /**
     * Tickets, a sealed ballot's worth of random bytes, the answers and a story for pgbench, in a round of their own
     * (a copy of {@code openRound} with its leaders): pgbench uses those tickets, never the application's.
     */
    static UUID prepareSql(Pg pg, UUID openRound, UUID version, int tickets) throws SQLException {
        UUID scratch = UUID.randomUUID();
        try (Connection c = pg.connect()) {
            c.setAutoCommit(false);
            Pg.execute(c, "create temporary table scratch_round as select * from round where id = '" + openRound + "'");
            Pg.execute(c, "update scratch_round set id = '" + scratch + "', name = 'pgbench'");
            Pg.execute(c, "insert into round select * from scratch_round");
            Pg.execute(c, "create temporary table scratch_evaluee as select * from round_evaluee where round_id = '"
                    + openRound + "'");
            Pg.execute(c, "update scratch_evaluee set id = gen_random_uuid(), round_id = '" + scratch + "'");
            Pg.execute(c, "insert into round_evaluee select * from scratch_evaluee");
            Pg.execute(c, "drop table if exists bench_token, bench_blob, bench_answer, bench_story");
            Pg.execute(c, "drop sequence if exists bench_next");
            Pg.execute(c, "create table bench_token (n bigint primary key, token_hash bytea not null)");
            Pg.execute(c, "create sequence bench_next");
            Pg.execute(c, """
                    with e as (select id, organisation_id, row_number() over (order by id) - 1 as i,
                                      count(*) over () as n from round_evaluee where round_id = '%s'),
                    t as (select g, sha256(('pgbench-' || g)::bytea) as token_hash from generate_series(1, %d) g)
                    insert into ticket (token_hash, organisation_id, round_id, evaluee_id, rater_group)
                    select t.token_hash, e.organisation_id, '%s', e.id, 'EMPLOYEE' from t join e on e.i = t.g %% e.n
                    """.formatted(scratch, tickets, scratch));
            Pg.execute(c, "insert into bench_token select g, sha256(('pgbench-' || g)::bytea) from generate_series(1, "
                    + tickets + ") g");
            // As random as a sealed ballot (incompressible), and as long: 1 + 12 + 2048 + 16 bytes.
            Pg.execute(c, "create table bench_blob as select decode(string_agg(lpad(to_hex((random() * 255)::int), 2, '0'), ''), "
                    + "'hex') as sealed from generate_series(1, 2077)");
            Pg.execute(c, """
                    create table bench_answer as
                    select s.id as statement_id, case when random() < 0.1 then null else 1 + (random() * 4)::int end::smallint as score
                    from framework_statement s join framework_value v on v.id = s.value_id where v.version_id = '%s'
                    """.formatted(version));
            Pg.execute(c, """
                    create table bench_story as select v.id as value_id, 'Da vi fik ny struktur i afdelingen, tog min leder
                     sig tid til at tale med hver enkelt af os om, hvad det betød for vores opgaver.'::text as text
                    from framework_value v where v.version_id = '%s' limit 1""".formatted(version));
            c.commit();
            Pg.execute(c, "analyze ticket");
            c.commit();
        }
        return scratch;
    }

    /** pgbench with a script from this package, {@code clients} connections for {@code seconds}. */
    static Sql pgbench(Setup setup, String scriptName, int clients, int seconds) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(setup.dir.resolve("pgbench"));
        Path script = resource(dir, scriptName);
        List<String> command = List.of(pgbenchBinary(), "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j",
                "2", "-T", String.valueOf(seconds), "-f", script.toString());
        String out = run(command, setup.pg.clientEnv(), dir.resolve(scriptName + ".out"));
        Matcher tps = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + out);
        }
        return new Sql(Double.parseDouble(tps.group(1)), number(out, "latency average = ([\\d.]+) ms"),
                (long) number(out, "number of transactions actually processed: (\\d+)"),
                out.contains("number of failed transactions: ") ? (long) number(out, "number of failed transactions: (\\d+)") : 0);
    }

    /** Removes what pgbench wrote, and its round. */
    static void dropSql(Pg pg, UUID scratch) throws SQLException {
        try (Connection c = pg.connect()) {
            for (String sql : List.of("delete from ballot_box where round_id = ?", "delete from story where round_id = ?",
                    "delete from ballot where round_id = ?", "delete from ticket where round_id = ?",
                    "delete from round_evaluee where round_id = ?", "delete from round where id = ?")) {
                Pg.update(c, sql, scratch);
            }
            Pg.execute(c, "drop table if exists bench_token, bench_blob, bench_answer, bench_story");
            Pg.execute(c, "drop sequence if exists bench_next");
            Pg.execute(c, "vacuum analyze ticket, ballot_box, ballot, ballot_answer, story");
        }
    }

    /**
     * The same token submitted by several clients at once, for {@code tokens} tokens: exactly one 201 each, the rest
     * 409. Returns {accepted, refused, other}.
     */
    static long[] race(dk.pejling.bench.Http http, List<String> tokens, String body, int copies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        long[] result = new long[3];
        try {
            for (String token : tokens) {
                List<Future<Integer>> futures = new ArrayList<>();
                for (int i = 0; i < copies; i++) {
                    futures.add(pool.submit(() -> http.submit(token, body).status()));
                }
                int accepted = 0;
                for (Future<Integer> f : futures) {
                    int status = f.get();
                    if (status == 201) {
                        accepted++;
                        result[0]++;
                    } else if (status == 409) {
                        result[1]++;
                    } else {
                        result[2]++;
                    }
                }
                if (accepted != 1) {
                    throw new IllegalStateException("A token raced by " + copies + " clients was accepted " + accepted
                            + " times");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return result;
    }

    static String pgbenchBinary() {
        for (String candidate : new String[] {"pgbench", "/usr/lib/postgresql/17/bin/pgbench",
            "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench"}) {
            if (candidate.startsWith("/") ? Files.isExecutable(Path.of(candidate)) : onPath(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("pgbench not found: apt-get install postgresql-client");
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static Path resource(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = Submissions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Runs a command to its end; returns its output (also kept in {@code log}); fails on a non-zero exit. */
    static String run(List<String> command, Map<String, String> env, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        String out = new String(output, StandardCharsets.UTF_8);
        Files.writeString(log, out);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + out);
        }
        return out;
    }

    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("LATENCY_US " + Pattern.quote(percentile) + " (\\d+)").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) / 1000.0 : Double.NaN;
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    static String utf8(byte[] bytes) {
        try {
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
