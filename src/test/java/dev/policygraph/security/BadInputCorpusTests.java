package dev.policygraph.security;

import static io.restassured.RestAssured.given;
import dev.policygraph.NoSeedProfile;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.policygraph.graph.store.GraphStore;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The bad-input corpus, fed through the real HTTP endpoint: each input gets its documented answer, the service
 * stays up, and where the input is rejected the database is unchanged.
 * <p>
 * The article cases marked "extractor" depend on {@code ArticleExtractor} rejecting or flagging the text; they
 * fail while the extractor is a stub.
 */
@QuarkusTest
@TestProfile(NoSeedProfile.class)
class BadInputCorpusTests {

    @Inject
    GraphStore store;

    private long before;

    long nodes() {
        return store.execute("MATCH (n) RETURN count(n) AS c").get(0).get("c").asLong();
    }

    @BeforeEach
    void count() {
        before = nodes();
    }

    @AfterEach
    void serviceStaysUp() {
        GraphQL.post("{ meetings(first: 1) { totalCount } }").statusCode(200).body("errors", nullValue());
    }

    private void unchanged() {
        assertEquals(before, nodes(), "the database changed");
    }

    private void rejected(ValidatableResponse response, String reason) {
        response.body("errors[0].extensions.code", is("article-rejected"))
                .body("errors[0].message", startsWith(reason))
                .body("data.ingestArticle", nullValue());
        unchanged();
    }

    // --- articles: size is checked by the service itself -------------------------------------------------

    @Test
    void twoMegabytesOfTextAreRejectedAsTooLarge() {
        rejected(GraphQL.ingest("国家邮政局召开会议。".repeat(70_000), GraphQL.KEY), "TOO_LARGE");
    }

    // --- articles: extractor -------------------------------------------------------------------------------

    @Test
    void emptyTextIsRejectedAsEmpty() {
        rejected(GraphQL.ingest("", GraphQL.KEY), "EMPTY_TEXT");
    }

    @Test
    void whitespaceOnlyTextIsRejectedAsEmpty() {
        rejected(GraphQL.ingest(" \n\t\u3000 \r\n", GraphQL.KEY), "EMPTY_TEXT");
    }

    @Test
    void htmlPageIsRejectedAsHtml() {
        rejected(GraphQL.ingest("<!DOCTYPE html><html><head><title>国家邮政局</title></head><body><div class=\"nav\">"
                + "首页</div><p>2020年7月16日，国家邮政局召开全国邮政管理半年工作电视电话会议。</p></body></html>",
                GraphQL.KEY), "HTML_NOT_TEXT");
    }

    @Test
    void englishTextIsRejectedAsNotChinese() {
        rejected(GraphQL.ingest("On 16 July 2020 the State Post Bureau held its half-year work teleconference. "
                + "Director Ma Junsheng attended and spoke.", GraphQL.KEY), "NOT_CHINESE");
    }

