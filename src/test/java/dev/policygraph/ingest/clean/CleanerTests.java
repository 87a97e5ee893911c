package dev.policygraph.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.TestTexts;
import dev.policygraph.ingest.Warning;

class CleanerTests {

    private final CleanResult seed = new Cleaner().clean(TestTexts.seed());

    @Test
    void pinyinAnnotationsAreStrippedButRealParenthesesStay() {
        List<Warning> w = new java.util.ArrayList<>();
        MappedText out = new PinyinStripper().strip(MappedText.identity("深入學(xué)習(xí)貫徹,各省(區、市)和(快遞進廠、快遞進村)"), w);
        assertEquals("深入學習貫徹,各省(區、市)和(快遞進廠、快遞進村)", out.text());
        assertEquals("PINYIN_STRIPPED", w.get(0).code());
        assertTrue(w.get(0).message().startsWith("2 "));
    }

    @Test
    void aCommaThatOnlyDoublesTheMarkAfterItGoesAndEvidenceStillPointsIntoTheInput() {
        String in = "劉萬藝,、劉恒銘、劉曉燕,、羅廣明等領導參會,,金田鎮三家班子成員出席,。";
        MappedText out = new PunctuationNormalizer().normalize(MappedText.identity(in));
        assertEquals("劉萬藝、劉恒銘、劉曉燕、羅廣明等領導參會,金田鎮三家班子成員出席。", out.text());
        int at = out.text().indexOf("羅廣明");
        assertEquals("羅廣明", in.substring(out.rawOffset(at), out.rawOffset(at + 2) + 1));
        // a comma before anything else stays
        assertEquals("甲,乙", new PunctuationNormalizer().normalize(MappedText.identity("甲，乙")).text());
    }

    @Test
    void damagedPinyinWithoutOpeningParenIsStrippedOnlyWhenToned() {
        List<Warning> w = new java.util.ArrayList<>();
        assertEquals("任務,更好", new PinyinStripper().strip(MappedText.identity("任務wù),更好"), w).text());
        assertEquals("版本app)", new PinyinStripper().strip(MappedText.identity("版本app)"), w).text());
    }

    @Test
    void pinyinWithABlankBeforeItsClosingParenthesisIsStrippedToo() {
        List<Warning> w = new java.util.ArrayList<>();
        assertEquals("召開黨委(擴大)會議,學習二十屆一中全會、各省(區、市 )",
                new PinyinStripper().strip(MappedText.identity("召開(kāi)黨委(擴大)會(huì )議,學(xué)習二十屆一中全會(huì )、各省(區、市 )"), w).text());
        assertEquals("版本app )", new PinyinStripper().strip(MappedText.identity("版本app )"), w).text());
    }

    @Test
    void pinyinWithoutTonesAndABlankAfterItIsStrippedWithTheBlank() {
        List<Warning> w = new java.util.ArrayList<>();
        assertEquals("衛生健康工作會議在市衛健委召開。黨組書記甲出席會議并講話。",
                new PinyinStripper().strip(MappedText.identity(
                        "衛生健康工作會(hui) 議在市衛健委召開。黨(dang) 組書(shu) 記甲出席會(hui) 議并講話。"), w).text());
        assertEquals("下載 app 使用", new PinyinStripper().strip(MappedText.identity("下載 app 使用"), w).text());
    }

    @Test
    void seedHasNoPinyinLeftAndCountIs242() {
        assertFalse(seed.text().matches("(?s).*\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\).*"), seed.text());
        Warning w = seed.warnings().stream().filter(x -> x.code().equals("PINYIN_STRIPPED")).findFirst().orElseThrow();
        assertTrue(w.message().startsWith("243 "), w.message()); // 242 in parentheses plus the damaged one
    }

    @Test
    void threeMojibakeSpansAreRepaired() {
        assertTrue(seed.text().contains("落實“六保”任務,更好"), seed.text());
        assertTrue(seed.text().contains("“快遞出海”工程,強化行業基礎"), seed.text());
        assertTrue(seed.text().contains("各省(區、市)郵政管理局"), seed.text());
        assertEquals(3, seed.warnings().stream().filter(x -> x.code().equals("MOJIBAKE_REPAIRED")).count());
    }

