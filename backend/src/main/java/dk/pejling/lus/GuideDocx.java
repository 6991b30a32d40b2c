package dk.pejling.lus;

import dk.pejling.common.AuditLog;
import dk.pejling.common.FileNames;
import dk.pejling.lus.LusApi.DilemmaDto;
import dk.pejling.lus.LusApi.GoalDto;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.lus.LusApi.GuideStatement;
import dk.pejling.lus.LusApi.GuideValue;
import dk.pejling.lus.LusApi.PlanDto;
import dk.pejling.reports.ReportAccess;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.Relation;
import dk.pejling.reports.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The conversation guide and the development plan as an editable Word document for the LUS: Danish HR works in
 * Word, so the leader and the manager can add their notes and keep it with their own papers. Real heading styles
 * (Word's built-in "heading 1–3"), so that the document has a structure a screen reader and Word's navigation use.
 * It carries what the guide and the plan show the same reader, and nothing more.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GuideDocx {

    record Document(byte[] bytes, String fileName) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da-DK"));

    private final ReportAccess access;
    private final ReportService reports;
    private final GuideService guides;
    private final PlanService plans;
    private final AuditLog audit;

    GuideDocx(ReportAccess access, ReportService reports, GuideService guides, PlanService plans, AuditLog audit) {
        this.access = access;
        this.reports = reports;
        this.guides = guides;
        this.plans = plans;
        this.audit = audit;
    }

    Document render(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "guide");
        LeaderReport report = reports.build(subject);
        Guide guide = guides.build(subject, report);
        PlanDto plan = plans.planFor(subject);
        byte[] bytes = write(report, guide, plan, subject.relation() == Relation.OWN);
        audit.record(caller.organisationId(), caller.personId(), "report.export", "report", roundId + "/" + leaderId,
                "docx " + subject.relation().name());
        return new Document(bytes, "samtaleguide-" + FileNames.slug(report.leaderName()) + "-"
                + FileNames.slug(report.roundName()) + ".docx");
    }

    static byte[] write(LeaderReport report, Guide guide, PlanDto plan, boolean own) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headings(doc);
            doc.getProperties().getCoreProperties().setTitle("Samtaleguide og udviklingsplan: " + report.leaderName());
            doc.getProperties().getCoreProperties().setCreator("Pejling");
            String lederens = own ? "din" : "lederens";

            heading(doc, 1, "Samtaleguide og udviklingsplan: " + report.leaderName());
            text(doc, "Evaluering: " + report.roundName() + (report.closedAt() == null ? ""
                    : ", lukket " + DATE.format(report.closedAt().atZone(java.time.ZoneId.of("Europe/Copenhagen")))));
            text(doc, own
                    ? "Brug dokumentet til at forberede lederudviklingssamtalen (LUS) og skriv dine noter direkte i "
                            + "det. Tallene er de samme som i rapporten."
                    : "Lederens forberedelse til lederudviklingssamtalen "
                            + "(LUS). Skriv noter direkte i dokumentet. Tallene er de samme som i rapporten.");
            switch (guide.basis()) {
                case SELF -> text(doc, "Færre end " + guide.k() + " medarbejdere har svaret, så deres svar vises ikke. "
                        + "Stærkest, svagest og opmærksomhedspunkterne bygger derfor på " + lederens
                        + " selvvurdering – ikke på medarbejdernes svar.");
                case NONE -> text(doc, "Færre end " + guide.k() + " medarbejdere har svaret, og der er ingen "
                        + "selvvurdering. Brug spørgsmålene til samtalen.");
                case EMPLOYEES -> {
                }
            }

            heading(doc, 2, "Spørgsmål til samtalen");
            for (int i = 0; i < guide.questions().size(); i++) {
                text(doc, (i + 1) + ". " + guide.questions().get(i));
            }

            heading(doc, 2, "Værdierne");
            for (GuideValue value : guide.values()) {
                heading(doc, 3, value.title() + (value.weak() ? " (opmærksomhedspunkt)" : ""));
                List<String> figures = new ArrayList<>();
                if (value.mean() != null) {
                    figures.add("Medarbejdernes gennemsnit: " + PrintedReport.number(value.mean()));
                }
                if (value.self() != null) {
                    figures.add("Selvvurdering (ikke anonym): " + PrintedReport.number(value.self()));
                }
                if (!figures.isEmpty()) {
                    text(doc, String.join(" · ", figures));
                }
                if (value.strongest() != null) {
                    labelled(doc, "Stærkest: ", statement(value.strongest()));
                }
                if (value.weakest() != null) {
                    labelled(doc, "Svagest: ", statement(value.weakest()));
                }
                labelled(doc, "Noter: ", "");
                doc.createParagraph();
            }

            if (!guide.dilemmas().isEmpty()) {
                heading(doc, 2, "Dilemmaer til refleksion");
                text(doc, "Dilemmaer fra Kodeks for god ledelse, som belyser " + (own ? "dine" : "lederens")
                        + " svageste værdier. Der er ikke ét rigtigt svar.");
                for (DilemmaDto d : guide.dilemmas()) {
                    heading(doc, 3, "Dilemma " + d.number() + ": " + d.title());
                    text(doc, d.text());
                }
            }

            heading(doc, 2, "Udviklingsplan");
            if (plan.goals().isEmpty()) {
                text(doc, "Der er endnu ingen mål i planen. Skriv målene her eller i Pejling.");
            }
            XWPFTable table = doc.createTable(1 + Math.max(plan.goals().size(), 3), 5);
            table.setWidth("100%");
            String[] header = {"Mål", "Værdi eller udsagn", "Handlinger", "Frist", "Status"};
            for (int c = 0; c < header.length; c++) {
                cell(table, 0, c, header[c], true);
            }
            table.getRow(0).setRepeatHeader(true);
            for (int r = 0; r < plan.goals().size(); r++) {
                GoalDto g = plan.goals().get(r);
                cell(table, r + 1, 0, g.title(), false);
                cell(table, r + 1, 1, g.statementText() != null ? g.statementText()
                        : g.valueTitle() != null ? g.valueTitle() : "", false);
                cell(table, r + 1, 2, g.actions() == null ? "" : g.actions(), false);
                cell(table, r + 1, 3, g.dueDate() == null ? "" : DATE.format(g.dueDate()), false);
                cell(table, r + 1, 4, status(g.status()), false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statement(GuideStatement s) {
        List<String> parts = new ArrayList<>();
        if (s.mean() != null) {
            parts.add("medarbejdernes gennemsnit " + PrintedReport.number(s.mean()));
        }
        if (s.self() != null) {
            parts.add("selvvurdering " + PrintedReport.number(s.self()));
        }
        return s.text() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static String status(LusApi.GoalStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Ikke startet";
            case IN_PROGRESS -> "I gang";
            case DONE -> "Gennemført";
            case DROPPED -> "Opgivet";
        };
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(PrintedReport.text(text));
    }

    private static void text(XWPFDocument doc, String text) {
        lines(doc.createParagraph().createRun(), PrintedReport.text(text));
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(label);
        lines(p.createRun(), PrintedReport.text(text));
    }

    private static void cell(XWPFTable table, int row, int col, String text, boolean header) {
        XWPFParagraph p = table.getRow(row).getCell(col).getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(header);
        lines(run, PrintedReport.text(text));
    }

    /** Text with its line breaks kept as breaks, as the goals' actions are written. */
    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** Word's built-in heading styles, by their built-in names, so that Word treats them as headings. */
    private static void headings(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        int[] sizes = {32, 26, 22};
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            CTString name = CTString.Factory.newInstance();
            name.setVal("heading " + level);
            style.setName(name);
            CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
            priority.setVal(BigInteger.valueOf(9));
            style.setUiPriority(priority);
            style.setQFormat(CTOnOff.Factory.newInstance());
            CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
            CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
            outline.setVal(BigInteger.valueOf(level - 1));
            paragraph.setOutlineLvl(outline);
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
            style.setPPr(paragraph);
            CTRPr run = CTRPr.Factory.newInstance();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            style.setRPr(run);
            XWPFStyle wrapped = new XWPFStyle(style);
            wrapped.setType(STStyleType.PARAGRAPH);
            styles.addStyle(wrapped);
        }
    }
}
