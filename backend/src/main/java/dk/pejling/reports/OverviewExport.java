package dk.pejling.reports;

import dk.pejling.common.AuditLog;
import dk.pejling.common.FileNames;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ReportApi.Overview;
import dk.pejling.reports.ReportApi.OverviewCell;
import dk.pejling.reports.ReportApi.OverviewRow;
import dk.pejling.reports.ReportApi.OverviewValue;
import dk.pejling.reports.ReportApi.QualityFlag;
import dk.pejling.reports.ReportApi.QualityReport;
import dk.pejling.reports.ReportApi.StatementQuality;
import dk.pejling.reports.ReportApi.ValueQuality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The overview and the statement quality as files for HR: the same masked aggregates as the API, never a
 * single ballot. CSV uses semicolons and decimal commas, as Danish spreadsheets expect, with a BOM for UTF-8.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverviewExport {

    record File(byte[] bytes, String mediaType, String fileName) {
    }

    private final OverviewService overview;
    private final QualityView quality;
    private final AuditLog audit;

    OverviewExport(OverviewService overview, QualityView quality, AuditLog audit) {
        this.overview = overview;
        this.quality = quality;
        this.audit = audit;
    }

    File export(Caller caller, UUID roundId, String format) {
        OverviewService.View view = overview.view(caller, roundId);
        Overview heatmap = overview.build(view);
        QualityReport quality = this.quality.build(view);
        List<List<String>> sheet1 = heatmapTable(heatmap);
        List<List<String>> sheet2 = qualityTable(quality);
        String base = "pejling-" + FileNames.slug(view.round().name());
        File file = "xlsx".equals(format)
                ? new File(xlsx(sheet1, sheet2), OverviewResource.XLSX, base + ".xlsx")
                : new File(csv(sheet1, sheet2), "text/csv; charset=UTF-8", base + ".csv");
        audit.record(caller.organisationId(), caller.personId(), "overview.export", "round", roundId.toString(),
                format);
        return file;
    }

    static List<List<String>> heatmapTable(Overview overview) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Enhed", "Niveau", "Inviterede", "Besvarelser", "Svarprocent"));
        for (OverviewValue value : overview.values()) {
            header.add(value.title() + " (gennemsnit)");
            header.add(value.title() + " (antal svar)");
        }
        header.add("Skjult");
        rows.add(header);
        for (OverviewRow row : overview.rows()) {
            List<String> line = new ArrayList<>(List.of(row.unitName(), Integer.toString(row.depth()),
                    Integer.toString(row.invited()), Integer.toString(row.submitted()),
                    row.rate() == null ? "" : row.rate().toString()));
            for (OverviewCell cell : row.cells()) {
                line.add(cell.mean() == null ? "" : decimal(cell.mean()));
                line.add(cell.n() == null ? "" : cell.n().toString());
            }
            line.add(reason(row.masked()));
            rows.add(line);
        }
        return rows;
    }

    static List<List<String>> qualityTable(QualityReport quality) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Værdi", "Udsagn", "Antal svar", "Ved ikke", "Ved ikke (%)", "Gennemsnit", "Spredning",
                "Sammenhæng med de øvrige udsagn", "Cronbachs alfa (værdi)", "Opmærksomhed"));
        for (ValueQuality value : quality.values()) {
            for (StatementQuality s : value.statements()) {
                rows.add(List.of(value.title(), s.text(), s.n() == null ? "" : Integer.toString(s.n()),
                        s.dontKnow() == null ? "" : Integer.toString(s.dontKnow()),
                        decimal(s.dontKnowRate()), decimal(s.mean()), decimal(s.sd()), decimal(s.itemRest()),
                        decimal(value.alpha()),
                        s.flags().stream().map(OverviewExport::flag).collect(Collectors.joining(", "))));
            }
        }
        return rows;
    }

    private static String reason(MaskReason reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case BELOW_THRESHOLD -> "Under anonymitetsgrænsen";
            case DIFFERENCING -> "Skjult for at beskytte en lille gruppe";
            case NO_ANSWERS -> "Ingen svar";
        };
    }

    private static String flag(QualityFlag flag) {
        return switch (flag) {
            case CANNOT_OBSERVE -> "Kan ikke observeres";
            case HIGH_SPREAD -> "Læses forskelligt / stor spredning";
            case LOW_CORRELATION -> "Hænger svagt sammen med værdien";
        };
    }

    /** Danish decimal comma, at most two decimals (the figures come rounded; this keeps any other one tidy). */
    private static String decimal(Double value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("0.0#",
                java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da")));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value).replace('\u2212', '-');
    }

    private static byte[] csv(List<List<String>> first, List<List<String>> second) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<List<String>> table : List.of(first, second)) {
            for (List<String> row : table) {
                out.append(row.stream().map(OverviewExport::csvField).collect(Collectors.joining(";"))).append("\r\n");
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvField(String value) {
        String safe = value;
        // A cell starting with = + - @ (or a tab or CR before one) would run as a formula when opened in a spreadsheet.
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9,]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static byte[] xlsx(List<List<String>> first, List<List<String>> second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Pejling", "1.0")) {
            write(workbook.newWorksheet("Overblik"), first);
            write(workbook.newWorksheet("Udsagn"), second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, List<List<String>> table) {
        for (int r = 0; r < table.size(); r++) {
            List<String> row = table.get(r);
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c);
                if (r > 0 && value.matches("-?[0-9]+(,[0-9]+)?")) {
                    sheet.value(r, c, Double.parseDouble(value.replace(',', '.')));
                } else {
                    sheet.value(r, c, value);
                }
            }
            if (r == 0) {
                sheet.range(0, 0, 0, row.size() - 1).style().bold().set();
            }
        }
    }
}
