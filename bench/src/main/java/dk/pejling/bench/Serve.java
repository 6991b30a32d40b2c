package dk.pejling.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * For profiling by hand: starts the database kept in {@code --dir} (by the generator) and Pejling on it, with
 * {@code --app-jvm} (e.g. a profiler agent), and writes what a load tool needs into the directory: the unused links
 * of the open round ({@code open-tokens.txt}), a submission ({@code body.json}) and HR's token
 * ({@code hr-token.txt}). Runs until it is stopped (Ctrl+C).
 *
 * <pre>bench/run.sh serve --dir /tmp/pejling-25k [--app-jvm "-agentpath:...=start,event=cpu,file=..."]</pre>
 */
public final class Serve {

    private Serve() {
    }

    public static void main(String[] args) throws Exception {
        Setup.Options options = new Setup.Options(args);
        Setup setup = new Setup(options);
        App app = setup.app("serve").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
                setup.close();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        Seeder seeder = new Seeder(setup.pg, new Http(app.url()), setup.jwt, setup.tokenSecret, 1);
        try (Connection c = setup.pg.connect()) {
            List<Object[]> rounds = Pg.rows(c, """
                    select r.id, r.organisation_id, (select p.id from person p join account a on a.person_id = p.id
                     join account_role ar on ar.account_id = a.id where p.organisation_id = r.organisation_id
                     and ar.role = 'hr' limit 1)
                    from round r where r.status = 'OPEN' order by r.created_at desc limit 1""");
            if (!rounds.isEmpty()) {
                UUID round = (UUID) rounds.get(0)[0];
                java.util.Set<String> unusedHashes = new java.util.HashSet<>();
                for (Object[] row : Pg.rows(c, "select encode(token_hash, 'hex') from ticket where round_id = ? and not used",
                        round)) {
                    unusedHashes.add((String) row[0]);
                }
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                List<String> unused = new ArrayList<>();
                for (Seeder.Invitee invitee : seeder.invitees(round)) {
                    if (unusedHashes.contains(java.util.HexFormat.of().formatHex(
                            sha.digest(invitee.token().getBytes(java.nio.charset.StandardCharsets.UTF_8))))) {
                        unused.add(invitee.token());
                    }
                }
                Collections.shuffle(unused, new Random(1));
                Files.write(setup.dir.resolve("open-tokens.txt"), unused);
                Files.writeString(setup.dir.resolve("body.json"), new Ballots(5, seeder.form(unused.get(0))).withStory());
                Files.writeString(setup.dir.resolve("hr-token.txt"), setup.jwt.sign((UUID) rounds.get(0)[2],
                        (UUID) rounds.get(0)[1], 0, List.of("hr", "admin")));
                Log.info("%d unused links of round %s in %s", unused.size(), round, setup.dir.resolve("open-tokens.txt"));
            }
        }
        System.out.println("Pejling on " + app.url() + " (pid " + app.pid() + "); stop with Ctrl+C");
        Thread.currentThread().join();
    }
}
