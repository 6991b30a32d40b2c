package dk.pejling.rounds;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Notifications;
import dk.pejling.common.PejlingConfig;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.OrgLookup;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.rounds.RoundApi.PersonDto;
import dk.pejling.rounds.RoundApi.RespondentConfirmation;
import dk.pejling.rounds.RoundService.Actor;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Leaders confirming who will be asked about them, when a draft round asks them to: HR sends the request (a mail
 * with a link to the SPA, through the notices), each leader sees their own list there and confirms it, and HR sees
 * who has confirmed on the round. A change to a list by HR undoes its confirmation.
 */
@ApplicationScoped
@Transactional
public class RespondentConfirmations {

    private final OrgService org;
    private final OrgLookup lookup;
    private final Notifications notifications;
    private final PejlingConfig config;
    private final AuditLog audit;
    private final Template text;
    private final Template html;

    RespondentConfirmations(OrgService org, OrgLookup lookup, Notifications notifications, PejlingConfig config,
            AuditLog audit, @Location("mail/confirm-respondents.txt") Template text,
            @Location("mail/confirm-respondents.html") Template html) {
        this.org = org;
        this.lookup = lookup;
        this.notifications = notifications;
        this.config = config;
        this.audit = audit;
        this.text = text;
        this.html = html;
    }

    /** HR asks every leader of the draft round who has not confirmed yet; returns how many were mailed. */
    public int request(Actor actor, UUID roundId) {
        Round round = Round.<Round>findByIdOptional(roundId)
                .filter(r -> r.organisationId.equals(actor.organisationId()))
                .orElseThrow(() -> ProblemException.notFound("No such round in your organisation."));
        if (round.status != RoundStatus.DRAFT) {
            throw new ProblemException(ProblemType.ROUND_FROZEN, "The round is launched; its lists are frozen.");
        }
        if (!round.confirmRespondents) {
            throw ProblemException.invalid("confirmRespondents",
                    "runden beder ikke lederne bekræfte deres lister (trin 4)");
        }
        String organisation = org.organisation(round.organisationId).map(OrgService.OrganisationRef::name).orElse("");
        String link = config.baseUrl().replaceAll("/+$", "") + "/bekraeft";
        int mailed = 0;
        for (Evaluee e : Evaluee.<Evaluee>list("roundId = ?1 and confirmedAt is null", round.id)) {
            PersonRef leader = org.person(round.organisationId, e.leaderId).filter(PersonRef::active).orElse(null);
            if (leader == null) {
                continue;
            }
            long employees = Respondent.count("evalueeId = ?1 and raterGroup = ?2", e.id, RaterGroup.EMPLOYEE);
            notifications.queue(round.organisationId, leader.email(),
                    "Bekræft, hvem der bliver spurgt om din ledelse",
                    text.data("name", leader.name()).data("roundName", round.name).data("employees", employees)
                            .data("link", link).data("organisation", organisation).render(),
                    html.data("name", leader.name()).data("roundName", round.name).data("employees", employees)
                            .data("link", link).data("organisation", organisation).render());
            mailed++;
        }
        audit.record(actor.organisationId(), actor.personId(), "round.confirmation.request", "round",
                round.id.toString(), mailed + " leaders");
        return mailed;
    }

    /** The caller's own lists waiting for confirmation: draft rounds that ask for it and include them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RespondentConfirmation> mine(Actor actor) {
        List<Evaluee> own = Evaluee.list("organisationId = ?1 and leaderId = ?2", actor.organisationId(),
                actor.personId());
        return own.stream().map(e -> Round.<Round>findByIdOptional(e.roundId).filter(r -> r.status == RoundStatus.DRAFT
                && r.confirmRespondents).map(r -> confirmation(r, e)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private RespondentConfirmation confirmation(Round round, Evaluee e) {
        List<Respondent> respondents = Respondent.list("evalueeId", e.id);
        Map<UUID, String> names = lookup.names(round.organisationId,
                respondents.stream().map(r -> r.personId).toList());
        List<PersonDto> employees = respondents.stream().filter(r -> r.raterGroup == RaterGroup.EMPLOYEE)
                .map(r -> new PersonDto(r.personId, names.getOrDefault(r.personId, "")))
                .sorted(Comparator.comparing(PersonDto::name)).toList();
        List<RoundApi.PeerDto> peers = respondents.stream().filter(r -> r.raterGroup == RaterGroup.PEER)
                .map(r -> new RoundApi.PeerDto(r.personId, names.getOrDefault(r.personId, ""), r.proposed))
                .sorted(Comparator.comparing(RoundApi.PeerDto::name)).toList();
        return new RespondentConfirmation(round.id, round.name, round.closesAt, round.k, e.confirmedAt, employees,
                peers);
    }
}
