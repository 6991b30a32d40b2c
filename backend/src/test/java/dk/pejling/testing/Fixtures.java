package dk.pejling.testing;

import dk.pejling.auth.AuthService;
import dk.pejling.common.Role;
import dk.pejling.org.OrgService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/** Data that tests need besides the demo organisation: another organisation, to prove that nothing crosses. */
@ApplicationScoped
public class Fixtures {

    public static final String OTHER_HR = "hr@anden.pejling.dk";

    private final OrgService org;
    private final AuthService auth;

    Fixtures(OrgService org, AuthService auth) {
        this.org = org;
        this.auth = auth;
    }

    /** "Anden Kommune" with one HR consultant, created once; returns a logged-in token for that consultant. */
    public String otherOrganisationHrToken() {
        ensureOtherOrganisation();
        return Tokens.login(OTHER_HR);
    }

    @Transactional
    void ensureOtherOrganisation() {
        if (org.organisationBySlug("anden").isPresent()) {
            return;
        }
        UUID o = org.createOrganisation("anden", "Anden Kommune").id();
        UUID unit = org.createUnit(o, null, "HR og Personale");
        UUID person = org.createPerson(o, unit, null, "Ditte Friis", OTHER_HR).id();
        auth.createAccount(o, person, OTHER_HR, Tokens.DEMO_PASSWORD, Set.of(Role.hr, Role.admin));
    }
}
