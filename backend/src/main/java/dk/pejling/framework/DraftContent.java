package dk.pejling.framework;

import static dk.pejling.framework.FrameworkRules.clean;

import dk.pejling.common.ProblemException;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementInput;
import dk.pejling.framework.FrameworkApi.ValueInput;
import dk.pejling.framework.FrameworkService.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The content of a draft: its values and their statements, added, reworded, removed and reordered. A statement keeps
 * its identity across versions while its employee wording stays the same, so that rounds can be compared.
 */
@ApplicationScoped
@Transactional
class DraftContent {

    private final FrameworkService drafts;

    DraftContent(FrameworkService drafts) {
        this.drafts = drafts;
    }

    // ---- values ----

    FrameworkDto addValue(Actor actor, UUID id, ValueInput input) {
        FrameworkVersion version = drafts.draft(actor, id);
        ValueInput in = cleaned(input);
        new FrameworkRules().value("", in.title(), in.titleEn(), in.description(), in.descriptionEn())
                .respondentTitles("", in.respondentTitle(), in.respondentTitleEn())
                .check(version.values.size() < FrameworkRules.MAX_VALUES, "values",
                        "højst " + FrameworkRules.MAX_VALUES + " værdier i et ledelsesgrundlag")
                .check(version.values.stream().noneMatch(v -> normalised(v.title).equals(normalised(in.title()))),
                        "title", "en værdi med den titel findes allerede")
                .throwIfInvalid();
        FrameworkValue added = newValue(version, in.title(), in.titleEn(), in.description(), in.descriptionEn());
        added.respondentTitle = in.respondentTitle();
        added.respondentTitleEn = in.respondentTitleEn();
        version.renumber();
        drafts.touched(actor, version, "framework.value.add");
        return drafts.dto(version);
    }

    FrameworkDto updateValue(Actor actor, UUID id, UUID valueId, ValueInput input) {
        FrameworkVersion version = drafts.draft(actor, id);
        FrameworkValue value = value(version, valueId);
        ValueInput in = cleaned(input);
        new FrameworkRules().value("", in.title(), in.titleEn(), in.description(), in.descriptionEn())
                .respondentTitles("", in.respondentTitle(), in.respondentTitleEn())
                .check(version.values.stream().filter(v -> v != value)
                        .noneMatch(v -> normalised(v.title).equals(normalised(in.title()))),
                        "title", "en værdi med den titel findes allerede")
                .throwIfInvalid();
        value.title = in.title();
        value.titleEn = in.titleEn();
        value.description = in.description();
        value.descriptionEn = in.descriptionEn();
        value.respondentTitle = in.respondentTitle();
        value.respondentTitleEn = in.respondentTitleEn();
        drafts.touched(actor, version, "framework.value.update");
        return drafts.dto(version);
    }

    FrameworkDto deleteValue(Actor actor, UUID id, UUID valueId) {
        FrameworkVersion version = drafts.draft(actor, id);
        version.values.remove(value(version, valueId));
        version.renumber();
        drafts.touched(actor, version, "framework.value.delete");
        return drafts.dto(version);
    }

    FrameworkDto reorderValues(Actor actor, UUID id, List<UUID> ids) {
        FrameworkVersion version = drafts.draft(actor, id);
        reorder(version.values, ids, v -> v.id);
        version.renumber();
        drafts.touched(actor, version, "framework.value.reorder");
        return drafts.dto(version);
    }

    // ---- statements ----

    FrameworkDto addStatement(Actor actor, UUID id, UUID valueId, StatementInput input) {
        FrameworkVersion version = drafts.draft(actor, id);
        FrameworkValue value = value(version, valueId);
        StatementInput in = cleaned(input);
        new FrameworkRules().statement("", in.text(), in.selfText(), in.textEn(), in.selfTextEn())
                .check(value.statements.size() < FrameworkRules.MAX_STATEMENTS_PER_VALUE, "statements",
                        "højst " + FrameworkRules.MAX_STATEMENTS_PER_VALUE + " udsagn under en værdi")
                .throwIfInvalid();
        checkUnique(version, null, in.text());
        newStatement(value, in.text(), in.selfText(), in.textEn(), in.selfTextEn());
        version.renumber();
        drafts.touched(actor, version, "framework.statement.add");
        return drafts.dto(version);
    }

    FrameworkDto updateStatement(Actor actor, UUID id, UUID valueId, UUID statementId, StatementInput input) {
        FrameworkVersion version = drafts.draft(actor, id);
        FrameworkStatement statement = statement(value(version, valueId), statementId);
        StatementInput in = cleaned(input);
        new FrameworkRules().statement("", in.text(), in.selfText(), in.textEn(), in.selfTextEn()).throwIfInvalid();
        checkUnique(version, statement, in.text());
        if (!statement.text.equals(in.text())) {
            // A reworded statement is a new statement: it is no longer comparable with earlier rounds.
            statement.identityKey = identityFor(version.framework, in.text());
        }
        statement.text = in.text();
        statement.selfText = in.selfText();
        statement.textEn = in.textEn();
        statement.selfTextEn = in.selfTextEn();
        drafts.touched(actor, version, "framework.statement.update");
        return drafts.dto(version);
    }

