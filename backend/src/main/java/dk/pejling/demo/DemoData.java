package dk.pejling.demo;

import dk.pejling.auth.AuthService;
import dk.pejling.common.EmbeddedDatabase;
import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Role;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.SummaryDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.framework.TemplateCatalog;
import dk.pejling.framework.VersionStatus;
import dk.pejling.lus.LusApi.GoalInput;
import dk.pejling.lus.LusApi.GoalStatus;
import dk.pejling.lus.LusApi.PlanInput;
import dk.pejling.lus.PlanService;
import dk.pejling.org.OrgLookup;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.rounds.RoundApi;
import dk.pejling.rounds.RoundService;
import dk.pejling.survey.Results;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The demo organisation "Demo Kommune", loaded once on first start: a direktion with four units, five leaders (one
 * with only three employees, so that the anonymity threshold shows), an HR consultant and forty employees.
 * A published framework from the Kodeks template and an open round over all five leaders follow. Later features add
 * their demo data here, in {@link #loadIfAbsent()}, so that there is one place to read it.
 */
@ApplicationScoped
class DemoData {

    static final String SLUG = "demo";
    static final String PASSWORD = "demo1234";
    static final String FRAMEWORK = "Ledelsesgrundlag for Demo Kommune";
    static final String OPEN_ROUND = "Lederevaluering 2026 (demo)";
    private static final String DOMAIN = "@demo.pejling.dk";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final OrgService org;
    private final OrgLookup lookup;
    private final AuthService auth;
    private final FrameworkService frameworks;
    private final RoundService rounds;
    private final PejlingConfig config;
    private final DemoHistory history;
    private final Results results;
    private final PlanService plans;
    private final DemoMeetings meetings;

    DemoData(OrgService org, OrgLookup lookup, AuthService auth, FrameworkService frameworks, RoundService rounds,
            PejlingConfig config, DemoHistory history, PlanService plans, Results results, DemoMeetings meetings) {
        this.history = history;
        this.meetings = meetings;
        this.results = results;
        this.plans = plans;
        this.org = org;
        this.lookup = lookup;
        this.auth = auth;
        this.frameworks = frameworks;
        this.rounds = rounds;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        boolean wanted = config.demo().orElse(EmbeddedDatabase.isRunning());
        if (wanted) {
            loadIfAbsent();
        }
    }

    /**
     * Loads what is missing, in steps that each commit, so that later steps (which audit in their own transactions)
     * see the organisation, and a start interrupted half-way is completed by the next.
     */
    void loadIfAbsent() {
        if (org.organisationBySlug(SLUG).isEmpty()) {
            loadOrganisation();
        }
        UUID o = org.organisationBySlug(SLUG).orElseThrow().id();
        // The platform's operator of the demo: creates and deactivates organisations, reads nothing inside one.
        auth.createOperator("drift" + DOMAIN, "Drift (demo)", PASSWORD);
        Optional<PersonRef> demoHr = lookup.personByEmail(o, "hr" + DOMAIN);
        if (demoHr.isEmpty()) {
            LOG.info("The demo organisation no longer has hr@: its people are HR's own now, and nothing is added");
            return;
        }
        PersonRef hr = demoHr.get();
        FrameworkService.Actor frameworkActor = new FrameworkService.Actor(o, hr.id(), true);
        UUID framework = frameworks.list(frameworkActor).stream()
                .filter(f -> f.name().equals(FRAMEWORK) && f.status() == VersionStatus.PUBLISHED)
                .map(SummaryDto::id).findFirst()
                .orElseGet(() -> {
                    UUID draft = frameworks.createFromTemplate(frameworkActor, TemplateCatalog.KODEKS, FRAMEWORK,
                            "Demo Kommunes ledelsesgrundlag, bygget på de 11 punkter i Kodeks for god ledelse.").id();
                    return frameworks.publish(frameworkActor, draft).id();
                });
        RoundService.Actor roundActor = new RoundService.Actor(o, hr.id(), true);
        if (rounds.list(o).stream().noneMatch(r -> r.name().equals(OPEN_ROUND))) {
            UUID round = rounds.create(roundActor, new RoundApi.RoundInput(framework, OPEN_ROUND,
                    Instant.now().plus(Duration.ofDays(21)), null, null, true, true, null, null, null, null, null,
                    null)).id();
            List<UUID> leaders = List.of("chef", "leder", "sofie.bach", "jens.mikkelsen", "birgitte.lund").stream()
                    .map(local -> person(o, local + DOMAIN).id()).toList();
            rounds.addEvaluees(roundActor, round, new RoundApi.AddEvaluees(leaders, null));
            int invitations = rounds.launch(roundActor, round).invitations();
            LOG.infof("Launched the demo round \"%s\" with %d invitations; the mails go to the configured mailer "
                    + "(in the zero-install demo: this log)", OPEN_ROUND, invitations);
        }
        if (rounds.list(o).stream().noneMatch(r -> r.name().equals(DemoHistory.CLOSED_ROUND))) {
            FrameworkDto version = frameworks.version(o, framework).orElseThrow();
            Map<String, PersonRef> leaders = DemoHistory.PROFILES.stream().map(DemoHistory.Profile::email)
                    .collect(Collectors.toMap(e -> e, e -> person(o, e)));
            UUID closed = history.load(o, version, leaders, Instant.now());
            results.countQuietly(closed);
            plans(o, closed, version, leaders);
            LOG.infof("Added the closed demo round \"%s\" with answers, stories and development plans",
                    DemoHistory.CLOSED_ROUND);
        }
        // The features beyond the annual round, filled in: Lars's meeting evaluations, a month of Mette's team. HR may
        // have imported its own people into the demo since; then there is nobody to fill them in for, and a start
        // must not fail for that.
        FrameworkDto version = frameworks.version(o, framework).orElseThrow();
        Optional<PersonRef> leader = lookup.personByEmail(o, "leder" + DOMAIN);
        Optional<PersonRef> manager = lookup.personByEmail(o, "chef" + DOMAIN);
        if (leader.isEmpty() || manager.isEmpty()) {
            LOG.info("The demo organisation no longer has leder@ and chef@: no demo meeting evaluations are added");
            return;
        }
        PersonRef lars = leader.get();
        PersonRef mette = manager.get();
        Instant now = Instant.now(); // the first start, in practice, as for the closed round
        if (!meetings.meetingsLoaded(o, lars)) {
            meetings.loadMeetings(o, version, lars, mette, now);
            LOG.infof("Added %d closed demo meeting evaluations", DemoMeetings.MEETINGS.size());
        }
        if (!meetings.dialogueLoaded(o, mette)) {
            meetings.loadDialogue(o, version, mette, lars, now);
            LOG.info("Added a recorded month of the demo leader team's dialogue");
        }
    }

    /** The development plans written after the closed round: Lars's, commented by Mette, and Mette's own. */
    private void plans(UUID o, UUID round, FrameworkDto version, Map<String, PersonRef> leaders) {
        PersonRef lars = leaders.get("leder" + DOMAIN);
        PersonRef mette = leaders.get("chef" + DOMAIN);
        Caller larsCaller = new Caller(o, lars.id(), false);
        Caller metteCaller = new Caller(o, mette.id(), false);
        LocalDate start = LocalDate.now().minusMonths(5);
        plans.save(larsCaller, round, lars.id(), new PlanInput(0, List.of(
                goal(version, "Min leder forklarer baggrunden for de beslutninger, der bliver truffet",
                        "Fortælle tydeligere, hvad der er besluttet – og hvorfor",
                        "Fast punkt på hvert andet personalemøde: nyt fra ledelsen. En kort skriftlig opsamling "
                                + "samme dag, så de, der ikke var der, også får det.",
                        start.plusMonths(3), GoalStatus.DONE),
                goal(version, "Min leder følger op på, om vi når vores mål",
                        "Følge op på vores mål sammen med teamene",
                        "Status på målene hvert kvartal på tavlemødet i hvert team. Bruge tallene til at vælge "
                                + "én ting, vi gør anderledes.",
                        start.plusMonths(6), GoalStatus.IN_PROGRESS),
                goal(version, "Min leder beder om feedback på sin ledelse",
                        "Bede om feedback på min ledelse løbende, ikke kun ved målingen",
                        "Spørge to-tre medarbejdere efter personalemøderne: Hvad virkede? Hvad skal jeg gøre "
                                + "anderledes? Tage det op med Mette på vores 1:1.",
                        start.plusMonths(8), GoalStatus.NOT_STARTED))));
        plans.comment(metteCaller, round, lars.id(), "Godt og konkret, Lars. Lad os tage status på "
                + "kommunikationen på vores næste 1:1 – og tænk over, hvordan du får teamlederne med.");
        plans.comment(larsCaller, round, lars.id(), "Tak. Jeg tager et udkast til en plan for personalemøderne "
                + "med til vores næste møde.");
        plans.save(metteCaller, round, mette.id(), new PlanInput(0, List.of(
                goal(version, "Min leder er tilgængelig", "Være lettere at fange for mine nærmeste",
                        "Åben dør tirsdag og torsdag 8-9. Svare på henvendelser samme dag, også når svaret er, "
                                + "at jeg vender tilbage.",
                        start.plusMonths(4), GoalStatus.IN_PROGRESS))));
    }

    private static GoalInput goal(FrameworkDto version, String statement, String title, String actions,
            LocalDate due, GoalStatus status) {
        UUID statementId = version.values().stream().flatMap(v -> v.statements().stream())
                .filter(s -> s.text().equals(statement)).findFirst().orElseThrow().id();
        return new GoalInput(title, null, statementId, actions, due, status);
    }

    private PersonRef person(UUID organisationId, String email) {
        return lookup.personByEmail(organisationId, email).orElseThrow(
                () -> new IllegalStateException("The demo organisation lacks " + email));
    }

    @Transactional
    void loadOrganisation() {
        UUID o = org.createOrganisation(SLUG, "Demo Kommune").id();

        UUID direktionen = org.createUnit(o, null, "Direktionen");
        UUID sekretariatet = org.createUnit(o, direktionen, "Sekretariatet");
        UUID aeldreplejen = org.createUnit(o, direktionen, "Ældreplejen");
        UUID dagtilbud = org.createUnit(o, direktionen, "Dagtilbud");
        UUID borgerservice = org.createUnit(o, direktionen, "Borgerservice");

        PersonRef direktoer = org.createPerson(o, direktionen, null, "Mette Kjær", "chef" + DOMAIN);
        PersonRef sekretariatschef = leader(o, sekretariatet, direktoer, "Birgitte Lund");
        PersonRef aeldrechef = org.createPerson(o, aeldreplejen, direktoer.id(), "Lars Holm Nielsen", "leder" + DOMAIN);
        PersonRef dagtilbudschef = leader(o, dagtilbud, direktoer, "Sofie Bach");
        PersonRef borgerservicechef = leader(o, borgerservice, direktoer, "Jens Mikkelsen");

        employees(o, direktionen, direktoer, List.of("Anne Marie Skov"));
        PersonRef hr = org.createPerson(o, sekretariatet, sekretariatschef.id(), "Camilla Thorsen", "hr" + DOMAIN);
        employees(o, sekretariatet, sekretariatschef, List.of("Peter Dahl", "Line Vestergaard"));
        employees(o, aeldreplejen, aeldrechef, List.of(
                "Hanne Jensen", "Kirsten Pedersen", "Bente Sørensen", "Susanne Larsen", "Mohammed Ali",
                "Lone Christensen", "Tina Poulsen", "Jette Møller", "Fatima Hassan", "Rikke Johansen",
                "Dorthe Frederiksen", "Mikkel Andersen", "Gitte Knudsen", "Helle Rasmussen"));
        employees(o, dagtilbud, dagtilbudschef, List.of(
                "Maria Thomsen", "Louise Kristensen", "Camilla Jakobsen", "Anders Olsen", "Julie Hansen",
                "Signe Lauridsen", "Emma Nørgaard", "Katrine Holm", "Nanna Brandt", "Søren Kjeldsen",
                "Ida Winther", "Pernille Schmidt"));
        employees(o, borgerservice, borgerservicechef, List.of(
                "Thomas Nielsen", "Henrik Jørgensen", "Lene Mortensen", "Morten Eriksen", "Charlotte Berg",
                "Ahmet Yilmaz", "Trine Dam", "Ole Bertelsen", "Birthe Clausen", "Kasper Lindberg"));

        auth.createAccount(o, hr.id(), hr.email(), PASSWORD, Set.of(Role.hr, Role.admin));
        auth.createAccount(o, direktoer.id(), direktoer.email(), PASSWORD, Set.of(Role.manager, Role.leader));
        for (PersonRef leader : List.of(aeldrechef, sekretariatschef, dagtilbudschef, borgerservicechef)) {
            auth.createAccount(o, leader.id(), leader.email(), PASSWORD, Set.of(Role.leader));
        }
        LOG.infof("Loaded the demo organisation Demo Kommune: log in as hr%s, leder%s or chef%s with password %s",
                DOMAIN, DOMAIN, DOMAIN, PASSWORD);
    }

    private PersonRef leader(UUID o, UUID unit, PersonRef manager, String name) {
        return org.createPerson(o, unit, manager.id(), name, email(name));
    }

    private void employees(UUID o, UUID unit, PersonRef leader, List<String> names) {
        for (String name : names) {
            org.createPerson(o, unit, leader.id(), name, email(name));
        }
    }

    /** "Bente Sørensen" → bente.soerensen@demo.pejling.dk, the way Danish mail systems spell it. */
    static String email(String name) {
        String local = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        local = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", ".");
        return local + DOMAIN;
    }
}
