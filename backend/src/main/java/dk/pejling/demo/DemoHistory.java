package dk.pejling.demo;

import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A closed round half a year back, as it looks after closing: links used, ballots and stories released from the
 * ballot box with no link to anyone, and the results counted. The answers are generated from a profile per leader (strong and weak values, a blind spot, a
 * hidden strength) with a fixed seed, so every demo shows the same report. Two statements behave like the ones
 * HR should look at: one that many cannot observe, one that employees read differently.
 */
@ApplicationScoped
class DemoHistory {

    static final String CLOSED_ROUND = "Lederevaluering forår 2026 (demo)";

    /** A leader's profile: offsets per value (index = the Kodeks point - 1), and the self-assessment's bias. */
    record Profile(String email, int answering, double[] offsets, Map<Integer, Double> selfBias) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("leder@demo.pejling.dk", 11,
                    new double[] {0.1, -0.1, 0.4, 0.5, -0.9, -0.6, 0.2, 0.6, 0.0, -0.4, 0.1},
                    Map.of(4, 1.3, 5, 0.8, 7, -1.2, 2, -1.0)),
            new Profile("chef@demo.pejling.dk", 5,
                    new double[] {0.3, 0.7, 0.0, 0.1, 0.2, 0.2, 0.4, -0.7, -0.3, 0.0, 0.3},
                    Map.of(7, 1.2, 1, -1.0)),
            new Profile("sofie.bach@demo.pejling.dk", 10,
                    new double[] {-0.8, 0.0, 0.2, 0.3, 0.1, -0.5, 0.5, 0.3, 0.6, 0.1, 0.2},
                    Map.of(0, 1.1, 8, -1.0)),
            new Profile("jens.mikkelsen@demo.pejling.dk", 8,
                    new double[] {0.2, 0.1, 0.0, -0.2, 0.3, 0.5, 0.0, 0.1, -0.7, -0.6, -0.2},
                    Map.of(9, 1.2, 5, -1.0)),
            new Profile("birgitte.lund@demo.pejling.dk", 3,
                    new double[] {0.0, 0.2, 0.3, 0.0, 0.1, 0.0, -0.2, 0.2, 0.0, 0.1, 0.0},
                    Map.of()));

    /** Statements (by employee wording) that many cannot observe, and one that employees read differently. */
    static final Map<String, Double> HARD_TO_OBSERVE = Map.of(
            "Min leder er ambassadør for vores arbejdsplads", 0.35,
            "Min leder henter inspiration fra andre arbejdspladser", 0.3,
            "Min leder bringer vores erfaringer videre til ledelsen over sig", 0.25);
    static final String READ_DIFFERENTLY = "Min leder tager hensyn til den enkeltes situation, når opgaverne fordeles";

    private final EntityManager em;
    private final OrgService org;

    DemoHistory(EntityManager em, OrgService org) {
        this.em = em;
        this.org = org;
    }

    /** Creates the closed round with its answers; returns its id. */
    @Transactional
    UUID load(UUID o, FrameworkDto framework, Map<String, PersonRef> leaders, Instant now) {
        Random random = new Random(20260527L);
        Instant closes = now.minus(Duration.ofDays(183)).truncatedTo(ChronoUnit.HOURS);
        UUID round = UUID.randomUUID();
        em.createNativeQuery("""
                insert into round (id, organisation_id, framework_version_id, name, status, closes_at, k, k_story,
                    include_self, include_manager, manager_access, hr_access, retention_months, reminder_days_before,
                    confirm_respondents, created_at, launched_at, closed_at, auto_reminder_sent_at)
                values (:id, :org, :version, :name, 'CLOSED', :closes, 5, 5, true, true, 'REPORT', 'NONE', 36, 3,
                    false, :created, :launched, :closes, :reminded)
                """).setParameter("id", round).setParameter("org", o).setParameter("version", framework.id())
                .setParameter("name", CLOSED_ROUND).setParameter("closes", closes)
                .setParameter("created", closes.minus(Duration.ofDays(35)))
                .setParameter("launched", closes.minus(Duration.ofDays(21)))
                .setParameter("reminded", closes.minus(Duration.ofDays(3))).executeUpdate();

        List<StatementDto> statements = framework.values().stream().flatMap(v -> v.statements().stream()).toList();
        Map<UUID, Integer> valueIndex = new java.util.HashMap<>();
        for (int i = 0; i < framework.values().size(); i++) {
            for (StatementDto s : framework.values().get(i).statements()) {
                valueIndex.put(s.id(), i);
            }
        }
        em.createNativeQuery("""
                insert into round_unit (round_id, unit_id, organisation_id, parent_id, name)
                select :round, u.id, u.organisation_id, u.parent_id, u.name from unit u where u.organisation_id = :org
                """).setParameter("round", round).setParameter("org", o).executeUpdate();
        Rows rows = new Rows();
        for (Profile profile : PROFILES) {
            PersonRef leader = leaders.get(profile.email());
            UUID evaluee = UUID.randomUUID();
            String unitName = leader.unitId() == null ? null : org.units(o).stream()
                    .filter(u -> u.id().equals(leader.unitId())).map(OrgService.UnitRef::name).findFirst()
                    .orElse(null);
            em.createNativeQuery("""
                    insert into round_evaluee (id, organisation_id, round_id, leader_id, leader_name, unit_id,
                        unit_name, manager_id, report_manager_id)
                    values (:id, :org, :round, :leader, :name, :unit, :unitName, :manager, :manager)
                    """).setParameter("id", evaluee).setParameter("org", o).setParameter("round", round)
                    .setParameter("leader", leader.id()).setParameter("name", leader.name())
                    .setParameter("unit", leader.unitId()).setParameter("unitName", unitName)
                    .setParameter("manager", leader.managerId()).executeUpdate();

            List<PersonRef> employees = new ArrayList<>(org.directReports(o, leader.id()));
            Collections.shuffle(employees, random);
            for (int i = 0; i < employees.size(); i++) {
                boolean answered = i < profile.answering();
                rows.invitation(o, round, evaluee, "EMPLOYEE", employees.get(i), answered, random);
                if (answered) {
                    // How this employee sees the leader overall, and on each value: answers within a value agree.
                    double leniency = random.nextGaussian() * 0.4;
                    double[] view = new double[framework.values().size()];
                    for (int v = 0; v < view.length; v++) {
                        view[v] = leniency + random.nextGaussian() * 0.5;
                    }
                    UUID ballot = rows.ballot(o, round, evaluee, "EMPLOYEE");
                    for (StatementDto s : statements) {
                        int v = valueIndex.get(s.id());
                        rows.answer(ballot, s.id(), employeeScore(profile, v, s.text(), view[v], random));
                    }
                }
            }
            rows.invitation(o, round, evaluee, "SELF", leader, true, random);
            UUID self = rows.ballot(o, round, evaluee, "SELF");
            for (StatementDto s : statements) {
                int v = valueIndex.get(s.id());
                double expected = 3.7 + profile.offsets()[v] + profile.selfBias().getOrDefault(v, 0.2);
                rows.answer(self, s.id(), clamp(expected + random.nextGaussian() * 0.3));
            }
            if (leader.managerId() != null) {
                PersonRef manager = org.person(o, leader.managerId()).orElseThrow();
                rows.invitation(o, round, evaluee, "MANAGER", manager, true, random);
                UUID ballot = rows.ballot(o, round, evaluee, "MANAGER");
                for (StatementDto s : statements) {
                    double expected = 3.7 + profile.offsets()[valueIndex.get(s.id())] * 0.7;
                    Integer score = HARD_TO_OBSERVE.containsKey(s.text()) ? null
                            : clamp(expected + random.nextGaussian() * 0.4);
                    rows.answer(ballot, s.id(), score);
                }
            }
            if (profile.answering() >= 5) {
                stories(rows, o, round, evaluee, profile, framework, random);
            }
        }
        rows.flush(em);
        return round;
    }

    private static Integer employeeScore(Profile profile, int value, String text, double view, Random random) {
        double cannotSee = HARD_TO_OBSERVE.getOrDefault(text, 0.03);
        if (random.nextDouble() < cannotSee) {
            return null;
        }
        if (READ_DIFFERENTLY.equals(text)) {
            // Some read it as being seen, some as favouritism: the answers split.
            return random.nextBoolean() ? 1 + random.nextInt(2) : 4 + random.nextInt(2);
        }
        return clamp(3.7 + profile.offsets()[value] + view + random.nextGaussian() * 0.45);
    }

    private static int clamp(double score) {
        return (int) Math.max(1, Math.min(5, Math.round(score)));
    }

    /** Two to four stories per value where the leader is strongest and weakest, and a few elsewhere. */
    private static void stories(Rows rows, UUID o, UUID round, UUID evaluee, Profile profile, FrameworkDto framework,
            Random random) {
        for (int v = 0; v < framework.values().size(); v++) {
            ValueDto value = framework.values().get(v);
            double offset = profile.offsets()[v];
            List<String> pool = new ArrayList<>(
                    offset >= 0 ? DemoStories.POSITIVE.get(v) : DemoStories.CRITICAL.get(v));
            Collections.shuffle(pool, random);
            int count = Math.abs(offset) >= 0.5 ? 2 + random.nextInt(2) : random.nextInt(2);
            for (String text : pool.subList(0, Math.min(count, pool.size()))) {
                rows.story(o, round, evaluee, value.id(), text);
            }
        }
    }

    /** Collects the generated rows and writes each table in one statement. */
    static final class Rows {
        private final List<String> invitations = new ArrayList<>();
        private final List<String> tickets = new ArrayList<>();
        private final List<String> respondents = new ArrayList<>();
        private final List<String> ballots = new ArrayList<>();
        private final List<String> answers = new ArrayList<>();
        private final List<Object[]> stories = new ArrayList<>();
        private final Set<String> seen = new java.util.HashSet<>();

        void invitation(UUID o, UUID round, UUID evaluee, String group, PersonRef person, boolean used,
                Random random) {
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            invitations.add(String.format("('%s','%s','%s','%s','%s','%s',%s,%s)", UUID.randomUUID(), o, round,
                    evaluee, group, person.id(), literal(person.name()), literal(person.email())));
            tickets.add(String.format("('\\x%s'::bytea,'%s','%s','%s','%s',%s)", HexFormat.of().formatHex(hash), o,
                    round, evaluee, group, used));
            if (seen.add(evaluee + "/" + person.id() + "/" + group)) {
                respondents.add(String.format("('%s','%s','%s','%s','%s')", UUID.randomUUID(), o, evaluee,
                        person.id(), group));
            }
        }

        UUID ballot(UUID o, UUID round, UUID evaluee, String group) {
            UUID id = UUID.randomUUID();
            ballots.add(String.format("('%s','%s','%s','%s','%s')", id, o, round, evaluee, group));
            return id;
        }

        void answer(UUID ballot, UUID statement, Integer score) {
            answers.add(String.format("('%s','%s',%s)", ballot, statement, score == null ? "null" : score));
        }

        void story(UUID o, UUID round, UUID evaluee, UUID value, String text) {
            stories.add(new Object[] {o, round, evaluee, value, text});
        }

        void flush(EntityManager em) {
            em.createNativeQuery("insert into round_respondent (id, organisation_id, evaluee_id, person_id, "
                    + "rater_group) values " + String.join(",", respondents)).executeUpdate();
            em.createNativeQuery("insert into invitation (id, organisation_id, round_id, evaluee_id, rater_group, "
                    + "person_id, name, email) values " + String.join(",", invitations)).executeUpdate();
            // Tickets apart from invitations and in an order of their own, as a launch writes them.
            Collections.shuffle(tickets);
            em.createNativeQuery("insert into ticket (token_hash, organisation_id, round_id, evaluee_id, rater_group, "
                    + "used) values " + String.join(",", tickets)).executeUpdate();
            // Ballots, answers and stories in random order, as the ballot box releases them.
            Collections.shuffle(ballots);
            em.createNativeQuery("insert into ballot (id, organisation_id, round_id, evaluee_id, rater_group) values "
                    + String.join(",", ballots)).executeUpdate();
            em.createNativeQuery("insert into ballot_answer (ballot_id, statement_id, score) values "
                    + String.join(",", answers)).executeUpdate();
            Collections.shuffle(stories);
            for (Object[] s : stories) {
                em.createNativeQuery("insert into story (id, organisation_id, round_id, evaluee_id, rater_group, "
                        + "value_id, text) values (:id, :org, :round, :evaluee, 'EMPLOYEE', :value, :text)")
                        .setParameter("id", UUID.randomUUID()).setParameter("org", s[0]).setParameter("round", s[1])
                        .setParameter("evaluee", s[2]).setParameter("value", s[3]).setParameter("text", s[4])
                        .executeUpdate();
            }
        }

        private static String literal(String value) {
            return value == null ? "null" : "'" + value.replace("'", "''") + "'";
        }
    }
}
