package dev.policygraph.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Queries over GET (cacheable), under the same limits and keys as POST; CORS off unless configured. */
@QuarkusTest
class HttpGetAndCorsTests {

    @Test
    void aQueryIsAnsweredOverGet() {
        given().queryParam("query", "{ meetings(first: 1) { totalCount } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.meetings.totalCount", greaterThanOrEqualTo(1));
    }

    @Test
    void variablesTravelAsAJsonQueryParameter() {
        given().queryParam("query", "query ($n: Int!) { meetings(first: $n) { nodes { id } } }")
                .queryParam("variables", "{\"n\": 1}")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.meetings.nodes.size()", is(1));
    }

    @Test
    void aMutationIsNotRunOverGet() {
        int before = articleCount();
        given().queryParam("query", "mutation { ingestArticle(input: {text: \"国家邮政局召开会议。\"}) { created } }")
                .header("Authorization", "Bearer " + GraphQL.KEY)
                .when().get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", is("method-not-allowed"))
                .body("data", nullValue());
        assertEquals(before, articleCount(), "a mutation sent by GET stored an article");
    }

    @Test
    void aDocumentHoldingAMutationIsRefusedWhicheverOperationIsNamed() {
        for (String name : new String[] {"Q", "M"}) {
            given().queryParam("query", "query Q { meetings(first: 1) { totalCount } } "
                            + "mutation M { unlinkRelay(from: \"meeting:x\", to: \"meeting:y\") { id } }")
                    .queryParam("operationName", name)
                    .header("Authorization", "Bearer " + GraphQL.KEY)
                    .when().get("/graphql")
                    .then().statusCode(405)
                    .body("errors[0].extensions.code", is("method-not-allowed"));
        }
    }

    private static int articleCount() {
        return GraphQL.post("{ articles(first: 1) { totalCount } }").extract().path("data.articles.totalCount");
    }

    @Test
    void theDocumentLimitsHoldOverGet() {
        String aliases = IntStream.range(0, 25).mapToObj(i -> "a" + i + ": meetings(first: 1) { totalCount }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        given().queryParam("query", aliases)
                .when().get("/graphql")
                .then().body("errors[0].extensions.code", is("limit-exceeded"))
                .body("errors[0].extensions.limit", is("policygraph.api.max-aliases"))
                .body("data", nullValue());
    }

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", "https://dashboards.example.org")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
