package dev.policygraph.security;

import static org.hamcrest.Matchers.containsString;
import dev.policygraph.NoSeedProfile;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import dev.policygraph.graph.store.GraphStore;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(NoSeedProfile.class)
class AccessTests {

    static final String SOME_ARTICLE = "2020年7月16日，国家邮政局召开全国邮政管理半年工作电视电话会议。";

    @Inject
    GraphStore store;

    long nodes() {
        return store.execute("MATCH (n) WHERE NOT n:__Migration RETURN count(n) AS c").get(0).get("c").asLong();
    }

    @Test
    void mutationWithoutTokenIsRefusedAsUnauthorizedAndChangesNothing() {
        long before = nodes();
        GraphQL.ingest(SOME_ARTICLE, null)
                .statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.is("unauthorized"))
                .body("errors[0].message", containsString("bearer token is needed for mutations"))
                .body("data.ingestArticle", nullValue());
        assertEquals(before, nodes());
    }

    @Test
    void mutationWithWrongTokenIsRefused() {
        long before = nodes();
        GraphQL.ingest(SOME_ARTICLE, "not-the-key")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.is("unauthorized"))
                .body("errors[0].message", containsString("not one of the configured keys"));
        assertEquals(before, nodes());
    }

    @Test
    void mutationHiddenBehindAnOperationNameIsStillRefused() {
        var body = java.util.Map.of(
                "query", "query Q { search(text: \"x\") { id } } mutation M { ingestArticle(input: {text: \"x\"}) { created } }",
                "operationName", "M");
        GraphQL.raw(body, null).body("errors[0].extensions.code", org.hamcrest.Matchers.is("unauthorized"));
    }

    @Test
    void mutationWithTheConfiguredKeyPassesTheGuard() {
        GraphQL.ingest(SOME_ARTICLE, GraphQL.KEY)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.ingestArticle.article.id", org.hamcrest.Matchers.startsWith("article:"));
    }

    @Test
    void aQueryTextOnceAcceptedIsJudgedAgainForEachRequest() {
        // The guard keeps its verdict per query text; the credential and the operation chosen are per request.
        GraphQL.ingest(SOME_ARTICLE, GraphQL.KEY).body("errors", org.hamcrest.Matchers.nullValue());
        long before = nodes();
        GraphQL.ingest(SOME_ARTICLE + "二", null).body("errors[0].extensions.code", org.hamcrest.Matchers.is("unauthorized"));
        assertEquals(before, nodes());

        String both = "query Q { meetings(first: 1) { totalCount } } mutation M { ingestArticle(input: {text: \"x\"}) { created } }";
        GraphQL.raw(java.util.Map.of("query", both, "operationName", "Q"), null)
                .body("errors", nullValue()).body("data.meetings.totalCount", notNullValue());
        GraphQL.raw(java.util.Map.of("query", both, "operationName", "M"), null)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.is("unauthorized"));
        GraphQL.raw(java.util.Map.of("query", both, "operationName", "Q"), null).body("errors", nullValue());
    }

    @Test
    void queriesAreOpenByDefault() {
        GraphQL.post("{ meetings(first: 1) { totalCount } }")
                .body("errors", nullValue())
                .body("data.meetings.totalCount", notNullValue());
    }
}
