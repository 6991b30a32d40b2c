package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void danishUnlessEnglishComesFirst() {
        assertEquals(Language.DANISH, Language.ofTags(List.of()));
        assertEquals(Language.DANISH, Language.ofTags(List.of("da")));
        assertEquals(Language.DANISH, Language.ofTags(List.of("da-DK", "en")));
        assertEquals(Language.ENGLISH, Language.ofTags(List.of("en")));
        assertEquals(Language.ENGLISH, Language.ofTags(List.of("en-GB", "da")));
    }

    @Test
    void skipsLanguagesPejlingDoesNotSpeakAndReadsTheWildcardAsDanish() {
        assertEquals(Language.ENGLISH, Language.ofTags(List.of("fr", "en")));
        assertEquals(Language.DANISH, Language.ofTags(List.of("fr", "de")));
        assertEquals(Language.DANISH, Language.ofTags(List.of("*", "en")));
        assertEquals(Language.DANISH, Language.ofTags(List.of("dan")));
        assertEquals(Language.ENGLISH, Language.ofTags(List.of("EN-us")));
    }

    @Test
    void picksTheWording() {
        assertEquals("Ugyldige data", Language.DANISH.pick("Ugyldige data", "Invalid data"));
        assertEquals("Invalid data", Language.ENGLISH.pick("Ugyldige data", "Invalid data"));
    }
}
