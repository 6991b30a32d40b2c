package dk.pejling.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.org.ImportErrors.ImportError;
import dk.pejling.org.ImportParser.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first step of the import: bytes to rows and errors, without the database. */
class ImportParserTest {

    private static ParsedFile parse(String csv) {
        return ImportParser.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fields(ParsedFile file) {
        return file.errors().list().stream().map(ImportError::field).toList();
    }

    private static List<String> danish(ParsedFile file) {
        return file.errors().list().stream().map(e -> e.text(false)).toList();
    }

    @Test
    void rowsAreTrimmedWithBlankCellsNullAndRolesRead() {
        ParsedFile file = parse("roller;E-Mail;navn;enhed\n"
                + " manager|leader ; a@x.dk ;  Anne   Berg ;Rådhuset\n"
                + ";;;Tom enhed\n");
        assertTrue(file.readable());
        assertTrue(file.errors().isEmpty(), danish(file).toString());
        assertEquals(List.of(
                new ImportRow(2, "Rådhuset", null, "Anne Berg", "a@x.dk", null, Set.of(Role.manager, Role.leader)),
                new ImportRow(3, "Tom enhed", null, null, null, null, Set.of())), file.rows());
        assertTrue(file.rows().get(1).unitOnly());
    }

    @Test
    void aHeaderWithUnknownTwiceAndMissingColumnsIsUnreadable() {
        ParsedFile file = parse("enhed;navn;farve;Navn\nA;B;C;D\n");
        assertFalse(file.readable());
        assertEquals(List.of("line 1: header", "line 1: header", "line 1: header"), fields(file));
        assertEquals(List.of(
                "ukendt kolonne »farve«; kendte kolonner: enhed, overordnet enhed, navn, e-mail, leders e-mail, roller",
                "kolonnen »Navn« står to gange",
                "kolonnen »e-mail« mangler"), danish(file));
        assertEquals("the column \"email\" is missing", file.errors().list().get(2).text(true));
    }

    @Test
    void unknownRolesAndExtraFieldsAreErrorsOfTheirLineButTheRestIsRead() {
        ParsedFile file = parse("enhed;navn;e-mail;roller\n"
                + "A;Anne;a@x.dk;leader boss\n"
                + "A;Bo;b@x.dk;;;\n"
                + "A;Cy;c@x.dk;;x\n");
        assertTrue(file.readable());
        assertEquals(List.of("line 2: roles", "line 4"), fields(file));
        assertEquals(List.of("ukendt rolle »boss«; brug hr, admin, leder eller chef",
                "har 5 felter, men overskriften har 4"), danish(file));
        assertEquals(2, file.rows().size(), "the line with too many fields is not read");
    }

    @Test
    void fileProblemsStopTheReading() {
        assertEquals(List.of("Filen er tom."), danish(parse("\n \n")));
        assertEquals(List.of("Filen har ingen rækker under overskrifterne."), danish(parse("enhed;navn;e-mail\n;;\n")));
        assertEquals(List.of("line 3"), fields(parse("enhed;navn;e-mail\nA;B;c@x.dk\n\"A;B;c@x.dk\n")));
        assertFalse(ImportParser.parse(new byte[] {(byte) 0xC6, 'l', 'd', 'r', 'e'}).readable());
        StringBuilder many = new StringBuilder("enhed;navn;e-mail\n");
        for (int i = 0; i <= ImportParser.MAX_ROWS; i++) {
            many.append("A;B;b").append(i).append("@x.dk\n");
        }
        assertEquals(List.of("Filen har " + (ImportParser.MAX_ROWS + 1) + " rækker; højst " + ImportParser.MAX_ROWS
                + " kan importeres."), danish(parse(many.toString())));
    }

    @Test
    void controlCharactersAreErrorsOfTheirCellAndNeverReachTheRows() {
        ParsedFile file = parse("enhed;navn;e-mail\nA;N\u0000l;n@x.dk\nA;\"Tab\tand\nbreak\";t@x.dk\n"
                + "A;B;b@x.dk;\u001B\n");
        assertEquals(List.of("line 2: name", "line 5", "line 5"), fields(file), "and a field too many");
        assertEquals("indeholder et kontroltegn (U+0000), som ikke må stå i filen", danish(file).get(0));
        assertEquals("N\uFFFDl", file.rows().get(0).name());
        assertEquals("Tab and break", file.rows().get(1).name());
        assertEquals(List.of("line 1: header"), fields(parse("enhed;navn\u0085;e-mail\nA;B;c@x.dk\n")).subList(0, 1));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNotUtf8() {
        ParsedFile file = ImportParser.parse("enhed;navn;e-mail\nA;B;c@x.dk\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("Filen er ikke UTF-8. Gem den som »CSV UTF-8« i dit regneark."), danish(file));
    }

    @Test
    void aLineOfTooManyFieldsStopsTheReadingAndLongValuesAreQuotedShort() {
        ParsedFile file = parse("enhed;navn;e-mail\nA;B;c@x.dk" + ";".repeat(ImportParser.MAX_FIELDS) + "\n");
        assertEquals(List.of("har mere end 1000 felter"), danish(file));
        assertEquals(List.of("line 2"), fields(file));
        file = parse("enhed;navn;e-mail;roller\nA;B;c@x.dk;" + "x".repeat(10_000) + "\n");
        assertEquals("ukendt rolle »" + "x".repeat(ImportMessage.QUOTED) + "…«; brug hr, admin, leder eller chef",
                danish(file).get(0));
    }

    @Test
    void danishRoleWordsAreRolesToo() {
        ParsedFile file = parse(
                "enhed;navn;e-mail;roller\nA;B;b@x.dk;Leder CHEF hr admin\nA;C;c@x.dk;leader|manager\n");
        assertTrue(file.errors().isEmpty(), danish(file).toString());
        assertEquals(Set.of(Role.leader, Role.manager, Role.hr, Role.admin), file.rows().get(0).roles());
        assertEquals(Set.of(Role.leader, Role.manager), file.rows().get(1).roles());
    }

    @Test
    void anApostropheThatGuardsAFormulaIsDropped() {
        assertEquals("=SUM(A1)", ImportParser.unguarded("'=SUM(A1)"));
        assertEquals("'+45", ImportParser.unguarded("''+45"));
        assertEquals("'Hanne'", ImportParser.unguarded("'Hanne'"));
        assertEquals("'", ImportParser.unguarded("'"));
        ParsedFile file = parse("enhed;navn;e-mail\n'-Minus;'@Bo;'+b@x.dk\n");
        assertEquals(new ImportRow(2, "-Minus", null, "@Bo", "+b@x.dk", null, Set.of()), file.rows().get(0));
    }
}
