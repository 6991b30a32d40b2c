package dk.pejling.org;

import dk.pejling.common.AuditLog;
import dk.pejling.org.LoginAccounts.AccountRef;
import dk.pejling.org.OrgSnapshot.SnapshotPerson;
import dk.pejling.org.OrgSnapshot.SnapshotUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organisation as it is, as the file to import: the same columns, one row per active person, a row for each unit
 * without people, units in tree order. Importing it unchanged changes nothing, so HR can start from it. Written as
 * spreadsheets read it (UTF-8 with BOM, {@code ;}, CRLF) and formula-safe: a cell that a spreadsheet would take for a
 * formula gets an apostrophe in front, which the import drops again.
 */
@ApplicationScoped
public class OrgExport {

    private static final char DELIMITER = ';';

    private final LoginAccounts logins;
    private final AuditLog audit;

    OrgExport(LoginAccounts logins, AuditLog audit) {
        this.logins = logins;
        this.audit = audit;
    }

    /** The file, with Danish or English headers and role words; recorded in the audit log. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] csv(UUID organisationId, UUID actorId, boolean english) {
        OrgSnapshot organisation = OrgSnapshot.read(organisationId, logins);
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            header.add(column.header(english));
        }
        line(csv, header);
        Map<UUID, List<SnapshotPerson>> peopleByUnit = organisation.people().stream().filter(SnapshotPerson::active)
                .collect(Collectors.groupingBy(p -> p.unitId() == null ? NO_UNIT : p.unitId()));
        int people = 0;
        for (SnapshotUnit unit : treeOrder(organisation)) {
            SnapshotUnit parent = organisation.unit(unit.parentId());
            String parentName = parent == null ? "" : parent.name();
            List<SnapshotPerson> members = peopleByUnit.getOrDefault(unit.id(), List.of());
            if (members.isEmpty()) {
                line(csv, List.of(unit.name(), parentName, "", "", "", ""));
            }
            for (SnapshotPerson person : sorted(members)) {
                line(csv, row(organisation, unit.name(), parentName, person, english));
                people++;
            }
        }
        for (SnapshotPerson person : sorted(peopleByUnit.getOrDefault(NO_UNIT, List.of()))) {
            line(csv, row(organisation, "", "", person, english));
            people++;
        }
        audit.record(organisationId, actorId, "org.export", "organisation", organisationId.toString(),
                "people=" + people);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final UUID NO_UNIT = new UUID(0, 0);

    private static List<String> row(OrgSnapshot organisation, String unit, String parent, SnapshotPerson person,
            boolean english) {
        SnapshotPerson manager = organisation.person(person.managerId());
        AccountRef account = organisation.account(person.id());
        List<String> roles = new ArrayList<>();
        if (account != null && account.active()) {
            account.roles().stream().sorted()
                    .forEach(r -> roles.add(english ? r.name() : ImportParser.danish(r)));
        }
        return List.of(unit, parent, person.name(), person.email(), manager == null ? "" : manager.email(),
                String.join(" ", roles));
    }

    /** A unit's people: its leader (who reports to someone outside the unit) first, then by name. */
    private static List<SnapshotPerson> sorted(List<SnapshotPerson> people) {
        Set<UUID> here = new HashSet<>();
        people.forEach(p -> here.add(p.id()));
        return people.stream().sorted(Comparator.comparing((SnapshotPerson p) -> here.contains(p.managerId()))
                .thenComparing(SnapshotPerson::name).thenComparing(SnapshotPerson::email)).toList();
    }

    /** Parents before children, siblings by name; depth first, without recursion. */
    private static List<SnapshotUnit> treeOrder(OrgSnapshot organisation) {
        Comparator<SnapshotUnit> byName = Comparator.comparing(SnapshotUnit::key).thenComparing(SnapshotUnit::name);
        Map<UUID, List<SnapshotUnit>> children = new HashMap<>();
        List<SnapshotUnit> roots = new ArrayList<>();
        for (SnapshotUnit unit : organisation.units()) {
            if (unit.parentId() == null || organisation.unit(unit.parentId()) == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
            }
        }
        List<SnapshotUnit> order = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Deque<SnapshotUnit> stack = new ArrayDeque<>();
        roots.stream().sorted(byName.reversed()).forEach(stack::push);
        while (!stack.isEmpty()) {
            SnapshotUnit unit = stack.pop();
            if (seen.add(unit.id())) {
                order.add(unit);
                children.getOrDefault(unit.id(), List.of()).stream().sorted(byName.reversed()).forEach(stack::push);
            }
        }
        // Units on a cycle, which the import never makes, are still listed rather than lost.
        organisation.units().stream().filter(u -> !seen.contains(u.id())).sorted(byName).forEach(order::add);
        return order;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(DELIMITER);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A cell as a spreadsheet should read it: text, never a formula (an apostrophe before {@code = + - @}, also
     * before apostrophes that precede them, which the import drops again), quoted when it holds the delimiter, a
     * quote or a line break.
     */
    static String cell(String value) {
        String text = value;
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i < text.length() && ImportParser.FORMULA_STARTS.indexOf(text.charAt(i)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(DELIMITER) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
