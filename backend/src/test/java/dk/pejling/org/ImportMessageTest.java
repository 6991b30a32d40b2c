package dk.pejling.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.pejling.org.ImportMessage.Localized;
import org.junit.jupiter.api.Test;

/** The message catalogue: both languages, arguments filled in once. */
class ImportMessageTest {

    @Test
    void argumentsAreFilledInByLanguageAndNeverReadAsPlaceholders() {
        assertEquals("linje 3 giver enheden »{1}« en anden overordnet enhed",
                ImportMessage.OTHER_PARENT.text(false, 3, "{1}"));
        assertEquals("the column \"email\" is missing",
                ImportMessage.MISSING_COLUMN.text(true, new Localized("e-mail", "email")));
    }

    @Test
    void everyMessageHasTwoLanguagesWithTheSamePlaceholders() {
        for (ImportMessage message : ImportMessage.values()) {
            Object[] args = {"‹0›", "‹1›", "‹2›", "‹3›"};
            String da = message.text(false, args);
            String en = message.text(true, args);
            assertNotEquals(da, en, message.name());
            assertFalse(da.contains("{") || en.contains("{"), message.name());
            for (Object arg : args) {
                assertEquals(da.contains((String) arg), en.contains((String) arg), message.name() + " " + arg);
            }
        }
    }
}
