package dev.policygraph.security;

import static io.restassured.RestAssured.given;
import dev.policygraph.NoSeedProfile;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Every limit through the real endpoint: each refusal is a GraphQL error that names its setting. */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class LimitsTests {

    @Inject
    GraphStore store;

    long nodes() {
        return store.execute("MATCH (n) RETURN count(n) AS c").get(0).get("c").asLong();
    }

    /** The same query under the limit is answered: the refusals below come from the limit, not from the query. */
    private static void answered(String query) {
        GraphQL.post(query).statusCode(200).body("errors", nullValue());
    }

    private static String aliases(int n) {
        var query = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            query.append(" a").append(i).append(": meetings { totalCount }");
        }
        return query.append(" }").toString();
    }

    @Test
    void aliasBombIsRefusedBeforeAnythingRunsNamingTheAliasLimit() {
        answered(aliases(20));
        GraphQL.post(aliases(1000))
                .statusCode(200)
                .body("errors[0].extensions.code", is("limit-exceeded"))
                .body("errors[0].extensions.limit", is("policygraph.api.max-aliases"))
                .body("errors[0].message", containsString("1000 aliases"))
                .body("data", nullValue());
    }

    @Test
    void fiftyLevelNestedQueryIsRefusedNamingTheDepthLimit() {
        answered(DocumentLimitsTests.nested(12)); // 15 levels, the limit
        GraphQL.post(DocumentLimitsTests.nested(50))
                .body("errors[0].extensions.code", is("limit-exceeded"))
                .body("errors[0].extensions.limit", is("policygraph.api.max-query-depth"))
                .body("data", nullValue());
    }

    @Test
    void queryOverTheComplexityLimitIsRefusedNamingIt() {
        answered("{ meetings { nodes { " + "id ".repeat(398) + "} } }"); // 400 fields, the limit
        GraphQL.post("{ meetings { nodes { " + "id ".repeat(450) + "} } }")
                .body("errors[0].extensions.code", is("limit-exceeded"))
                .body("errors[0].extensions.limit", is("policygraph.api.max-query-complexity"));
    }

    @Test
    void documentOverTheParserTokenLimitIsASyntaxErrorNotAnOutage() {
        GraphQL.post("{ meetings { totalCount " + "__typename ".repeat(20_000) + "} }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("invalid-query"))
                .body("errors[0].message", containsString("15,000"))
                .body("data", nullValue());
        GraphQL.post("{ meetings(first: 1) { totalCount } }").body("errors", nullValue());
    }

    @Test
    void hugeFirstIsRefusedNamingTheMaxPageSize() {
        GraphQL.post("{ meetings(first: 1000000) { totalCount } }")
                .body("errors[0].extensions.code", is("invalid-argument"))
                .body("errors[0].message", containsString("policygraph.api.max-page-size"));
    }

    @Test
    void articleOverMaxArticleBytesIsRejectedAsTooLargeBeforeExtraction() {
        long before = nodes();
        GraphQL.ingest("会".repeat(700_000), GraphQL.KEY) // 2.1 MB of UTF-8
                .body("errors[0].extensions.code", is("article-rejected"))
                .body("errors[0].message", containsString("TOO_LARGE"))
                .body("errors[0].message", containsString("policygraph.ingest.max-article-bytes"));
        assertEquals(before, nodes());
    }

    @Test
    void bodyOverTheHttpLimitIsRefusedWith413() throws Exception {
        // Expect: 100-continue lets the server refuse on Content-Length alone, before the body is sent.
        byte[] body = ("{\"query\":\"{ meetings { totalCount } }\",\"pad\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json").expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(413, response.statusCode());
        GraphQL.post("{ meetings(first: 1) { totalCount } }").body("errors", nullValue());
    }
}
