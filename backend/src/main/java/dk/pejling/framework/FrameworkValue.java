package dk.pejling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A value (værdi or kodekspunkt) of a framework version. */
@Entity
@Table(name = "framework_value")
class FrameworkValue extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    FrameworkVersion version;

    int position;

    String title;

    @Column(name = "title_en")
    String titleEn;

    /** The title as the respondent reads it ("Min leder …"); null: the survey shows {@link #title}. */
    @Column(name = "respondent_title")
    String respondentTitle;

    @Column(name = "respondent_title_en")
    String respondentTitleEn;

    String description;

    @Column(name = "description_en")
    String descriptionEn;

    @Column(name = "kodeks_point")
    Integer kodeksPoint;

    @OneToMany(mappedBy = "value", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<FrameworkStatement> statements = new ArrayList<>();

    void renumber() {
        for (int i = 0; i < statements.size(); i++) {
            statements.get(i).position = i;
        }
    }
}
