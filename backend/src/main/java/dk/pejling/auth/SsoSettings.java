package dk.pejling.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** An organisation's single sign-on settings, as far as password logins need to know them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SsoSettings {

    /** Whether the organisation's people may (still) log in with a password of their own. */
    boolean passwordsAllowed(UUID organisationId) {
        return true;
    }
}
