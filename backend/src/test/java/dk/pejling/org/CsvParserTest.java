package dk.pejling.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.org.CsvParser.CsvFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader: delimiters, quotes, line ends and line numbers as spreadsheets write them. */
class CsvParserTest {

    @Test
    void theHeaderDecidesTheDelimiter() {
        assertEquals(';', CsvParser.detectDelimiter("enhed;navn;e-mail\nA,B;C;D\n"));
        assertEquals(',', CsvParser.detectDelimiter("unit,name,email\nA;B,C,D\n"));
        assertEquals(',', CsvParser.detectDelimiter("\n\n\"a;b\",name,email\n"));
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndRecordsKeepTheirFirstLine() {
        CsvFile file = CsvParser.parse("a;b\r\n\"x;y\";\"sagde \"\"hej\"\"\"\r\n\"to\nlinjer\";z\r\n\r\nsidst;ø");
        assertEquals(List.of("x;y", "sagde \"hej\""), file.records().get(1).fields());
        assertEquals(List.of("to\nlinjer", "z"), file.records().get(2).fields());
        assertEquals(3, file.records().get(2).line());
        assertTrue(file.records().get(3).blank());
        assertEquals(6, file.records().get(4).line());
        assertEquals(List.of("sidst", "ø"), file.records().get(4).fields());
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpensOn() {
        CsvFile file = CsvParser.parse("a;b\nc;d\n\"e;f\ng;h\n");
        assertEquals("unclosed-quote", file.error());
        assertEquals(3, file.errorLine());
    }

    @Test
    void utf8WithBomIsReadAndOtherEncodingsAreRefused() {
        byte[] bom = "\uFEFFenhed;navn\nÆldreplejen;Søren".getBytes(StandardCharsets.UTF_8);
        assertEquals("enhed;navn\nÆldreplejen;Søren", CsvParser.decodeUtf8(bom).orElseThrow());
        byte[] latin1 = "Ældreplejen;Søren".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(CsvParser.decodeUtf8(latin1).isEmpty());
    }

    @Test
    void theBoundedReadingSkipsBlankRecordsKeepsSomeCountsAllAndRefusesWideLines() {
        CsvFile file = CsvParser.parse("a;b\n\n;\nc;d\ne;f\ng;h\n", true, 3, 10);
        assertEquals(List.of(1, 4, 5), file.records().stream().map(r -> r.line()).toList());
        assertEquals(4, file.count());
        CsvFile wide = CsvParser.parse("a;b\nc;d;e;f\n", true, 10, 3);
        assertEquals("too-many-fields", wide.error());
        assertEquals(2, wide.errorLine());
    }

    @Test
    void quotesInsideAnUnquotedFieldCostLinearTime() {
        long start = System.nanoTime();
        CsvFile file = CsvParser.parse("a;x" + "\"".repeat(2_000_000) + ";b\n");
        assertEquals(2_000_001, file.records().get(0).fields().get(1).length());
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "two million quotes");
        // A quote after a blank start still opens a quoted field, also after a closed one.
        assertEquals(List.of("x;y", "z"), CsvParser.parse(" \"x;y\";z").records().get(0).fields());
    }
}
