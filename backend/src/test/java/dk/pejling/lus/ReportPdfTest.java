package dk.pejling.lus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.rounds.InvitationMailer;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.DanishTextRules;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.RoundScenario;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report PDF for the LUS (R9) through the API: a closed round answered through the survey, read back with
 * PDFBox. Pages 1 and 2 are written to target/report-pdf-page-N.png for a human to look at.
 */
@QuarkusTest
class ReportPdfTest {

    private static final String EMPLOYEE_STORY = "Da vi fik ny vagtplan, forklarede min leder hvorfor – også for Ærø-holdet.";
    private static final String SELF_STORY = "Jeg holdt et fællesmøde om de nye åbningstider.";

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InvitationMailer mailer;

    @Inject
    Results results;

    private String leaderId(String token) {
        return given().auth().oauth2(token).get("/api/me").then().statusCode(200).extract().path("id");
    }

    private RoundScenario launched(String name) {
        RoundScenario s = RoundScenario.draft(name + " " + UUID.randomUUID().toString().substring(0, 6));
        s.launch();
        MailQueue.flush(mailer);
        return s;
    }

    /** Scores per statement in the scenario's order, and optionally a story about the first value. */
    private static Map<String, Object> ballot(RoundScenario s, List<Integer> scores, String story) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < s.statementIds.size(); i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("statementId", s.statementIds.get(i));
            answer.put("score", scores.get(i));
            answers.add(answer);
        }
        return Map.of("answers", answers, "stories",
                story == null ? List.of() : List.of(Map.of("valueId", s.valueIds.get(0), "text", story)));
    }

    private void submit(RoundScenario s, String email, Map<String, Object> ballot) {
        given().header("X-Survey-Token", s.tokenOf(greenMail, email)).contentType(ContentType.JSON).body(ballot)
                .post("/api/survey/submit").then().statusCode(201);
    }

    private void close(RoundScenario s) {
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200);
        Counted.await(results, s.roundId);
    }

    private static Response pdf(String token, RoundScenario s, String leaderId) {
        return given().auth().oauth2(token).get("/api/rounds/" + s.roundId + "/reports/" + leaderId + "/pdf");
    }

    @Test
    void theLeaderGetsAnA4PdfInDanishWithFiguresStoriesPageNumbersAndTheGuide() throws IOException {
        RoundScenario s = launched("PDF-runde");
        submit(s, "hr@demo.pejling.dk", ballot(s, List.of(4, 5, 2), EMPLOYEE_STORY));
        submit(s, "peter.dahl@demo.pejling.dk", ballot(s, List.of(3, 4, 2), null));
        submit(s, "line.vestergaard@demo.pejling.dk", ballot(s, java.util.Arrays.asList(5, null, 3), null));
        submit(s, RoundScenario.LEADER, ballot(s, List.of(5, 3, 4), SELF_STORY));
        submit(s, "chef@demo.pejling.dk", ballot(s, List.of(4, 4, 3), null));
        close(s);
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = leaderId(leader);

        Response response = pdf(leader, s, leaderId);
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment;"))
                .header("Content-Disposition", containsString("lederrapport-"));
        byte[] bytes = response.asByteArray();

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0, "A4 width");
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0, "A4 height");
            assertEquals("da", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentInformation().getTitle().contains("Birgitte Lund"),
                    pdf.getDocumentInformation().getTitle());

            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Birgitte Lund", "Side 1 af " + pdf.getNumberOfPages(),
                    "Sådan læser du rapporten", "Min leder er tydelig i sin kommunikation", EMPLOYEE_STORY,
                    SELF_STORY, "Hvad vil du holde fast i?", "Gennemsnit", "Antal svar", "Ved ikke",
                    "Selvvurdering", "Chefens vurdering", "Organisationens gennemsnit", "Udvikling siden sidst",
                    "Svarprocent", "Blinde pletter", "Skjulte styrker", "ikke anonym", "2,3",
                    "færre end 3 har givet en score")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            // "Min leder er tilgængelig" was scored by two of the three (the third answered "ved ikke"): its mean
            // (4,5) is the answer of two people and is not shown.
            assertFalse(text.contains("4,5"), text);
            assertFalse(text.contains("For få medarbejdere har svaret"), text);
            assertEquals(List.of(), DanishTextRules.violations(text), "docs/glossary.md");
            writePages(pdf, "report-pdf-page-", 9);
            Files.write(Path.of("target", "report-pdf.pdf"), bytes);
        }
        byte[] docx = given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/reports/" + leaderId
                + "/guide/docx").then().statusCode(200).extract().asByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("Medarbejdernes gennemsnit"), text);
            assertEquals(List.of(), DanishTextRules.violations(text), "docs/glossary.md");
        }
    }

    /**
     * A leader below k, in every view: the report, the guide and the PDF show her self-assessment and the manager's
     * rating as what they are, and no figure anywhere is labelled as the employees'. (The web guide once showed her
     * self-assessment as "Medarbejdernes gennemsnit" and ranked her values by it.)
     */
    @Test
    void belowKTheReportSaysSoAndShowsNoEmployeeFigureOrStory() throws IOException {
        RoundScenario s = launched("Få svar");
        submit(s, "hr@demo.pejling.dk", ballot(s, List.of(4, 5, 2), EMPLOYEE_STORY));
        submit(s, "peter.dahl@demo.pejling.dk", ballot(s, List.of(3, 4, 2), EMPLOYEE_STORY));
        submit(s, RoundScenario.LEADER, ballot(s, List.of(5, 3, 4), null));
        close(s);
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = leaderId(leader);

        JsonPath report = given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/reports/" + leaderId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(false, report.getBoolean("employeesShown"));
        assertEquals("OWN", report.getString("relation"));
        assertTrue(report.getList("values.employees").stream().allMatch(java.util.Objects::isNull));
        assertTrue(report.getList("values.statements.employees.flatten()").stream()
                .allMatch(java.util.Objects::isNull));
        JsonPath guide = given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/reports/" + leaderId
                + "/guide").then().statusCode(200).extract().jsonPath();
        assertEquals("SELF", guide.getString("basis"));
        assertEquals(3, guide.getInt("k"));
        assertTrue(guide.getList("values.mean").stream().allMatch(java.util.Objects::isNull),
                "no employees' mean in the guide: " + guide.getList("values"));
        assertTrue(guide.getList("values.self").stream().allMatch(java.util.Objects::nonNull));
        assertTrue(guide.getList("values.strongest.mean").stream().allMatch(java.util.Objects::isNull));

        byte[] docx = given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/reports/" + leaderId
                + "/guide/docx").then().statusCode(200).extract().asByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("bygger derfor på din selvvurdering"), text);
            assertTrue(text.contains("Selvvurdering (ikke anonym)"), text);
            assertFalse(text.toLowerCase().contains("gennemsnit"), "no mean of any kind below k:\n" + text);
            assertEquals(List.of(), DanishTextRules.violations(text), "docs/glossary.md");
        }

        byte[] bytes = pdf(leader, s, leaderId).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("For få medarbejdere har svaret"), text);
            assertTrue(text.contains("Færre end 3 medarbejdere har svaret"), text);
            assertTrue(text.contains("Selvvurdering (ikke anonym)"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("bygger derfor på din selvvurdering"), text);
            assertFalse(text.contains(EMPLOYEE_STORY), "no employee story below k:\n" + text);
            assertFalse(text.contains("Fordeling af medarbejdernes svar"), "no distribution below k");
            assertEquals(List.of(), DanishTextRules.violations(text), "docs/glossary.md");
            assertFalse(Pattern.compile("([Gg]ennemsnit|Antal svar|Ved ikke):? \\d").matcher(text).find(),
                    "no employee figure below k:\n" + text);
            writePages(pdf, "report-pdf-below-k-page-", 9);
        }
    }

    @Test
    void aColleagueGets404AndNobodyGetsItBeforeTheRoundCloses() {
        RoundScenario s = launched("Tidlig");
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = leaderId(leader);
        pdf(leader, s, leaderId).then().statusCode(409).contentType("application/problem+json");

        close(s);
        pdf(Tokens.login("leder@demo.pejling.dk"), s, leaderId).then().statusCode(404)
                .contentType("application/problem+json");
        pdf(leader, s, leaderId).then().statusCode(200);
        pdf(Tokens.login("chef@demo.pejling.dk"), s, leaderId).then().statusCode(200);
    }

    @Test
    void aKodeksRoundShowsEveryValueThePreviousPlanTheTrendAndTheDilemmas() throws IOException {
        String hr = Tokens.login("hr@demo.pejling.dk");
        String frameworkId = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("template", "kodeks-for-god-ledelse")).post("/api/frameworks")
                .then().statusCode(201).extract().path("id");
        JsonPath framework = given().auth().oauth2(hr).post("/api/frameworks/" + frameworkId + "/publish")
                .then().statusCode(200).extract().jsonPath();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < framework.getList("values").size(); i++) {
            statements.addAll(framework.getList("values[" + i + "].statements.id", String.class));
        }
        String firstValue = framework.getString("values[0].id");
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = leaderId(leader);

        String earlier = kodeksRound(hr, frameworkId, leaderId, statements, firstValue, 8, 0);
        int version = given().auth().oauth2(leader).get("/api/rounds/" + earlier + "/reports/" + leaderId + "/plan")
                .then().statusCode(200).extract().path("version");
        Map<String, Object> goal = Map.of("title", "Være mere synlig i hverdagen", "valueId", firstValue,
                "actions", "Fast morgenmøde hver mandag", "dueDate", "2027-03-01", "status", "IN_PROGRESS");
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", version, "goals", List.of(goal)))
                .put("/api/rounds/" + earlier + "/reports/" + leaderId + "/plan").then().statusCode(200);
        String later = kodeksRound(hr, frameworkId, leaderId, statements, firstValue, 9, 1);

        byte[] bytes = given().auth().oauth2(leader).get("/api/rounds/" + later + "/reports/" + leaderId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Udviklingsplan fra forrige runde", "Være mere synlig i hverdagen",
                    "1. marts 2027", "I gang", "(før ", "Dilemmaer til refleksion", "Dilemma ", "FOKUS")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            for (String value : framework.getList("values.title", String.class)) {
                assertTrue(text.contains(value), "value " + value);
            }
            assertEquals(List.of(), DanishTextRules.violations(text), "docs/glossary.md");
            writePages(pdf, "report-pdf-kodeks-page-", 20);
        }
    }

    /** A closed Kodeks round over Birgitte Lund answered by all five; scores vary by statement and by rater. */
    private String kodeksRound(String hr, String frameworkId, String leaderId, List<String> statements,
            String firstValue, int days, int shift) {
        String name = "Kodeks " + UUID.randomUUID().toString().substring(0, 6);
        String round = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(RoundScenario.roundBody(frameworkId, name, Instant.now().plus(days, ChronoUnit.DAYS)))
                .post("/api/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("leaderIds", List.of(leaderId)))
                .post("/api/rounds/" + round + "/evaluees").then().statusCode(200);
        given().auth().oauth2(hr).post("/api/rounds/" + round + "/launch").then().statusCode(200);
        MailQueue.flush(mailer);
        List<String> raters = new ArrayList<>(RoundScenario.EMPLOYEES);
        raters.add(RoundScenario.LEADER);
        raters.add("chef@demo.pejling.dk");
        for (int r = 0; r < raters.size(); r++) {
            List<Map<String, Object>> answers = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                Map<String, Object> answer = new HashMap<>();
                answer.put("statementId", statements.get(i));
                answer.put("score", (i + r) % 11 == 10 ? null : 1 + (i * 3 + r * 2 + shift) % 5);
                answers.add(answer);
            }
            List<String> texts = Mailbox.texts(greenMail, raters.get(r), name);
            given().header("X-Survey-Token", Mailbox.token(texts.get(texts.size() - 1))).contentType(ContentType.JSON)
                    .body(Map.of("answers", answers, "stories", List.of(Map.of("valueId", firstValue,
                            "text", "Historie nr. " + (r + 1) + " om at gå forrest, også når det blæser."))))
                    .post("/api/survey/submit").then().statusCode(201);
        }
        given().auth().oauth2(hr).post("/api/rounds/" + round + "/close").then().statusCode(200);
        Counted.await(results, round);
        return round;
    }

    /** The first pages as greyscale PNGs, as a printer without colour would show them. */
    private static void writePages(PDDocument pdf, String prefix, int pages) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        Path target = Path.of("target");
        Files.createDirectories(target);
        for (int i = 0; i < Math.min(pages, pdf.getNumberOfPages()); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 100, ImageType.GRAY);
            ImageIO.write(image, "png", target.resolve(prefix + (i + 1) + ".png").toFile());
        }
    }
}
