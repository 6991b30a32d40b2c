package dk.pejling.framework;

import static dk.pejling.framework.FrameworkRules.clean;

import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkApi.ExportStatement;
import dk.pejling.framework.FrameworkApi.ExportValue;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.FrameworkExport;
import dk.pejling.framework.FrameworkApi.SummaryDto;
import dk.pejling.framework.TemplateCatalog.Template;
import dk.pejling.framework.TemplateCatalog.TemplateValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Frameworks and their versions: drafting, publishing (which freezes a version forever), new drafts from published
 * versions, templates and import. Every method is scoped to one organisation; another organisation's ids are absent.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

    /** Who is acting, for the organisation scope and the audit log. */
    public record Actor(UUID organisationId, UUID personId, boolean mayReadDrafts) {
    }

    private final TemplateCatalog templates;
    private final AuditLog audit;

    FrameworkService(TemplateCatalog templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    // ---- reading ----

    public List<SummaryDto> list(Actor actor) {
        List<FrameworkVersion> versions = actor.mayReadDrafts()
                ? FrameworkVersion.list("organisationId = ?1 order by name, number", actor.organisationId())
                : FrameworkVersion.list("organisationId = ?1 and status <> ?2 order by name, number",
                        actor.organisationId(), VersionStatus.DRAFT);
        return versions.stream().map(FrameworkMapper::toSummary).toList();
    }

    public Optional<FrameworkDto> get(Actor actor, UUID id) {
        return find(actor, id).map(this::dto);
    }

    /** Any version of the organisation, for other features (rounds, survey, reports) that check status themselves. */
    public Optional<FrameworkDto> version(UUID organisationId, UUID versionId) {
        return FrameworkVersion.<FrameworkVersion>findByIdOptional(versionId)
                .filter(v -> v.organisationId.equals(organisationId)).map(this::dto);
    }

    /**
     * The latest published version of each of the organisation's frameworks, by name: what a meeting evaluation or a
     * leader team's month can take a value from.
     */
    public List<FrameworkDto> latestPublished(UUID organisationId) {
        java.util.Map<UUID, FrameworkVersion> latest = new java.util.LinkedHashMap<>();
        for (FrameworkVersion v : FrameworkVersion.<FrameworkVersion>list("organisationId = ?1 and status = ?2 "
                + "order by name, number", organisationId, VersionStatus.PUBLISHED)) {
            latest.merge(v.framework.id, v, (a, b) -> a.number >= b.number ? a : b);
        }
        return latest.values().stream().map(this::dto).toList();
    }

    /** A version the actor may read: drafts only for those who edit. */
    Optional<FrameworkVersion> find(Actor actor, UUID id) {
        return FrameworkVersion.<FrameworkVersion>findByIdOptional(id)
                .filter(v -> v.organisationId.equals(actor.organisationId()))
                .filter(v -> actor.mayReadDrafts() || v.status != VersionStatus.DRAFT);
    }

    FrameworkDto dto(FrameworkVersion version) {
        List<FrameworkVersion> versions = FrameworkVersion.list("framework = ?1 order by number", version.framework);
        return FrameworkMapper.toDto(version, versions);
    }

    // ---- creating ----

    public FrameworkDto createEmpty(Actor actor, String name, String description) {
        name = clean(name);
        description = clean(description);
        new FrameworkRules().required("name", name, FrameworkRules.MIN_TITLE, FrameworkRules.MAX_TITLE)
                .optional("description", description, 1, FrameworkRules.MAX_FRAMEWORK_DESCRIPTION)
                .throwIfInvalid();
        FrameworkVersion version = newFramework(actor, null, name, description);
        audit(actor, "framework.create", version, null);
        return dto(version);
    }

    public FrameworkDto createFromTemplate(Actor actor, String key, String name, String description) {
        Template template = templates.find(key).orElseThrow(() -> ProblemException.invalid("template",
                "findes ikke; se GET /api/templates"));
        name = Optional.ofNullable(clean(name)).orElse(template.name());
        description = Optional.ofNullable(clean(description)).orElse(template.description());
        new FrameworkRules().required("name", name, FrameworkRules.MIN_TITLE, FrameworkRules.MAX_TITLE)
                .optional("description", description, 1, FrameworkRules.MAX_FRAMEWORK_DESCRIPTION)
                .throwIfInvalid();
        FrameworkVersion version = newFramework(actor, template.key(), name, description);
        for (TemplateValue tv : template.values()) {
            FrameworkValue value = DraftContent.newValue(version, tv.title(), tv.titleEn(), null, null);
            value.kodeksPoint = tv.number();
            value.respondentTitle = tv.respondentTitle();
            value.respondentTitleEn = tv.respondentTitleEn();
            for (ExportStatement s : tv.statements()) {
                DraftContent.newStatement(value, s.text(), s.selfText(), s.textEn(), s.selfTextEn());
            }
        }
        version.renumber();
        audit(actor, "framework.create", version, "template " + key);
        return dto(version);
    }

    /** A new draft from a shared file. Everything is checked first; a bad file creates nothing. */
    public FrameworkDto importFramework(Actor actor, FrameworkExport file) {
        FrameworkRules rules = new FrameworkRules();
        rules.check(FrameworkApi.FORMAT.equals(file.format()), "format", "skal være " + FrameworkApi.FORMAT)
                .check(Integer.valueOf(1).equals(file.formatVersion()), "formatVersion", "skal være 1")
                .required("name", clean(file.name()), FrameworkRules.MIN_TITLE, FrameworkRules.MAX_TITLE)
                .optional("description", clean(file.description()), 1, FrameworkRules.MAX_FRAMEWORK_DESCRIPTION)
                .check(file.templateKey() == null || templates.find(file.templateKey()).isPresent(), "templateKey",
                        "er ikke en kendt skabelon")
                .check(file.values() != null && !file.values().isEmpty(), "values", "skal have mindst én værdi");
        List<ExportValue> values = file.values() == null ? List.of() : file.values();
        for (int i = 0; i < values.size(); i++) {
            ExportValue v = values.get(i);
            String prefix = "values[" + i + "].";
            rules.value(prefix, clean(v.title()), clean(v.titleEn()), clean(v.description()), clean(v.descriptionEn()))
                    .respondentTitles(prefix, clean(v.respondentTitle()), clean(v.respondentTitleEn()))
                    .check(v.kodeksPoint() == null || (v.kodeksPoint() >= 1 && v.kodeksPoint() <= 11),
                            prefix + "kodeksPoint", "skal være mellem 1 og 11")
                    .check(!v.statements().isEmpty(), prefix + "statements", "skal have mindst ét udsagn");
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < v.statements().size(); j++) {
                ExportStatement s = v.statements().get(j);
                String sp = prefix + "statements[" + j + "].";
                rules.statement(sp, clean(s.text()), clean(s.selfText()), clean(s.textEn()), clean(s.selfTextEn()))
                        .check(s.text() == null || seen.add(DraftContent.normalised(clean(s.text()))), sp + "text",
                                "står allerede i værdien");
            }
        }
        rules.throwIfInvalid();
        FrameworkVersion version = newFramework(actor, file.templateKey(), clean(file.name()),
                clean(file.description()));
        for (ExportValue v : values) {
            FrameworkValue value = DraftContent.newValue(version, clean(v.title()), clean(v.titleEn()),
                    clean(v.description()),
                    clean(v.descriptionEn()));
            value.kodeksPoint = file.templateKey() == null ? null : v.kodeksPoint();
            value.respondentTitle = clean(v.respondentTitle());
            value.respondentTitleEn = clean(v.respondentTitleEn());
            for (ExportStatement s : v.statements()) {
                DraftContent.newStatement(value, clean(s.text()), clean(s.selfText()), clean(s.textEn()),
                        clean(s.selfTextEn()));
            }
        }
        version.renumber();
        audit(actor, "framework.import", version, null);
        return dto(version);
    }

    public FrameworkExport export(Actor actor, UUID id) {
        FrameworkVersion version = find(actor, id).orElseThrow(FrameworkService::notFound);
        List<ExportValue> values = version.values.stream()
                .map(v -> new ExportValue(v.title, v.titleEn, v.description, v.descriptionEn, v.kodeksPoint,
                        v.statements.stream()
                                .map(s -> new ExportStatement(s.text, s.selfText, s.textEn, s.selfTextEn))
                                .toList(),
                        v.respondentTitle, v.respondentTitleEn))
                .toList();
        audit(actor, "framework.export", version, null);
        return new FrameworkExport(FrameworkApi.FORMAT, 1, version.name, version.description,
                version.framework.templateKey, values);
    }

    // ---- the draft's details ----

    public FrameworkDto updateDetails(Actor actor, UUID id, String name, String description) {
        FrameworkVersion version = draft(actor, id);
        name = clean(name);
        description = clean(description);
        new FrameworkRules().required("name", name, FrameworkRules.MIN_TITLE, FrameworkRules.MAX_TITLE)
                .optional("description", description, 1, FrameworkRules.MAX_FRAMEWORK_DESCRIPTION)
                .throwIfInvalid();
        version.name = name;
        version.description = description;
        touched(actor, version, "framework.update");
        return dto(version);
    }

    /** Deletes a draft. A published or archived version is kept forever: rounds refer to it. */
    public void delete(Actor actor, UUID id) {
        FrameworkVersion version = draft(actor, id);
        Framework framework = version.framework;
        audit(actor, "framework.delete", version, null);
        version.delete();
        FrameworkVersion.flush();
        if (FrameworkVersion.count("framework", framework) == 0) {
            framework.delete();
        }
    }

    // ---- the life cycle ----

    /** Freezes the draft. The framework's previous published version is archived. */
    public FrameworkDto publish(Actor actor, UUID id) {
        FrameworkVersion version = draft(actor, id);
        FrameworkRules rules = new FrameworkRules()
                .check(!version.values.isEmpty(), "values", "et ledelsesgrundlag skal have mindst én værdi");
        for (int i = 0; i < version.values.size(); i++) {
            rules.check(!version.values.get(i).statements.isEmpty(), "values[" + i + "].statements",
                    "værdien \"" + version.values.get(i).title + "\" skal have mindst ét udsagn");
        }
        if (!rules.ok()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The draft cannot be published yet: it needs values, and every value a statement.", rules.errors());
        }
        FrameworkVersion.<FrameworkVersion>find("framework = ?1 and status = ?2", version.framework,
                VersionStatus.PUBLISHED).firstResultOptional().ifPresent(previous -> {
                    previous.status = VersionStatus.ARCHIVED;
                    FrameworkVersion.flush();
                });
        version.status = VersionStatus.PUBLISHED;
        version.publishedAt = Instant.now();
        touched(actor, version, "framework.publish");
        return dto(version);
    }

    /** Takes a published version out of use for new rounds; it stays readable and frozen. */
    public FrameworkDto archive(Actor actor, UUID id) {
        FrameworkVersion version = find(actor, id).orElseThrow(FrameworkService::notFound);
        if (version.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a published version can be archived; this one is "
                    + version.status + ".");
        }
        version.status = VersionStatus.ARCHIVED;
        audit(actor, "framework.archive", version, null);
        return dto(version);
    }

    /** A new draft with the content of a published or archived version; statements keep their identity. */
    public FrameworkDto newVersion(Actor actor, UUID id) {
        FrameworkVersion source = find(actor, id).orElseThrow(FrameworkService::notFound);
        FrameworkVersion.getEntityManager().lock(source.framework, LockModeType.PESSIMISTIC_WRITE);
        if (source.status == VersionStatus.DRAFT) {
            throw ProblemException.conflict("This version is a draft already; edit it directly.");
        }
        Optional<FrameworkVersion> existing = FrameworkVersion.find("framework = ?1 and status = ?2",
                source.framework, VersionStatus.DRAFT).firstResultOptional();
        if (existing.isPresent()) {
            throw ProblemException.conflict("Version " + existing.get().number + " (" + existing.get().id
                    + ") is already a draft of this framework; edit that one.");
        }
        FrameworkVersion draft = new FrameworkVersion();
        draft.id = UUID.randomUUID();
        draft.organisationId = source.organisationId;
        draft.framework = source.framework;
        draft.number = ((Number) FrameworkVersion.getEntityManager()
                .createQuery("select max(v.number) from FrameworkVersion v where v.framework = ?1")
                .setParameter(1, source.framework).getSingleResult()).intValue() + 1;
        draft.name = source.name;
        draft.description = source.description;
        draft.persist();
        for (FrameworkValue sv : source.values) {
            FrameworkValue value = DraftContent.newValue(draft, sv.title, sv.titleEn, sv.description, sv.descriptionEn);
            value.kodeksPoint = sv.kodeksPoint;
            value.respondentTitle = sv.respondentTitle;
            value.respondentTitleEn = sv.respondentTitleEn;
            for (FrameworkStatement ss : sv.statements) {
                FrameworkStatement copy = DraftContent.newStatement(value, ss.text, ss.selfText, ss.textEn,
                        ss.selfTextEn);
                copy.identityKey = ss.identityKey;
            }
        }
        draft.renumber();
        audit(actor, "framework.version", draft, "from version " + source.number);
        return dto(draft);
    }

    // ---- helpers ----

    private FrameworkVersion newFramework(Actor actor, String templateKey, String name, String description) {
        Framework framework = new Framework();
        framework.id = UUID.randomUUID();
        framework.organisationId = actor.organisationId();
        framework.templateKey = templateKey;
        framework.persist();
        FrameworkVersion version = new FrameworkVersion();
        version.id = UUID.randomUUID();
        version.organisationId = actor.organisationId();
        version.framework = framework;
        version.number = 1;
        version.name = name;
        version.description = description;
        version.persist();
        return version;
    }

    FrameworkVersion draft(Actor actor, UUID id) {
        FrameworkVersion version = find(actor, id).orElseThrow(FrameworkService::notFound);
        if (!version.editable()) {
            throw ProblemException.conflict("Version " + version.number + " of \"" + version.name + "\" is "
                    + version.status.name().toLowerCase(Locale.ROOT)
                    + " and frozen. Create a new draft with POST /api/frameworks/" + version.id + "/versions.");
        }
        FrameworkVersion.getEntityManager().lock(version, LockModeType.PESSIMISTIC_WRITE);
        return version;
    }

    void touched(Actor actor, FrameworkVersion version, String action) {
        version.updatedAt = Instant.now();
        audit(actor, action, version, null);
    }

    private void audit(Actor actor, String action, FrameworkVersion version, String detail) {
        audit.record(actor.organisationId(), actor.personId(), action, "framework_version", version.id.toString(),
                detail);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such framework in your organisation.");
    }
}
