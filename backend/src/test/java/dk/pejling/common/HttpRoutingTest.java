package dk.pejling.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The SPA, its deep links, the operational endpoints and the security headers, all on one port. */
@QuarkusTest
class HttpRoutingTest {

    @Test
    void theSpaIsServedAtTheRoot() {
        given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html"));
    }

    @Test
    void aDeepLinkIsServedByTheSpa() {
        String root = given().when().get("/").then().extract().asString();
        given().when().get("/rapporter/123")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(equalTo(root));
    }

    @Test
    void healthOpenApiAndSwaggerAreThere() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("Pejling API"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().when().get("/api/settings")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("accessibilityStatementUrl", containsString("http"));
    }

    @Test
    void onlyPathsWithoutAFileExtensionOutsideApiAndQAreClientRoutes() {
        assertTrue(HttpRouting.isClientRoute("/rapporter/123"));
        assertTrue(HttpRouting.isClientRoute("/login"));
        assertFalse(HttpRouting.isClientRoute("/"));
        assertFalse(HttpRouting.isClientRoute("/api/me"));
        assertFalse(HttpRouting.isClientRoute("/q/health"));
        assertFalse(HttpRouting.isClientRoute("/assets/index-abc.js"));
    }

    private static final String ASSET = "/assets/pejling-test-asset.js";

    /** No decoding by the client: the test compares the bytes that travelled. */
    private static io.restassured.specification.RequestSpecification raw() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HttpRoutingTest.class.getResourceAsStream("/META-INF/resources/assets/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aHashedAssetGoesOutAsTheBuildsBrotliCopyAndIsCachedForAYear() throws IOException {
        byte[] body = raw().header("Accept-Encoding", "gzip, deflate, br").when().get(ASSET)
                .then().statusCode(200)
                .header("Content-Encoding", "br")
                .header("Content-Type", containsString("text/javascript"))
                .header("Cache-Control", StaticAssets.IMMUTABLE)
                .header("Vary", containsString("Accept-Encoding"))
                .extract().asByteArray();
        assertArrayEquals(resource("pejling-test-asset.js.br"), body);
    }

    @Test
    void aClientWithoutBrotliGetsTheGzipCopyAndOneWithoutEitherThePlainFile() throws IOException {
        byte[] gzip = raw().header("Accept-Encoding", "gzip;q=0.8, br;q=0").when().get(ASSET)
                .then().statusCode(200).header("Content-Encoding", "gzip")
                .header("Cache-Control", StaticAssets.IMMUTABLE)
                .extract().asByteArray();
        assertArrayEquals(resource("pejling-test-asset.js.gz"), gzip);
        byte[] plain = raw().header("Accept-Encoding", "identity").when().get(ASSET)
                .then().statusCode(200).header("Content-Encoding", not("br"))
                .header("Cache-Control", StaticAssets.IMMUTABLE)
                .extract().asByteArray();
        assertArrayEquals(resource("pejling-test-asset.js"), plain);
    }

    @Test
    void theSpaShellIsRevalidatedOnEveryVisitAndCompressed() {
        for (String path : new String[] {"/", "/s", "/rapporter/123", "/index.html"}) {
            raw().header("Accept-Encoding", "gzip").when().get(path)
                    .then().statusCode(200)
                    .header("Cache-Control", StaticAssets.REVALIDATE)
                    .header("Content-Encoding", "gzip");
        }
    }

    @Test
    void anUnknownAssetIsA404NotTheSpa() {
        given().header("Accept-Encoding", "br").when().get("/assets/no-such-file-abc123.js")
                .then().statusCode(404);
    }

    @Test
    void anUnknownApiPathAnswersInTheRequestsLanguage() {
        given().header("Accept-Language", "en-GB, da;q=0.5").when().get("/api/no-such-thing")
                .then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("title", equalTo("Not found"));
        given().header("Accept-Language", "da").when().get("/api/no-such-thing")
                .then().statusCode(404).body("title", equalTo("Findes ikke"));
    }

    @Test
    void choosesBrotliThenGzipFromAcceptEncoding() {
        assertEquals("br", StaticAssets.preferredEncoding("gzip, deflate, br, zstd"));
        assertEquals("gzip", StaticAssets.preferredEncoding("br;q=0, gzip"));
        assertEquals("gzip", StaticAssets.preferredEncoding("*"));
        assertNull(StaticAssets.preferredEncoding("identity"));
        assertNull(StaticAssets.preferredEncoding("gzip;q=0"));
        assertNull(StaticAssets.preferredEncoding(null));
    }
}
