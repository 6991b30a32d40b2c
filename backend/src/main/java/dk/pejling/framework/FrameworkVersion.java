package dk.pejling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of a framework, with its values and statements. The API calls a version "a framework". */
@Entity
@Table(name = "framework_version")
class FrameworkVersion extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    Framework framework;

    int number;

    @Enumerated(EnumType.STRING)
    VersionStatus status = VersionStatus.DRAFT;

    String name;

    String description;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt = Instant.now();

    @Column(name = "published_at")
    Instant publishedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<FrameworkValue> values = new ArrayList<>();

    boolean editable() {
        return status == VersionStatus.DRAFT;
    }

    int statementCount() {
        return values.stream().mapToInt(v -> v.statements.size()).sum();
    }

    /** Keeps positions 0..n-1 in list order, so that order is what the list says. */
    void renumber() {
        for (int i = 0; i < values.size(); i++) {
            values.get(i).position = i;
            values.get(i).renumber();
        }
    }
}
