package dk.pejling.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bootstrap operator: created once however many replicas start at the same moment, never over a person. */
@QuarkusTest
class OperatorBootstrapTest {

    @Inject
    Operators operators;

    @Inject
    AccountMails mails;

    @Test
    void replicasStartingAtOnceCreateOneOperatorAndQueueOneMail() throws Exception {
        String email = "drift-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.dk";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Boolean>> replicas = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replicas.add(() -> {
                    start.await();
                    return operators.bootstrap(email, "Driften");
                });
            }
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> replica : replicas) {
                results.add(pool.submit(replica));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get() ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count(email));
        assertEquals(1, mailsQueued(email), "one welcome mail, not one per replica");
        assertFalse(operators.bootstrap(email, "Driften"), "a restart creates nothing");
        assertFalse(operators.bootstrap("hr@demo.pejling.dk", "Driften"), "never over a person's login");
    }

    @jakarta.transaction.Transactional
    long count(String email) {
        return Account.count("lower(email) = lower(?1)", email);
    }

    @jakarta.transaction.Transactional
    long mailsQueued(String email) {
        return AccountMail.count("accountId in (select a.id from Account a where lower(a.email) = lower(?1))", email);
    }
}
