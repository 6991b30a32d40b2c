package dk.pejling.lus;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.pejling.common.AuditLog;
import dk.pejling.common.FileNames;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.reports.ReportAccess;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.Relation;
import dk.pejling.reports.ReportService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

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

    private final ReportAccess access;
    private final ReportService reports;
    private final GuideService guides;
    private final AuditLog audit;
    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    ReportPdf(ReportAccess access, ReportService reports, GuideService guides, AuditLog audit) {
        this.access = access;
        this.reports = reports;
        this.guides = guides;
        this.audit = audit;
    }

    Document render(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "report");
        LeaderReport report = reports.build(subject);
        Guide guide = guides.build(subject, report);
        byte[] bytes = pdf(Templates.reportPdf(PrintedReport.view(report, guide, Instant.now(),
                subject.relation() == Relation.OWN)).render());
        audit.record(caller.organisationId(), caller.personId(), "report.export", "report", roundId + "/" + leaderId,
                "pdf " + subject.relation().name());
        return new Document(bytes, "lederrapport-" + FileNames.slug(report.leaderName()) + "-"
                + FileNames.slug(report.roundName()) + ".pdf");
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
