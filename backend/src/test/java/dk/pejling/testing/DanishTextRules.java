package dk.pejling.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of docs/glossary.md that a machine can check in a Danish text the backend writes (mails, exports, the
 * PDF and the Word document): no codes in text, one word for each thing, »…« as quotes. The SPA's message files are
 * held to the same rules by frontend/src/i18n/__tests__/message-files.test.ts.
 */
public final class DanishTextRules {

    private record Rule(Pattern pattern, String why) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<!\\p{L})[kn](?!\\p{L})"),
                    "no k or n: say »mindst 5 svar«, »antal svar«"),
            new Rule(Pattern.compile("\\bSD\\b|[Ii]tem[-–]rest"),
                    "no SD or item-rest: »spredning«, »sammenhæng med de øvrige udsagn«"),
            new Rule(Pattern.compile("\\b[ASRLOPK]\\d{1,2}\\b"), "no internal requirement id"),
            new Rule(Pattern.compile("urn:pejling|problem:"), "no problem type"),
            new Rule(Pattern.compile("(?i)tærskel|tærskl"), "the threshold is the »anonymitetsgrænse«"),
            new Rule(Pattern.compile("(?i)selvevaluering"), "»selvvurdering«"),
            new Rule(Pattern.compile("(?i)fortælling"), "»historie«"),
            new Rule(Pattern.compile("[„“”]"), "quotes are »…«"));

    private DanishTextRules() {
    }

    /** Each broken rule with the text around the place that breaks it; empty when the text follows the glossary. */
    public static List<String> violations(String text) {
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            var matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                int from = Math.max(0, matcher.start() - 40);
                int to = Math.min(text.length(), matcher.end() + 40);
                found.add(rule.why() + ": …" + text.substring(from, to).replaceAll("\\s+", " ") + "…");
            }
        }
        return found;
    }

    /** The text a reader sees of a Qute mail or page template: without expressions, sections, tags and styles. */
    public static String templateText(String template) {
        return template.replaceAll("(?s)\\{\\|.*?\\|\\}", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<head.*?</head>", " ")
                .replaceAll("(?s)\\{[^{}]*\\}", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ");
    }
}
