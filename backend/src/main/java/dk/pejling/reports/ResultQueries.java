package dk.pejling.reports;

import dk.pejling.common.Sql;
import dk.pejling.reports.ReportApi.Relation;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Every query the reports feature runs, each returning a named row. They read the reports' own input: the rounds
 * feature's rounds, leaders and frozen unit trees, and the survey feature's counted results and stories (see
 * docs/architecture.md on reading another feature's tables). Nothing here reads a single ballot.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ResultQueries {

    /**
     * Who may read a leader's report, for a caller {@code :caller} who is HR ({@code :hr}) or not, over a round
     * {@code r} and one of its leaders {@code e}: the leader; the manager fixed at launch (or whom an admin handed
     * the report over to), when the round shares reports with managers; HR, when the round shares them with HR.
     * Null: not the caller's to read. This is the only place the rule is written.
     */
    static final String RELATION = """
            case when e.leader_id = :caller then 'OWN'
                 when r.manager_access = 'REPORT' and e.report_manager_id = :caller then 'MANAGER'
                 when :hr and r.hr_access = 'REPORT' then 'HR' end""";

    record SubjectRow(UUID roundId, String roundName, RoundStatus status, Instant closesAt, Instant closedAt,
            UUID frameworkVersionId, int k, int kStory, int kPeer, boolean includeSelf, boolean includeManager,
            UUID evalueeId,
            UUID leaderId, String leaderName, UUID unitId, String unitName, String relation, boolean ready,
            Instant answersRemovedAt, String reportManagerName, UUID reportManagerId, boolean hrReads) {
    }

    record Readable(UUID evalueeId, Relation relation) {
    }

    record Summary(UUID roundId, String roundName, RoundStatus status, Instant closesAt, Instant closedAt,
            UUID leaderId, String leaderName, String unitName, Relation relation, UUID evalueeId) {
    }

    record RoundRow(UUID id, String name, RoundStatus status, Instant closesAt, Instant closedAt, int k, int kStory,
            UUID frameworkVersionId, boolean hrReadsReports, boolean managersReadReports, String organisationName,
            boolean ready) {
    }

    record EvalueeRow(UUID id, UUID leaderId, String leaderName, UUID unitId, String unitName,
            UUID reportManagerId, String reportManagerName) {
    }

    record UnitRow(UUID unitId, UUID parentId, String name) {
    }

    record StatementRow(UUID evalueeId, RaterGroup raterGroup, UUID statementId, int scored, int dontKnow, long total,
            long squares, int c1, int c2, int c3, int c4, int c5) {
    }

    record PatternRow(UUID evalueeId, UUID valueId, int scoredMask, int ballots) {
    }

    record CountRow(UUID evalueeId, RaterGroup raterGroup, int invited, int submitted) {
    }

    record ItemRow(UUID statementId, int complete, Double itemRest) {
    }

    record AlphaRow(UUID valueId, int complete, Double alpha) {
    }

    record StoryRow(UUID valueId, RaterGroup raterGroup, String text) {
    }

    record PreviousRow(UUID roundId, String name, Instant closedAt, UUID evalueeId, String relation) {
    }

    record RecipientRow(UUID organisationId, String roundName, int k, UUID leaderId, String leaderName,
            UUID managerId) {
    }

    private final EntityManager em;
    private final DataSource dataSource;

    ResultQueries(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** A launched round's leader, with how the caller relates to the report (null relation: not theirs to read). */
    Optional<SubjectRow> subject(UUID organisationId, UUID roundId, UUID leaderId, UUID caller, boolean hr) {
        return Sql.query(em, """
                select r.id as round_id, r.name as round_name, r.status, r.closes_at, r.closed_at,
                       r.framework_version_id, r.k, r.k_story, r.k_peer, r.include_self, r.include_manager,
                       e.id as evaluee_id, e.leader_id, e.leader_name, e.unit_id, e.unit_name,
                       """ + RELATION + """
                        as relation,
                       exists (select 1 from round_result x where x.round_id = r.id) as ready, r.answers_removed_at,
                       case when r.manager_access = 'REPORT' then m.name end as report_manager_name,
                       case when r.manager_access = 'REPORT' then e.report_manager_id end as report_manager_id,
                       r.hr_access = 'REPORT' as hr_reads
                from round r join round_evaluee e on e.round_id = r.id
                left join person m on m.id = e.report_manager_id
                where r.organisation_id = :org and r.id = :round and e.leader_id = :leader and r.status <> 'DRAFT'
                """).param("org", organisationId).param("round", roundId).param("leader", leaderId)
                .param("caller", caller).param("hr", hr).first(SubjectRow.class);
    }

    /** The round's leaders whose reports the caller may read. */
    List<Readable> readable(UUID roundId, UUID caller, boolean hr) {
        return Sql.query(em, "select e.id as evaluee_id, " + RELATION + """
                 as relation
                from round r join round_evaluee e on e.round_id = r.id
                where r.id = :round and (""" + RELATION + ") is not null")
                .param("round", roundId).param("caller", caller).param("hr", hr).list(Readable.class);
    }

    /** Reports the caller may read (or will, when the round closes), newest round first. */
    List<Summary> summaries(UUID organisationId, UUID caller, boolean hr) {
        return Sql.query(em, """
                select r.id as round_id, r.name as round_name, r.status, r.closes_at, r.closed_at, e.leader_id,
                       e.leader_name, e.unit_name, """ + RELATION + """
                 as relation, e.id as evaluee_id
                from round r join round_evaluee e on e.round_id = r.id
                where r.organisation_id = :org and r.status <> 'DRAFT' and (""" + RELATION + """
                ) is not null
                order by r.closes_at desc, e.leader_name
                """).param("org", organisationId).param("caller", caller).param("hr", hr).list(Summary.class);
    }

    Optional<RoundRow> round(UUID organisationId, UUID roundId) {
        return Sql.query(em, """
                select r.id, r.name, r.status, r.closes_at, r.closed_at, r.k, r.k_story, r.framework_version_id,
                       r.hr_access = 'REPORT' as hr_reads_reports, r.manager_access = 'REPORT' as managers_read_reports,
                       o.name as organisation_name,
                       exists (select 1 from round_result x where x.round_id = r.id) as ready
                from round r join organisation o on o.id = r.organisation_id
                where r.organisation_id = :org and r.id = :round and r.status <> 'DRAFT'
                """).param("org", organisationId).param("round", roundId).first(RoundRow.class);
    }

    record CountedRow(UUID organisationId, UUID roundId) {
    }

    /** Rounds counted within the last {@code days} days, newest first, at most {@code limit}. */
    List<CountedRow> recentlyCounted(int days, int limit) {
        return Sql.query(em, """
                select x.organisation_id, x.round_id from round_result x
                where x.ready_at > now() - make_interval(days => :days) order by x.ready_at desc limit :limit""")
                .param("days", days).param("limit", limit).list(CountedRow.class);
    }

    List<EvalueeRow> evaluees(UUID roundId) {
        return jdbc("""
                select e.id, e.leader_id, e.leader_name, e.unit_id, e.unit_name, e.report_manager_id,
                       p.name as report_manager_name
                from round_evaluee e left join person p on p.id = e.report_manager_id
                where e.round_id = ? order by e.leader_name, e.id""", roundId,
                r -> new EvalueeRow(uuid(r, 1), uuid(r, 2), r.getString(3), uuid(r, 4), r.getString(5), uuid(r, 6),
                        r.getString(7)));
    }

    /** Each leader of a round, with the manager who reads the report (when the round shares it with managers). */
    List<RecipientRow> recipients(UUID roundId) {
        return Sql.query(em, """
                select r.organisation_id, r.name as round_name, r.k, e.leader_id, e.leader_name,
                       case when r.manager_access = 'REPORT' then e.report_manager_id end as manager_id
                from round r join round_evaluee e on e.round_id = r.id where r.id = :round order by e.leader_name
                """).param("round", roundId).list(RecipientRow.class);
    }

    /** The unit tree frozen at launch. */
    List<UnitRow> units(UUID roundId) {
        return jdbc("select unit_id, parent_id, name from round_unit where round_id = ? order by name", roundId,
                r -> new UnitRow(uuid(r, 1), uuid(r, 2), r.getString(3)));
    }

    // A closed round's counts are read once per round (ResultsCache) and can be large (a row per leader, rater group
    // and statement: 185,000 for 1,500 leaders), so they are read with plain JDBC rather than through Hibernate.

    List<StatementRow> statements(UUID roundId) {
        return jdbc("""
                select evaluee_id, rater_group, statement_id, scored, dont_know, total, squares, c1, c2, c3, c4, c5
                from result_statement where round_id = ?""", roundId,
                r -> new StatementRow(uuid(r, 1), RaterGroup.valueOf(r.getString(2)), uuid(r, 3), r.getInt(4),
                        r.getInt(5), r.getLong(6), r.getLong(7), r.getInt(8), r.getInt(9), r.getInt(10), r.getInt(11),
                        r.getInt(12)));
    }

    List<PatternRow> patterns(UUID roundId) {
        return patterns(roundId, RaterGroup.EMPLOYEE);
    }

    /** The scoring patterns of one anonymous group (employees or leader colleagues). */
    List<PatternRow> patterns(UUID roundId, RaterGroup group) {
        return jdbc("select evaluee_id, value_id, scored_mask, ballots from result_pattern where round_id = ? "
                + "and rater_group = '" + group.name() + "'",
                roundId, r -> new PatternRow(uuid(r, 1), uuid(r, 2), r.getInt(3), r.getInt(4)));
    }

    List<CountRow> counts(UUID roundId) {
        return jdbc("select evaluee_id, rater_group, invited, submitted from result_count where round_id = ?",
                roundId, r -> new CountRow(uuid(r, 1), RaterGroup.valueOf(r.getString(2)), r.getInt(3), r.getInt(4)));
    }

    List<ItemRow> items(UUID roundId) {
        return jdbc("select statement_id, complete, item_rest from result_item where round_id = ?", roundId,
                r -> new ItemRow(uuid(r, 1), r.getInt(2), r.getObject(3) == null ? null : r.getDouble(3)));
    }

    List<AlphaRow> alphas(UUID roundId) {
        return jdbc("select value_id, complete, alpha from result_alpha where round_id = ?", roundId,
                r -> new AlphaRow(uuid(r, 1), r.getInt(2), r.getObject(3) == null ? null : r.getDouble(3)));
    }

    private interface RowReader<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** Rows of a query with one parameter, read on a connection of their own. */
    private <T> List<T> jdbc(String sql, UUID parameter, RowReader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(reader.read(r));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a round's counted results", e);
        }
    }

    private static UUID uuid(ResultSet r, int column) throws SQLException {
        return r.getObject(column, UUID.class);
    }

    /**
     * A leader's stories, in an order that says nothing: random, new at every read. The anonymous groups' stories
     * only where that group's are shown.
     */
    List<StoryRow> stories(UUID roundId, UUID evalueeId, boolean employees, boolean peers) {
        return Sql.query(em, """
                select value_id, rater_group, text from story
                where round_id = :round and evaluee_id = :evaluee
                  and (rater_group in ('SELF', 'MANAGER') or (rater_group = 'EMPLOYEE' and :employees)
                       or (rater_group = 'PEER' and :peers))
                order by random()""").param("round", roundId).param("evaluee", evalueeId)
                .param("employees", employees).param("peers", peers).list(StoryRow.class);
    }

    /**
     * The leader's round closed last before {@code closedAt} with counted results, with how the caller relates to
     * that round's report under that round's own rules (null: the caller could not read it).
     */
    Optional<PreviousRow> previous(UUID organisationId, UUID leaderId, UUID roundId, Instant closedAt, UUID caller,
            boolean hr) {
        return Sql.query(em, """
                select r.id as round_id, r.name, r.closed_at, e.id as evaluee_id, """ + RELATION + """
                 as relation
                from round r join round_evaluee e on e.round_id = r.id
                where r.organisation_id = :org and e.leader_id = :leader and r.status = 'CLOSED' and r.id <> :round
                  and r.closed_at < :closed and exists (select 1 from round_result x where x.round_id = r.id)
                order by r.closed_at desc
                """).param("org", organisationId).param("leader", leaderId).param("round", roundId)
                .param("closed", closedAt).param("caller", caller).param("hr", hr).first(PreviousRow.class);
    }
}
