package dk.pejling.org;

import dk.pejling.common.Role;
import dk.pejling.org.LoginAccounts.AccountRef;
import dk.pejling.org.OrgImportApi.AccountChange;
import dk.pejling.org.OrgImportApi.AccountChangeKind;
import dk.pejling.org.OrgImportApi.ImportResult;
import dk.pejling.org.OrgImportApi.ImportSummary;
import dk.pejling.org.OrgImportApi.PersonChange;
import dk.pejling.org.OrgImportApi.PersonChangeKind;
import dk.pejling.org.OrgImportApi.UnitChange;
import dk.pejling.org.OrgImportApi.UnitChangeKind;
import dk.pejling.org.OrgSnapshot.SnapshotPerson;
import dk.pejling.org.OrgSnapshot.SnapshotUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fourth step of the import: what a checked file changes in the organisation — units created or moved, people
 * created, updated, moved or deactivated, logins created, changed or deactivated — computed without the database.
 * The preview shows it; the apply writes it with {@link ImportWriter}.
 */
final class ImportPlan {

    final FileOrganisation file;
    final OrgSnapshot organisation;
    final ImportKeys keys;
    final List<UnitChange> unitChanges = new ArrayList<>();
    final List<PersonChange> personChanges = new ArrayList<>();
    final List<AccountChange> accountChanges = new ArrayList<>();
    /** The e-mail key of the person of each account change, in the same order. */
    final List<String> accountKeys = new ArrayList<>();
    /** The organisation's active people who are not in the file, by name. */
    final List<SnapshotPerson> missing;
    private final int rows;
    private int unchanged;

    private ImportPlan(FileOrganisation file, OrgSnapshot organisation, ImportKeys keys, int rows) {
        this.file = file;
        this.organisation = organisation;
        this.keys = keys;
        this.rows = rows;
        this.missing = organisation.people().stream()
                .filter(p -> p.active() && !file.people.containsKey(p.key()))
                .sorted(Comparator.comparing(SnapshotPerson::name).thenComparing(SnapshotPerson::email))
                .toList();
    }

    /** The changes that a checked file (no errors) makes to the organisation; {@code rows} counts its data rows. */
    static ImportPlan of(FileOrganisation file, OrgSnapshot organisation, ImportKeys keys, int rows) {
        ImportPlan plan = new ImportPlan(file, organisation, keys, rows);
        plan.planUnits();
        plan.planPeople();
        plan.planAccounts();
        return plan;
    }

    private void planUnits() {
        for (var unit : file.units.entrySet()) {
            String parent = file.parents.get(unit.getKey());
            SnapshotUnit existing = organisation.unit(unit.getKey());
            if (existing == null) {
                unitChanges.add(new UnitChange(unit.getValue(), parent == null ? null : file.displayUnit(parent),
                        null, UnitChangeKind.CREATED));
            } else {
                String before = organisation.parentKey(unit.getKey());
                if (!Objects.equals(before, parent)) {
                    unitChanges.add(new UnitChange(existing.name(), parent == null ? null : file.displayUnit(parent),
                            before == null ? null : file.displayUnit(before), UnitChangeKind.MOVED));
                }
            }
        }
    }

