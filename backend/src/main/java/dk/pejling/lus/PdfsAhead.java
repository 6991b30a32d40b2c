package dk.pejling.lus;

import dk.pejling.common.PejlingConfig;
import dk.pejling.survey.ResultsReady;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * When a round is counted, its leaders' own report PDFs are rendered in the background, one at a time on one thread
 * of low priority, so that the leader who follows the "report is ready" mail downloads a made document instead of
 * waiting for the rendering ({@code pejling.reports.pdf-ahead}, on by default). Whatever is not made yet when the
 * application stops is rendered at its first download.
 */
@ApplicationScoped
class PdfsAhead {

    private static final Logger LOG = Logger.getLogger(PdfsAhead.class);

    private final ReportPdf pdf;
    private final boolean enabled;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "report-pdf-ahead");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private volatile boolean stopping;

    PdfsAhead(ReportPdf pdf, PejlingConfig config) {
        this.pdf = pdf;
        this.enabled = config.reports().pdfAhead();
    }

    void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsReady ready) {
        if (!enabled) {
            return;
        }
        thread.execute(() -> {
            long start = System.nanoTime();
            try {
                Integer rendered = pdf.renderAhead(ready.organisationId(), ready.roundId(), () -> stopping);
                LOG.debugf("Rendered %d report PDFs of round %s ahead in %d ms", rendered, ready.roundId(),
                        Long.valueOf((System.nanoTime() - start) / 1_000_000));
            } catch (RuntimeException e) {
                LOG.warnf("Could not render the report PDFs of round %s ahead; they are rendered when downloaded: %s",
                        ready.roundId(), e.getClass().getSimpleName());
            }
        });
    }

    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
