package dk.pejling.meetings;

import dk.pejling.common.Sql;
import dk.pejling.meetings.MeetingsApi.Hidden;
import dk.pejling.meetings.MeetingsApi.Result;
import dk.pejling.meetings.MeetingsApi.TrendPoint;
import dk.pejling.meetings.MeetingsApi.ValueOverview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of meeting evaluations, counted in SQL, and the one rule that decides whether they are shown
 * (docs/anonymity.md, "Meeting evaluations"): a closed evaluation's figures only when at least k answered and at
 * least k gave a score; every aggregate over evaluations (trend, HR's overview) is made of shown evaluations only.
 */
@ApplicationScoped
class MeetingResults {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The counts of one evaluation. */
    record Counts(UUID meetingId, int k, long answers, long scored, long total, long d1, long d2, long d3, long d4,
            long d5) {

        boolean shown() {
            return answers >= k && scored >= k;
        }
    }

    /**
     * Answers, scores and their sum of evaluation {@code e} joined with its answers {@code a}: counted from the answers,
     * or, once retention has removed them, the figures kept at that moment ({@link MeetingRetention}).
     */
    static final String FIGURES = """
            coalesce(e.kept_answers, count(a.id)) as answers, coalesce(e.kept_scored, count(a.score)) as scored,
            coalesce(e.kept_total, coalesce(sum(a.score), 0)) as total
            """;

    private static final String COUNTS = "select e.id as meeting_id, e.k as k, " + FIGURES + ",\n" + """
                   coalesce(e.kept_d1, count(*) filter (where a.score = 1)) as d1,
                   coalesce(e.kept_d2, count(*) filter (where a.score = 2)) as d2,
                   coalesce(e.kept_d3, count(*) filter (where a.score = 3)) as d3,
                   coalesce(e.kept_d4, count(*) filter (where a.score = 4)) as d4,
                   coalesce(e.kept_d5, count(*) filter (where a.score = 5)) as d5
            from meeting_evaluation e left join meeting_answer a on a.meeting_id = e.id
            """;

    /** Evaluations whose answers are final: closed, or a minute past their time (see MeetingEvaluation). */
    private static final String FINAL = "(e.closed_at is not null or e.closes_at + interval '1 minute' <= :now)";

    private final EntityManager em;

    MeetingResults(EntityManager em) {
        this.em = em;
    }

    Counts counts(UUID meetingId) {
        return Sql.query(em, COUNTS + " where e.id = :id group by e.id, e.k").param("id", meetingId)
                .first(Counts.class).orElseThrow();
    }

    /** Only whether k have answered: all that is told while answers arrive. */
    boolean thresholdReached(MeetingEvaluation meeting) {
        Number answers = (Number) em.createNativeQuery("select count(*) from meeting_answer where meeting_id = :id")
                .setParameter("id", meeting.id).getSingleResult();
        return answers.longValue() >= meeting.k;
    }

    /** The result of a final evaluation, with its stories when shown. */
    Result result(MeetingEvaluation meeting) {
        Counts c = counts(meeting.id);
        if (!c.shown()) {
            return new Result(false, c.answers() < c.k() ? Hidden.TOO_FEW_ANSWERS : Hidden.TOO_FEW_SCORES, null, null,
                    null, null, null, null, null);
        }
        @SuppressWarnings("unchecked")
        List<String> stories = new ArrayList<>(em.createNativeQuery(
                "select text from meeting_story where meeting_id = :id").setParameter("id", meeting.id)
                .getResultList());
        Collections.shuffle(stories, RANDOM);
        return new Result(true, null, (int) c.answers(), (int) c.scored(), (int) (c.answers() - c.scored()),
                mean(c.total(), c.scored()),
                List.of((int) c.d1(), (int) c.d2(), (int) c.d3(), (int) c.d4(), (int) c.d5()), stories,
                meeting.answersRemovedAt);
    }

    /** Shown means of these evaluations, by id (for lists). */
    Map<UUID, Counts> shownCounts(List<UUID> meetingIds, Instant now) {
        Map<UUID, Counts> shown = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return shown;
        }
        Sql.query(em, COUNTS + " where e.id in (:ids) and " + FINAL + " group by e.id, e.k")
                .param("ids", meetingIds).param("now", now).list(Counts.class).stream().filter(Counts::shown)
                .forEach(c -> shown.put(c.meetingId(), c));
        return shown;
    }

    record TrendRow(UUID frameworkId, String valueTitle, UUID meetingId, String name, java.time.LocalDate meetingDate,
            long answers, long scored, long total) {
    }

    /** A leader's shown evaluations per value, oldest first. */
    Map<String, List<TrendRow>> trend(UUID organisationId, UUID leaderId, Instant now) {
        List<TrendRow> rows = Sql.query(em, """
                with c as (
                    select e.id, e.framework_id, e.value_title, e.name, e.meeting_date, e.k,
                           """ + FIGURES + """
                from meeting_evaluation e left join meeting_answer a on a.meeting_id = e.id
                where e.organisation_id = :org and e.leader_id = :leader and """ + FINAL + """
                    group by e.id
                )
                select framework_id, value_title, id as meeting_id, name, meeting_date, answers, scored, total
                from c where answers >= k and scored >= k
                order by value_title, framework_id, meeting_date, name, id
                """).param("org", organisationId).param("leader", leaderId).param("now", now).list(TrendRow.class);
        Map<String, List<TrendRow>> byValue = new LinkedHashMap<>();
        rows.forEach(r -> byValue.computeIfAbsent(r.frameworkId() + "/" + r.valueTitle(), x -> new ArrayList<>())
                .add(r));
        return byValue;
    }

    static TrendPoint point(TrendRow r) {
        return new TrendPoint(r.meetingId(), r.name(), r.meetingDate(), mean(r.total(), r.scored()), (int) r.answers());
    }

    record OverviewRow(UUID frameworkId, String valueTitle, long meetings, long meetingsShown, long answers,
            long scored, long total) {
    }

    /** HR's overview: per value, closed evaluations, and the figures of the shown ones only. */
    List<ValueOverview> overview(UUID organisationId, Instant now) {
        return Sql.query(em, """
                with c as (
                    select e.id, e.framework_id, e.value_title, e.k,
                           """ + FIGURES + """
                from meeting_evaluation e left join meeting_answer a on a.meeting_id = e.id
                where e.organisation_id = :org and """ + FINAL + """
                    group by e.id
                ), s as (
                    select c.*, (answers >= k and scored >= k) as shown from c
                )
                select framework_id, value_title, count(*) as meetings,
                       count(*) filter (where shown) as meetings_shown,
                       coalesce(sum(answers) filter (where shown), 0) as answers,
                       coalesce(sum(scored) filter (where shown), 0) as scored,
                       coalesce(sum(total) filter (where shown), 0) as total
                from s group by framework_id, value_title order by value_title, framework_id
                """).param("org", organisationId).param("now", now).list(OverviewRow.class).stream()
                .map(r -> new ValueOverview(r.frameworkId(), r.valueTitle(), (int) r.meetings(),
                        (int) r.meetingsShown(), (int) r.answers(),
                        r.meetingsShown() > 0 ? mean(r.total(), r.scored()) : null))
                .toList();
    }

    static double mean(long total, long scored) {
        return Math.round(10.0 * total / scored) / 10.0;
    }
}
