package dk.pejling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An organisation shaped like a Danish municipality, as the CSV file HR imports (README, "Importér organisationen"):
 * a unit tree of depth 4 — the direktion, forvaltninger, områder and institutions — with a leader per unit reporting
 * to the leader above, staff functions in the upper units, and institution teams of realistic, uneven sizes (a few
 * below the anonymity threshold, most 8–30, some up to 70). The HR consultant who imports sits in the direktion.
 */
final class OrgCsv {

    record Result(String csv, int people, int leaders, int units, String hrEmail) {
    }

    private static final String[] FIRST = {"Anne", "Bente", "Camilla", "Dorthe", "Emma", "Freja", "Gitte", "Hanne",
        "Ida", "Julie", "Karen", "Lene", "Mette", "Nanna", "Pia", "Rikke", "Sofie", "Tina", "Ulla", "Vibeke", "Anders",
        "Bo", "Christian", "David", "Erik", "Frederik", "Henrik", "Jens", "Kasper", "Lars", "Martin", "Niels", "Ole",
        "Peter", "Rasmus", "Søren", "Thomas", "Ulrik", "Jørgen", "Åse", "Zeynep", "Mohammed", "Ayşe", "Fatima"};
    private static final String[] LAST = {"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
        "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Holm", "Kjær", "Lund", "Bach", "Dahl", "Østergaard"};
    private static final String[][] FORVALTNINGER = {
        {"Børne- og Ungeforvaltningen", "Dagtilbud", "Børnehuset"},
        {"Skoleforvaltningen", "Skoleområde", "Skole"},
        {"Sundheds- og Omsorgsforvaltningen", "Ældreområde", "Plejecenter"},
        {"Socialforvaltningen", "Socialområde", "Bosted"},
        {"Teknik- og Miljøforvaltningen", "Driftsområde", "Driftsenhed"},
        {"Beskæftigelsesforvaltningen", "Jobcenterområde", "Jobcenterteam"},
        {"Kultur- og Fritidsforvaltningen", "Kulturområde", "Kulturhus"},
        {"Økonomi- og Personaleforvaltningen", "Stabsområde", "Team"}};
    private static final String[] PLACES = {"Nord", "Syd", "Øst", "Vest", "Midt", "Centrum", "Havnen", "Skoven",
        "Engen", "Bakken", "Søndermarken", "Vestergade", "Solgården", "Lindehøj", "Egebakken", "Rosenhaven",
        "Kildevang", "Bøgely", "Strandparken", "Åbyen"};

    private final Random random;
    private final String domain;
    private final StringBuilder csv = new StringBuilder("enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n");
    private int people;
    private int leaders;
    private int units;

    private OrgCsv(long seed, String domain) {
        this.random = new Random(seed);
        this.domain = domain;
    }

    /**
     * About {@code size} people of whom about {@code size * 6 %} lead (1,500 of 25,000), with HR ({@code hrName},
     * {@code hrEmail}) in the direktion.
     */
    static Result generate(int size, long seed, String domain, String hrName, String hrEmail) {
        return new OrgCsv(seed, domain).build(size, hrName, hrEmail);
    }

    private Result build(int size, String hrName, String hrEmail) {
        int leaderTarget = Math.max(4, Math.round(size * 0.06f));
        int forvaltninger = Math.max(1, Math.min(FORVALTNINGER.length, leaderTarget / 40 + 1));
        int omraader = Math.max(forvaltninger, Math.min(leaderTarget / 12, forvaltninger * 12));
        int institutions = Math.max(1, leaderTarget - 1 - forvaltninger - omraader);
        // Staff functions above the institutions: a few people per unit.
        int upperStaff = 6 + forvaltninger * 8 + omraader * 3;
        int teamStaff = Math.max(institutions * 2, size - leaderTarget - upperStaff - 1);
        int[] teams = teamSizes(institutions, teamStaff);

        String top = "Direktionen";
        String director = person(top, "", null, "manager leader");
        row(top, "", hrName, hrEmail, director, "hr admin");
        people++;
        for (int i = 0; i < 6; i++) {
            person(top, "", director, "");
        }
        int institution = 0;
        int omraade = 0;
        for (int f = 0; f < forvaltninger; f++) {
            String[] kind = FORVALTNINGER[f];
            String fUnit = kind[0];
            String fLeader = person(fUnit, top, director, "manager leader");
            for (int i = 0; i < 8; i++) {
                person(fUnit, top, fLeader, "");
            }
            int myOmraader = omraader / forvaltninger + (f < omraader % forvaltninger ? 1 : 0);
            for (int o = 0; o < myOmraader; o++) {
                String oUnit = kind[1] + " " + PLACES[o % PLACES.length] + (o >= PLACES.length ? " " + (o / PLACES.length + 1) : "");
                String oLeader = person(oUnit, fUnit, fLeader, "manager leader");
                for (int i = 0; i < 3; i++) {
                    person(oUnit, fUnit, oLeader, "");
                }
                int mine = institutions / omraader + (omraade++ < institutions % omraader ? 1 : 0);
                for (int n = 0; n < mine && institution < institutions; n++, institution++) {
                    String iUnit = kind[2] + " " + PLACES[random.nextInt(PLACES.length)] + " " + (institution + 1);
                    String iLeader = person(iUnit, oUnit, oLeader, "leader");
                    for (int i = 0; i < teams[institution]; i++) {
                        person(iUnit, oUnit, iLeader, "");
                    }
                }
            }
        }
        return new Result(csv.toString(), people, leaders, units, hrEmail);
    }

    /** Uneven teams: log-normal around the mean, from 2 to 70 people, adding up to {@code total}. */
    private int[] teamSizes(int count, int total) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 0.55);
            sum += weights[i];
        }
        int[] sizes = new int[count];
        int given = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = (int) Math.max(2, Math.min(70, Math.round(weights[i] / sum * total)));
            given += sizes[i];
        }
        for (int i = 0; given != total && i < count * 100; i++) {
            int j = random.nextInt(count);
            if (given < total && sizes[j] < 70) {
                sizes[j]++;
                given++;
            } else if (given > total && sizes[j] > 2) {
                sizes[j]--;
                given--;
            }
        }
        return sizes;
    }

    private final java.util.Set<String> seenUnits = new java.util.HashSet<>();

    /** A new person; returns their e-mail. */
    private String person(String unit, String parent, String managerEmail, String roles) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String email = ascii(first) + "." + ascii(last) + "." + (people + 1) + "@" + domain;
        row(unit, parent, first + " " + last, email, managerEmail, roles);
        people++;
        if (roles.contains("leader")) {
            leaders++;
        }
        return email;
    }

    private void row(String unit, String parent, String name, String email, String managerEmail, String roles) {
        if (seenUnits.add(unit.toLowerCase())) {
            units++;
        }
        csv.append(unit).append(';').append(parent).append(';').append(name).append(';').append(email).append(';')
                .append(managerEmail == null ? "" : managerEmail).append(';').append(roles).append('\n');
    }

    private static String ascii(String name) {
        return name.toLowerCase().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ş", "s")
                .replace("ç", "c");
    }

    static List<String> lines(String csv) {
        return new ArrayList<>(List.of(csv.split("\n")));
    }
}
