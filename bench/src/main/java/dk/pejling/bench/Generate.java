package dk.pejling.bench;

import java.util.Map;

/**
 * The data generator: one organisation of {@code --size} people (default 25,000; about 6 % of them leaders, in a unit
 * tree of depth 4) with a closed round answered by {@code --response} of the invitees (default 0.8) and an open round
 * nobody has answered yet, all through the application (see {@link Seeder}). Keeps the database in {@code --dir}
 * and prints how to start Pejling on it.
 *
 * <pre>bench/run.sh generate --dir /tmp/pejling-25k [--size 25000] [--response 0.8] [--seed 1]</pre>
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        Setup.Options options = new Setup.Options(args);
        if (options.get("dir", null) == null) {
            throw new IllegalArgumentException("--dir DIR: where to keep the generated database");
        }
        int size = options.integer("size", 25_000);
        try (Setup setup = new Setup(options); App app = setup.app("generate").start()) {
            Seeder seeder = new Seeder(setup.pg, new Http(app.url()), setup.jwt, setup.tokenSecret, 16);
            long start = System.nanoTime();
            Seeder.Org org = seeder.generate(options.get("name", "Bench Kommune"), options.get("slug", "bench"), size,
                    options.integer("seed", 1), options.number("response", 0.8));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Generated %s in %.0f s%n", org.name(), seconds);
            for (Map.Entry<String, Long> count : org.counts().entrySet()) {
                System.out.printf("  %-22s %,d%n", count.getKey(), count.getValue());
            }
            for (Map.Entry<String, Double> timing : org.timings().entrySet()) {
                System.out.printf("  %-22s %.1f%n", timing.getKey(), timing.getValue());
            }
            System.out.printf("  database size          %,d MB%n", setup.pg.databaseBytes() >> 20);
            System.out.printf("%nOrganisation %s, HR person %s; closed round %s, open round %s%n", org.id(),
                    org.hrPerson(), org.closedRound(), org.openRound());
            System.out.printf("The database stays in %s/db; the survey secret (for the open round's links) in "
                    + "%s/survey-token-secret, the token keys in %s/keys.%n", setup.dir, setup.dir, setup.dir);
        }
    }
}
