package dk.pejling.org;

import dk.pejling.org.LoginAccounts.AccountRef;
import dk.pejling.common.Role;
import dk.pejling.common.AuditLog;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.CsvParser.CsvFile;
import dk.pejling.org.CsvParser.CsvRecord;
import dk.pejling.org.OrgImportApi.AccountChange;
import dk.pejling.org.OrgImportApi.AccountChangeKind;
import dk.pejling.org.OrgImportApi.ImportResult;
import dk.pejling.org.OrgImportApi.ImportSummary;
import dk.pejling.org.OrgImportApi.PersonChange;
import dk.pejling.org.OrgImportApi.PersonChangeKind;
import dk.pejling.org.OrgImportApi.UnitChange;
import dk.pejling.org.OrgImportApi.UnitChangeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The organisation import (CSV): every row checked and all errors reported by line and column; a good file applied
 * in one transaction. The file is the whole organisation: e-mail is the key, so importing it again updates, moves
 * and reactivates people, and deactivates those who are missing (people are never deleted: rounds refer to them).
 * Units are matched by name, case-insensitively; units not named in the file are left as they are.
 */
@ApplicationScoped
@Transactional
public class OrgImportService {

    /** The server refuses larger bodies (quarkus.http.limits.max-body-size); checked here too. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    /** Enough to fix a file by; a file that is wrong on every line would otherwise make a response of megabytes. */
    static final int MAX_ERRORS = 1_000;
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"';,<>]+@[^@\\s\"';,<>]+\\.[^@\\s\"';,<>]+$");

    /** Who imports: the organisation, the person (for the audit log and self-protection), their roles. */
    public record Actor(UUID organisationId, UUID personId, Set<Role> roles) {
    }

    /** The columns; each accepts a Danish and an English header. {@code key} names the column in errors. */
    enum Column {
        UNIT("unit", true, "enhed", "unit"),
        PARENT_UNIT("parent unit", false, "overordnet enhed", "parent unit", "parent"),
        NAME("name", true, "navn", "name"),
        EMAIL("e-mail", true, "e-mail", "email", "mail"),
        MANAGER_EMAIL("manager e-mail", false, "leders e-mail", "manager email", "leders email", "leder e-mail",
                "manager e-mail", "manager"),
        ROLES("roles", false, "roller", "roles");

        final String key;
        final boolean required;
        /** The Danish header first, then the English, then other spellings accepted. */
        final List<String> headers;

        Column(String key, boolean required, String... headers) {
            this.key = key;
            this.required = required;
            this.headers = List.of(headers);
        }

        String header(boolean english) {
            return headers.get(english ? 1 : 0);
        }

        static Column byHeader(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
            for (Column c : values()) {
                if (c.headers.contains(h) || c.headers.contains(h.replace(' ', '-'))) {
                    return c;
                }
            }
            return null;
        }
    }

    /** One data row, trimmed; blank cells are null. */
    private record Row(int line, String unit, String parentUnit, String name, String email, String managerEmail,
            Set<Role> roles) {

        boolean unitOnly() {
            return name == null && email == null && managerEmail == null && roles.isEmpty();
        }

        String emailKey() {
            return key(email);
        }
    }

    /** An error at a line and column (line 0: the whole file), in both languages until the caller's is known. */
    private record ImportError(int line, int column, String field, String da, String en) {
    }

    private final LoginAccounts auth;
    private final AuditLog audit;

    OrgImportService(LoginAccounts auth, AuditLog audit) {
        this.auth = auth;
        this.audit = audit;
    }

    /** What the file would change; writes nothing. Throws a validation problem listing every error. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportResult preview(Actor actor, byte[] csv, boolean english) {
        return new Plan(actor, csv, english).result("preview", false);
    }

    /** Applies the file in this one transaction, or nothing at all when any row is bad. */
    public ImportResult apply(Actor actor, byte[] csv, boolean english) {
        // One import at a time per organisation: the plan is made from what the lock then protects.
        Organisation.getEntityManager().find(Organisation.class, actor.organisationId(),
                LockModeType.PESSIMISTIC_WRITE);
        Plan plan = new Plan(actor, csv, english);
        plan.write();
        ImportResult result = plan.result("apply", true);
        ImportSummary s = result.summary();
        audit.record(actor.organisationId(), actor.personId(), "org.import", "organisation",
                actor.organisationId().toString(),
                "rows=" + result.rows() + " unitsCreated=" + s.unitsCreated() + " unitsMoved=" + s.unitsMoved()
                        + " peopleCreated=" + s.peopleCreated() + " peopleUpdated=" + s.peopleUpdated()
                        + " peopleMoved=" + s.peopleMoved() + " peopleDeactivated=" + s.peopleDeactivated()
                        + " accountsCreated=" + s.accountsCreated() + " accountsUpdated=" + s.accountsUpdated()
                        + " accountsDeactivated=" + s.accountsDeactivated());
        return result;
    }

    static String key(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The file read, checked against the organisation, and the changes it makes. */
    private final class Plan {

        private final Actor actor;
        private final boolean english;
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        private final List<Row> rows = new ArrayList<>();

        // The organisation as it is.
        private final Map<String, Unit> unitsByName = new HashMap<>();
        private final Map<UUID, Unit> unitsById = new HashMap<>();
        private final Map<String, Person> peopleByEmail = new HashMap<>();
        private final Map<UUID, Person> peopleById = new HashMap<>();
        private Map<UUID, AccountRef> accounts = Map.of();

        // The organisation as the file has it.
        /** Unit key → display name, in file order. */
        private final Map<String, String> fileUnits = new LinkedHashMap<>();
        /** Unit key → parent key (null: top unit) and the line that said so. */
        private final Map<String, String> fileParents = new HashMap<>();
        private final Map<String, Integer> parentLines = new HashMap<>();
        /** Parent unit key → its spelling in the file, for messages about units that exist nowhere else. */
        private final Map<String, String> parentSpellings = new HashMap<>();
        private final Map<String, Row> people = new LinkedHashMap<>();

        // The changes.
        private final List<UnitChange> unitChanges = new ArrayList<>();
        private final List<PersonChange> personChanges = new ArrayList<>();
        private final List<AccountChange> accountChanges = new ArrayList<>();
        private int unchanged;

        Plan(Actor actor, byte[] csv, boolean english) {
            this.actor = actor;
            this.english = english;
            if (csv.length > MAX_BYTES) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        english ? "The file is larger than 2 MB." : "Filen er større end 2 MB.");
            }
            if (!read(csv)) {
                throwIfErrors();
            }
            loadOrganisation();
            checkRows();
            throwIfErrors();
            plan();
        }

        // ---- reading ----

        /** Reads the rows; false when the file cannot be read row by row at all (encoding, quotes, header). */
        private boolean read(byte[] csv) {
            String text = CsvParser.decodeUtf8(csv).orElse(null);
            if (text == null) {
                fileError("Filen er ikke UTF-8. Gem den som „CSV UTF-8“ i dit regneark.",
                        "The file is not UTF-8. Save it as \"CSV UTF-8\" in your spreadsheet.");
                return false;
            }
            CsvFile file = CsvParser.parse(text);
            if (file.error() != null) {
                error(file.errorLine(), -1, null, "et citationstegn (\") åbner et felt, der aldrig lukkes",
                        "a quote (\") opens a field that is never closed");
                return false;
            }
            List<CsvRecord> records = file.records().stream().filter(r -> !r.blank()).toList();
            if (records.isEmpty()) {
                fileError("Filen er tom.", "The file is empty.");
                return false;
            }
            if (records.size() - 1 > MAX_ROWS) {
                fileError("Filen har " + (records.size() - 1) + " rækker; højst " + MAX_ROWS + " kan importeres.",
                        "The file has " + (records.size() - 1) + " rows; at most " + MAX_ROWS + " can be imported.");
                return false;
            }
            if (!readHeader(records.get(0))) {
                return false;
            }
            int width = records.get(0).fields().size();
            for (CsvRecord record : records.subList(1, records.size())) {
                readRow(record, width);
            }
            if (rows.isEmpty()) {
                fileError("Filen har ingen rækker under overskrifterne.", "The file has no rows below the header.");
                return false;
            }
            return true;
        }

        private boolean readHeader(CsvRecord header) {
            int line = header.line();
            for (int i = 0; i < header.fields().size(); i++) {
                String text = header.fields().get(i).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Column column = Column.byHeader(text);
                if (column == null) {
                    error(line, i, "header", "ukendt kolonne „" + text + "“; kendte kolonner: " + knownColumns(false),
                            "unknown column \"" + text + "\"; known columns: " + knownColumns(true));
                } else if (columns.putIfAbsent(column, i) != null) {
                    error(line, i, "header", "kolonnen „" + text + "“ står to gange",
                            "the column \"" + text + "\" appears twice");
                }
            }
            for (Column column : Column.values()) {
                if (column.required && !columns.containsKey(column)) {
                    error(line, 99, "header", "kolonnen „" + column.header(false) + "“ mangler",
                            "the column \"" + column.header(true) + "\" is missing");
                }
            }
            return errors.isEmpty();
        }

        private String knownColumns(boolean english) {
            List<String> names = new ArrayList<>();
            for (Column c : Column.values()) {
                names.add(c.header(english));
            }
            return String.join(", ", names);
        }

        private void readRow(CsvRecord record, int width) {
            int line = record.line();
            List<String> fields = record.fields();
            for (int i = width; i < fields.size(); i++) {
                if (!fields.get(i).isBlank()) {
                    error(line, i, null, "har " + fields.size() + " felter, men overskriften har " + width,
                            "has " + fields.size() + " fields, but the header has " + width);
                    return;
                }
            }
            String rolesText = cell(fields, Column.ROLES);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (rolesText != null) {
                for (String word : rolesText.split("[\\s|,]+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    Role role = role(word);
                    if (role == null) {
                        error(line, Column.ROLES, "ukendt rolle „" + word + "“; brug hr, admin, leader eller manager",
                                "unknown role \"" + word + "\"; use hr, admin, leader or manager");
                    } else {
                        roles.add(role);
                    }
                }
            }
            rows.add(new Row(line, cell(fields, Column.UNIT), cell(fields, Column.PARENT_UNIT),
                    cell(fields, Column.NAME), cell(fields, Column.EMAIL), cell(fields, Column.MANAGER_EMAIL), roles));
        }

        private String cell(List<String> fields, Column column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).strip().replaceAll("\\s+", " ");
            return value.isEmpty() ? null : value;
        }

        private static Role role(String word) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(word)) {
                    return role;
                }
            }
            return null;
        }

        // ---- checking ----

        private void loadOrganisation() {
            UUID o = actor.organisationId();
            for (Unit unit : Unit.<Unit>list("organisationId", o)) {
                unitsByName.put(key(unit.name), unit);
                unitsById.put(unit.id, unit);
            }
            for (Person person : Person.<Person>list("organisationId", o)) {
                peopleByEmail.put(key(person.email), person);
                peopleById.put(person.id, person);
            }
            accounts = auth.accounts(o);
        }

        private void checkRows() {
            Map<String, Integer> emailLines = new HashMap<>();
            for (Row row : rows) {
                checkRow(row, emailLines);
            }
            checkUnitTree();
            checkManagers();
            checkAccounts();
        }

        private void checkRow(Row row, Map<String, Integer> emailLines) {
            int line = row.line();
            if (row.unit() == null) {
                error(line, Column.UNIT, "skal udfyldes", "is required");
            } else {
                length(line, Column.UNIT, row.unit(), MAX_NAME);
                String unit = key(row.unit());
                fileUnits.putIfAbsent(unit, row.unit());
                if (row.parentUnit() != null) {
                    length(line, Column.PARENT_UNIT, row.parentUnit(), MAX_NAME);
                    String parent = key(row.parentUnit());
                    parentSpellings.putIfAbsent(parent, row.parentUnit());
                    if (parent.equals(unit)) {
                        error(line, Column.PARENT_UNIT, "en enhed kan ikke være sin egen overordnede enhed",
                                "a unit cannot be its own parent unit");
                    } else if (fileParents.containsKey(unit) && !parent.equals(fileParents.get(unit))) {
                        int first = parentLines.get(unit);
                        error(line, Column.PARENT_UNIT, "linje " + first + " giver enheden „" + row.unit()
                                        + "“ en anden overordnet enhed",
                                "line " + first + " gives the unit \"" + row.unit() + "\" another parent unit");
                    } else if (!fileParents.containsKey(unit)) {
                        fileParents.put(unit, parent);
                        parentLines.put(unit, line);
                    }
                }
            }
            if (row.unitOnly()) {
                return;
            }
            if (row.name() == null) {
                error(line, Column.NAME, "skal udfyldes", "is required");
            } else {
                length(line, Column.NAME, row.name(), MAX_NAME);
            }
            if (row.email() == null) {
                error(line, Column.EMAIL, "skal udfyldes", "is required");
            } else if (!validEmail(row.email())) {
                error(line, Column.EMAIL, "„" + row.email() + "“ er ikke en gyldig e-mailadresse",
                        "\"" + row.email() + "\" is not a valid e-mail address");
            } else {
                Integer first = emailLines.putIfAbsent(row.emailKey(), line);
                if (first != null) {
                    error(line, Column.EMAIL, row.email() + " står også på linje " + first,
                            row.email() + " is also on line " + first);
                } else {
                    people.put(row.emailKey(), row);
                }
            }
            if (row.managerEmail() != null) {
                if (!validEmail(row.managerEmail())) {
                    error(line, Column.MANAGER_EMAIL, "„" + row.managerEmail() + "“ er ikke en gyldig e-mailadresse",
                            "\"" + row.managerEmail() + "\" is not a valid e-mail address");
                } else if (key(row.managerEmail()).equals(row.emailKey())) {
                    error(line, Column.MANAGER_EMAIL, "en person kan ikke være sin egen leder",
                            "a person cannot be their own manager");
                }
            }
        }

        private void checkUnitTree() {
            for (Map.Entry<String, String> entry : fileParents.entrySet()) {
                String parent = entry.getValue();
                if (!fileUnits.containsKey(parent) && !unitsByName.containsKey(parent)) {
                    int line = parentLines.get(entry.getKey());
                    error(line, Column.PARENT_UNIT, "enheden „" + displayUnit(parent) + "“ findes hverken i filen "
                                    + "eller i organisationen",
                            "the unit \"" + displayUnit(parent) + "\" is neither in the file nor in the organisation");
                }
            }
            Set<String> reported = new HashSet<>();
            for (String unit : fileUnits.keySet()) {
                List<String> path = new ArrayList<>();
                String current = unit;
                while (current != null && !path.contains(current)) {
                    path.add(current);
                    current = finalParent(current);
                }
                if (current != null && current.equals(unit) && reported.add(unit)) {
                    path.forEach(reported::add);
                    List<String> names = new ArrayList<>(path.stream().map(this::displayUnit).toList());
                    names.add(displayUnit(unit));
                    int line = path.stream().filter(parentLines::containsKey).mapToInt(parentLines::get).min()
                            .orElse(0);
                    error(line, Column.PARENT_UNIT, "enhederne danner en ring: " + String.join(" → ", names),
                            "the units form a cycle: " + String.join(" → ", names));
                }
            }
        }

        /** A unit's parent after the import: the file's word where it has one, else the organisation's. */
        private String finalParent(String unit) {
            if (fileUnits.containsKey(unit)) {
                return fileParents.get(unit);
            }
            Unit existing = unitsByName.get(unit);
            if (existing == null || existing.parentId == null) {
                return null;
            }
            Unit parent = unitsById.get(existing.parentId);
            return parent == null ? null : key(parent.name);
        }

        private String displayUnit(String key) {
            String name = fileUnits.get(key);
            if (name != null) {
                return name;
            }
            Unit unit = unitsByName.get(key);
            return unit != null ? unit.name : parentSpellings.getOrDefault(key, key);
        }

        private void checkManagers() {
            for (Row row : people.values()) {
                String manager = key(row.managerEmail());
                if (manager != null && validEmail(manager) && !manager.equals(row.emailKey())
                        && !people.containsKey(manager)) {
                    Person existing = peopleByEmail.get(manager);
                    error(row.line(), Column.MANAGER_EMAIL,
                            row.managerEmail() + " er ikke i filen" + (existing != null && existing.active
                                    ? " (personer, der ikke er i filen, bliver deaktiveret)" : ""),
                            row.managerEmail() + " is not in the file" + (existing != null && existing.active
                                    ? " (people who are not in the file are deactivated)" : ""));
                }
            }
            Set<String> reported = new HashSet<>();
            for (String start : people.keySet()) {
                List<String> path = new ArrayList<>();
                String current = start;
                while (current != null && people.containsKey(current) && !path.contains(current)) {
                    path.add(current);
                    String manager = key(people.get(current).managerEmail());
                    current = current.equals(manager) ? null : manager;
                }
                if (current != null && current.equals(start) && reported.add(start)) {
                    reported.addAll(path);
                    List<String> chain = new ArrayList<>(path.stream().map(e -> people.get(e).email()).toList());
                    chain.add(people.get(start).email());
                    int line = path.stream().mapToInt(e -> people.get(e).line()).min().orElse(0);
                    error(line, Column.MANAGER_EMAIL, "lederforholdene danner en ring: " + String.join(" → ", chain),
                            "the reporting lines form a cycle: " + String.join(" → ", chain));
                }
            }
        }

        private void checkAccounts() {
            List<String> withRoles = people.values().stream().filter(r -> !r.roles().isEmpty())
                    .map(Row::email).toList();
            Set<String> elsewhere = withRoles.isEmpty() ? Set.of()
                    : auth.loginsElsewhere(actor.organisationId(), withRoles);
            boolean admin = actor.roles().contains(Role.admin);
            Person self = peopleById.get(actor.personId());
            for (Row row : people.values()) {
                if (elsewhere.contains(row.emailKey())) {
                    error(row.line(), Column.ROLES, row.email() + " er allerede login i en anden organisation "
                                    + "i Pejling og kan ikke få roller her",
                            row.email() + " is already a login in another organisation in Pejling and cannot have "
                                    + "roles here");
                }
                Person existing = peopleByEmail.get(row.emailKey());
                Set<Role> before = currentRoles(existing);
                if (!admin && before.contains(Role.admin) != row.roles().contains(Role.admin)) {
                    error(row.line(), Column.ROLES, "kun en administrator kan give eller fjerne rollen admin",
                            "only an administrator can grant or remove the admin role");
                }
                if (self != null && existing == self) {
                    Set<Role> lost = EnumSet.of(Role.hr, Role.admin);
                    lost.retainAll(before);
                    lost.removeAll(row.roles());
                    if (!lost.isEmpty()) {
                        error(row.line(), Column.ROLES, "du kan ikke fjerne dine egne roller " + names(lost),
                                "you cannot remove your own roles " + names(lost));
                    }
                }
            }
            if (self != null && !people.containsKey(key(self.email))) {
                fileError("Din egen e-mail (" + self.email + ") er ikke i filen, så importen ville deaktivere dig.",
                        "Your own e-mail (" + self.email + ") is not in the file, so the import would deactivate "
                                + "you.");
            }
        }

        private Set<Role> currentRoles(Person person) {
            if (person == null) {
                return EnumSet.noneOf(Role.class);
            }
            AccountRef account = accounts.get(person.id);
            return account == null || !account.active() ? EnumSet.noneOf(Role.class) : account.roles();
        }

        // ---- planning ----

        private void plan() {
            for (Map.Entry<String, String> unit : fileUnits.entrySet()) {
                String parent = fileParents.get(unit.getKey());
                Unit existing = unitsByName.get(unit.getKey());
                if (existing == null) {
                    unitChanges.add(new UnitChange(unit.getValue(), parent == null ? null : displayUnit(parent), null,
                            UnitChangeKind.CREATED));
                } else {
                    String before = existing.parentId == null ? null : key(unitsById.get(existing.parentId).name);
                    if (!Objects.equals(before, parent)) {
                        unitChanges.add(new UnitChange(existing.name, parent == null ? null : displayUnit(parent),
                                before == null ? null : displayUnit(before), UnitChangeKind.MOVED));
                    }
                }
            }
            for (Row row : people.values()) {
                Person existing = peopleByEmail.get(row.emailKey());
                String unit = displayUnit(key(row.unit()));
                String manager = row.managerEmail() == null ? null : people.get(key(row.managerEmail())).email();
                if (existing == null) {
                    personChanges.add(new PersonChange(row.line(), row.email(), row.name(), null, unit, null,
                            manager, null, List.of(PersonChangeKind.CREATED)));
                    continue;
                }
                List<PersonChangeKind> changes = new ArrayList<>();
                String previousName = null;
                String previousUnit = null;
                String previousManager = null;
                if (!existing.name.equals(row.name())) {
                    changes.add(PersonChangeKind.NAME);
                    previousName = existing.name;
                }
                if (!existing.email.equals(row.email())) {
                    changes.add(PersonChangeKind.EMAIL);
                }
                if (!existing.active) {
                    changes.add(PersonChangeKind.REACTIVATED);
                }
                Unit unitBefore = existing.unitId == null ? null : unitsById.get(existing.unitId);
                if (unitBefore == null || !key(unitBefore.name).equals(key(row.unit()))) {
                    changes.add(PersonChangeKind.UNIT);
                    previousUnit = unitBefore == null ? null : unitBefore.name;
                }
                Person managerBefore = existing.managerId == null ? null : peopleById.get(existing.managerId);
                if (!Objects.equals(managerBefore == null ? null : key(managerBefore.email), key(manager))) {
                    changes.add(PersonChangeKind.MANAGER);
                    previousManager = managerBefore == null ? null : managerBefore.email;
                }
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    personChanges.add(new PersonChange(row.line(), row.email(), row.name(), previousName, unit,
                            previousUnit, manager, previousManager, List.copyOf(changes)));
                }
            }
            List<Person> missing = peopleByEmail.values().stream()
                    .filter(p -> p.active && !people.containsKey(key(p.email)))
                    .sorted(Comparator.comparing((Person p) -> p.name).thenComparing(p -> p.email))
                    .toList();
            for (Person person : missing) {
                Unit unit = person.unitId == null ? null : unitsById.get(person.unitId);
                Person manager = person.managerId == null ? null : peopleById.get(person.managerId);
                personChanges.add(new PersonChange(null, person.email, person.name, null,
                        unit == null ? null : unit.name, null, manager == null ? null : manager.email, null,
                        List.of(PersonChangeKind.DEACTIVATED)));
            }
            planAccounts(missing);
        }

        private void planAccounts(List<Person> missing) {
            for (Row row : people.values()) {
                Person existing = peopleByEmail.get(row.emailKey());
                AccountRef account = existing == null ? null : accounts.get(existing.id);
                Set<Role> roles = row.roles();
                if (account == null) {
                    if (!roles.isEmpty()) {
                        accountChanges.add(new AccountChange(row.email(), sorted(roles), List.of(),
                                AccountChangeKind.CREATED));
                    }
                } else if (roles.isEmpty()) {
                    if (account.active()) {
                        accountChanges.add(new AccountChange(row.email(), List.of(), sorted(account.roles()),
                                AccountChangeKind.DEACTIVATED));
                    }
                } else if (!account.active() || !account.roles().equals(roles)
                        || !account.email().equals(row.email())) {
                    accountChanges.add(new AccountChange(row.email(), sorted(roles),
                            account.active() ? sorted(account.roles()) : List.of(), AccountChangeKind.UPDATED));
                }
            }
            for (Person person : missing) {
                AccountRef account = accounts.get(person.id);
                if (account != null && account.active()) {
                    accountChanges.add(new AccountChange(person.email, List.of(), sorted(account.roles()),
                            AccountChangeKind.DEACTIVATED));
                }
            }
        }

        // ---- writing ----

        void write() {
            UUID o = actor.organisationId();
            Instant now = Instant.now();
            // New units first without parents, then every parent: the foreign key needs the parent to exist.
            for (Map.Entry<String, String> entry : fileUnits.entrySet()) {
                if (!unitsByName.containsKey(entry.getKey())) {
                    Unit unit = new Unit();
                    unit.id = UUID.randomUUID();
                    unit.organisationId = o;
                    unit.name = entry.getValue();
                    unit.persist();
                    unitsByName.put(entry.getKey(), unit);
                    unitsById.put(unit.id, unit);
                }
            }
            Unit.flush();
            for (String unit : fileUnits.keySet()) {
                String parent = fileParents.get(unit);
                UUID parentId = parent == null ? null : unitsByName.get(parent).id;
                Unit u = unitsByName.get(unit);
                if (!Objects.equals(u.parentId, parentId)) {
                    u.parentId = parentId;
                }
            }
            // New people first without managers, for the same reason.
            for (Row row : people.values()) {
                Person person = peopleByEmail.get(row.emailKey());
                if (person == null) {
                    person = new Person();
                    person.id = UUID.randomUUID();
                    person.organisationId = o;
                    person.name = row.name();
                    person.email = row.email();
                    person.unitId = unitsByName.get(key(row.unit())).id;
                    person.persist();
                    peopleByEmail.put(row.emailKey(), person);
                }
            }
            Person.flush();
            for (Row row : people.values()) {
                Person person = peopleByEmail.get(row.emailKey());
                UUID unitId = unitsByName.get(key(row.unit())).id;
                UUID managerId = row.managerEmail() == null ? null : peopleByEmail.get(key(row.managerEmail())).id;
                if (!person.name.equals(row.name()) || !person.email.equals(row.email()) || !person.active
                        || !Objects.equals(person.unitId, unitId) || !Objects.equals(person.managerId, managerId)) {
                    person.name = row.name();
                    person.email = row.email();
                    person.active = true;
                    person.unitId = unitId;
                    person.managerId = managerId;
                    person.updatedAt = now;
                }
            }
            for (Person person : peopleById.values()) {
                if (person.active && !people.containsKey(key(person.email))) {
                    person.active = false;
                    person.updatedAt = now;
                }
            }
            Person.flush();
            for (AccountChange change : accountChanges) {
                Person person = peopleByEmail.get(key(change.email()));
                auth.setRoles(o, person.id, person.email, change.roles());
            }
        }

        ImportResult result(String mode, boolean applied) {
            int peopleCreated = count(PersonChangeKind.CREATED);
            int updated = (int) personChanges.stream().filter(c -> c.changes().stream().anyMatch(k ->
                    k == PersonChangeKind.NAME || k == PersonChangeKind.EMAIL || k == PersonChangeKind.REACTIVATED))
                    .count();
            int moved = (int) personChanges.stream().filter(c -> !c.changes().contains(PersonChangeKind.CREATED)
                    && c.changes().stream().anyMatch(k -> k == PersonChangeKind.UNIT || k == PersonChangeKind.MANAGER))
                    .count();
            ImportSummary summary = new ImportSummary(
                    (int) unitChanges.stream().filter(u -> u.change() == UnitChangeKind.CREATED).count(),
                    (int) unitChanges.stream().filter(u -> u.change() == UnitChangeKind.MOVED).count(),
                    peopleCreated, updated, moved, count(PersonChangeKind.DEACTIVATED), unchanged,
                    accounts(AccountChangeKind.CREATED), accounts(AccountChangeKind.UPDATED),
                    accounts(AccountChangeKind.DEACTIVATED));
            return new ImportResult(mode, applied, rows.size(), summary, List.copyOf(unitChanges),
                    List.copyOf(personChanges), List.copyOf(accountChanges));
        }

        private int count(PersonChangeKind kind) {
            return (int) personChanges.stream().filter(c -> c.changes().contains(kind)).count();
        }

        private int accounts(AccountChangeKind kind) {
            return (int) accountChanges.stream().filter(c -> c.change() == kind).count();
        }

        // ---- errors ----

        private void length(int line, Column column, String value, int max) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                error(line, column, "må højst være " + max + " tegn (er " + length + ")",
                        "must be at most " + max + " characters (is " + length + ")");
            }
        }

        private void error(int line, Column column, String da, String en) {
            Integer index = columns.get(column);
            error(line, index == null ? column.ordinal() : index, column.key, da, en);
        }

        private void error(int line, int column, String what, String da, String en) {
            String field = line == 0 ? "file" : what == null ? "line " + line : "line " + line + ": " + what;
            errors.add(new ImportError(line, column, field, da, en));
        }

        private void fileError(String da, String en) {
            error(0, -1, "file", da, en);
        }

        private void throwIfErrors() {
            if (errors.isEmpty()) {
                return;
            }
            List<ImportError> sorted = errors.stream()
                    .sorted(Comparator.comparingInt(ImportError::line).thenComparingInt(ImportError::column)).toList();
            List<FieldError> list = new ArrayList<>();
            for (ImportError e : sorted.subList(0, Math.min(MAX_ERRORS, sorted.size()))) {
                list.add(new FieldError(e.field(), english ? e.en() : e.da()));
            }
            if (sorted.size() > MAX_ERRORS) {
                int more = sorted.size() - MAX_ERRORS;
                list.add(new FieldError("file", english ? more + " more errors are not shown"
                        : more + " fejl mere vises ikke"));
            }
            String detail = english
                    ? "The file was not imported: " + errors.size() + (errors.size() == 1 ? " error." : " errors.")
                    : "Filen blev ikke importeret: " + errors.size() + " fejl.";
            throw new ProblemException(ProblemType.VALIDATION, detail, list);
        }
    }

    private static boolean validEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }

    private static String names(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).sorted().toList());
    }
}
