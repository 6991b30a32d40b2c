package dk.pejling.demo;

import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The past of the features beyond the annual round, as they store it, since their services take only the present:
 * Lars's closed meeting evaluations against two values — his staff meetings against the value his development plan
 * works on, with a rising trend, and his team meetings against another, one of them with too few answers to show —
 * and one month of Mette's leader team, recorded. Dates count back from the first start; the answers are fixed and
 * their order comes from a fixed seed, so every demo shows the same figures.
 */
@ApplicationScoped
class DemoMeetings {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Index of the Kodeks point in the framework: "Jeg kommunikerer klart om politiske og administrative …". */
    static final int COMMUNICATION = 4;
    /** "Jeg skaber trivsel og et godt arbejdsliv for den enkelte". */
    static final int WELLBEING = 7;
    /** "Jeg skaber rum for refleksion og innovation": the leader team's month. */
    static final int REFLECTION = 8;

    /** A closed evaluation: days before the first start, value, name, scores (null = "ved ikke"), stories. */
    record Meeting(int daysAgo, int value, String name, Integer[] scores, List<String> stories) {
    }

    static final List<Meeting> MEETINGS = List.of(
            new Meeting(150, COMMUNICATION, "Personalemøde i hjemmeplejen", new Integer[] {3, 4, 2, 3, 4, 3, 3, 3,
                    null}, List.of("Vi hørte om budgettet, men ikke hvorfor aftenvagterne skal ændres.")),
            new Meeting(90, COMMUNICATION, "Personalemøde med nyt fra ledelsen", new Integer[] {4, 4, 3, 4, 5, 3, 4,
                    3}, List.of(
                            "Godt med den skriftlige opsamling bagefter – så fik kollegerne på nattevagt det "
                                    + "også.")),
            new Meeting(30, COMMUNICATION, "Personalemøde om den nye vagtplan", new Integer[] {4, 5, 4, 4, 5, 3, 4, 5,
                    4, null}, List.of("Lars forklarede, hvad der var besluttet, og hvad vi selv kunne påvirke.",
                            "Det var tydeligt, hvorfor ændringen kommer nu.")),
            new Meeting(120, WELLBEING, "Teammøde i dagvagten", new Integer[] {3, 4, 3, 4, 2, 4},
                    List.of()),
            new Meeting(60, WELLBEING, "Teammøde om arbejdspresset", new Integer[] {4, 4, 3, 5, 4, 3, 4},
                    List.of("Vi fik talt om, hvordan vi hjælper hinanden i de travle uger.")),
            new Meeting(20, WELLBEING, "Teammøde i aftenvagten", new Integer[] {5, 4}, List.of()));

    private final EntityManager em;

    DemoMeetings(EntityManager em) {
        this.em = em;
    }

    @Transactional
    boolean meetingsLoaded(UUID o, PersonRef leader) {
        return count("select count(*) from meeting_evaluation where organisation_id = :o and leader_id = :p", o,
                leader.id()) > 0;
    }

    @Transactional
    boolean dialogueLoaded(UUID o, PersonRef manager) {
        return count("select count(*) from team_dialogue where organisation_id = :o and manager_id = :p", o,
                manager.id()) > 0;
    }

    private long count(String sql, UUID o, UUID person) {
        return ((Number) em.createNativeQuery(sql).setParameter("o", o).setParameter("p", person).getSingleResult())
                .longValue();
    }

