package dk.pejling.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers that look like a real round's: each leader is better or worse than most, each statement easier or harder to
 * agree with, each respondent milder or sterner; scores lean towards 4, self-assessments lie a little higher than
 * employees' (blind spots), "ved ikke" is rare for everyday behaviour and common (up to a quarter) for what employees
 * cannot observe, and one ballot in five tells a story.
 */
final class Ballots {

    record Form(List<UUID> values, List<UUID> statements, List<Integer> valueOf) {
    }

    private static final String[] STORY = {"Da vi fik ny struktur i afdelingen, tog min leder sig tid til at tale med hver "
        + "enkelt af os om, hvad det betød for vores opgaver.", "Jeg savner, at vi oftere får at vide, hvorfor en "
        + "beslutning er truffet, før den bliver sat i værk.", "Under den travle periode i vinter stod min leder selv "
        + "med på gulvet og hjalp med at prioritere.", "Når der opstår uenighed i teamet, bliver den taget op på næste "
        + "personalemøde, og det giver ro.", "Det ville hjælpe, hvis vi fik mere konkret feedback på vores arbejde "
        + "løbende og ikke kun ved MUS."};

    private final Form form;
    private final long seed;
    private final double[] difficulty;
    private final double[] dontKnow;
    private final Map<UUID, Double> leader = new HashMap<>();
    final AtomicInteger stories = new AtomicInteger();

    Ballots(long seed, Form form) {
        this.seed = seed;
        this.form = form;
        Random random = new Random(seed);
        difficulty = new double[form.statements().size()];
        dontKnow = new double[form.statements().size()];
        for (int s = 0; s < difficulty.length; s++) {
            difficulty[s] = random.nextGaussian() * 0.35;
            dontKnow[s] = random.nextInt(6) == 0 ? 0.12 + random.nextDouble() * 0.13 : 0.01 + random.nextDouble() * 0.06;
        }
    }

    int statements() {
        return form.statements().size();
    }

    /** One respondent's answers as the survey page submits them. */
    String body(Seeder.Invitee invitee) {
        Random random = new Random(seed ^ invitee.token().hashCode());
        double quality = leader.computeIfAbsent(invitee.evaluee(),
                e -> new Random(seed ^ e.hashCode()).nextGaussian() * 0.45);
        boolean self = invitee.group().equals("SELF");
        boolean manager = invitee.group().equals("MANAGER");
        double leniency = random.nextGaussian() * (self ? 0.25 : 0.5) + (self ? 0.3 : 0);
        StringBuilder body = new StringBuilder(4096).append("{\"answers\":[");
        for (int s = 0; s < form.statements().size(); s++) {
            if (s > 0) {
                body.append(',');
            }
            body.append("{\"statementId\":\"").append(form.statements().get(s)).append("\",\"score\":");
            if (!self && random.nextDouble() < dontKnow[s] * (manager ? 0.5 : 1)) {
                body.append("null");
            } else {
                long score = Math.round(3.9 + quality + difficulty[s] + leniency + random.nextGaussian() * 0.7);
                body.append(Math.max(1, Math.min(5, score)));
            }
            body.append('}');
        }
        body.append("],\"stories\":[");
        if (random.nextDouble() < 0.2) {
            stories.incrementAndGet();
            body.append("{\"valueId\":\"").append(form.values().get(random.nextInt(form.values().size())))
                    .append("\",\"text\":\"").append(STORY[random.nextInt(STORY.length)]).append("\"}");
        }
        return body.append("]}").toString();
    }

    /** The benchmark's submission: every statement answered, one story, as the issue measured it. */
    String withStory() {
        Random random = new Random(seed);
        StringBuilder body = new StringBuilder(4096).append("{\"answers\":[");
        for (int s = 0; s < form.statements().size(); s++) {
            body.append(s > 0 ? "," : "").append("{\"statementId\":\"").append(form.statements().get(s))
                    .append("\",\"score\":").append(random.nextInt(8) == 0 ? "null" : String.valueOf(1 + random.nextInt(5)))
                    .append('}');
        }
        return body.append("],\"stories\":[{\"valueId\":\"").append(form.values().get(0)).append("\",\"text\":\"")
                .append(STORY[0]).append("\"}]}").toString();
    }
}
