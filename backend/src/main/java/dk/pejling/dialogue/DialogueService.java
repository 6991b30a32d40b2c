package dk.pejling.dialogue;

import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.dialogue.DialogueApi.DialogueDto;
import dk.pejling.dialogue.DialogueApi.DialogueInput;
import dk.pejling.dialogue.DialogueApi.DilemmaDto;
import dk.pejling.dialogue.DialogueApi.HistoryEntry;
import dk.pejling.dialogue.DialogueApi.Member;
import dk.pejling.dialogue.DialogueApi.Overview;
import dk.pejling.dialogue.DialogueApi.RecordInput;
import dk.pejling.dialogue.DialogueApi.Summary;
import dk.pejling.dialogue.DialogueApi.Team;
import dk.pejling.dialogue.DialogueApi.ValueChoice;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.framework.TemplateCatalog;
import dk.pejling.framework.TemplateCatalog.Template;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The leader team's dialogue on one value (the guide's "Procesguide – at arbejde med kodeks som dialogværktøj i et
 * lederteam"): a manager plans a month with a value; the manager and the leaders who report to them read the guide's
 * questions and the dilemmas beside the value, and write down what they will hold on to, do more of and do less of.
 * A team is who reports to whom today; nobody else reads a team's months (404).
 */
@ApplicationScoped
@Transactional
public class DialogueService {

    /** Who is calling, from the token. */
    public record Caller(UUID organisationId, UUID personId) {
    }

    private final FrameworkService frameworks;
    private final TemplateCatalog templates;
    private final OrgService org;
    private final AuditLog audit;
    private final EntityManager em;
    private final DialogueMails mails;
    private final Clock clock = Clock.systemUTC();

