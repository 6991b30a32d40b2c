package dk.pejling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pejling's benchmark: one command that generates its data through the application and prints one table in which
 * every ratio is measured in the same run (docs/benchmarks.md).
 *
 * <ol>
 * <li>Organisations of 10 %, 30 % and 100 % of {@code --size} people (default 25,000), each with a closed round
 * answered by 80 % of the invitees and an open round (see {@link Seeder}).
 * <li>Reports of leaders with 10–60 ballots (first view and repeated views), HR's overview and statement quality,
 * each request followed by the same reads in SQL; the report PDF.
 * <li>Submissions over HTTP with wrk against the open round, then the same work with pgbench (the application
 * stopped meanwhile, so both run alone with the database on the same machine); a race of one token by many clients.
 * <li>Start-up time and resident memory, the organisation import at {@code --imports} people, the respondent's page
 * bytes (Chromium), and the database's size per 100,000 ballots.
 * </ol>
 * Options: {@code --size 25000 --scales 0.1,0.3,1 --imports 5000,20000,50000 --seconds 15 --connections 16
 * --leaders 200 --passes 3 --repeats 30 --pdfs 20 --dir DIR --ports A-B --out FILE --jar JAR}; {@code --smoke} is a
 * small run for CI (a minute or two).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String table = run(new Setup.Options(args));
        System.out.println(table);
    }

    /** Runs the benchmark; returns the table (Markdown). */
    static String run(Setup.Options o) throws Exception {
        boolean smoke = o.flag("smoke");
        int size = o.integer("size", smoke ? 600 : 25_000);
        List<Double> scales = o.numbers("scales", smoke ? "1" : "0.1,0.3,1");
        List<Double> imports = o.numbers("imports", smoke ? "1000" : "5000,20000,50000");
        int seconds = o.integer("seconds", smoke ? 2 : 15);
        int connections = o.integer("connections", 16);
        int sample = o.integer("leaders", smoke ? 15 : 200);
        int passes = o.integer("passes", 3);
        int repeats = o.integer("repeats", smoke ? 5 : 30);
        int pdfs = o.integer("pdfs", smoke ? 3 : 20);
        Table t = new Table();
        long began = System.nanoTime();
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        try (Setup setup = new Setup(o)) {
            App app = setup.app("app").start();
            long emptyStart = app.startupMillis;
            Http http = new Http(app.url());
            Jwt jwt = setup.jwt;
            Seeder seeder = new Seeder(setup.pg, http, jwt, setup.tokenSecret, 16);

            // 1. The data.
            List<Seeder.Org> orgs = new ArrayList<>();
            for (double scale : scales) {
                int people = (int) Math.round(size * scale);
                String pct = String.format(Locale.ROOT, "%.0f", scale * 100);
                orgs.add(seeder.generate("Bench Kommune " + pct + " %", "bench-" + pct + "-" + System.nanoTime() % 100000,
                        people, 1, 0.8));
            }
            Seeder.Org full = orgs.get(orgs.size() - 1);

            // 2. Reads, at every scale; the PDF at the largest.
            Map<Seeder.Org, Reads.Timed[]> reportTimes = new LinkedHashMap<>();
            Map<Seeder.Org, Reads.Timed> overviewTimes = new LinkedHashMap<>();
            Map<Seeder.Org, Reads.Timed> qualityTimes = new LinkedHashMap<>();
            Stats pdf = null;
            Stats pdfKept = null;
            List<Reads.Leader> fullLeaders = List.of();
            // Warm-up on leaders outside the sample, at every scale before any is measured: each round's counts are
            // read once and the code is compiled (measured first after the start, the smallest organisation's reports
            // ran partly uncompiled: slower than the largest's).
            Map<Seeder.Org, Sample> samples = new LinkedHashMap<>();
            for (Seeder.Org org : orgs) {
                Reads reads = new Reads(setup.pg, http, jwt, org);
                List<Reads.Leader> all = reads.leaders(10, 60, Integer.MAX_VALUE, 7);
                if (all.size() < 2) {
                    throw new IllegalStateException(org.name() + " has no leaders with 10-60 ballots");
                }
                int warm = Math.min(smoke ? 5 : 40, all.size() / 4 + 1);
                Sample s = new Sample(all.subList(0, warm), all.subList(warm, Math.min(all.size(), warm + sample)));
                reads.reports(s.warm(), 2);
                samples.put(org, s);
            }
            for (Seeder.Org org : orgs) {
                Reads reads = new Reads(setup.pg, http, jwt, org);
                List<Reads.Leader> leaders = samples.get(org).measured();
                reportTimes.put(org, reads.reports(leaders, passes));
                reads.overview(false, 2);
                reads.overview(true, 2);
                overviewTimes.put(org, reads.overview(false, repeats));
                qualityTimes.put(org, reads.overview(true, repeats));
                if (org == full) {
                    fullLeaders = leaders;
                    // Warm-up outside the sample; then each leader's first download (rendered and kept), and
                    // the second (the kept document, as after the round's PDFs were made ahead at counting).
                    reads.pdfs(samples.get(org).warm());
                    List<Reads.Leader> sampled = leaders.subList(0, Math.min(pdfs, leaders.size()));
                    pdf = reads.pdfs(sampled);
                    pdfKept = reads.pdfs(sampled);
                }
                Log.info("%s: reads measured", org.name());
            }
            Reads fullReads = new Reads(setup.pg, http, jwt, full);
            Stats overviewAnswers = fullReads.fromAnswers(false, smoke ? 1 : 3);
            Stats qualityAnswers = fullReads.fromAnswers(true, smoke ? 1 : 3);

            // 3. Submissions: a race, a warm-up, then wrk; then pgbench with the application stopped.
            List<Seeder.Invitee> open = seeder.invitees(full.openRound());
            Collections.shuffle(open, new Random(3));
            List<String> tokens = new ArrayList<>(open.stream().map(Seeder.Invitee::token).toList());
            Ballots ballots = new Ballots(5, seeder.form(tokens.get(0)));
            String body = ballots.withStory();
            int raced = Math.min(20, tokens.size() / 10);
            long[] race = Submissions.race(http, tokens.subList(0, raced), body, 8);
            tokens = tokens.subList(raced, tokens.size());
            // The warm-up submits the links of a round of its own until the code on the way is compiled (on two cores
            // the compiler gets little time under load): a server runs for hours, so the steady state is measured.
            UUID top;
            try (Connection c = setup.pg.connect()) {
                top = (UUID) Pg.rows(c, "select id from unit where organisation_id = ? and parent_id is null",
                        full.id()).get(0)[0];
            }
            UUID warmRound = seeder.round(new Seeder.Hr(full.id(), full.hrPerson(), full.hrToken(), null),
                    full.version(), top, "Opvarmning");
            List<String> warmTokens = new ArrayList<>(seeder.invitees(warmRound).stream().map(Seeder.Invitee::token)
                    .toList());
            Submissions.Http warmed = Submissions.wrk(setup, app, warmTokens.subList(0, Math.min(warmTokens.size(),
                    smoke ? 50 : o.integer("warmup", 10_000))), body, connections, 120);
            Log.info("warm-up: %d submissions at %.0f/s", warmed.acknowledged(), warmed.perSecond());
            long usedBefore;
            long storedBefore;
            try (Connection c = setup.pg.connect()) {
                usedBefore = Pg.count(c, "select count(*) from ticket where round_id = ? and used", full.openRound());
                storedBefore = stored(c, full.openRound());
            }
            Submissions.Http wrk = Submissions.wrk(setup, app, tokens, body, connections, seconds);
            // For context: the same requests with a link nobody has. They cost all of the way but the seal and the
            // store (HTTP, the body read and checked, the request count, the ticket looked up): a ceiling for
            // submissions on this machine, whatever the store costs.
            Submissions.Http refused = Submissions.wrk(setup, app, List.of(), body, connections,
                    Math.max(2, seconds / 3));
            long used;
            long stored;
            try (Connection c = setup.pg.connect()) {
                used = Pg.count(c, "select count(*) from ticket where round_id = ? and used", full.openRound()) - usedBefore;
                stored = stored(c, full.openRound()) - storedBefore;
            }
            long idleRss = app.rss();
            app.close();

            UUID scratch = Submissions.prepareSql(setup.pg, full.openRound(), full.version(),
                    Math.max(20_000, (int) (wrk.perSecond() * 4 * seconds)));
            Submissions.Sql sealed = Submissions.pgbench(setup, "submit-sealed.sql", connections, seconds);
            Submissions.Sql plain = Submissions.pgbench(setup, "submit-plain.sql", connections, Math.max(2, seconds / 2));
            Submissions.dropSql(setup.pg, scratch);

            // 4. A start with data, the first overview after it, imports, the page.
            app = setup.app("app-restart").start();
            http = new Http(app.url());
            fullReads = new Reads(setup.pg, http, jwt, full);
            double coldOverview = fullReads.overviewOnce(false);
            double coldQuality = fullReads.overviewOnce(true);
            long startedRss = app.rss();
            seeder = new Seeder(setup.pg, http, jwt, setup.tokenSecret, 16);
            Map<Integer, double[]> importTimes = new LinkedHashMap<>();
            for (double n : imports) {
                int people = (int) n;
                Seeder.Hr hr = seeder.organisation("Import " + people + " " + System.nanoTime() % 100000,
                        "import-" + people + "-" + System.nanoTime() % 100000);
                importTimes.put(people, seeder.importCsv(hr, OrgCsv.generate(people, 11, "import-" + people + ".dk",
                        "Hanne HR", hr.email()).csv()));
                Log.info("imported %d people", people);
            }
            String page = pageWeight(o, app.url() + "/s#" + tokens.get(tokens.size() - 1));
            long dbBytes = ballotBytes(setup.pg);
            long ballotsStored;
            try (Connection c = setup.pg.connect()) {
                ballotsStored = Pg.count(c, "select count(*) from ballot");
            }
            app.close();

            // 5. The table.
            double sqlLimit = sealed.perSecond();
            // Every acknowledged ballot is stored, one per used link, and nothing else went wrong (a 404 only for
            // the token wrk sends when the links have run out). wrk stops with up to one request per connection in
            // flight: stored, but its 201 not counted.
            boolean intact = wrk.socketErrors() == 0 && stored == used && stored >= wrk.acknowledged()
                    && stored - wrk.acknowledged() <= connections
                    && wrk.statuses().keySet().stream().allMatch(s -> s == 201 || s == 404 && wrk.ranOut());
            t.add("survey submissions over HTTP (wrk, " + connections + " connections, " + seconds + " s, 41 answers + "
                    + "1 story)", Table.num(wrk.perSecond(), "/s") + "; p50 " + Table.ms(wrk.p50()) + ", p99 "
                    + Table.ms(wrk.p99()) + (wrk.ranOut() ? " (every link used in " + Table.num(wrk.seconds(), " s") + ")" : ""), "pgbench, same work (ticket by hash, use it, one sealed row): "
                    + Table.num(sqlLimit, "/s"), Table.ratio(wrk.perSecond() / sqlLimit),
                    "≥ 1,000/s, ≥ 0.5 × SQL, p99 < 100 ms",
                    wrk.perSecond() >= 1000 && wrk.perSecond() >= 0.5 * sqlLimit && wrk.p99() < 100);
            t.add("for context: the old storage in SQL (ballot + 41 answers + story)", "",
                    Table.num(plain.perSecond(), "/s"), "", "", null);
            t.add("for context: the same requests refused (a link nobody has: no seal, no store)",
                    Table.num(refused.requestsPerSecond(), "/s") + "; p50 " + Table.ms(refused.p50()) + ", p99 "
                            + Table.ms(refused.p99()),
                    "statuses " + refused.statuses(), Table.ratio(wrk.perSecond() / refused.requestsPerSecond()),
                    "", null);
            t.add("every acknowledged ballot stored once", wrk.acknowledged() + " × 201, " + stored + " stored, " + used
                    + " links used", "statuses " + wrk.statuses() + ", socket errors " + wrk.socketErrors(), "", "equal",
                    intact);
            t.add("one ballot per link under a race (" + raced + " links × 8 clients at once)",
                    race[0] + " accepted, " + race[1] + " × 409", race[2] + " other", "", raced + " accepted",
                    race[0] == raced && race[2] == 0);
            for (Seeder.Org org : orgs) {
                String label = org.name().replace("Bench Kommune ", "") + " (" + String.format(Locale.ROOT, "%,d", org.size())
                        + " people, " + String.format(Locale.ROOT, "%,d", org.counts().get("answers")) + " answers)";
                Reads.Timed[] r = reportTimes.get(org);
                t.add("report, 10–60 ballots, first view — " + label, Table.pct(r[0].http()), Table.pct(r[0].sql()),
                        Table.ratio(r[0].ratio95()), "p95 < 25 ms, ≤ 1.5 × SQL",
                        r[0].http().p95() < 25 && r[0].ratio95() <= 1.5);
                t.add("report, 10–60 ballots, again — " + label, Table.pct(r[1].http()), Table.pct(r[1].sql()),
                        Table.ratio(r[1].ratio95()), "p95 < 25 ms, ≤ 1.5 × SQL",
                        r[1].http().p95() < 25 && r[1].ratio95() <= 1.5);
                Reads.Timed ov = overviewTimes.get(org);
                t.add("overview — " + label, Table.pct(ov.http()), Table.pct(ov.sql()), Table.ratio(ov.ratio50()),
                        "< 500 ms, ≤ 1.5 × SQL", ov.http().p95() < 500 && ov.ratio50() <= 1.5);
                Reads.Timed q = qualityTimes.get(org);
                t.add("statement quality — " + label, Table.pct(q.http()), Table.pct(q.sql()), Table.ratio(q.ratio50()),
                        "< 500 ms, ≤ 1.5 × SQL", q.http().p95() < 500 && q.ratio50() <= 1.5);
                t.add("close → counted, reports open — " + label, Table.num(org.timings().get("close to counted s"), " s"),
                        org.counts().get("boxed at close") + " ballots in the box at close", "", "", null);
            }
            t.add("overview, first read after a start (counts read, plan made)", Table.ms(coldOverview),
                    "from the answers in SQL: " + Table.ms(overviewAnswers.p50()), "", "< 500 ms", coldOverview < 500);
            t.add("statement quality, first read after a start", Table.ms(coldQuality),
                    "from the answers in SQL: " + Table.ms(qualityAnswers.p50()), "", "< 500 ms", coldQuality < 500);
            t.add("report PDF, first download: rendered and kept (" + pdf.n() + " leaders)",
                    "p50 " + Table.ms(pdf.p50()) + ", p95 " + Table.ms(pdf.p95()), "", "", "", null);
            t.add("report PDF, made ahead at counting or downloaded before (the kept document)",
                    "p50 " + Table.ms(pdfKept.p50()) + ", p95 " + Table.ms(pdfKept.p95()), "", "", "≤ 300 ms",
                    pdfKept.p50() <= 300);
            for (Map.Entry<Integer, double[]> imp : importTimes.entrySet()) {
                t.add(String.format(Locale.ROOT, "organisation import, %,d people (preview, apply)", imp.getKey()),
                        Table.num(imp.getValue()[0], " s") + ", " + Table.num(imp.getValue()[1], " s"), "", "",
                        "< 60 s each", imp.getValue()[0] < 60 && imp.getValue()[1] < 60);
            }
            for (Seeder.Org org : orgs) {
                t.add(String.format(Locale.ROOT, "  while generating %,d people: import (preview, apply)", org.size()),
                        Table.num(org.timings().get("import preview s"), " s") + ", "
                                + Table.num(org.timings().get("import apply s"), " s"),
                        "add leaders " + Table.num(org.timings().get("add leaders s"), " s") + ", launch "
                                + Table.num(org.timings().get("launch s"), " s"), "", "", null);
            }
            t.add("respondent's first load of /s (before fonts)", page, "", "", "≤ 100 kB", pageMet(page));
            t.add("start-up to ready (empty database, migrations)", Table.ms(emptyStart), "", "", "", null);
            t.add("start-up to ready (with the generated data)", Table.ms(app.startupMillis), "", "", "", null);
            t.add("resident memory (" + o.get("app-jvm", Setup.APP_JVM) + ")", "after start " + (startedRss >> 20)
                    + " MiB; under load max " + (wrk.maxRss() >> 20) + " MiB, after " + (idleRss >> 20) + " MiB", "",
                    "", "< the replica's limit, " + (Setup.MEMORY_LIMIT >> 20) + " MiB",
                    wrk.maxRss() < Setup.MEMORY_LIMIT);
            t.add("database per 100,000 ballots (ballots, answers, stories, indexes)",
                    String.format(Locale.ROOT, "%,d MB", dbBytes * 100_000 / Math.max(1, ballotsStored) >> 20),
                    ballotsStored + " ballots", "", "", null);
            t.note("Run %s; %d cores, load average at the start %s; %.0f s in all.",
                    java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), load,
                    (System.nanoTime() - began) / 1e9);
            t.note("pgbench ran %d clients for %d s (sealed) and %d s (old storage) with the application stopped; "
                    + "latency average %.1f ms and %.1f ms.", connections, seconds, Math.max(2, seconds / 2),
                    sealed.latencyMs(), plain.latencyMs());
            for (Seeder.Org org : orgs) {
                t.note("%s: %s; %s", org.name(), org.counts(), format(org.timings()));
            }
            String out = t.markdown();
            if (o.get("out", null) != null) {
                Files.writeString(Path.of(o.get("out", null)), out);
            }
            return out;
        }
    }

    private static String format(Map<String, Double> timings) {
        StringBuilder s = new StringBuilder();
        timings.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.1f", v)));
        return s.toString();
    }

    /** Ballots of a round wherever they are: sealed in the box, or released. */
    private static long stored(Connection c, UUID round) throws java.sql.SQLException {
        return Pg.count(c, "select (select count(*) from ballot_box where round_id = ?) + "
                + "(select count(*) from ballot where round_id = ?)", round, round);
    }

    private static long ballotBytes(Pg pg) throws java.sql.SQLException {
        try (Connection c = pg.connect()) {
            return Pg.count(c, "select sum(pg_total_relation_size(t)) from unnest(array['ballot', 'ballot_answer', "
                    + "'story']::regclass[]) t");
        }
    }

    /** The page's bytes with the frontend's script (Chromium), or why not. */
    private static String pageWeight(Setup.Options o, String url) {
        Path frontend = Path.of(System.getProperty("pejling.frontend", "frontend"));
        Path script = frontend.resolve("scripts/page-weight.mjs");
        if (!Files.exists(script) || !Files.isDirectory(frontend.resolve("node_modules/@playwright/test"))
                || !Files.exists(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))) {
            return "not measured (needs frontend/node_modules and Chromium)";
        }
        try {
            String out = Submissions.run(List.of("node", script.toAbsolutePath().toString(), url), Map.of(),
                    Files.createTempFile("page-weight", ".txt"));
            Matcher m = Pattern.compile("([\\d.]+) KB\\s+in (\\d+) responses before fonts").matcher(out);
            Matcher f = Pattern.compile("([\\d.]+) KB\\s+in (\\d+) font responses").matcher(out);
            if (m.find()) {
                return m.group(1) + " kB in " + m.group(2) + " responses" + (f.find() ? " (+ fonts " + f.group(1)
                        + " kB)" : "");
            }
            return "page-weight printed no total";
        } catch (Exception e) {
            return "not measured: " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    private static Boolean pageMet(String page) {
        Matcher m = Pattern.compile("^([\\d.]+) kB").matcher(page);
        return m.find() ? Double.parseDouble(m.group(1)) <= 100 : null;
    }

    /** Leaders of one organisation: those the warm-up reads, and those measured. */
    private record Sample(List<Reads.Leader> warm, List<Reads.Leader> measured) {
    }
}
