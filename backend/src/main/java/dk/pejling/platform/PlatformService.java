package dk.pejling.platform;

import dk.pejling.auth.AuthService;
import dk.pejling.auth.Operators;
import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.OrganisationSummary;
import dk.pejling.rounds.RoundService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the platform's operator does: list organisations (counts only, never a person), create one with its first
 * admin, deactivate one, and send its admins their welcome again. Nothing here reads inside an organisation.
 */
@ApplicationScoped
public class PlatformService {

    /** An organisation as the operator sees it. */
    public record Summary(UUID id, String slug, String name, boolean active, java.time.Instant createdAt, long people,
            long rounds) {
    }

    private final OrgService org;
    private final AuthService auth;
    private final Operators operators;
    private final RoundService rounds;
    private final AuditLog audit;

    PlatformService(OrgService org, AuthService auth, Operators operators, RoundService rounds, AuditLog audit) {
        this.org = org;
        this.auth = auth;
        this.operators = operators;
        this.rounds = rounds;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> list() {
        return org.summaries().stream().map(this::summary).toList();
    }

    /**
     * Creates the organisation and its first admin, who gets a welcome mail. 409 on a taken name or e-mail. Audited
     * once it is committed (the audit log refers to the organisation).
     */
    public Summary create(UUID operatorId, String name, String adminName, String adminEmail) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> insert(name, adminName, adminEmail));
        audit.record(id, operatorId, "organisation.created", "organisation", id.toString(), null);
        return list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private UUID insert(String name, String adminName, String adminEmail) {
        String cleanName = name.strip();
        if (org.organisationByName(cleanName).isPresent()) {
            throw ProblemException.conflict("An organisation with this name exists already.");
        }
        if (auth.loginExists(adminEmail)) {
            throw ProblemException.conflict("The e-mail is already a login in Pejling.");
        }
        OrganisationRef organisation = org.createOrganisation(slug(cleanName), cleanName);
        UUID person = org.createPerson(organisation.id(), null, null, adminName.strip(), adminEmail.strip()).id();
        operators.createAdmin(organisation.id(), person, adminEmail.strip());
        return organisation.id();
    }

    @Transactional
    public void deactivate(UUID operatorId, UUID organisationId) {
        if (!org.deactivate(organisationId)) {
            throw ProblemException.notFound("No organisation with this id.");
        }
        audit.record(organisationId, operatorId, "organisation.deactivated", "organisation",
                organisationId.toString(), null);
    }

    @Transactional
    public int resendAdminInvitation(UUID operatorId, UUID organisationId) {
        if (org.organisation(organisationId).filter(OrganisationRef::active).isEmpty()) {
            throw ProblemException.notFound("No active organisation with this id.");
        }
        int sent = operators.resendAdminWelcome(organisationId);
        if (sent == 0) {
            throw ProblemException.conflict("Every admin of the organisation has chosen a password already.");
        }
        audit.record(organisationId, operatorId, "organisation.admin-invitation", "organisation",
                organisationId.toString(), "admins=" + sent);
        return sent;
    }

    /** A slug for URLs (the single sign-on address): lower case ASCII, Danish letters spelt out, unique. */
    String slug(String name) {
        String base = Normalizer.normalize(name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "organisation";
        }
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String slug = base;
        for (int i = 2; org.organisationBySlug(slug).isPresent(); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private Summary summary(OrganisationSummary o) {
        return new Summary(o.id(), o.slug(), o.name(), o.active(), o.createdAt(), o.people(),
                rounds.list(o.id()).size());
    }
}
