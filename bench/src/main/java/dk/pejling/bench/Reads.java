package dk.pejling.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Reports, the overview and statement quality over HTTP, each against the same reads written by hand in SQL and run
 * over JDBC right after it (request by request, so that the machine's load falls on both alike).
 *
 * <p>"Its SQL" reads what the page shows from the database, as the application does: the login check, the access
 * check, the counted figures (the survey feature's published read model, counted once at close), the framework's
 * texts, the stories, and the audit entry every view writes, in one transaction. Where the application keeps
 * something in memory (a closed round's counts, a reader's disclosure plan) the SQL reads or aggregates it every time:
 * that is the work the cache saves. {@code fromAnswers} aggregates the ballots' answers instead, as a report or
 * overview would without counts.
 */
final class Reads {

    record Leader(UUID person, UUID evaluee, int ballots, String token) {
    }

    record Timed(Stats http, Stats sql) {

        double ratio95() {
            return http.p95() / sql.p95();
        }

        double ratio50() {
            return http.p50() / sql.p50();
        }
    }

    private final Pg pg;
    private final Http http;
    private final Jwt jwt;
    private final Seeder.Org org;

    Reads(Pg pg, Http http, Jwt jwt, Seeder.Org org) {
        this.pg = pg;
        this.http = http;
        this.jwt = jwt;
        this.org = org;
    }

    /** Leaders of the closed round with {@code min}–{@code max} employee ballots, up to {@code limit}, in random order. */
    List<Leader> leaders(int min, int max, int limit, long seed) throws SQLException {
        List<Leader> leaders = new ArrayList<>();
        try (Connection c = pg.connect()) {
            for (Object[] row : Pg.rows(c, """
                    select e.leader_id, e.id, c.submitted, a.token_version
                    from round_evaluee e
                    join result_count c on c.round_id = e.round_id and c.evaluee_id = e.id and c.rater_group = 'EMPLOYEE'
                    join account a on a.person_id = e.leader_id
                    where e.round_id = ? and c.submitted between ? and ? order by e.id""", org.closedRound(), min, max)) {
                UUID person = (UUID) row[0];
                leaders.add(new Leader(person, (UUID) row[1], ((Number) row[2]).intValue(),
                        jwt.sign(person, org.id(), ((Number) row[3]).intValue(), List.of("leader"))));
            }
        }
        Collections.shuffle(leaders, new Random(seed));
        return leaders.subList(0, Math.min(limit, leaders.size()));
    }

    String reportPath(Leader leader) {
        return "/api/rounds/" + org.closedRound() + "/reports/" + leader.person();
    }

    /**
     * Each leader's report read by the leader, {@code passes} times over the list (the first pass is each leader's
     * first view: the reader's disclosure plan is made then), each request followed by its SQL.
     */
    Timed[] reports(List<Leader> leaders, int passes) throws SQLException {
        List<List<Double>> httpTimes = new ArrayList<>();
        List<List<Double>> sqlTimes = new ArrayList<>();
        try (Connection c = pg.connect(); ReportSql sql = new ReportSql(c)) {
            for (int pass = 0; pass < passes; pass++) {
                List<Double> h = new ArrayList<>();
                List<Double> s = new ArrayList<>();
                for (Leader leader : leaders) {
                    long start = System.nanoTime();
                    Http.expect(http.get(reportPath(leader), leader.token()), 200, "report");
                    h.add(Stats.millisSince(start));
                    start = System.nanoTime();
                    sql.run(org, leader);
                    s.add(Stats.millisSince(start));
                }
                httpTimes.add(h);
                sqlTimes.add(s);
            }
        }
        Timed[] result = new Timed[2];
        result[0] = new Timed(Stats.of(httpTimes.get(0)), Stats.of(sqlTimes.get(0)));
        List<Double> h = new ArrayList<>();
        List<Double> s = new ArrayList<>();
        for (int pass = 1; pass < passes; pass++) {
            h.addAll(httpTimes.get(pass));
            s.addAll(sqlTimes.get(pass));
        }
        result[1] = new Timed(Stats.of(h), Stats.of(s));
        return result;
    }

    /** The report's PDF for each leader; milliseconds. */
    Stats pdfs(List<Leader> leaders) {
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        for (Leader leader : leaders) {
            long start = System.nanoTime();
            Http.Response pdf = Http.expect(http.get(reportPath(leader) + "/pdf", leader.token()), 200, "pdf");
            times.add(Stats.millisSince(start));
            if (pdf.body().length < 1000 || pdf.body()[0] != '%') {
                throw new IllegalStateException("Not a PDF: " + pdf.body().length + " bytes");
            }
            bytes += pdf.body().length;
        }
        Log.info("report PDFs: %d, %d KB each on average", leaders.size(), bytes / 1024 / Math.max(1, leaders.size()));
        return Stats.of(times);
    }

    /** HR's overview ({@code statements}: statement quality), {@code times} reads, each followed by its SQL. */
    Timed overview(boolean statements, int times) throws SQLException {
        List<Double> h = new ArrayList<>();
        List<Double> s = new ArrayList<>();
        String path = "/api/rounds/" + org.closedRound() + "/overview" + (statements ? "/statements" : "");
        try (Connection c = pg.connect(); OverviewSql sql = new OverviewSql(c, false)) {
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                Http.expect(http.get(path, org.hrToken()), 200, statements ? "statement quality" : "overview");
                h.add(Stats.millisSince(start));
                start = System.nanoTime();
                if (statements) {
                    sql.quality(org);
                } else {
                    sql.overview(org);
                }
                s.add(Stats.millisSince(start));
            }
        }
        return new Timed(Stats.of(h), Stats.of(s));
    }

    /** One read of the overview over HTTP (the first after a start: the round's counts are read then); ms. */
    double overviewOnce(boolean statements) {
        long start = System.nanoTime();
        Http.expect(http.get("/api/rounds/" + org.closedRound() + "/overview" + (statements ? "/statements" : ""),
                org.hrToken()), 200, "overview");
        return Stats.millisSince(start);
    }

    /** The overview's (or quality's) aggregates straight from the ballots' answers, {@code times} times; ms. */
    Stats fromAnswers(boolean statements, int times) throws SQLException {
        List<Double> s = new ArrayList<>();
        try (Connection c = pg.connect(); OverviewSql sql = new OverviewSql(c, true)) {
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                if (statements) {
                    sql.quality(org);
                } else {
                    sql.overview(org);
                }
                s.add(Stats.millisSince(start));
            }
        }
        return Stats.of(s);
    }

    // ---- the SQL ----

    /** Runs a statement, reading every row and column as a client would. */
    static int drain(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet r = statement.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    static final String LOGIN = """
            select a.active, a.token_version, p.active, o.active, array(select role from account_role r where r.account_id = a.id)
            from account a join person p on p.id = a.person_id join organisation o on o.id = a.organisation_id
            where a.organisation_id = ? and a.person_id = ? and not a.operator""";

    static final String AUDIT = """
            insert into audit_event (organisation_id, actor_id, action, target_type, target_id, detail)
            values (?, ?, ?, ?, ?, ?)""";

    static final String TEXTS = """
            select v.id, v.title, v.title_en, v.kodeks_point, s.id, s.identity_key, s.text, s.text_en
            from framework_value v join framework_statement s on s.value_id = v.id
            where v.version_id = ? order by v.position, s.position""";

    /** The leader report's reads. */
    static final class ReportSql implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement login;
        private final PreparedStatement subject;
        private final PreparedStatement texts;
        private final PreparedStatement statements;
        private final PreparedStatement patterns;
        private final PreparedStatement counts;
        private final PreparedStatement organisation;
        private final PreparedStatement stories;
        private final PreparedStatement previous;
        private final PreparedStatement audit;

        ReportSql(Connection c) throws SQLException {
            this.c = c;
            c.setAutoCommit(false);
            login = c.prepareStatement(LOGIN);
            subject = c.prepareStatement("""
                    select r.id, r.name, r.status, r.closes_at, r.closed_at, r.framework_version_id, r.k, r.k_story,
                           r.include_self, r.include_manager, e.id, e.leader_id, e.leader_name, e.unit_id, e.unit_name,
                           case when e.leader_id = ? then 'OWN'
                                when r.manager_access = 'REPORT' and e.report_manager_id = ? then 'MANAGER'
                                when ? and r.hr_access = 'REPORT' then 'HR' end,
                           exists (select 1 from round_result x where x.round_id = r.id), r.answers_removed_at,
                           case when r.manager_access = 'REPORT' then m.name end, r.hr_access = 'REPORT'
                    from round r join round_evaluee e on e.round_id = r.id
                    left join person m on m.id = e.report_manager_id
                    where r.organisation_id = ? and r.id = ? and e.leader_id = ? and r.status <> 'DRAFT'""");
            texts = c.prepareStatement(TEXTS);
            statements = c.prepareStatement("""
                    select rater_group, statement_id, scored, dont_know, total, squares, c1, c2, c3, c4, c5
                    from result_statement where round_id = ? and evaluee_id = ?""");
            patterns = c.prepareStatement("""
                    select value_id, scored_mask, ballots from result_pattern where round_id = ? and evaluee_id = ?""");
            counts = c.prepareStatement("""
                    select rater_group, invited, submitted from result_count where round_id = ? and evaluee_id = ?""");
            organisation = c.prepareStatement("""
                    select statement_id, sum(scored), sum(total) from result_statement
                    where round_id = ? and rater_group = 'EMPLOYEE' group by statement_id""");
            stories = c.prepareStatement("""
                    select value_id, rater_group, text from story where round_id = ? and evaluee_id = ? order by random()""");
            previous = c.prepareStatement("""
                    select r.id, r.name, r.closed_at, e.id from round r join round_evaluee e on e.round_id = r.id
                    where r.organisation_id = ? and e.leader_id = ? and r.status = 'CLOSED' and r.id <> ?
                      and r.closed_at < ? and exists (select 1 from round_result x where x.round_id = r.id)
                    order by r.closed_at desc limit 1""");
            audit = c.prepareStatement(AUDIT);
        }

        void run(Seeder.Org org, Leader leader) throws SQLException {
            login.setObject(1, org.id());
            login.setObject(2, leader.person());
            drain(login);
            subject.setObject(1, leader.person());
            subject.setObject(2, leader.person());
            subject.setBoolean(3, false);
            subject.setObject(4, org.id());
            subject.setObject(5, org.closedRound());
            subject.setObject(6, leader.person());
            Timestamp closedAt;
            try (ResultSet r = subject.executeQuery()) {
                r.next();
                closedAt = r.getTimestamp(5);
            }
            texts.setObject(1, org.version());
            drain(texts);
            for (PreparedStatement s : List.of(statements, patterns, counts)) {
                s.setObject(1, org.closedRound());
                s.setObject(2, leader.evaluee());
                drain(s);
            }
            organisation.setObject(1, org.closedRound());
            drain(organisation);
            stories.setObject(1, org.closedRound());
            stories.setObject(2, leader.evaluee());
            drain(stories);
            previous.setObject(1, org.id());
            previous.setObject(2, leader.person());
            previous.setObject(3, org.closedRound());
            previous.setTimestamp(4, closedAt);
            drain(previous);
            audit.setObject(1, org.id());
            audit.setObject(2, leader.person());
            audit.setString(3, "report.view");
            audit.setString(4, "report");
            audit.setString(5, org.closedRound() + "/" + leader.person());
            audit.setString(6, "OWN");
            audit.executeUpdate();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            c.setAutoCommit(true);
        }
    }

    /** The overview's and statement quality's reads: from the counts, or ({@code fromAnswers}) from the answers. */
    static final class OverviewSql implements AutoCloseable {
        /**
         * The frozen unit tree as (unit, ancestor) pairs and the framework version's statements with their value.
         * Written as a careful hand would: aggregate per leader first, then roll the leaders up the tree (joining
         * the counts to the tree directly lets PostgreSQL choose a nested loop seven times slower).
         */
        private static final String TREE = """
                with recursive up as (
                    select unit_id, unit_id as ancestor, parent_id from round_unit where round_id = ?
                    union all
                    select up.unit_id, u.unit_id, u.parent_id
                    from up join round_unit u on u.round_id = ? and u.unit_id = up.parent_id
                ), place as materialized (
                    select s.id as statement_id, s.value_id from framework_statement s
                    join framework_value v on v.id = s.value_id where v.version_id = ?
                )""";
        private final Connection c;
        private final boolean fromAnswers;
        private final PreparedStatement login;
        private final PreparedStatement round;
        private final PreparedStatement units;
        private final PreparedStatement texts;
        private final PreparedStatement cells;
        private final PreparedStatement ballots;
        private final PreparedStatement rates;
        private final PreparedStatement organisation;
        private final PreparedStatement items;
        private final PreparedStatement alphas;
        private final PreparedStatement audit;

        OverviewSql(Connection c, boolean fromAnswers) throws SQLException {
            this.c = c;
            this.fromAnswers = fromAnswers;
            c.setAutoCommit(false);
            login = c.prepareStatement(LOGIN);
            round = c.prepareStatement("""
                    select r.id, r.name, r.status, r.closes_at, r.closed_at, r.k, r.k_story, r.framework_version_id,
                           r.hr_access = 'REPORT', r.manager_access = 'REPORT', o.name,
                           exists (select 1 from round_result x where x.round_id = r.id)
                    from round r join organisation o on o.id = r.organisation_id
                    where r.organisation_id = ? and r.id = ? and r.status <> 'DRAFT'""");
            units = c.prepareStatement("select unit_id, parent_id, name from round_unit where round_id = ? order by name");
            texts = c.prepareStatement(TEXTS);
            if (!fromAnswers) {
                cells = c.prepareStatement(TREE + """
                        , per_leader as (
                            select rs.evaluee_id, p.value_id, sum(rs.scored) as scored, sum(rs.total) as total
                            from result_statement rs join place p on p.statement_id = rs.statement_id
                            where rs.round_id = ? and rs.rater_group = 'EMPLOYEE' group by rs.evaluee_id, p.value_id
                        )
                        select up.ancestor, pl.value_id, sum(pl.scored), sum(pl.total)
                        from per_leader pl join round_evaluee e on e.id = pl.evaluee_id join up on up.unit_id = e.unit_id
                        group by up.ancestor, pl.value_id""");
                ballots = c.prepareStatement(TREE + """
                        , per_leader as (
                            select evaluee_id, value_id, sum(ballots) filter (where scored_mask <> 0) as n
                            from result_pattern where round_id = ? group by evaluee_id, value_id
                        )
                        select up.ancestor, pl.value_id, sum(pl.n)
                        from per_leader pl join round_evaluee e on e.id = pl.evaluee_id join up on up.unit_id = e.unit_id
                        group by up.ancestor, pl.value_id""");
                rates = c.prepareStatement(TREE + """
                        select up.ancestor, sum(rc.invited), sum(rc.submitted)
                        from result_count rc join round_evaluee e on e.id = rc.evaluee_id join up on up.unit_id = e.unit_id
                        where rc.round_id = ? and rc.rater_group = 'EMPLOYEE' group by up.ancestor""");
                organisation = c.prepareStatement("""
                        select statement_id, sum(scored), sum(dont_know), sum(total), sum(squares) from result_statement
                        where round_id = ? and rater_group = 'EMPLOYEE' group by statement_id""");
                items = c.prepareStatement("select statement_id, complete, item_rest from result_item where round_id = ?");
                alphas = c.prepareStatement("select value_id, complete, alpha from result_alpha where round_id = ?");
            } else {
                cells = c.prepareStatement(TREE + """
                        , per_leader as (
                            select b.evaluee_id, p.value_id, count(a.score) as scored, sum(a.score) as total,
                                   count(distinct b.id) as ballots
                            from ballot b join ballot_answer a on a.ballot_id = b.id
                            join place p on p.statement_id = a.statement_id
                            where b.round_id = ? and b.rater_group = 'EMPLOYEE' group by b.evaluee_id, p.value_id
                        )
                        select up.ancestor, pl.value_id, sum(pl.scored), sum(pl.total), sum(pl.ballots)
                        from per_leader pl join round_evaluee e on e.id = pl.evaluee_id join up on up.unit_id = e.unit_id
                        group by up.ancestor, pl.value_id""");
                ballots = null;
                rates = c.prepareStatement(TREE + """
                        , per_leader as (
                            select evaluee_id, count(*) as invited, count(*) filter (where used) as submitted
                            from ticket where round_id = ? and rater_group = 'EMPLOYEE' group by evaluee_id
                        )
                        select up.ancestor, sum(pl.invited), sum(pl.submitted)
                        from per_leader pl join round_evaluee e on e.id = pl.evaluee_id join up on up.unit_id = e.unit_id
                        group by up.ancestor""");
                organisation = c.prepareStatement("""
                        select a.statement_id, count(a.score), count(*) filter (where a.score is null), sum(a.score),
                               stddev_samp(a.score)
                        from ballot b join ballot_answer a on a.ballot_id = b.id
                        where b.round_id = ? and b.rater_group = 'EMPLOYEE' group by a.statement_id""");
                items = c.prepareStatement(QUALITY + """
                        select p.statement_id, corr(score, total - score) from place p join scored using (statement_id)
                        group by p.statement_id""");
                alphas = c.prepareStatement(QUALITY + """
                        , item_variance as (select value_id, statement_id, var_samp(score) as v from scored
                                            group by value_id, statement_id),
                          total_variance as (select value_id, count(*) as n, var_samp(total) as v
                                             from (select distinct ballot_id, value_id, total from scored) x group by value_id)
                        select t.value_id, t.n, (select sum(v) from item_variance i where i.value_id = t.value_id) / t.v
                        from total_variance t""");
            }
            audit = c.prepareStatement(AUDIT);
        }

        /** The answers of ballots that scored every statement of a value, with the ballot's total over the value. */
        private static final String QUALITY = """
                with place as (
                    select s.id as statement_id, s.value_id from framework_statement s
                    join framework_value v on v.id = s.value_id where v.version_id = ?
                ), answer as (
                    select b.id as ballot_id, p.value_id, a.statement_id, a.score
                    from ballot b join ballot_answer a on a.ballot_id = b.id join place p using (statement_id)
                    where b.round_id = ? and b.rater_group = 'EMPLOYEE'
                ), items as (select value_id, count(*) as n from place group by value_id),
                complete as (
                    select a.ballot_id, a.value_id from answer a join items i using (value_id)
                    group by a.ballot_id, a.value_id, i.n having count(a.score) = i.n
                ), scored as (
                    select a.*, sum(a.score) over (partition by a.ballot_id, a.value_id) as total
                    from answer a join complete c using (ballot_id, value_id)
                )
                """;

        private void tree(PreparedStatement s, Seeder.Org org) throws SQLException {
            s.setObject(1, org.closedRound());
            s.setObject(2, org.closedRound());
            s.setObject(3, org.version());
            s.setObject(4, org.closedRound());
        }

        private void common(Seeder.Org org) throws SQLException {
            login.setObject(1, org.id());
            login.setObject(2, org.hrPerson());
            drain(login);
            round.setObject(1, org.id());
            round.setObject(2, org.closedRound());
            drain(round);
            texts.setObject(1, org.version());
            drain(texts);
        }

        void overview(Seeder.Org org) throws SQLException {
            common(org);
            units.setObject(1, org.closedRound());
            drain(units);
            tree(cells, org);
            drain(cells);
            if (ballots != null) {
                tree(ballots, org);
                drain(ballots);
            }
            tree(rates, org);
            drain(rates);
            organisation.setObject(1, org.closedRound());
            drain(organisation);
            audit(org, "overview.view");
        }

        void quality(Seeder.Org org) throws SQLException {
            common(org);
            organisation.setObject(1, org.closedRound());
            drain(organisation);
            if (fromAnswers) {
                items.setObject(1, org.version());
                items.setObject(2, org.closedRound());
                alphas.setObject(1, org.version());
                alphas.setObject(2, org.closedRound());
            } else {
                items.setObject(1, org.closedRound());
                alphas.setObject(1, org.closedRound());
            }
            drain(items);
            drain(alphas);
            audit(org, "quality.view");
        }

        private void audit(Seeder.Org org, String action) throws SQLException {
            audit.setObject(1, org.id());
            audit.setObject(2, org.hrPerson());
            audit.setString(3, action);
            audit.setString(4, "round");
            audit.setString(5, org.closedRound().toString());
            audit.setString(6, null);
            audit.executeUpdate();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            c.setAutoCommit(true);
        }
    }
}
