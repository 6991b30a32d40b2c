package dk.pejling.lus;

import dk.pejling.common.Notifications;
import dk.pejling.common.PejlingConfig;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.reports.ReportAccess;
import dk.pejling.reports.ReportAccess.Recipients;
import dk.pejling.survey.ResultsReady;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * When a round's results are counted, each leader is told that the report is ready, and so is the manager who reads
 * it when the round shares reports with managers: a link and the first step towards the LUS, never a figure.
 */
@ApplicationScoped
class ReportReadyMails {

    private final ReportAccess access;
    private final OrgService org;
    private final Notifications notifications;
    private final PejlingConfig config;
    private final Template text;
    private final Template html;

    ReportReadyMails(ReportAccess access, OrgService org, Notifications notifications, PejlingConfig config,
            @Location("mail/report-ready.txt") Template text, @Location("mail/report-ready.html") Template html) {
        this.access = access;
        this.org = org;
        this.notifications = notifications;
        this.config = config;
        this.text = text;
        this.html = html;
    }

    void ready(@Observes ResultsReady ready) {
        String organisation = org.organisation(ready.organisationId()).map(OrgService.OrganisationRef::name).orElse("");
        String base = config.baseUrl().replaceAll("/+$", "");
        for (Recipients r : access.recipients(ready.roundId())) {
            String link = base + "/rapporter/" + r.roundId() + "/" + r.leaderId();
            org.person(r.organisationId(), r.leaderId()).filter(PersonRef::active).ifPresent(leader -> mail(r, leader,
                    true, link, organisation, "Din lederrapport er klar: " + r.roundName()));
            if (r.managerId() != null) {
                org.person(r.organisationId(), r.managerId()).filter(PersonRef::active).ifPresent(manager -> mail(r,
                        manager, false, link, organisation, "Rapporten om " + r.leaderName() + " er klar"));
            }
        }
    }

    private void mail(Recipients r, PersonRef to, boolean own, String link, String organisation, String subject) {
        notifications.queue(r.organisationId(), to.email(), subject, data(text.instance(), r, to, own, link,
                organisation).render(), data(html.instance(), r, to, own, link, organisation).render());
    }

    private static TemplateInstance data(TemplateInstance t, Recipients r, PersonRef to, boolean own, String link,
            String organisation) {
        return t.data("name", to.name()).data("own", own).data("roundName", r.roundName())
                .data("leaderName", r.leaderName()).data("link", link).data("guide", link + "/samtale")
                .data("k", r.k()).data("organisation", organisation);
    }
}
