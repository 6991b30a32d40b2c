package dk.pejling.reports;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Notifications;
import dk.pejling.common.PejlingConfig;
import dk.pejling.common.ProblemException;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Who reads a leader's report as manager is fixed at launch. When the leader gets another manager, an admin may hand
 * the report over — an explicit step with a reason, written to the audit log and to the round's handover history, and
 * told to the leader (and to whom it was handed) by mail. Nothing else ever changes who reads a report.
 */
@ApplicationScoped
@Transactional
public class Handovers {

    record Current(UUID evalueeId, UUID organisationId, String roundName, String leaderName, UUID leaderId,
            UUID reportManagerId) {
    }

    private final EntityManager em;
    private final OrgService org;
    private final AuditLog audit;
    private final Notifications notifications;
    private final PejlingConfig config;
    private final Template text;

    Handovers(EntityManager em, OrgService org, AuditLog audit, Notifications notifications, PejlingConfig config,
            @Location("mail/report-handover.txt") Template text) {
        this.em = em;
        this.org = org;
        this.audit = audit;
        this.notifications = notifications;
        this.config = config;
        this.text = text;
    }

    /** Hands the report over to {@code toPersonId} (or to no one); returns who reads it now. */
    public ReportApi.Readers handOver(ReportAccess.Caller admin, UUID roundId, UUID leaderId, UUID toPersonId,
            String reason) {
        List<Current> found = dk.pejling.common.Sql.query(em, """
                select e.id as evaluee_id, r.organisation_id, r.name as round_name, e.leader_name, e.leader_id,
                       e.report_manager_id
                from round r join round_evaluee e on e.round_id = r.id
                where r.organisation_id = :org and r.id = :round and e.leader_id = :leader and r.status <> 'DRAFT'
                for update of e""").param("org", admin.organisationId()).param("round", roundId)
                .param("leader", leaderId).list(Current.class);
        if (found.isEmpty()) {
            throw ProblemException.notFound("No launched round with this leader in your organisation.");
        }
        Current current = found.get(0);
        PersonRef to = null;
        if (toPersonId != null) {
            to = org.person(admin.organisationId(), toPersonId).filter(PersonRef::active)
                    .orElseThrow(() -> ProblemException.invalid("toPersonId", "personen findes ikke i organisationen"));
            if (toPersonId.equals(leaderId)) {
                throw ProblemException.invalid("toPersonId", "lederen læser altid sin egen rapport");
            }
            if (toPersonId.equals(current.reportManagerId())) {
                throw ProblemException.invalid("toPersonId", "personen læser allerede rapporten");
            }
        }
        em.createNativeQuery("""
                insert into report_handover (id, organisation_id, round_id, evaluee_id, from_person_id, to_person_id,
                    handed_over_by, reason) values (:id, :org, :round, :evaluee, :from, :to, :by, :reason)""")
                .setParameter("id", UUID.randomUUID()).setParameter("org", admin.organisationId())
                .setParameter("round", roundId).setParameter("evaluee", current.evalueeId())
                .setParameter("from", current.reportManagerId()).setParameter("to", toPersonId)
                .setParameter("by", admin.personId()).setParameter("reason", reason).executeUpdate();
        em.createNativeQuery("update round_evaluee set report_manager_id = :to where id = :evaluee")
                .setParameter("to", toPersonId).setParameter("evaluee", current.evalueeId()).executeUpdate();
        audit.record(admin.organisationId(), admin.personId(), "report.handover", "report", roundId + "/" + leaderId,
                (current.reportManagerId() == null ? "-" : current.reportManagerId()) + " -> "
                        + (toPersonId == null ? "-" : toPersonId));
        tell(admin, current, to, reason, roundId);
        return new ReportApi.Readers(to == null ? null : to.name(), false);
    }

    private void tell(ReportAccess.Caller admin, Current current, PersonRef to, String reason, UUID roundId) {
        String organisation = org.organisation(admin.organisationId()).map(OrgService.OrganisationRef::name)
                .orElse("");
        String byName = org.person(admin.organisationId(), admin.personId()).map(PersonRef::name).orElse("En admin");
        String fromName = current.reportManagerId() == null ? null
                : org.person(admin.organisationId(), current.reportManagerId()).map(PersonRef::name).orElse(null);
        String link = config.baseUrl().replaceAll("/+$", "") + "/rapporter/" + roundId + "/" + current.leaderId();
        org.person(admin.organisationId(), current.leaderId()).ifPresent(leader -> notifications.queue(
                admin.organisationId(), leader.email(), "Din lederrapport kan nu læses af en anden chef",
                render(leader.name(), true, current, to, fromName, byName, reason, link, organisation), null));
        if (to != null) {
            notifications.queue(admin.organisationId(), to.email(), "Du kan nu læse rapporten om "
                    + current.leaderName(),
                    render(to.name(), false, current, to, fromName, byName, reason, link,
                            organisation),
                    null);
        }
    }

    private String render(String name, boolean leader, Current current, PersonRef to, String fromName, String byName,
            String reason, String link, String organisation) {
        return text.instance().data("name", name).data("leader", leader).data("roundName", current.roundName())
                .data("leaderName", current.leaderName()).data("toName", to == null ? null : to.name())
                .data("fromName", fromName).data("byName", byName).data("reason", reason).data("link", link)
                .data("organisation", organisation).render();
    }
}