    /** Lars's closed meeting evaluations; the latest staff meeting is shared with Mette, his manager. */
    @Transactional
    void loadMeetings(UUID o, FrameworkDto version, PersonRef leader, PersonRef manager, Instant firstStart) {
        Random random = new Random(20261201L);
        LocalDate today = LocalDate.ofInstant(firstStart, ZONE);
        for (Meeting meeting : MEETINGS) {
            ValueDto value = version.values().get(meeting.value());
            UUID id = UUID.randomUUID();
            LocalDate day = today.minusDays(meeting.daysAgo());
            Instant closed = day.plusDays(1).atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant();
            em.createNativeQuery("""
                    insert into meeting_evaluation (id, organisation_id, leader_id, name, meeting_date, framework_id,
                        framework_version_id, value_id, value_title, k, link_hash, by_mail, closes_at, closed_at,
                        created_at, personal_data_removed_at)
                    values (:id, :o, :leader, :name, :day, :framework, :version, :value, :title, 3, :hash, false,
                        :closes, :closed, :created, null)
                    """).setParameter("id", id).setParameter("o", o).setParameter("leader", leader.id())
                    .setParameter("name", meeting.name()).setParameter("day", day)
                    .setParameter("framework", version.frameworkId()).setParameter("version", version.id())
                    .setParameter("value", value.id()).setParameter("title", value.title())
                    .setParameter("hash", sha256("demo-meeting " + id))
                    .setParameter("closes", day.plusDays(15).atStartOfDay(ZONE).toInstant())
                    .setParameter("closed", closed)
                    .setParameter("created", day.minusDays(1).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant())
                    .executeUpdate();
            // Like real answers: a random id, the score, nothing else, in no meaningful order.
            List<Integer> scores = new ArrayList<>(Arrays.asList(meeting.scores()));
            Collections.shuffle(scores, random);
            for (Integer score : scores) {
                em.createNativeQuery("""
                        insert into meeting_answer (id, organisation_id, meeting_id, score)
                        values (:id, :o, :meeting, :score)
                        """).setParameter("id", UUID.randomUUID()).setParameter("o", o)
                        .setParameter("meeting", id).setParameter("score", score == null ? null : score.shortValue())
                        .executeUpdate();
            }
            for (String story : meeting.stories()) {
                em.createNativeQuery("""
                        insert into meeting_story (id, organisation_id, meeting_id, text)
                        values (:id, :o, :meeting, :text)
                        """).setParameter("id", UUID.randomUUID()).setParameter("o", o).setParameter("meeting", id)
                        .setParameter("text", story).executeUpdate();
            }
            if (meeting == MEETINGS.get(2)) {
                em.createNativeQuery("insert into meeting_share (organisation_id, meeting_id, person_id) "
                        + "values (:o, :meeting, :person)").setParameter("o", o).setParameter("meeting", id)
                        .setParameter("person", manager.id()).executeUpdate();
            }
        }
    }

    /** One month of Mette's leader team two months back, with what it wrote down; Lars saved the record. */
    @Transactional
    void loadDialogue(UUID o, FrameworkDto version, PersonRef manager, PersonRef writer, Instant firstStart) {
        ValueDto value = version.values().get(REFLECTION);
        LocalDate month = LocalDate.ofInstant(firstStart, ZONE).withDayOfMonth(1).minusMonths(2);
        em.createNativeQuery("""
                insert into team_dialogue (id, organisation_id, manager_id, month, framework_id, framework_version_id,
                    value_id, value_title, hold_on, do_more, do_less, version, updated_at, updated_by, created_at)
                values (:id, :o, :manager, :month, :framework, :version, :value, :title, :holdOn, :doMore, :doLess,
                    1, :updated, :writer, :created)
                """).setParameter("id", UUID.randomUUID()).setParameter("o", o).setParameter("manager", manager.id())
                .setParameter("month", month).setParameter("framework", version.frameworkId())
                .setParameter("version", version.id()).setParameter("value", value.id())
                .setParameter("title", value.title())
                .setParameter("holdOn", "At vi deler et forsøg, der ikke lykkedes, lige så gerne som et, der "
                        + "lykkedes.")
                .setParameter("doMore", "Besøge hinandens enheder og se, hvordan de andre løser en opgave, før vi "
                        + "selv går i gang.")
                .setParameter("doLess", "Springe evalueringen over, når et projekt er slut.")
                .setParameter("updated", month.plusDays(20).atTime(LocalTime.of(14, 30)).atZone(ZONE).toInstant())
                .setParameter("writer", writer.id())
                .setParameter("created", month.minusDays(10).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant())
                .executeUpdate();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