    @Test
    void guessedMojibakeCharactersAreFlaggedWithRawOffsets() {
        String raw = TestTexts.seed();
        List<Warning> guessed = seed.warnings().stream().filter(x -> x.code().equals("MOJIBAKE_GUESSED")).toList();
        assertTrue(guessed.size() >= 3, guessed.toString());
        assertTrue(guessed.stream().anyMatch(g -> g.message().startsWith("'保'")), guessed.toString());
        assertTrue(guessed.stream().anyMatch(g -> g.message().startsWith("'海'")), guessed.toString());
        assertTrue(guessed.stream().anyMatch(g -> g.message().startsWith("'省'")), guessed.toString());
        Warning first = seed.warnings().stream().filter(x -> x.code().equals("MOJIBAKE_REPAIRED")).findFirst().orElseThrow();
        assertEquals('?', raw.charAt(first.start()));
    }

    @Test
    void mojibakeRepairLeavesARealQuestionMarkAlone() {
        List<Warning> w = new java.util.ArrayList<>();
        String text = "這是什麼?我們不知道。";
        assertEquals(text, new MojibakeRepairer().repair(MappedText.identity(text), w).text());
        assertTrue(w.isEmpty(), w.toString());
    }

    @Test
    void chromeAfterTheBodyIsCutWithOffsets() {
        assertFalse(seed.text().contains("相關閱讀"));
        assertFalse(seed.text().contains("李強"));
        assertTrue(seed.text().strip().endsWith("參加會議。"), seed.text());
        Warning cut = seed.warnings().stream().filter(x -> x.code().equals("CHROME_CUT")).findFirst().orElseThrow();
        assertTrue(TestTexts.seed().substring(cut.start()).startsWith("相關"));
    }

    @Test
    void navigationBeforeTheBodyAndEditorLineAreCut() {
        String body = "近日,某某省交通运输厅召开党组会议,传达学习全国交通运输工作会议精神,研究部署全省下一阶段重点工作任务。";
        CleanResult r = new Cleaner().clean("首页 > 新闻 > 要闻\n" + body + "\n责任编辑:张三\n版权所有 某某网");
        assertEquals(body, r.text().strip());
        assertEquals(2, r.warnings().stream().filter(x -> x.code().equals("CHROME_CUT")).count());
    }

    @Test
    void theEditorsShortLineEndsTheBodyWithTheHeadlinesAfterIt() {
        String body = "近日,某镇召开防汛工作部署会,研究部署全镇下一阶段防汛重点工作任务,确保安全度汛。";
        CleanResult r = new Cleaner().clean(body + "\n责编:王某\n来源:某镇\n陈某主持召开全区商贸业高质量发展座谈会\n下载APP");
        assertEquals(body, r.text().strip());
    }

    @Test
    void spamInjectedMidSentenceIsCut() {
        CleanResult r = new Cleaner().clean("会议强调,要【点击进入 www.spam.example 免费领取】全面加强党的建设。");
        assertEquals("会议强调,要全面加强党的建设。", r.text());
        assertEquals("SPAM_CUT", r.warnings().get(0).code());
    }

    @Test
    void fullWidthPunctuationBecomesAsciiButChineseMarksStay() {
        CleanResult r = new Cleaner().clean("会议指出：要以“六稳”为重点，（一）抓落实；好！《通知》、。");
        assertEquals("会议指出:要以“六稳”为重点,(一)抓落实;好!《通知》、。", r.text());
    }

    @Test
    void cleanOffsetsMapBackToTheSameCharacterInRaw() {
        String raw = TestTexts.seed();
        String clean = seed.text();
        int i = clean.indexOf("馬軍勝指出");
        assertEquals("馬軍勝指出", raw.substring(seed.clean().rawOffset(i), seed.clean().rawOffset(i) + 5));
        int j = clean.indexOf("戴應軍");
        assertEquals('戴', raw.charAt(seed.clean().rawOffset(j)));
        assertEquals('應', raw.charAt(seed.clean().rawOffset(j + 1)));
    }
}
