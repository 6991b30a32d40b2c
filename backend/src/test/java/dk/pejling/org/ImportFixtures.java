package dk.pejling.org;

import dk.pejling.auth.AuthService;
import dk.pejling.common.Role;
import dk.pejling.testing.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh organisation per test for the import, so that imports (which deactivate whoever is missing from the file)
 * never touch Demo Kommune, whose head count other tests rely on.
 */
@ApplicationScoped
public class ImportFixtures {

    /** An organisation with one unit, Rådhuset, and its HR consultant, Hanne Holm, logged in. */
    public record ImportOrg(UUID id, String domain, String hrEmail, String token) {

        /** "lars" → "lars@<this organisation's domain>". */
        public String mail(String local) {
            return local + "@" + domain;
        }
    }

    private final OrgService org;
    private final AuthService auth;

    ImportFixtures(OrgService org, AuthService auth) {
        this.org = org;
        this.auth = auth;
    }

    public ImportOrg organisation(Set<Role> hrRoles) {
        UUID id = create(hrRoles);
        String slug = org.organisation(id).orElseThrow().slug();
        String domain = slug + ".pejling.dk";
        return new ImportOrg(id, domain, "hr@" + domain, Tokens.login("hr@" + domain));
    }

    @Transactional
    UUID create(Set<Role> hrRoles) {
        String slug = "import-" + UUID.randomUUID().toString().substring(0, 8);
        UUID o = org.createOrganisation(slug, "Importkommune " + slug).id();
        UUID unit = org.createUnit(o, null, "Rådhuset");
        String email = "hr@" + slug + ".pejling.dk";
        UUID person = org.createPerson(o, unit, null, "Hanne Holm", email).id();
        auth.createAccount(o, person, email, Tokens.DEMO_PASSWORD, hrRoles);
        return o;
    }
}
