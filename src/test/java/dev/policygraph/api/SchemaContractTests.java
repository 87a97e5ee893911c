package dev.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The GraphQL schema is a contract with clients: the committed copy must match what the service serves, so any
 * change to it shows up as a diff in review.
 */
@QuarkusTest
class SchemaContractTests {

    private static final Path COMMITTED = Path.of("src/docs/schema.graphql");

    @Test
    void servedSchemaMatchesTheCommittedContract() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path actual = Path.of("target/schema.graphql");
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(served)
                .as("The served schema differs from %s. If the change is intended: cp %s %s", COMMITTED, actual,
                        COMMITTED)
                .isEqualTo(committed);
    }
}
