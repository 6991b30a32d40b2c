package dk.pejling.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisation files of any size, shaped like a large municipality: one top unit, forvaltninger, områder and
 * institutions (a unit tree of depth 4); every unit has a leader who reports to the leader of the unit above; the
 * leaders of units with sub-units are also managers; about 24 employees per institution; the HR consultant who
 * imports sits in the top unit. Deterministic, so that a second call gives the same file.
 */
final class OrgFileGenerator {

    static final String HEADER = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";

    /** What a generated file holds, for the assertions of a test. */
    record Generated(String csv, int people, int units, int leaders, List<String> emails) {
    }

    private OrgFileGenerator() {
    }

    /**
     * A file of exactly {@code people} people (at least 10), the HR consultant {@code hrEmail} among them, with
     * e-mails in {@code domain}.
     */
    static Generated organisation(int people, String hrEmail, String domain) {
        int institutions = Math.max(1, ceilDiv(people, 25));
        int areas = Math.max(1, ceilDiv(institutions, 12));
        int departments = Math.max(1, ceilDiv(areas, 8));
        List<Unit> units = new ArrayList<>();
        Unit top = new Unit("Direktionen", null, "direktoer");
        units.add(top);
        for (int d = 0; d < departments; d++) {
            units.add(new Unit("Forvaltning " + (d + 1), top, "forvaltningschef" + (d + 1)));
        }
        for (int a = 0; a < areas; a++) {
            units.add(new Unit("Område " + (a + 1), units.get(1 + a % departments), "omraadeleder" + (a + 1)));
        }
        for (int i = 0; i < institutions; i++) {
            units.add(new Unit("Institution " + (i + 1) + " Ærø", units.get(1 + departments + i % areas),
                    "institutionsleder" + (i + 1)));
        }
        StringBuilder csv = new StringBuilder(people * 110).append(HEADER);
        List<String> emails = new ArrayList<>(people);
        csv.append("Direktionen;;Hanne Holm;").append(hrEmail).append(";;hr admin\n");
        emails.add(hrEmail);
        int leaves = 0;
        for (Unit unit : units) {
            boolean leaf = unit.name.startsWith("Institution");
            String email = unit.leader + "@" + domain;
            csv.append(unit.name).append(';').append(unit.parent == null ? "" : unit.parent.name).append(';')
                    .append("Leder ").append(unit.leader).append(" Sørensen;").append(email).append(';')
                    .append(unit.parent == null ? "" : unit.parent.leader + "@" + domain).append(';')
                    .append(leaf ? "leader" : "manager leader").append('\n');
            emails.add(email);
            leaves += leaf ? 1 : 0;
        }
        int employees = people - emails.size();
        if (employees < 0) {
            throw new IllegalArgumentException("too few people for the unit tree: " + people);
        }
        for (int e = 0; e < employees; e++) {
            Unit unit = units.get(units.size() - leaves + e % leaves);
            String email = "medarbejder" + (e + 1) + "@" + domain;
            csv.append(unit.name).append(";;\"Medarbejder ").append(e + 1).append(" \"\"Øje\"\" Æbelø\";")
                    .append(email).append(';').append(unit.leader).append('@').append(domain).append(";\n");
            emails.add(email);
        }
        return new Generated(csv.toString(), emails.size(), units.size(), units.size(), emails);
    }

    /** {@code length} units each the parent of the next; with {@code ring}, the first also has the last as parent. */
    static String unitChain(int length, boolean ring, String hrEmail) {
        StringBuilder csv = new StringBuilder(length * 24).append(HEADER);
        csv.append("Rådhuset;;Hanne Holm;").append(hrEmail).append(";;hr admin\n");
        csv.append("E0;").append(ring ? "E" + (length - 1) : "").append(";;;;\n");
        for (int i = 1; i < length; i++) {
            csv.append('E').append(i).append(";E").append(i - 1).append(";;;;\n");
        }
        return csv.toString();
    }

    /** {@code length} people each the leader of the next; with {@code ring}, the first is led by the last. */
    static String leaderChain(int length, boolean ring, String hrEmail) {
        StringBuilder csv = new StringBuilder(length * 40).append(HEADER);
        csv.append("Rådhuset;;Hanne Holm;").append(hrEmail).append(";;hr admin\n");
        csv.append("A;;P0;p0@x.dk;").append(ring ? "p" + (length - 1) + "@x.dk" : "").append(";\n");
        for (int i = 1; i < length; i++) {
            csv.append("A;;P").append(i).append(";p").append(i).append("@x.dk;p").append(i - 1).append("@x.dk;\n");
        }
        return csv.toString();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private record Unit(String name, Unit parent, String leader) {
    }
}