    FrameworkDto deleteStatement(Actor actor, UUID id, UUID valueId, UUID statementId) {
        FrameworkVersion version = drafts.draft(actor, id);
        FrameworkValue value = value(version, valueId);
        value.statements.remove(statement(value, statementId));
        value.renumber();
        drafts.touched(actor, version, "framework.statement.delete");
        return drafts.dto(version);
    }

    FrameworkDto reorderStatements(Actor actor, UUID id, UUID valueId, List<UUID> ids) {
        FrameworkVersion version = drafts.draft(actor, id);
        FrameworkValue value = value(version, valueId);
        reorder(value.statements, ids, s -> s.id);
        value.renumber();
        drafts.touched(actor, version, "framework.statement.reorder");
        return drafts.dto(version);
    }

    // ---- helpers ----

    static FrameworkValue newValue(FrameworkVersion version, String title, String titleEn,
            String description, String descriptionEn) {
        FrameworkValue value = new FrameworkValue();
        value.id = UUID.randomUUID();
        value.organisationId = version.organisationId;
        value.version = version;
        value.position = version.values.size();
        value.title = title;
        value.titleEn = titleEn;
        value.description = description;
        value.descriptionEn = descriptionEn;
        version.values.add(value);
        value.persist();
        return value;
    }

    static FrameworkStatement newStatement(FrameworkValue value, String text, String selfText, String textEn,
            String selfTextEn) {
        FrameworkStatement statement = new FrameworkStatement();
        statement.id = UUID.randomUUID();
        statement.organisationId = value.organisationId;
        statement.value = value;
        statement.position = value.statements.size();
        statement.identityKey = identityFor(value.version.framework, text);
        statement.text = text;
        statement.selfText = selfText;
        statement.textEn = textEn;
        statement.selfTextEn = selfTextEn;
        value.statements.add(statement);
        statement.persist();
        return statement;
    }

    /**
     * The identity of a statement with this employee wording in this framework: the one it had in an earlier version
     * (so that rewording back, or deleting and re-adding, keeps comparability), or a new one.
     */
    private static UUID identityFor(Framework framework, String text) {
        List<UUID> known = FrameworkStatement.getEntityManager().createQuery("""
                select s.identityKey from FrameworkStatement s
                where s.value.version.framework = ?1 and s.text = ?2 and s.value.version.status <> ?3
                order by s.value.version.number desc""", UUID.class)
                .setParameter(1, framework).setParameter(2, text).setParameter(3, VersionStatus.DRAFT)
                .setMaxResults(1).getResultList();
        return known.isEmpty() ? UUID.randomUUID() : known.get(0);
    }

    private static void checkUnique(FrameworkVersion version, FrameworkStatement self, String text) {
        for (FrameworkValue v : version.values) {
            for (FrameworkStatement s : v.statements) {
                if (s != self && normalised(s.text).equals(normalised(text))) {
                    throw ProblemException.invalid("text", "udsagnet står allerede under værdien \"" + v.title + "\"");
                }
            }
        }
    }

    private static FrameworkValue value(FrameworkVersion version, UUID valueId) {
        return version.values.stream().filter(v -> v.id.equals(valueId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No value " + valueId + " in this framework."));
    }

    private static FrameworkStatement statement(FrameworkValue value, UUID statementId) {
        return value.statements.stream().filter(s -> s.id.equals(statementId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No statement " + statementId + " under this value."));
    }

    /** Sorts in place (the list is a managed collection) after checking that ids are exactly the list's ids. */
    private static <T> void reorder(List<T> items, List<UUID> ids, Function<T, UUID> idOf) {
        Set<UUID> given = new HashSet<>(ids);
        Set<UUID> present = new HashSet<>(items.stream().map(idOf).toList());
        if (ids.size() != items.size() || given.size() != ids.size() || !given.equals(present)) {
            throw ProblemException.invalid("ids", "skal indeholde hvert id fra listen præcis én gang");
        }
        items.sort(Comparator.comparingInt(item -> ids.indexOf(idOf.apply(item))));
    }

    private static ValueInput cleaned(ValueInput in) {
        return new ValueInput(clean(in.title()), clean(in.titleEn()), clean(in.description()),
                clean(in.descriptionEn()),
                clean(in.respondentTitle()), clean(in.respondentTitleEn()));
    }

    private static StatementInput cleaned(StatementInput in) {
        return new StatementInput(clean(in.text()), clean(in.selfText()), clean(in.textEn()), clean(in.selfTextEn()));
    }

    static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s.!?]+$", "");
    }
}
