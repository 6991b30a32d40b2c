package dk.pejling.testing;

import static io.restassured.RestAssured.given;

import dk.pejling.auth.AuthService;
import dk.pejling.common.Role;
import dk.pejling.org.OrgService;
import dk.pejling.rounds.SurveyTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation of its own for a test, built through the API as HR would: an HR consultant (also admin) who
 * imports the organisation from CSV, a framework, rounds launched and answered through the survey with the links the
 * invitations carry. Imported people log in with real signed tokens for their roles.
 */
@ApplicationScoped
public class TestOrganisation {

    private final OrgService org;
    private final AuthService auth;
    private final SurveyTokens tokens;
    private final EntityManager em;

    TestOrganisation(OrgService org, AuthService auth, SurveyTokens tokens, EntityManager em) {
        this.org = org;
        this.auth = auth;
        this.tokens = tokens;
        this.em = em;
    }

    /** A built organisation: its id, domain, HR's token, and what the import made. */
    public final class Built {
        public final UUID id;
        public final String domain;
        public final String hr;

        Built(UUID id, String domain) {
            this.id = id;
            this.domain = domain;
            this.hr = Tokens.login("hr@" + domain);
        }

        public String mail(String local) {
            return local + "@" + domain;
        }

        /** Imports a whole organisation (CSV rows without the header); 200 expected. */
        public JsonPath importCsv(String rows) {
            String csv = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n"
                    + "Rådhuset;;Hanne Holm;hr@" + domain + ";;hr admin\n" + rows.replace("@dom", "@" + domain);
            return given().auth().oauth2(hr).contentType("text/csv").queryParam("mode", "apply")
                    .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/org/import").then().statusCode(200)
                    .extract().jsonPath();
        }

        public UUID person(String local) {
            return personId(id, mail(local));
        }

        /** A signed token for an imported person with these roles. */
        public String token(String local, Role... roles) {
            Set<String> names = new java.util.HashSet<>();
            for (Role role : roles) {
                names.add(role.name());
            }
            return Tokens.sign(Tokens.claims(person(local), id, names));
        }

        /** A published framework: values named as given, each with its number of statements. */
        public JsonPath framework(String name, int... statementsPerValue) {
            String framework = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("name", name))
                    .post("/api/frameworks").then().statusCode(201).extract().path("id");
            for (int v = 0; v < statementsPerValue.length; v++) {
                String value = given().auth().oauth2(hr).contentType(ContentType.JSON)
                        .body(Map.of("title", "Værdi " + (v + 1)))
                        .post("/api/frameworks/" + framework + "/values").then().statusCode(201).extract()
                        .path("values[" + v + "].id");
                for (int s = 0; s < statementsPerValue[v]; s++) {
                    String text = "Min leder gør det, der hører til værdi " + (v + 1) + ", punkt " + (s + 1);
                    given().auth().oauth2(hr).contentType(ContentType.JSON)
                            .body(Map.of("text", text, "selfText", "Jeg gør det, der hører til værdi " + (v + 1)
                                    + ", punkt " + (s + 1)))
                            .post("/api/frameworks/" + framework + "/values/" + value + "/statements")
                            .then().statusCode(201);
                }
            }
            return given().auth().oauth2(hr).post("/api/frameworks/" + framework + "/publish").then().statusCode(200)
                    .extract().jsonPath();
        }

        /** A launched round over these leaders; returns its id. */
        public String launch(String frameworkVersionId, String name, Map<String, Object> settings,
                List<String> leaders) {
            return launch(frameworkVersionId, name, settings, leaders, round -> {
            });
        }

