package dk.pejling.meetings;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.meetings.MeetingResults.Counts;
import dk.pejling.meetings.MeetingsApi.MeetingDto;
import dk.pejling.meetings.MeetingsApi.MeetingInput;
import dk.pejling.meetings.MeetingsApi.MeetingList;
import dk.pejling.meetings.MeetingsApi.MeetingSummary;
import dk.pejling.meetings.MeetingsApi.ShareDto;
import dk.pejling.meetings.MeetingsApi.Trend;
import dk.pejling.meetings.MeetingsApi.ValueOption;
import dk.pejling.meetings.MeetingsApi.ValueOverview;
import dk.pejling.org.OrgLookup;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Meeting evaluations on the leader's side: make one against a value of the published ledelsesgrundlag, show its
 * link, close it, share its result, read the value's trend; and HR's overview per value. Only the leader who made an
 * evaluation and the people they share it with can read it; everyone else gets 404.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    /** Answers are taken until the end of the 14th day after the meeting, unless the leader closes it sooner. */
    static final int OPEN_DAYS = 14;
    static final int DEFAULT_K = 3;
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** Who is calling, from the token. */
    public record Caller(UUID organisationId, UUID personId) {
    }

    private final FrameworkService frameworks;
    private final OrgLookup people;
    private final OrgService org;
    private final MeetingLinks links;
    private final MeetingResults results;
    private final MeetingInvitations invitations;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;

    MeetingService(FrameworkService frameworks, OrgLookup people, OrgService org, MeetingLinks links,
            MeetingResults results, MeetingInvitations invitations, AuditLog audit, EntityManager em) {
        this.invitations = invitations;
        this.frameworks = frameworks;
        this.people = people;
        this.org = org;
        this.links = links;
        this.results = results;
        this.audit = audit;
        this.em = em;
        this.clock = Clock.systemUTC();
    }

    /** The values a meeting can be evaluated against: those of the latest published version of each framework. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueOption> values(Caller caller) {
        List<ValueOption> options = new ArrayList<>();
        for (FrameworkDto version : publishedVersions(caller.organisationId())) {
            for (ValueDto v : version.values()) {
                options.add(new ValueOption(v.id(), v.title(), v.titleEn(), v.description(), v.descriptionEn(),
                        version.frameworkId(), version.name()));
            }
        }
        return options;
    }

    public MeetingDto create(Caller caller, MeetingInput input) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (input.meetingDate().isBefore(today.minusDays(OPEN_DAYS))) {
            throw ProblemException.invalid("meetingDate", "Mødet skal have været inden for de seneste " + OPEN_DAYS
                    + " dage.");
        }
        if (input.meetingDate().isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("meetingDate", "Mødet må højst ligge et år ude i fremtiden.");
        }
        FrameworkDto version = null;
        ValueDto value = null;
        for (FrameworkDto v : publishedVersions(caller.organisationId())) {
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
        List<String> emails = emails(input.emails());
        MeetingEvaluation m = new MeetingEvaluation();
        m.id = UUID.randomUUID();
        m.byMail = !emails.isEmpty();
        m.organisationId = caller.organisationId();
        m.leaderId = caller.personId();
        m.name = input.name().strip();
        m.meetingDate = input.meetingDate();
        m.frameworkId = version.frameworkId();
        m.frameworkVersionId = version.id();
        m.valueId = value.id();
        m.valueTitle = value.title();
        m.k = input.k() == null ? DEFAULT_K : input.k();
        m.linkHash = MeetingLinks.hash(links.tokenFor(m.id));
        m.closesAt = input.meetingDate().plusDays(OPEN_DAYS + 1L).atStartOfDay(ZONE).toInstant();
        m.persist();
        em.flush();
        if (m.byMail) {
            invitations.queue(m, emails);
        }
        audit.record(caller.organisationId(), caller.personId(), "meeting.create", "meeting", m.id.toString(),
                m.valueTitle + (m.byMail ? ", " + emails.size() + " invited by mail" : ""));
        return dto(caller, m);
    }

    public MeetingList list(Caller caller) {
        List<MeetingEvaluation> own = MeetingEvaluation.list(
                "organisationId = ?1 and leaderId = ?2 order by meetingDate desc, name, id", caller.organisationId(),
                caller.personId());
        @SuppressWarnings("unchecked")
        List<UUID> sharedIds = em.createNativeQuery("""
                select s.meeting_id from meeting_share s where s.organisation_id = :org and s.person_id = :person
                """).setParameter("org", caller.organisationId()).setParameter("person", caller.personId())
                .getResultList();
        List<MeetingEvaluation> shared = sharedIds.isEmpty() ? List.of()
                : MeetingEvaluation.list("id in ?1 order by meetingDate desc, name, id", sharedIds);
        List<UUID> all = new ArrayList<>();
        own.forEach(m -> all.add(m.id));
        shared.forEach(m -> all.add(m.id));
        Instant now = clock.instant();
        Map<UUID, Counts> shown = results.shownCounts(all, now);
        Set<UUID> leaders = new HashSet<>();
        own.forEach(m -> leaders.add(m.leaderId));
        shared.forEach(m -> leaders.add(m.leaderId));
        Map<UUID, String> names = people.names(caller.organisationId(), leaders);
        return new MeetingList(own.stream().map(m -> summary(m, true, names, shown, now)).toList(),
                shared.stream().map(m -> summary(m, false, names, shown, now)).toList());
    }

    public Optional<MeetingDto> get(Caller caller, UUID id) {
        return readable(caller, id).map(m -> {
            if (!m.leaderId.equals(caller.personId())) {
                audit.record(caller.organisationId(), caller.personId(), "meeting.view", "meeting", m.id.toString(),
                        "shared");
            }
            return dto(caller, m);
        });
    }

    public Optional<MeetingDto> close(Caller caller, UUID id) {
        return own(caller, id, true).map(m -> {
            if (m.closedAt == null) {
                Instant now = clock.instant();
                m.closedAt = now.isBefore(m.closesAt) ? now : m.closesAt;
                invitations.forget(m.id);
                audit.record(caller.organisationId(), caller.personId(), "meeting.close", "meeting", m.id.toString(),
                        null);
            }
            return dto(caller, m);
        });
    }

    /**
     * The one reminder of an evaluation by mail, while it takes answers: queued for every sent invitation, and mailed
     * later only to those whose link is still unused. Nothing is counted or told, so the leader learns nothing about
     * who or how many have answered; the answer is the same whether everyone has answered or nobody.
     */
    public Optional<MeetingDto> remind(Caller caller, UUID id) {
        return own(caller, id, true).map(m -> {
            Instant now = clock.instant();
            if (!m.byMail) {
                throw conflict("byMail", "Only participants invited by mail can be reminded.",
                        "Kun deltagere, der er inviteret pr. mail, kan få en påmindelse.");
            }
            if (!m.acceptsAnswers(now)) {
                throw conflict("open", "The evaluation has closed.",
                        "Evalueringen er lukket, så der kan ikke sendes en påmindelse.");
            }
            if (m.remindedAt != null) {
                throw conflict("remindedAt", "The reminder has already been sent.",
                        "Der er allerede sendt en påmindelse til denne mødeevaluering.");
            }
            m.remindedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            invitations.queueReminder(m);
            audit.record(caller.organisationId(), caller.personId(), "meeting.remind", "meeting", m.id.toString(),
                    null);
            return dto(caller, m);
        });
    }

    private static ProblemException conflict(String field, String detail, String message) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(new FieldError(field, message)));
    }

    public Optional<MeetingDto> share(Caller caller, UUID id, List<String> emails) {
        return own(caller, id, true).map(m -> {
            Map<UUID, PersonRef> persons = new LinkedHashMap<>();
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < emails.size(); i++) {
                Optional<PersonRef> person = people.personByEmail(caller.organisationId(), emails.get(i).strip());
                if (person.isEmpty()) {
                    errors.add(new FieldError("emails[" + i + "]", "Ingen i organisationen har denne e-mail."));
                } else if (person.get().id().equals(caller.personId())) {
                    errors.add(new FieldError("emails[" + i + "]", "Du ser altid dine egne resultater."));
                } else {
                    persons.put(person.get().id(), person.get());
                }
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "Some addresses are not people of the "
                        + "organisation.", errors);
            }
            em.createNativeQuery("delete from meeting_share where meeting_id = :id").setParameter("id", m.id)
                    .executeUpdate();
            for (UUID person : persons.keySet()) {
                em.createNativeQuery("""
                        insert into meeting_share (organisation_id, meeting_id, person_id) values (:org, :id, :person)
                        """).setParameter("org", m.organisationId).setParameter("id", m.id)
                        .setParameter("person", person).executeUpdate();
            }
            audit.record(caller.organisationId(), caller.personId(), "meeting.share", "meeting", m.id.toString(),
                    persons.size() + " people");
            return dto(caller, m);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Trend> trend(Caller caller) {
        return results.trend(caller.organisationId(), caller.personId(), clock.instant()).values().stream()
                .map(rows -> new Trend(rows.get(0).frameworkId(), rows.get(0).valueTitle(),
                        rows.stream().map(MeetingResults::point).toList()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueOverview> overview(Caller caller) {
        audit.record(caller.organisationId(), caller.personId(), "meeting.overview", "organisation",
                caller.organisationId().toString(), null);
        return results.overview(caller.organisationId(), clock.instant());
    }

    // ---- helpers ----

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
            .compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The invitees' addresses, checked and without repeats (whatever their case); none for an open link. */
    private static List<String> emails(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> unique = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i).strip();
            if (!EMAIL.matcher(email).matches()) {
                errors.add(new FieldError("emails[" + i + "]", "Det er ikke en gyldig e-mailadresse."));
            }
            unique.putIfAbsent(email.toLowerCase(java.util.Locale.ROOT), email);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Some addresses are not e-mail addresses.", errors);
        }
        if (!unique.isEmpty() && unique.size() < DEFAULT_K) {
            throw ProblemException.invalid("emails", "Invitér mindst " + DEFAULT_K + " deltagere, ellers kan "
                    + "resultatet aldrig vises.");
        }
        return List.copyOf(unique.values());
    }

    private List<FrameworkDto> publishedVersions(UUID organisationId) {
        return frameworks.latestPublished(organisationId);
    }

    private Optional<MeetingEvaluation> readable(Caller caller, UUID id) {
        return MeetingEvaluation.<MeetingEvaluation>findByIdOptional(id)
                .filter(m -> m.organisationId.equals(caller.organisationId()))
                .filter(m -> m.leaderId.equals(caller.personId()) || sharedWith(m, caller.personId()));
    }

    private Optional<MeetingEvaluation> own(Caller caller, UUID id, boolean lock) {
        Optional<MeetingEvaluation> found = lock
                ? MeetingEvaluation.<MeetingEvaluation>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResultOptional()
                : MeetingEvaluation.findByIdOptional(id);
        Optional<MeetingEvaluation> mine = found.filter(m -> m.organisationId.equals(caller.organisationId())
                && m.leaderId.equals(caller.personId()));
        if (mine.isEmpty() && found.filter(m -> m.organisationId.equals(caller.organisationId())
                && sharedWith(m, caller.personId())).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the leader who made the evaluation changes it.");
        }
        return mine;
    }

    private boolean sharedWith(MeetingEvaluation m, UUID personId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from meeting_share where meeting_id = :id and person_id = :person")
                .setParameter("id", m.id).setParameter("person", personId).getSingleResult()).longValue() > 0;
    }

    private MeetingSummary summary(MeetingEvaluation m, boolean own, Map<UUID, String> names, Map<UUID, Counts> shown,
            Instant now) {
        Counts c = m.resultsFinal(now) ? shown.get(m.id) : null;
        return new MeetingSummary(m.id, m.name, m.meetingDate, m.valueTitle, names.getOrDefault(m.leaderId, "?"), own,
                m.acceptsAnswers(now), c == null ? null : MeetingResults.mean(c.total(), c.scored()),
                c == null ? null : (int) c.answers());
    }

    private MeetingDto dto(Caller caller, MeetingEvaluation m) {
        Instant now = clock.instant();
        boolean own = m.leaderId.equals(caller.personId());
        boolean open = m.acceptsAnswers(now);
        ValueDto value = frameworks.version(m.organisationId, m.frameworkVersionId).stream()
                .flatMap(v -> v.values().stream()).filter(v -> v.id().equals(m.valueId)).findFirst().orElse(null);
        List<ShareDto> shares = null;
        if (own) {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select person_id from meeting_share where meeting_id = :id")
                    .setParameter("id", m.id).getResultList();
            shares = ids.stream().map(pid -> org.person(m.organisationId, pid)).flatMap(Optional::stream)
                    .map(p -> new ShareDto(p.id(), p.name(), p.email())).sorted(Comparator.comparing(ShareDto::name))
                    .toList();
        }
        String leaderName = people.names(m.organisationId, List.of(m.leaderId)).getOrDefault(m.leaderId, "?");
        return new MeetingDto(m.id, m.name, m.meetingDate, m.valueId, m.valueTitle,
                value == null ? null : value.titleEn(), value == null ? null : value.description(), leaderName, own,
                m.k, open, m.closesAt, m.byMail, open && results.thresholdReached(m),
                own && open && !m.byMail ? MeetingLinks.path(links.tokenFor(m.id)) : null, shares,
                own ? m.remindedAt : null, m.resultsFinal(now) ? results.result(m) : null);
    }
}
