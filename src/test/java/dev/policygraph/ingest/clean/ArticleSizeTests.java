package dev.policygraph.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.RejectedArticleException;

/** The article size limit ({@code policygraph.ingest.max-article-bytes}), checked before anything else. */
class ArticleSizeTests {

    @Test
    void countsUtf8BytesLikeTheEncoder() {
        String text = "a\u00e9会议\uD83D\uDE00";
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, InputGuard.utf8Length(text, Long.MAX_VALUE));
    }

    @Test
    void stopsCountingOnceOverTheLimit() {
        long counted = InputGuard.utf8Length("会".repeat(1_000_000), 10);
        assertTrue(counted > 10 && counted < 20, "counted " + counted);
    }

    @Test
    void refusesTextOverTheLimitWithCodeTooLargeNamingTheSetting() {
        var guard = new InputGuard(6);
        guard.checkRaw("会议"); // exactly 6 bytes
        var e = assertThrows(RejectedArticleException.class, () -> guard.checkRaw("会议a"));
        assertEquals("TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("policygraph.ingest.max-article-bytes"), e.getMessage());
    }
}
