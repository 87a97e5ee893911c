package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RejectionTests {

    private static RejectedArticleException reject(ArticleExtractor e, String text) {
        return assertThrows(RejectedArticleException.class, () -> e.extract(new ArticleInput(text, null, null)));
    }

    @Test
    void emptyOrBlankTextIsRejected() {
        assertEquals("EMPTY_TEXT", reject(new ArticleExtractor(), " \n\t ").code());
    }

    @Test
    void textOverTheLimitIsRejectedNamingTheLimitAndItsSetting() {
        RejectedArticleException e = reject(new ArticleExtractor(100, true), "会议".repeat(40));
        assertEquals("TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("100 bytes") && e.getMessage().contains("max-article-bytes"), e.getMessage());
    }

    @Test
    void htmlPageIsRejected() {
        assertEquals("HTML_NOT_TEXT", reject(new ArticleExtractor(),
                "<html><body><div><p>国家邮政局召开会议</p></div></body></html>").code());
    }

    @Test
    void englishTextIsRejectedAsNotChinese() {
        RejectedArticleException e = reject(new ArticleExtractor(), "The State Post Bureau held a meeting on July 16.");
        assertEquals("NOT_CHINESE", e.code());
    }

    @Test
    void replacementCharacterIsRejectedWithItsOffset() {
        RejectedArticleException e = reject(new ArticleExtractor(), "国家邮政局\uFFFD召开会议");
        assertEquals("INVALID_ENCODING", e.code());
        assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
    }
}
