package dk.pejling.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.rounds.SurveyTokens;
import dk.pejling.testing.Counted;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The survey's promise against someone who reads the database — its tables, the system columns xmin and ctid, and
 * the write-ahead log through pg_walinspect — without the server's secret. No answer, story or draft may be tied to
 * the person it came from: the tickets that links open are written apart from the named invitations and in an order
 * of their own, a submission touches only a ticket and the sealed box, and ballots reach the tables only in batches
 * of at least k per leader, written by the mixer's own transactions.
 */
@QuarkusTest
class DatabaseReaderTest {

    private static final int EMPLOYEES = 14;
    private static final String STORY = "Historien om mødet, hvor min leder lyttede";

    @Inject
    TestOrganisation organisations;

    @Inject
    EntityManager em;

    @Inject
    BallotMixer mixer;

    @Inject
    Results results;

    @Inject
    SurveyTokens tokens;

    @Test
    void nothingInTheTablesTheSystemColumnsOrTheWalTiesAnAnswerToAPerson() {
        String walStart = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("create extension if not exists pg_walinspect").executeUpdate();
            return em.createNativeQuery("select pg_current_wal_lsn()::text").getSingleResult().toString();
        });
        Built o = organisations.create();
        StringBuilder csv = new StringBuilder("Hjemmeplejen;Rådhuset;Lars Holm;lars@dom;;leader\n");
        for (int i = 1; i <= EMPLOYEES; i++) {
            csv.append("Hjemmeplejen;;Medarbejder ").append(i).append(";m").append(i).append("@dom;lars@dom;\n");
        }
        o.importCsv(csv.toString());
        String framework = o.framework("Grundlag", 2, 1).getString("id");
        String round = o.launch(framework, "Runde", Map.of("k", 3, "includeSelf", false, "includeManager", false),
                List.of("lars"));
        UUID roundId = UUID.fromString(round);

        // Tickets and invitations: no shared column, and no shared order.
        Map<String, String> links = o.links(round);
        List<Integer> ticketPositions = new ArrayList<>();
        for (Object[] invitation : rows("select id, ctid::text from invitation where round_id = ?1 order by ctid",
                roundId)) {
            String hash = HexFormat.of().formatHex(SurveyTokens.hash(tokens.tokenFor((UUID) invitation[0])));
            ticketPositions.add(ticketRank(roundId, hash));
        }
        assertEquals(EMPLOYEES, ticketPositions.size());
        List<Integer> reversed = new ArrayList<>(ticketPositions);
        java.util.Collections.reverse(reversed);
        assertFalse(sorted(ticketPositions) || sorted(reversed),
                "tickets lie in the same order as the invitations: " + ticketPositions);

        // A draft is unreadable; answers arrive one by one.
        int n = 0;
        for (String token : links.values()) {
            n++;
            String story = n == 1 ? STORY : null;
            assertEquals(201, TestOrganisation.submit(token, List.of(1 + n % 5, 1 + (n + 2) % 5, 3), story));
        }
        for (Object[] box : rows("select id, sealed from ballot_box where round_id = ?1", roundId)) {
            String bytes = new String((byte[]) box[1], StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("Historien") || bytes.contains(utf8(STORY)), "a sealed ballot is unreadable");
        }
        assertEquals(0L, count("select count(*) from invitation i join ballot_box b on b.xmin::text = i.xmin::text "
                + "where i.round_id = ?1", roundId), "no submission writes an invitation");
        assertEquals(0L, count("select count(*) from invitation i join ticket t on t.xmin::text = i.xmin::text "
                + "where i.round_id = ?1 and t.used", roundId),
                "a used ticket shares no transaction with an invitation");

        // While the replica is busy taking submissions the open round's ballots wait in the box (and are not even
        // read); otherwise the mixer releases what may be released: batches of at least k.
        assertEquals(0, mixer.mix(true), "a busy replica released an open round's ballots");
        mixer.mix();
        o.close(round);
        Counted.await(results, round);
        assertEquals(0L, count("select count(*) from ballot_box where round_id = ?1", roundId));
        assertEquals((long) EMPLOYEES, count("select count(*) from ballot where round_id = ?1", roundId));
        for (Object[] batch : rows("select xmin::text, count(*) from ballot where round_id = ?1 group by xmin::text",
                roundId)) {
            assertTrue(((Number) batch[1]).intValue() >= 3, "a batch of " + batch[1] + " ballots");
        }
        assertEquals(0L, count("select count(*) from ballot b join ticket t on t.xmin::text = b.xmin::text "
                + "where b.round_id = ?1", roundId), "no ballot was written by a submission");
        assertEquals(0L, count("select count(*) from story s join ticket t on t.xmin::text = s.xmin::text "
                + "where s.round_id = ?1", roundId), "no story was written by a submission");

        // The write-ahead log: which transactions touched which tables.
        Map<Long, Set<String>> touched = wal(walStart);
        Set<String> answers = Set.of("ballot", "ballot_answer", "story", "ballot_box");
        for (Map.Entry<Long, Set<String>> tx : touched.entrySet()) {
            Set<String> tables = tx.getValue();
            if (tables.contains("invitation")) {
                for (String table : answers) {
                    assertFalse(tables.contains(table), "transaction " + tx.getKey() + " wrote an invitation and "
                            + table + ": " + tables);
                }
            }
            if (tables.contains("ballot") || tables.contains("story")) {
                assertFalse(tables.contains("ticket"), "ballots were written by a transaction that used a ticket");
            }
        }
    }

    private Map<Long, Set<String>> wal(String start) {
        // Everything written so far reaches the disk, other sessions' unflushed commits included (the request
        // counter commits without waiting), so that the log is read to its end: the reader stops at what is flushed.
        String end = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_switch_wal()::text").getSingleResult();
            return em.createNativeQuery("select pg_current_wal_flush_lsn()::text").getSingleResult().toString();
        });
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> tables = new HashMap<>();
            for (String table : List.of("invitation", "ticket", "ballot", "ballot_answer", "story", "ballot_box")) {
                tables.put(em.createNativeQuery("select pg_relation_filenode('" + table + "')::text").getSingleResult()
                        .toString(), table);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> records = em
                    .createNativeQuery(
                            """
                                    select xid::text, block_ref from pg_get_wal_records_info(cast(:start as pg_lsn), cast(:stop as pg_lsn))
                                    where block_ref is not null and xid <> '0'""")
                    .setParameter("start", start).setParameter("stop", end).getResultList();
            // Records without a transaction id (0: page pruning, vacuum, full-page images for hint bits) are no
            // transaction's writes; they touch whatever pages a reader or autovacuum happened to visit together.
            Map<Long, Set<String>> touched = new HashMap<>();
            for (Object[] record : records) {
                String blockRef = record[1].toString();
                for (Map.Entry<String, String> table : tables.entrySet()) {
                    // A record can name several blocks, one per line (an insert into an all-visible page names the
                    // visibility map's block too): look for the table's in any of them.
                    if (java.util.regex.Pattern.compile("rel \\d+/\\d+/" + table.getKey() + "\\b").matcher(blockRef)
                            .find()) {
                        touched.computeIfAbsent(Long.parseLong(record[0].toString()), x -> new HashSet<>())
                                .add(table.getValue());
                    }
                }
            }
            Map<String, Long> byTable = new java.util.TreeMap<>();
            touched.values().forEach(t -> t.forEach(name -> byTable.merge(name, 1L, Long::sum)));
            System.out
                    .println("The write-ahead log from " + start + " to " + end + ": " + records.size() + " records of "
                            + touched.size() + " transactions on the survey's tables; transactions per table " + byTable
                            + "; last " + (records.isEmpty() ? "-" : records.get(records.size() - 1)[0]));
            assertTrue(touched.values().stream().anyMatch(t -> t.contains("ballot")),
                    () -> "the log was read: " + records.size() + " records from " + start + ", tables " + tables
                            + ", e.g. " + records.stream().limit(8).map(r -> r[0] + " " + r[1]).toList());
            return touched;
        });
    }

    private int ticketRank(UUID round, String hash) {
        List<Object[]> tickets = rows("select encode(token_hash, 'hex'), ctid::text from ticket where round_id = ?1 "
                + "order by ctid", round);
        for (int i = 0; i < tickets.size(); i++) {
            if (tickets.get(i)[0].equals(hash)) {
                return i;
            }
        }
        throw new AssertionError("no ticket for an invitation");
    }

    private static boolean sorted(List<Integer> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i) < list.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private List<Object[]> rows(String sql, UUID round) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> list = em.createNativeQuery(sql).setParameter(1, round).getResultList();
            return list;
        });
    }

    private long count(String sql, UUID round) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, round).getSingleResult()).longValue());
    }
}