    DialogueService(FrameworkService frameworks, TemplateCatalog templates, OrgService org, AuditLog audit,
            EntityManager em, DialogueMails mails) {
        this.frameworks = frameworks;
        this.templates = templates;
        this.org = org;
        this.audit = audit;
        this.em = em;
        this.mails = mails;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(Caller caller) {
        List<Team> teams = new ArrayList<>();
        List<UUID> managers = new ArrayList<>();
        Team own = team(caller, caller.personId()).orElse(null);
        if (own != null && !own.members().isEmpty()) {
            teams.add(own);
            managers.add(own.managerId());
        }
        org.person(caller.organisationId(), caller.personId()).map(PersonRef::managerId)
                .flatMap(manager -> team(caller, manager))
                .filter(t -> t.members().stream().anyMatch(m -> m.personId().equals(caller.personId())))
                .ifPresent(t -> {
                    teams.add(t);
                    managers.add(t.managerId());
                });
        List<Summary> dialogues = managers.isEmpty() ? List.of() : TeamDialogue.<TeamDialogue>list(
                "organisationId = ?1 and managerId in ?2 order by month desc", caller.organisationId(), managers)
                .stream().map(d -> new Summary(d.id, d.managerId, month(d.month), d.valueTitle, d.version > 0))
                .toList();
        List<ValueChoice> values = new ArrayList<>();
        if (!managers.isEmpty() && managers.get(0).equals(caller.personId())) {
            for (FrameworkDto version : frameworks.latestPublished(caller.organisationId())) {
                version.values().forEach(v -> values.add(new ValueChoice(v.id(), v.title(), v.titleEn(),
                        version.name())));
            }
        }
        return new Overview(teams, dialogues, values);
    }

    public DialogueDto plan(Caller caller, DialogueInput input) {
        Team team = team(caller, caller.personId()).filter(t -> !t.members().isEmpty())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                        "Only a manager with leaders who report to them plans the team's months."));
        LocalDate month = YearMonth.parse(input.month()).atDay(1);
        LocalDate thisMonth = YearMonth.now(clock).atDay(1);
        if (month.isBefore(thisMonth.minusMonths(1)) || month.isAfter(thisMonth.plusMonths(12))) {
            throw ProblemException.invalid("month", "Vælg en måned fra sidste måned til et år frem.");
        }
        FrameworkDto version = null;
        ValueDto value = null;
        for (FrameworkDto v : frameworks.latestPublished(caller.organisationId())) {
            for (ValueDto candidate : v.values()) {
                if (candidate.id().equals(input.valueId())) {
                    version = v;
                    value = candidate;
                }
            }
        }
        if (value == null) {
            throw ProblemException.invalid("valueId", "Værdien findes ikke i organisationens gældende "
                    + "ledelsesgrundlag.");
        }
        if (TeamDialogue.count("managerId = ?1 and month = ?2", caller.personId(), month) > 0) {
            throw ProblemException.conflict("The team already has a value for " + input.month() + ".");
        }
        TeamDialogue d = new TeamDialogue();
        d.id = UUID.randomUUID();
        d.organisationId = caller.organisationId();
        d.managerId = caller.personId();
        d.month = month;
        d.frameworkId = version.frameworkId();
        d.frameworkVersionId = version.id();
        d.valueId = value.id();
        d.valueTitle = value.title();
        d.persist();
        em.flush();
        audit.record(caller.organisationId(), caller.personId(), "dialogue.plan", "team-dialogue", d.id.toString(),
                input.month() + " " + value.title());
        mails.planned(caller.organisationId(), d.id, month, d.valueTitle, team);
        return dto(caller, d, team);
    }

    public Optional<DialogueDto> get(Caller caller, UUID id) {
        return TeamDialogue.<TeamDialogue>findByIdOptional(id)
                .filter(d -> d.organisationId.equals(caller.organisationId()))
                .flatMap(d -> readableTeam(caller, d).map(team -> dto(caller, d, team)));
    }

    public Optional<DialogueDto> record(Caller caller, UUID id, RecordInput input) {
        Optional<TeamDialogue> found = TeamDialogue.<TeamDialogue>find("id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .filter(d -> d.organisationId.equals(caller.organisationId()));
        return found.flatMap(d -> readableTeam(caller, d).map(team -> {
            if (d.version != input.version()) {
                throw new ProblemException(ProblemType.STALE_VERSION, "Someone in the team saved the record since "
                        + "you opened it (version " + d.version + ", yours " + input.version() + ").");
            }
            d.holdOn = blankToNull(input.holdOn());
            d.doMore = blankToNull(input.doMore());
            d.doLess = blankToNull(input.doLess());
            d.version++;
            d.updatedAt = clock.instant();
            d.updatedBy = caller.personId();
            em.flush();
            audit.record(caller.organisationId(), caller.personId(), "dialogue.record", "team-dialogue",
                    d.id.toString(), null);
            return dto(caller, d, team);
        }));
    }

    // ---- helpers ----

    /** The team a manager leads today: the people reporting to them who lead someone themselves. */
    private Optional<Team> team(Caller caller, UUID managerId) {
        return org.person(caller.organisationId(), managerId).filter(PersonRef::active).map(manager -> {
            List<Member> members = org.directReports(caller.organisationId(), managerId).stream()
                    .filter(p -> !org.directReports(caller.organisationId(), p.id()).isEmpty())
                    .map(p -> new Member(p.id(), p.name())).toList();
            return new Team(manager.id(), manager.name(), members, managerId.equals(caller.personId()));
        });
    }

    /** The dialogue's team, when the caller is its manager or one of its members today. */
    private Optional<Team> readableTeam(Caller caller, TeamDialogue d) {
        return team(caller, d.managerId).filter(t -> t.own()
                || t.members().stream().anyMatch(m -> m.personId().equals(caller.personId())));
    }

    private DialogueDto dto(Caller caller, TeamDialogue d, Team team) {
        Optional<FrameworkDto> version = frameworks.version(d.organisationId, d.frameworkVersionId);
        ValueDto value = version.stream().flatMap(v -> v.values().stream()).filter(v -> v.id().equals(d.valueId))
                .findFirst().orElse(null);
        String templateKey = version.map(FrameworkDto::templateKey).orElse(null);
        // The guide's process comes from the framework's template; a framework made from scratch uses the Kodeks's.
        Template template = templates.find(templateKey == null ? TemplateCatalog.KODEKS : templateKey)
                .or(() -> templates.find(TemplateCatalog.KODEKS)).orElseThrow();
        List<DilemmaDto> dilemmas = value == null || value.kodeksPoint() == null || templateKey == null ? List.of()
                : templates.dilemmasFor(templateKey, value.kodeksPoint()).stream()
                        .map(x -> new DilemmaDto(x.number(), x.title(), x.text())).toList();
        List<HistoryEntry> history = TeamDialogue.<TeamDialogue>list("organisationId = ?1 and managerId = ?2 and "
                + "frameworkId = ?3 and valueTitle = ?4 and id <> ?5 order by month desc", d.organisationId,
                d.managerId, d.frameworkId, d.valueTitle, d.id).stream()
                .map(h -> new HistoryEntry(h.id, month(h.month), h.holdOn, h.doMore, h.doLess)).toList();
        String updatedBy = d.updatedBy == null ? null
                : org.person(d.organisationId, d.updatedBy).map(PersonRef::name).orElse(null);
        return new DialogueDto(d.id, month(d.month), team, d.valueId, d.valueTitle,
                value == null ? null : value.titleEn(), value == null ? null : value.description(),
                template.teamDialogue().before(), template.teamDialogue().beforeEn(), template.teamDialogue().during(),
                template.teamDialogue().duringEn(), dilemmas, d.holdOn, d.doMore,
                d.doLess, d.version, d.updatedAt, updatedBy, history);
    }

    private static String month(LocalDate month) {
        return YearMonth.from(month).toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
