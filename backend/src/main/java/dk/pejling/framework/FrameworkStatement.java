package dk.pejling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A behavioural statement: the employee wording ("Min leder …") and the self wording ("Jeg …"). {@code identityKey}
 * is shared by every version's statement with the same employee wording in the same framework.
 */
@Entity
@Table(name = "framework_statement")
class FrameworkStatement extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "value_id")
    FrameworkValue value;

    @Column(name = "identity_key")
    UUID identityKey;

    int position;

    String text;

    @Column(name = "self_text")
    String selfText;

    @Column(name = "text_en")
    String textEn;

    @Column(name = "self_text_en")
    String selfTextEn;
}
