package dev.policygraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.TestTexts;
import dev.policygraph.ingest.script.Script;

class HeadedPatternTests {

    /** As the rules write them: a head (one character or several), lookbehind, ^ and $, groups, an alternation. */
    private static final List<String> PATTERNS = List.of(
            "(?=[精有的工部公])(?:精神|(?:有关|的)?(?:工作)?部署(?:要求)?|公报》)",
            "(?=[一二三四五六七八九十])(?<=^|[,。;:])([一二三四五六七八九十]{1,2})是(?<yao>要)?",
            "(?<verb>" + Lexicon.alternation("directive_verbs") + ")(?<x>[^,。;:!?]+)",
            "(?=[会a-c\\x{3001}])(?:会议$|会|、|^ab|b)",
            "(?=[的])",
            "(?=[《])《([^《》\\n]{1,80})》");

    private static final List<String> TEXTS = List.of(
            Script.simplify(TestTexts.seed()),
            "一是要抓落实,二是要强监管。十一是会议。abc、会议",
            "ab会议",
            "学习《条例》和《《办法》》,《未完",
            "");

    @Test
    void findsWhatMatcherFindFinds() {
        for (String regex : PATTERNS) {
            HeadedPattern headed = HeadedPattern.compile(regex);
            for (String text : TEXTS) {
                String start = text.substring(0, Math.min(20, text.length()));
                assertEquals(all(regex, text), all(headed, text), regex + " on " + start);
            }
        }
    }

    @Test
    void findFromAnOffsetIsMatcherFindFromIt() {
        String text = Script.simplify(TestTexts.seed());
        HeadedPattern headed = HeadedPattern.compile(PATTERNS.get(0));
        Matcher plain = headed.pattern().matcher(text);
        HeadedPattern.Scan scan = headed.scan(text);
        for (int from = 0; from < text.length(); from += 97) {
            boolean expected = plain.find(from);
            assertEquals(expected, scan.find(from));
            if (expected) {
                assertEquals(plain.start(), scan.matcher().start());
                assertEquals(plain.end(), scan.matcher().end());
            }
        }
    }

    @Test
    void lookingAtAnOffsetIsMatcherLookingAtThere() {
        for (String regex : PATTERNS) {
            HeadedPattern headed = HeadedPattern.compile(regex);
            for (String text : TEXTS) {
                Matcher plain = headed.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                HeadedPattern.Scan scan = headed.scan(text);
                for (int at = 0; at <= text.length(); at++) {
                    boolean expected = plain.region(at, text.length()).lookingAt();
                    assertEquals(expected, scan.lookingAt(at), regex + " at " + at);
                    if (expected) {
                        assertEquals(plain.end(), scan.matcher().end(), regex + " at " + at);
                    }
                }
            }
        }
    }

    @Test
    void aPatternWithoutAHeadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HeadedPattern.compile("精神"));
        assertThrows(IllegalArgumentException.class, () -> HeadedPattern.compile("(?=[^精])精"));
        assertThrows(IllegalArgumentException.class, () -> HeadedPattern.compile("(?=[\\p{IsHan}])精"));
    }

    private static List<String> all(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> all(HeadedPattern headed, String text) {
        HeadedPattern.Scan scan = headed.scan(text);
        List<String> out = new ArrayList<>();
        while (scan.find()) {
            out.add(describe(scan.matcher()));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder sb = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append('|').append(m.start(g)).append('-').append(m.end(g));
        }
        return sb.toString();
    }
}
