package dk.pejling.auth;

import dk.pejling.common.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A login: a person's in their organisation, with the roles it grants there, or an operator's of the platform (no
 * organisation, no person, no roles, a name of its own).
 */
@Entity
class Account extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "person_id")
    UUID personId;

    String email;

    @Column(name = "password_hash")
    String passwordHash;

    boolean active = true;

    boolean operator;

    /** An operator's name; a person's name lives on the person. */
    String name;

    /** Tokens carry the version they were issued under; raising it ends every session of the login. */
    @Column(name = "token_version")
    int tokenVersion;

    /** When the person last chose a password; null: never. */
    @Column(name = "password_set_at")
    Instant passwordSetAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    Set<Role> roles = EnumSet.noneOf(Role.class);

    static Optional<Account> byEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResultOptional();
    }

    static Optional<Account> byPerson(UUID organisationId, UUID personId) {
        return find("organisationId = ?1 and personId = ?2", organisationId, personId).firstResultOptional();
    }

    static Optional<Account> operatorById(UUID id) {
        return find("id = ?1 and operator = true", id).firstResultOptional();
    }
}