        /** A launched round over these leaders, with something done to the draft first; returns its id. */
        public String launch(String frameworkVersionId, String name, Map<String, Object> settings,
                List<String> leaders, java.util.function.Consumer<String> beforeLaunch) {
            Map<String, Object> body = new HashMap<>(settings);
            body.put("frameworkVersionId", frameworkVersionId);
            body.put("name", name);
            body.putIfAbsent("closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
            String round = given().auth().oauth2(hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                    .then().statusCode(201).extract().path("id");
            List<String> ids = leaders.stream().map(l -> person(l).toString()).toList();
            given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("leaderIds", ids))
                    .post("/api/rounds/" + round + "/evaluees").then().statusCode(200);
            beforeLaunch.accept(round);
            given().auth().oauth2(hr).post("/api/rounds/" + round + "/launch").then().statusCode(200);
            return round;
        }

        /** The survey links of a round by invitee e-mail and group ("EMPLOYEE/lars@…"), as the mails carry them. */
        public Map<String, String> links(String roundId) {
            return TestOrganisation.this.links(UUID.fromString(roundId));
        }

        /** The survey links of a round by group, invitee e-mail and leader ("PEER/sofie@…/Lars Holm"). */
        public Map<String, String> linksByLeader(String roundId) {
            return TestOrganisation.this.linksByLeader(UUID.fromString(roundId));
        }

        public void close(String roundId) {
            given().auth().oauth2(hr).post("/api/rounds/" + roundId + "/close").then().statusCode(200);
        }
    }

    public Built create() {
        return create(Role.hr, Role.admin);
    }

    /** An organisation whose HR consultant, Hanne Holm, holds these roles. */
    public Built create(Role... hrRoles) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = createOrganisation(slug, Set.of(hrRoles));
        return new Built(id, slug + ".pejling.dk");
    }

    @Transactional
    UUID createOrganisation(String slug, Set<Role> roles) {
        UUID o = org.createOrganisation(slug, "Testkommune " + slug).id();
        UUID unit = org.createUnit(o, null, "Rådhuset");
        String email = "hr@" + slug + ".pejling.dk";
        UUID person = org.createPerson(o, unit, null, "Hanne Holm", email).id();
        auth.createAccount(o, person, email, Tokens.DEMO_PASSWORD, roles);
        return o;
    }

    @Transactional
    UUID personId(UUID organisation, String email) {
        return (UUID) em
                .createNativeQuery("select id from person where organisation_id = :o and lower(email) = lower(:e)")
                .setParameter("o", organisation).setParameter("e", email).getSingleResult();
    }

    @Transactional
    Map<String, String> links(UUID round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.rater_group, i.email from invitation i where i.round_id = :r order by i.email""")
                .setParameter("r", round).getResultList();
        Map<String, String> links = new LinkedHashMap<>();
        for (Object[] row : rows) {
            links.put(row[1] + "/" + row[2], tokens.tokenFor((UUID) row[0]));
        }
        return links;
    }

    @Transactional
    Map<String, String> linksByLeader(UUID round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.rater_group, i.email, e.leader_name from invitation i
                join round_evaluee e on e.id = i.evaluee_id where i.round_id = :r order by i.email""")
                .setParameter("r", round).getResultList();
        Map<String, String> links = new LinkedHashMap<>();
        for (Object[] row : rows) {
            links.put(row[1] + "/" + row[2] + "/" + row[3], tokens.tokenFor((UUID) row[0]));
        }
        return links;
    }

    /** A complete submission: one score (1–5, or null for "ved ikke") per statement of the survey, in order. */
    public static int submit(String token, List<Integer> scores, String story) {
        JsonPath survey = given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(200).extract()
                .jsonPath();
        List<String> statements = survey.getList("values.statements.flatten().id", String.class);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("statementId", statements.get(i));
            answer.put("score", i < scores.size() ? scores.get(i) : Integer.valueOf(3));
            answers.add(answer);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (story != null) {
            body.put("stories", List.of(Map.of("valueId", survey.getString("values[0].id"), "text", story)));
        }
        return given().header("X-Survey-Token", token).contentType(ContentType.JSON).body(body)
                .post("/api/survey/submit").statusCode();
    }
}
