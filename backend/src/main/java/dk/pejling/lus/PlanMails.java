package dk.pejling.lus;

import dk.pejling.common.Notifications;
import dk.pejling.common.PejlingConfig;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.reports.ReportAccess.Subject;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Mails about a development plan, queued in the transaction that did what they tell of: the leader hears that the
 * manager (or HR) commented, the manager that the leader shared the plan. A link and who did it, never the plan's
 * goals or the comment's text: those are read after logging in.
 */
@ApplicationScoped
class PlanMails {

    private final OrgService org;
    private final Notifications notifications;
    private final PejlingConfig config;
    private final Template commentText;
    private final Template commentHtml;
    private final Template sharedText;
    private final Template sharedHtml;

    PlanMails(OrgService org, Notifications notifications, PejlingConfig config,
            @Location("mail/plan-comment.txt") Template commentText,
            @Location("mail/plan-comment.html") Template commentHtml,
            @Location("mail/plan-shared.txt") Template sharedText,
            @Location("mail/plan-shared.html") Template sharedHtml) {
        this.org = org;
        this.notifications = notifications;
        this.config = config;
        this.commentText = commentText;
        this.commentHtml = commentHtml;
        this.sharedText = sharedText;
        this.sharedHtml = sharedHtml;
    }

    /** The leader: someone commented on the plan. */
    void commented(Subject subject, String authorName) {
        send(subject, subject.leaderId(), "Ny kommentar til din udviklingsplan", commentText, commentHtml,
                authorName);
    }

    /** The manager who reads the report: the leader shared the plan. */
    void shared(Subject subject) {
        send(subject, subject.reportManagerId(), subject.leaderName() + " har delt sin udviklingsplan med dig",
                sharedText, sharedHtml, subject.leaderName());
    }

    private void send(Subject subject, UUID to, String title, Template text, Template html, String who) {
        if (to == null) {
            return;
        }
        org.person(subject.organisationId(), to).filter(PersonRef::active).ifPresent(person -> {
            String organisation = org.organisation(subject.organisationId()).map(OrgService.OrganisationRef::name)
                    .orElse("");
            String link = config.baseUrl().replaceAll("/+$", "") + "/rapporter/" + subject.roundId() + "/"
                    + subject.leaderId() + "/plan";
            notifications.queue(subject.organisationId(), person.email(), title,
                    data(text.instance(), person, subject, who, link, organisation).render(),
                    data(html.instance(), person, subject, who, link, organisation).render());
        });
    }

    private static TemplateInstance data(TemplateInstance t, PersonRef to, Subject subject, String who, String link,
            String organisation) {
        return t.data("name", to.name()).data("who", who).data("leaderName", subject.leaderName())
                .data("roundName", subject.roundName()).data("link", link).data("organisation", organisation);
    }
}
