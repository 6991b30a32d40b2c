package dk.pejling.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** openapi.yaml at the top of the repository is the contract: it must equal what the running app serves. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi-served.yaml");

    @Test
    void theCommittedContractEqualsTheServedDocument() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Files.writeString(SERVED, served);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(Files.readString(CONTRACT));
        JsonNode actual = yaml.readTree(served);
        assertTrue(expected.equals(actual), """
                openapi.yaml differs from the document the application serves.
                If the API change is intended, refresh the contract from the repository root with:
                    cp backend/target/openapi-served.yaml openapi.yaml
                and review the diff.""");
    }

    @Test
    void everyApiOperationDeclaresProblemResponses() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            assertTrue(responses != null && responses.has("500")
                    && responses.get("500").get("content").has("application/problem+json"),
                    op.getKey() + " " + path.getKey() + " must declare its problem responses");
        }));
    }
}