    @Test
    void randomBytesAsTextAreRejected() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        rejected(GraphQL.ingest(new String(bytes, StandardCharsets.ISO_8859_1), GraphQL.KEY), "NOT_CHINESE");
    }

    @Test
    void invalidUtf8InTheBodyIsRejectedAsInvalidEncoding() {
        var body = new ByteArrayOutputStream();
        body.writeBytes("{\"query\":\"mutation ($t: String!) { ingestArticle(input: {text: $t}) { created } }\",\"variables\":{\"t\":\""
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes("国家邮政局".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xE9, (byte) 0x80});
        body.writeBytes("召开会议\"}}".getBytes(StandardCharsets.UTF_8));
        // The body is decoded leniently (each bad byte becomes U+FFFD), so the article itself is refused.
        var response = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + GraphQL.KEY)
                .body(body.toByteArray()).when().post("/graphql").then();
        rejected(response.statusCode(200), "INVALID_ENCODING");
    }

    @Test
    void chromeOnlyIsStoredWithNoMeetingAndSaysWhy() {
        storedWithNoMeeting("首页 > 新闻中心 > 工作动态\n【打印本页】【关闭窗口】\n版权所有：国家邮政局 京ICP备05023046号\n"
                + "网站地图 | 联系我们 | 分享到：微信 微博");
    }

    @Test
    void pinyinOnlyIsRejectedAsNotChinese() {
        rejected(GraphQL.ingest("Guojia Youzhengju zhaokai quanguo youzheng guanli bannian gongzuo dianshi dianhua"
                + " huiyi. Ma Junsheng chuxi huiyi bing jianghua.", GraphQL.KEY), "NOT_CHINESE");
    }

    private void storedWithNoMeeting(String text) {
        GraphQL.post("mutation ($t: String!) { ingestArticle(input: {text: $t}) { meetings { id }"
                + " warnings { code } } }", Map.of("t", text), GraphQL.KEY)
                .body("errors", nullValue())
                .body("data.ingestArticle.warnings.code", hasItems("CHROME_CUT", "NO_MEETING"))
                .body("data.ingestArticle.meetings.size()", is(0));
    }

    // --- GraphQL itself ------------------------------------------------------------------------------------

    @Test
    void randomBytesAsTheBodyAreRefusedWithoutAnOutage() {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        given().contentType(ContentType.JSON).body(bytes).when().post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", is("invalid-request"));
        unchanged();
    }

    @Test
    void malformedGraphqlIsAnInvalidQuerySayingWhere() {
        GraphQL.post("{ meetings(first: ) { totalCount ").statusCode(200)
                .body("errors[0].extensions.code", is("invalid-query"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("line 1 column 19"))
                .body("data", nullValue());
    }

    @Test
    void malformedJsonIsAnInvalidRequest() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ meetings { totalCount } }").when()
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", is("invalid-request"));
    }

    @Test
    void wrongVariableTypeIsAnInvalidArgumentNamingTheVariable() {
        GraphQL.post("query ($n: Int) { meetings(first: $n) { totalCount } }", Map.of("n", "many"), null)
                .statusCode(200)
                .body("errors[0].extensions.code", is("invalid-argument"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("$n"))
                .body("data.meetings", nullValue());
    }

    @Test
    void mutationWithWrongVariableTypeChangesNothing() {
        GraphQL.post(GraphQL.INGEST, Map.of("text", Map.of("not", "a string")), GraphQL.KEY)
                .body("errors[0].extensions.code", is("invalid-argument"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("text"));
        unchanged();
    }

    @Test
    void firstBeyondIntRangeIsRefused() {
        // Refused as out of the Int range (StrictInts), before SmallRye could narrow it (99999999999 -> 1215752191).
        GraphQL.post("{ meetings(first: 99999999999) { totalCount } }")
                .body("errors[0].extensions.code", is("invalid-argument"))
                .body("errors[0].message", startsWith("meetings(first:) must be an Int"))
                .body("data.meetings", nullValue());
    }

    @Test
    void negativeFirstIsAnInvalidArgument() {
        GraphQL.post("{ meetings(first: -5) { totalCount } }")
                .body("errors[0].extensions.code", is("invalid-argument"));
    }

    @Test
    void hugeFirstIsAnInvalidArgumentNamingTheLimit() {
        GraphQL.post("{ search(text: \"邮政\", first: 2000000000) { id } }")
                .body("errors[0].extensions.code", is("invalid-argument"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"meeting:000000000000", "nonsense", "", "') MATCH (n) DETACH DELETE n //",
            "meeting:\" OR 1=1"})
    void unknownIdsAnswerNull(String id) {
        GraphQL.post("query ($id: ID!) { meeting(id: $id) { id } official(id: $id) { id } task(id: $id) { id } }",
                Map.of("id", id), null)
                .body("errors", nullValue())
                .body("data.meeting", nullValue())
                .body("data.official", nullValue())
                .body("data.task", nullValue());
        unchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND OR (", "\"unclosed", "a AND", "*", "?", "~", "\\", "title:邮政", "邮政^10",
            "[a TO z]", "{ } ( ) [ ] ^ \" ~ * ? : \\ /", "NOT", "||&&", "') RETURN 1 //"})
    void searchTextWithFullTextOperatorsDoesNotError(String text) {
        GraphQL.post("query ($t: String!) { search(text: $t) { id } meetings(search: $t) { totalCount } }",
                Map.of("t", text), null)
                .body("errors", nullValue())
                .body("data.search", notNullValue());
    }
}
