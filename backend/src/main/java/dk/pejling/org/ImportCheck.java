package dk.pejling.org;

import dk.pejling.common.Role;
import dk.pejling.org.OrgImportService.Actor;
import dk.pejling.org.OrgSnapshot.SnapshotPerson;
import dk.pejling.org.OrgSnapshot.SnapshotUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The third step of the import: the rows checked together and against the organisation, without writing anything.
 * Builds the organisation as the file has it from the rows that are right, and adds an error for everything that
 * is not: required cells, lengths, e-mails, units and their parents, leaders, and what the caller may do with roles.
 */
final class ImportCheck {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    /** Levels of the unit tree: a kommune or region has fewer than ten; this leaves room and bounds the walks. */
    static final int MAX_DEPTH = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"';,<>]+@[^@\\s\"';,<>]+\\.[^@\\s\"';,<>]+$");

    private final Actor actor;
    private final OrgSnapshot organisation;
    private final ImportKeys keys;
    private final ImportErrors errors;
    private final FileOrganisation file;

    private ImportCheck(Actor actor, OrgSnapshot organisation, ImportKeys keys, ImportErrors errors) {
        this.actor = actor;
        this.organisation = organisation;
        this.keys = keys;
        this.errors = errors;
        this.file = new FileOrganisation(organisation);
    }

    /**
     * Checks the rows, adding to {@code errors}; returns the organisation as the file has it (complete only when no
     * error was added). {@code loginsElsewhere} answers which of the e-mails it is given are a login in another
     * organisation.
     */
    static FileOrganisation check(Actor actor, List<ImportRow> rows, OrgSnapshot organisation, ImportKeys keys,
            ImportErrors errors, Function<List<String>, Set<String>> loginsElsewhere) {
        ImportCheck check = new ImportCheck(actor, organisation, keys, errors);
        Map<String, Integer> emailLines = new HashMap<>();
        for (ImportRow row : rows) {
            check.checkRow(row, emailLines);
        }
        check.checkUnitTree();
        check.checkManagers();
        check.checkAccounts(loginsElsewhere);
        return check.file;
    }

    /**
     * The roles the caller holds now: those of the token that the caller's login still has, read with the
     * organisation; none when the caller is no longer an active person with an active login. The import trusts these,
     * not the token, which may be hours old.
     */
    static Set<Role> callerRoles(Actor actor, OrgSnapshot organisation) {
        SnapshotPerson self = organisation.person(actor.personId());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (self != null && self.active()) {
            roles.addAll(organisation.roles(self));
            roles.retainAll(actor.roles());
        }
        return roles;
    }

    /** Whether the caller may import at all: HR or an administrator, now. */
    static boolean mayImport(Actor actor, OrgSnapshot organisation) {
        Set<Role> roles = callerRoles(actor, organisation);
        return roles.contains(Role.hr) || roles.contains(Role.admin);
    }

    static boolean validEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    private void checkRow(ImportRow row, Map<String, Integer> emailLines) {
        int line = row.line();
        if (row.unit() == null) {
            errors.cell(line, ImportColumn.UNIT, ImportMessage.REQUIRED);
        } else {
            length(line, ImportColumn.UNIT, row.unit(), MAX_NAME);
            String unit = keys.of(row.unit());
            file.units.putIfAbsent(unit, row.unit());
            if (row.parentUnit() != null) {
                length(line, ImportColumn.PARENT_UNIT, row.parentUnit(), MAX_NAME);
                String parent = keys.of(row.parentUnit());
                file.parentSpellings.putIfAbsent(parent, row.parentUnit());
                if (parent.equals(unit)) {
                    errors.cell(line, ImportColumn.PARENT_UNIT, ImportMessage.OWN_PARENT);
                } else if (file.parents.containsKey(unit) && !parent.equals(file.parents.get(unit))) {
                    errors.cell(line, ImportColumn.PARENT_UNIT, ImportMessage.OTHER_PARENT,
                            file.parentLines.get(unit), ImportMessage.quote(row.unit()));
                } else if (!file.parents.containsKey(unit)) {
                    file.parents.put(unit, parent);
                    file.parentLines.put(unit, line);
                }
            }
        }
        if (row.unitOnly()) {
            return;
        }
        if (row.name() == null) {
            errors.cell(line, ImportColumn.NAME, ImportMessage.REQUIRED);
        } else {
            length(line, ImportColumn.NAME, row.name(), MAX_NAME);
        }
        String email = keys.of(row.email());
        if (row.email() == null) {
            errors.cell(line, ImportColumn.EMAIL, ImportMessage.REQUIRED);
        } else if (!validEmail(row.email())) {
            errors.cell(line, ImportColumn.EMAIL, ImportMessage.INVALID_EMAIL,
                    ImportMessage.quote(row.email()));
        } else {
            Integer first = emailLines.putIfAbsent(email, line);
            if (first != null) {
                errors.cell(line, ImportColumn.EMAIL, ImportMessage.DUPLICATE_EMAIL,
                        ImportMessage.quote(row.email()), first);
            } else {
                file.people.put(email, row);
            }
        }
        if (row.managerEmail() != null) {
            if (!validEmail(row.managerEmail())) {
                errors.cell(line, ImportColumn.MANAGER_EMAIL, ImportMessage.INVALID_EMAIL,
                        ImportMessage.quote(row.managerEmail()));
            } else if (keys.of(row.managerEmail()).equals(email)) {
                errors.cell(line, ImportColumn.MANAGER_EMAIL, ImportMessage.OWN_MANAGER);
            }
        }
    }

    private void checkUnitTree() {
        for (Map.Entry<String, String> entry : file.parents.entrySet()) {
            String parent = entry.getValue();
            if (!file.units.containsKey(parent) && !organisation.hasUnit(parent)) {
                errors.cell(file.parentLines.get(entry.getKey()), ImportColumn.PARENT_UNIT,
                        ImportMessage.UNKNOWN_PARENT, ImportMessage.quote(file.displayUnit(parent)));
            }
        }
        Set<String> onCycles = new HashSet<>();
        for (List<String> cycle : cycles(file.units.keySet(), file::finalParent)) {
            onCycles.addAll(cycle);
            int line = cycle.stream().filter(file.parentLines::containsKey).mapToInt(file.parentLines::get)
                    .min().orElse(0);
            errors.cell(line, ImportColumn.PARENT_UNIT, ImportMessage.UNIT_CYCLE,
                    ImportMessage.chain(cycle.stream().map(file::displayUnit).toList()));
        }
        checkDepth(onCycles);
    }

    /**
     * Every unit at most {@link #MAX_DEPTH} levels down, after the import: the unit tree is walked by the reports
     * and the SPA, and a deeper tree (a chain of thousands of units, say) would make each of them slow.
     */
    private void checkDepth(Set<String> onCycles) {
        Map<String, Integer> depths = new HashMap<>();
        List<String> units = new ArrayList<>(file.units.keySet());
        organisation.units().stream().map(SnapshotUnit::key).filter(u -> !file.units.containsKey(u))
                .forEach(units::add);
        for (String unit : units) {
            // Up to the first unit whose depth is known, then down again.
            List<String> path = new ArrayList<>();
            String current = unit;
            while (current != null && !depths.containsKey(current) && !onCycles.contains(current)) {
                path.add(current);
                current = file.finalParent(current);
            }
            if (current != null && onCycles.contains(current)) {
                continue;
            }
            int depth = current == null ? 0 : depths.get(current);
            for (int i = path.size() - 1; i >= 0; i--) {
                depths.put(path.get(i), ++depth);
                if (depth == MAX_DEPTH + 1) {
                    tooDeep(path.get(i));
                }
            }
        }
    }

    /** "»N21« would be on level 21 …: »Rådhuset« → … → »N20« → »N21«", at the line that gives it its parent. */
    private void tooDeep(String unit) {
        String parent = file.finalParent(unit);
        String top = parent;
        for (String u = parent; u != null; u = file.finalParent(u)) {
            top = u;
        }
        String path = ImportMessage.quote(file.displayUnit(top)) + " → … → "
                + ImportMessage.quote(file.displayUnit(parent)) + " → " + ImportMessage.quote(file.displayUnit(unit));
        Object[] args = {ImportMessage.quote(file.displayUnit(unit)), MAX_DEPTH + 1, MAX_DEPTH, path};
        Integer line = file.parentLines.get(unit);
        if (line != null) {
            errors.cell(line, ImportColumn.PARENT_UNIT, ImportMessage.UNIT_TOO_DEEP, args);
        } else {
            errors.file(ImportMessage.UNIT_TOO_DEEP, args);
        }
    }

    private void checkManagers() {
        Map<String, ImportRow> people = file.people;
        for (ImportRow row : people.values()) {
            String manager = keys.of(row.managerEmail());
            if (manager != null && validEmail(row.managerEmail()) && !manager.equals(keys.of(row.email()))
                    && !people.containsKey(manager)) {
                SnapshotPerson existing = organisation.person(manager);
                errors.cell(row.line(), ImportColumn.MANAGER_EMAIL, existing != null && existing.active()
                        ? ImportMessage.MANAGER_DEACTIVATED : ImportMessage.MANAGER_NOT_IN_FILE,
                        ImportMessage.quote(row.managerEmail()));
            }
        }
        for (List<String> cycle : cycles(people.keySet(), person -> {
            String manager = keys.of(people.get(person).managerEmail());
            return person.equals(manager) || !people.containsKey(manager) ? null : manager;
        })) {
            int line = cycle.stream().mapToInt(e -> people.get(e).line()).min().orElse(0);
            errors.cell(line, ImportColumn.MANAGER_EMAIL, ImportMessage.MANAGER_CYCLE,
                    ImportMessage.chain(cycle.stream().map(e -> people.get(e).email()).toList()));
        }
    }

    /**
     * The cycles of a graph in which every node has at most one successor ({@code next}; null for none), each once,
     * as its nodes from the one that comes first in {@code order}. Linear in the nodes: every node is walked once.
     */
    static List<List<String>> cycles(Collection<String> order, UnaryOperator<String> next) {
        // The walk on which each node was first reached: a walk that meets an earlier walk ends there.
        Map<String, Integer> walkOf = new HashMap<>();
        Map<String, Integer> rank = null;
        List<List<String>> cycles = new ArrayList<>();
        int walk = 0;
        for (String start : order) {
            if (walkOf.containsKey(start)) {
                continue;
            }
            walk++;
            List<String> path = new ArrayList<>();
            String current = start;
            while (current != null && !walkOf.containsKey(current)) {
                walkOf.put(current, walk);
                path.add(current);
                current = next.apply(current);
            }
            if (current != null && walkOf.get(current) == walk) {
                List<String> cycle = path.subList(path.lastIndexOf(current), path.size());
                if (rank == null) {
                    rank = new HashMap<>();
                    for (String node : order) {
                        rank.putIfAbsent(node, rank.size());
                    }
                }
                int first = 0;
                for (int i = 1; i < cycle.size(); i++) {
                    if (rank.getOrDefault(cycle.get(i), Integer.MAX_VALUE) < rank.getOrDefault(cycle.get(first),
                            Integer.MAX_VALUE)) {
                        first = i;
                    }
                }
                List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
                rotated.addAll(cycle.subList(0, first));
                cycles.add(rotated);
            }
        }
        return cycles;
    }

    private void checkAccounts(Function<List<String>, Set<String>> loginsElsewhere) {
        List<String> withRoles = file.people.values().stream().filter(r -> !r.roles().isEmpty())
                .map(ImportRow::email).toList();
        Set<String> elsewhere = withRoles.isEmpty() ? Set.of() : loginsElsewhere.apply(withRoles);
        boolean admin = callerRoles(actor, organisation).contains(Role.admin);
        SnapshotPerson self = organisation.person(actor.personId());
        for (ImportRow row : file.people.values()) {
            if (elsewhere.contains(row.email())) {
                errors.cell(row.line(), ImportColumn.ROLES, ImportMessage.LOGIN_ELSEWHERE,
                        ImportMessage.quote(row.email()));
            }
            SnapshotPerson existing = organisation.person(keys.of(row.email()));
            Set<Role> before = organisation.roles(existing);
            if (!admin && before.contains(Role.admin) != row.roles().contains(Role.admin)) {
                errors.cell(row.line(), ImportColumn.ROLES, ImportMessage.ADMIN_ONLY);
            }
            if (self != null && self.equals(existing)) {
                Set<Role> lost = EnumSet.of(Role.hr, Role.admin);
                lost.retainAll(before);
                lost.removeAll(row.roles());
                if (!lost.isEmpty()) {
                    errors.cell(row.line(), ImportColumn.ROLES, ImportMessage.OWN_ROLES, names(lost));
                }
            }
        }
        if (self != null && !file.people.containsKey(self.key())) {
            errors.file(ImportMessage.SELF_MISSING, self.email());
        }
    }

    private void length(int line, ImportColumn column, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.cell(line, column, ImportMessage.TOO_LONG, max, length);
        }
    }

    static String names(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).sorted().toList());
    }
}
