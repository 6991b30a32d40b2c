package dk.pejling.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.pejling.common.AuditLog;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.LeaderReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The leader report as an A4 PDF for the LUS (R9). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportPdf {

    record Document(byte[] bytes, String fileName) {
    }

    private final ReportAccess access;
    private final ReportService reports;
    private final AuditLog audit;

    ReportPdf(ReportAccess access, ReportService reports, AuditLog audit) {
        this.access = access;
        this.reports = reports;
        this.audit = audit;
    }

    Document render(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "report");
        LeaderReport report = reports.build(subject);
        byte[] bytes = pdf("<html><body><h1>" + report.leaderName() + "</h1></body></html>");
        audit.record(caller.organisationId(), caller.personId(), "report.export", "report", roundId + "/" + leaderId,
                "pdf " + subject.relation().name());
        return new Document(bytes, "lederrapport-" + OverviewExport.slug(report.leaderName()) + "-"
                + OverviewExport.slug(report.roundName()) + ".pdf");
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().withHtmlContent(xhtml, null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
