package dk.pejling.lus;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.pejling.common.AuditLog;
import dk.pejling.common.FileNames;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.reports.ReportAccess;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Recipients;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.Relation;
import dk.pejling.reports.ReportService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * The leader report and the conversation guide as an A4 PDF in Danish for the LUS: a Qute XHTML template rendered by
 * openhtmltopdf with an embedded font (DejaVu Sans), tagged for PDF/UA. What the template shows comes from
 * {@link PrintedReport}, already in Danish, so that the template only lays it out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportPdf {

    record Document(byte[] bytes, String fileName) {
    }

    @CheckedTemplate(basePath = "lus", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance reportPdf(PrintedReport.View view);
    }

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final Logger LOG = Logger.getLogger(ReportPdf.class);

    /** Stands for the date the document is made while its content is compared; no text can guess it. */
    private static final String CREATED_AT = "created-" + UUID.randomUUID();

    private final ReportAccess access;
    private final ReportService reports;
    private final GuideService guides;
    private final AuditLog audit;
    private final StoredPdfs stored;
    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    ReportPdf(ReportAccess access, ReportService reports, GuideService guides, AuditLog audit, StoredPdfs stored) {
        this.access = access;
        this.stored = stored;
        this.reports = reports;
        this.guides = guides;
        this.audit = audit;
    }

    Document render(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "report");
        LeaderReport report = reports.build(subject);
        byte[] bytes = document(subject, report);
        audit.record(caller.organisationId(), caller.personId(), "report.export", "report", roundId + "/" + leaderId,
                "pdf " + subject.relation().name());
        return new Document(bytes, "lederrapport-" + FileNames.slug(report.leaderName()) + "-"
                + FileNames.slug(report.roundName()) + ".pdf");
    }

    /**
     * The PDF of this report as this reader sees it: the kept one when a document with the same content has been
     * rendered before (on any replica), else rendered now and kept. The content is the whole document but the date it
     * was made, which the kept one prints as the day it was rendered, and the order of the stories, which is random
     * at every read and stays as it was rendered.
     */
    private byte[] document(Subject subject, LeaderReport report) {
        Guide guide = guides.build(subject, report);
        PrintedReport.View view = PrintedReport.view(report, guide, CREATED_AT, subject.relation() == Relation.OWN);
        byte[] digest = sha256(Templates.reportPdf(view.inStoryTextOrder()).render());
        return stored.find(subject.roundId(), subject.leaderId(), digest).orElseGet(() -> {
            byte[] bytes = pdf(Templates.reportPdf(view).render().replace(CREATED_AT,
                    PrintedReport.date(Instant.now())));
            stored.keep(subject.organisationId(), subject.roundId(), subject.leaderId(), digest, bytes);
            return bytes;
        });
    }

    /**
     * Renders each leader's own copy of a just counted round's report, one after the other, so that the first download
     * finds it made; stops when the application stops. Returns how many were rendered.
     */
    @ActivateRequestContext
    int renderAhead(UUID organisationId, UUID roundId, BooleanSupplier stopping) {
        int rendered = 0;
        for (Recipients r : access.recipients(roundId)) {
            if (stopping.getAsBoolean()) {
                break;
            }
            Caller leader = new Caller(organisationId, r.leaderId(), false);
            try {
                Optional<Subject> subject = access.find(leader, roundId, r.leaderId())
                        .filter(Subject::counted);
                if (subject.isPresent()) {
                    document(subject.get(), reports.build(subject.get()));
                    rendered++;
                }
            } catch (RuntimeException e) {
                // The download renders it then; one leader's report must not stop the others'.
                LOG.warnf("Could not render the report PDF of a leader of round %s ahead: %s", roundId,
                        e.getClass().getSimpleName());
            }
        }
        return rendered;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.usePdfUaAccessbility(true);
            builder.withHtmlContent(xhtml, null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
