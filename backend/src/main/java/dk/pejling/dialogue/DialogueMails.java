package dk.pejling.dialogue;

import dk.pejling.common.Notifications;
import dk.pejling.common.PejlingConfig;
import dk.pejling.dialogue.DialogueApi.Member;
import dk.pejling.dialogue.DialogueApi.Team;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The mail that tells a leader team its month's value, queued in the transaction that planned it, so that each member
 * — the manager and the leaders who report to them today — can read the guide's preparation questions before the
 * meeting. A link and the value's title, nothing else: the questions are read after logging in.
 */
@ApplicationScoped
class DialogueMails {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy",
            Locale.forLanguageTag("da"));

    private final OrgService org;
    private final Notifications notifications;
    private final PejlingConfig config;
    private final Template text;
    private final Template html;

    DialogueMails(OrgService org, Notifications notifications, PejlingConfig config,
            @Location("mail/team-dialogue.txt") Template text, @Location("mail/team-dialogue.html") Template html) {
        this.org = org;
        this.notifications = notifications;
        this.config = config;
        this.text = text;
        this.html = html;
    }

    /** One mail to each active member of the team with an address. */
    void planned(UUID organisationId, UUID dialogueId, LocalDate month, String valueTitle, Team team) {
        String organisation = org.organisation(organisationId).map(OrgService.OrganisationRef::name).orElse("");
        String link = config.baseUrl().replaceAll("/+$", "") + "/lederteam/" + dialogueId;
        String when = month.format(MONTH);
        Set<UUID> members = new LinkedHashSet<>();
        members.add(team.managerId());
        team.members().stream().map(Member::personId).forEach(members::add);
        List<PersonRef> recipients = new ArrayList<>();
        for (UUID id : members) {
            org.person(organisationId, id).filter(PersonRef::active).filter(p -> p.email() != null)
                    .ifPresent(recipients::add);
        }
        String subject = "Lederteamets værdi i " + when + ": " + valueTitle;
        for (PersonRef person : recipients) {
            notifications.queue(organisationId, person.email(), subject,
                    data(text.instance(), person, team, valueTitle, when, link, organisation).render(),
                    data(html.instance(), person, team, valueTitle, when, link, organisation).render());
        }
    }

    private static TemplateInstance data(TemplateInstance t, PersonRef to, Team team, String valueTitle, String month,
            String link, String organisation) {
        return t.data("name", to.name()).data("managerName", team.managerName()).data("valueTitle", valueTitle)
                .data("month", month).data("link", link).data("organisation", organisation);
    }
}