    private void planPeople() {
        for (ImportRow row : file.people.values()) {
            SnapshotPerson existing = organisation.person(keys.of(row.email()));
            String unit = file.displayUnit(keys.of(row.unit()));
            String manager = row.managerEmail() == null ? null : file.people.get(keys.of(row.managerEmail())).email();
            if (existing == null) {
                personChanges.add(new PersonChange(row.line(), row.email(), row.name(), null, unit, null, manager,
                        null, List.of(PersonChangeKind.CREATED)));
                continue;
            }
            List<PersonChangeKind> changes = new ArrayList<>();
            String previousName = null;
            String previousUnit = null;
            String previousManager = null;
            if (!existing.name().equals(row.name())) {
                changes.add(PersonChangeKind.NAME);
                previousName = existing.name();
            }
            if (!existing.email().equals(row.email())) {
                changes.add(PersonChangeKind.EMAIL);
            }
            if (!existing.active()) {
                changes.add(PersonChangeKind.REACTIVATED);
            }
            SnapshotUnit unitBefore = organisation.unit(existing.unitId());
            if (unitBefore == null || !unitBefore.key().equals(keys.of(row.unit()))) {
                changes.add(PersonChangeKind.UNIT);
                previousUnit = unitBefore == null ? null : unitBefore.name();
            }
            SnapshotPerson managerBefore = organisation.person(existing.managerId());
            if (!Objects.equals(managerBefore == null ? null : managerBefore.key(), keys.of(manager))) {
                changes.add(PersonChangeKind.MANAGER);
                previousManager = managerBefore == null ? null : managerBefore.email();
            }
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                personChanges.add(new PersonChange(row.line(), row.email(), row.name(), previousName, unit,
                        previousUnit, manager, previousManager, List.copyOf(changes)));
            }
        }
        for (SnapshotPerson person : missing) {
            SnapshotUnit unit = organisation.unit(person.unitId());
            SnapshotPerson manager = organisation.person(person.managerId());
            personChanges.add(new PersonChange(null, person.email(), person.name(), null,
                    unit == null ? null : unit.name(), null, manager == null ? null : manager.email(), null,
                    List.of(PersonChangeKind.DEACTIVATED)));
        }
    }

    private void planAccounts() {
        for (ImportRow row : file.people.values()) {
            SnapshotPerson existing = organisation.person(keys.of(row.email()));
            AccountRef account = existing == null ? null : organisation.account(existing.id());
            Set<Role> roles = row.roles();
            if (account == null) {
                if (!roles.isEmpty()) {
                    account(row, new AccountChange(row.email(), sorted(roles), List.of(), AccountChangeKind.CREATED));
                }
            } else if (roles.isEmpty()) {
                if (account.active()) {
                    account(row, new AccountChange(row.email(), List.of(), sorted(account.roles()),
                            AccountChangeKind.DEACTIVATED));
                }
            } else if (!account.active() || !account.roles().equals(roles) || !account.email().equals(row.email())) {
                account(row, new AccountChange(row.email(), sorted(roles),
                        account.active() ? sorted(account.roles()) : List.of(), AccountChangeKind.UPDATED));
            }
        }
        for (SnapshotPerson person : missing) {
            AccountRef account = organisation.account(person.id());
            if (account != null && account.active()) {
                accountChanges.add(new AccountChange(person.email(), List.of(), sorted(account.roles()),
                        AccountChangeKind.DEACTIVATED));
                accountKeys.add(person.key());
            }
        }
    }

    private void account(ImportRow row, AccountChange change) {
        accountChanges.add(change);
        accountKeys.add(keys.of(row.email()));
    }

    /** The plan as the API shows it. */
    ImportResult result(String mode, boolean applied) {
        int updated = (int) personChanges.stream().filter(c -> c.changes().stream().anyMatch(
                k -> k == PersonChangeKind.NAME || k == PersonChangeKind.EMAIL || k == PersonChangeKind.REACTIVATED))
                .count();
        int moved = (int) personChanges.stream().filter(c -> !c.changes().contains(PersonChangeKind.CREATED)
                && c.changes().stream().anyMatch(k -> k == PersonChangeKind.UNIT || k == PersonChangeKind.MANAGER))
                .count();
        ImportSummary summary = new ImportSummary(
                (int) unitChanges.stream().filter(u -> u.change() == UnitChangeKind.CREATED).count(),
                (int) unitChanges.stream().filter(u -> u.change() == UnitChangeKind.MOVED).count(),
                count(PersonChangeKind.CREATED), updated, moved, count(PersonChangeKind.DEACTIVATED), unchanged,
                count(AccountChangeKind.CREATED), count(AccountChangeKind.UPDATED),
                count(AccountChangeKind.DEACTIVATED));
        return new ImportResult(mode, applied, rows, summary, List.copyOf(unitChanges), List.copyOf(personChanges),
                List.copyOf(accountChanges));
    }

    private int count(PersonChangeKind kind) {
        return (int) personChanges.stream().filter(c -> c.changes().contains(kind)).count();
    }

    private int count(AccountChangeKind kind) {
        return (int) accountChanges.stream().filter(c -> c.change() == kind).count();
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
