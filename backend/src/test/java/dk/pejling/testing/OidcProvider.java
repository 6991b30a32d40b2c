package dk.pejling.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server, in-process on a free port): discovery, JWKS,
 * code flow with PKCE and nonce. {@link #signIn} walks a browser's redirects through Pejling and the provider with
 * REST Assured, carrying cookies as a browser would, and returns where the browser ends.
 */
public final class OidcProvider {

    public static final String CLIENT_ID = "pejling";
    public static final String CLIENT_SECRET = "en-hemmelighed-kun-for-testen";

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final String issuerId;

    public OidcProvider(String issuerId) {
        this.issuerId = issuerId;
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer URL, as the organisation's admin enters it. */
    public String issuer() {
        return server.issuerUrl(issuerId).toString().replaceAll("/+$", "");
    }

    public void stop() {
        server.shutdown();
    }

    /** The next login at the provider vouches for these claims (email and any override, such as iss or aud). */
    public void nextLogin(String subject, Map<String, Object> claims, long expirySeconds) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims,
                expirySeconds));
    }

    /** Where a browser's single sign-on ends, and the request a replay would repeat. */
    public record Outcome(String location, String returnUrl, Map<String, String> returnCookies) {
    }

    /** Starts at Pejling's login URL for the organisation and follows every redirect until the SPA's page. */
    public Outcome signIn(String slug) {
        Map<String, String> cookies = new HashMap<>();
        String url = "/api/auth/sso/" + slug + "/login";
        String returnUrl = null;
        Map<String, String> returnCookies = null;
        for (int hop = 0; hop < 10; hop++) {
            boolean provider = atProvider(url);
            if (!provider && url.contains("code=")) {
                returnUrl = url;
                returnCookies = new HashMap<>(cookies);
            }
            Response response = provider
                    ? given().urlEncodingEnabled(false).redirects().follow(false).get(url)
                    : given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(path(url));
            if (!provider) {
                response.getDetailedCookies().asList().forEach(c -> {
                    if (c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                        cookies.remove(c.getName());
                    } else {
                        cookies.put(c.getName(), c.getValue());
                    }
                });
            }
            int status = response.statusCode();
            if (System.getenv("SSO_TRACE") != null) {
                System.out.println("SSO hop " + hop + ": " + url + " -> " + status + " " + response.header("Location")
                        + " cookies=" + cookies.keySet() + (status >= 400 ? " body=" + response.asString() : ""));
            }
            if (status < 300 || status >= 400) {
                return new Outcome("status " + status, returnUrl, returnCookies);
            }
            url = response.header("Location");
            if (!atProvider(url) && !path(url).startsWith("/api/")) {
                return new Outcome(path(url) + fragment(url), returnUrl, returnCookies);
            }
        }
        throw new AssertionError("More than 10 redirects");
    }

    private boolean atProvider(String url) {
        return url.startsWith(server.baseUrl().toString()) || url.startsWith(issuer().replaceAll("/[^/]*$", ""));
    }

    private static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 || path(url).contains("#") ? "" : url.substring(hash);
    }

    /** Repeats the provider's return to Pejling (code and state) with the cookies the browser had then. */
    public String replay(Outcome outcome) {
        Response response = given().urlEncodingEnabled(false).redirects().follow(false).cookies(outcome.returnCookies())
                .get(path(outcome.returnUrl()));
        return response.statusCode() + " " + response.header("Location");
    }

    /** An absolute URL on Pejling as a path for REST Assured's base URI. */
    private static String path(String url) {
        if (!url.startsWith("http")) {
            return url;
        }
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
