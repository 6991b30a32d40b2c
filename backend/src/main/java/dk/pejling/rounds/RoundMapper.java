package dk.pejling.rounds;

import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Sql;
import dk.pejling.framework.FrameworkService;
import dk.pejling.org.OrgLookup;
import dk.pejling.rounds.RoundApi.EvalueeDto;
import dk.pejling.rounds.RoundApi.GroupCount;
import dk.pejling.rounds.RoundApi.MailStatus;
import dk.pejling.rounds.RoundApi.PeerDto;
import dk.pejling.rounds.RoundApi.PersonDto;
import dk.pejling.rounds.RoundApi.Retention;
import dk.pejling.rounds.RoundApi.RoundDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A round as HR sees it: settings, leaders with who will be asked (before launch) or how many were (after), the
 * state of the invitation mails and reminders, and when its data will be removed. Built in a handful of grouped
 * queries, however many leaders the round has. Reminder figures are totals: nothing here says who was reminded.
 */
@ApplicationScoped
class RoundMapper {

    record InvitedCount(UUID evalueeId, RaterGroup raterGroup, int invited) {
    }

    record MailCount(String status, long mails) {
    }

    record ReminderTotals(long reminded, long failed, long running) {
    }

    private final FrameworkService frameworks;
    private final OrgLookup lookup;
    private final EntityManager em;
    private final PejlingConfig config;

    RoundMapper(FrameworkService frameworks, OrgLookup lookup, EntityManager em, PejlingConfig config) {
        this.frameworks = frameworks;
        this.lookup = lookup;
        this.em = em;
        this.config = config;
    }

    RoundDto dto(Round round) {
        String frameworkName = frameworks.version(round.organisationId, round.frameworkVersionId)
                .map(f -> f.name() + " (version " + f.version() + ")").orElse("");
        List<Evaluee> evaluees = Evaluee.list("roundId = ?1 order by leaderName", round.id);
        boolean draft = round.status == RoundStatus.DRAFT;
        Map<UUID, List<Respondent>> respondents = !draft || evaluees.isEmpty() ? Map.of()
                : Respondent.<Respondent>list("evalueeId in ?1", evaluees.stream().map(e -> e.id).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.evalueeId));
        Map<UUID, String> names = draft ? lookup.names(round.organisationId, respondents.values().stream()
                .flatMap(List::stream).map(r -> r.personId).toList()) : Map.of();
        Map<String, Integer> invited = new HashMap<>();
        if (!draft) {
            Sql.query(em, """
                    select evaluee_id, rater_group, count(*) as invited from ticket where round_id = :round
                    group by evaluee_id, rater_group""").param("round", round.id).list(InvitedCount.class)
                    .forEach(c -> invited.put(c.evalueeId() + "/" + c.raterGroup(), c.invited()));
        }
        List<EvalueeDto> dtos = new ArrayList<>();
        for (Evaluee e : evaluees) {
            List<Respondent> planned = respondents.getOrDefault(e.id, List.of());
            List<PersonDto> employees = planned.stream().filter(r -> r.raterGroup == RaterGroup.EMPLOYEE)
                    .map(r -> new PersonDto(r.personId, names.getOrDefault(r.personId, "")))
                    .sorted(Comparator.comparing(PersonDto::name)).toList();
            List<PeerDto> peers = planned.stream().filter(r -> r.raterGroup == RaterGroup.PEER)
                    .map(r -> new PeerDto(r.personId, names.getOrDefault(r.personId, ""), r.proposed))
                    .sorted(Comparator.comparing(PeerDto::name)).toList();
            List<GroupCount> counts = new ArrayList<>();
            for (RaterGroup g : RaterGroup.values()) {
                int n = draft ? switch (g) {
                    case EMPLOYEE -> employees.size();
                    case PEER -> (int) peers.stream().filter(p -> !p.proposed()).count();
                    case SELF -> round.includeSelf ? 1 : 0;
                    case MANAGER -> round.includeManager && e.managerId != null ? 1 : 0;
                } : invited.getOrDefault(e.id + "/" + g, 0);
                counts.add(new GroupCount(g, n));
            }
            dtos.add(new EvalueeDto(e.leaderId, e.leaderName, e.unitName, e.confirmedAt, employees, peers,
                    round.includeSelf, round.includeManager && e.managerId != null, counts));
        }
        return new RoundDto(round.id, round.name, round.status, round.frameworkVersionId, frameworkName,
                round.closesAt, round.k, round.kStory, round.kPeer, round.includeSelf, round.includeManager,
                round.managerAccess,
                round.hrAccess, round.retentionMonths, round.reminderDaysBefore, round.confirmRespondents,
                round.createdAt, round.launchedAt, round.closedAt, dtos, mail(round), retention(round));
    }

    private MailStatus mail(Round round) {
        Map<MailOutbox.Status, Long> mails = new EnumMap<>(MailOutbox.Status.class);
        Sql.query(em, "select status, count(*) as mails from mail_outbox where round_id = :round group by status")
                .param("round", round.id).list(MailCount.class)
                .forEach(c -> mails.put(MailOutbox.Status.valueOf(c.status()), c.mails()));
        // Invitation failures are named: everyone was invited, so a failed address says nothing about answers.
        List<String> failedRecipients = em.createQuery("""
                select distinct i.email from MailOutbox m, Invitation i
                where m.roundId = ?1 and m.status = ?2 and i.id = m.invitationId and i.email is not null
                order by i.email""", String.class)
                .setParameter(1, round.id).setParameter(2, MailOutbox.Status.FAILED).getResultList();
        ReminderTotals reminders = Sql.query(em, """
                select coalesce(sum(reminded), 0) as reminded, coalesce(sum(failed), 0) as failed,
                       count(*) filter (where finished_at is null) as running
                from reminder_campaign where round_id = :round""").param("round", round.id)
                .list(ReminderTotals.class).get(0);
        return new MailStatus(mails.getOrDefault(MailOutbox.Status.PENDING, 0L),
                mails.getOrDefault(MailOutbox.Status.SENT, 0L), mails.getOrDefault(MailOutbox.Status.FAILED, 0L),
                failedRecipients, reminders.reminded(), reminders.failed(), reminders.running() > 0);
    }

    private Retention retention(Round round) {
        Instant personalData = round.closedAt == null ? null : round.closedAt.plus(config.retention().grace());
        Instant answers = round.closedAt == null ? null
                : round.closedAt.atOffset(ZoneOffset.UTC).plusMonths(round.retentionMonths).toInstant();
        return new Retention(personalData, round.personalDataRemovedAt, answers, round.answersRemovedAt);
    }
}
