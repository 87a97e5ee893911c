package dev.policygraph.ingest.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.TestTexts;

class ScriptTests {

    @Test
    void simplifyKeepsLengthOnTheSeed() {
        String seed = TestTexts.seed();
        assertEquals(seed.length(), Script.simplify(seed).length());
    }

    @Test
    void simplifyConvertsTraditionalNames() {
        assertEquals("马军胜出席国家邮政局会议", Script.simplify("馬軍勝出席國家郵政局會議"));
    }

    @Test
    void phrasesThatChangeLengthFallBackToSingleCharacters() {
        // HanLP maps some phrases to a different length (e.g. 「」 quotes, 著名 idioms); whatever it does, length stays
        for (String s : new String[] {"「快遞」", "乾隆皇帝著作", "電腦軟體", "計程車司機"}) {
            assertEquals(s.length(), Script.simplify(s).length(), s);
        }
    }

    @Test
    void canonicalKeyIgnoresScriptWidthSpacesAndPunctuation() {
        assertEquals(Keys.canonical("国家邮政局"), Keys.canonical(" 國家 郵政局 "));
        assertEquals("各省区市邮政管理局", Keys.canonical("各省（區、市）郵政管理局"));
        assertEquals("两进一出", Keys.canonical("“兩進一出”"));
    }

    @Test
    void meetingKeyStripsYearConvenerAndForm() {
        String a = Keys.meetingKey(2020, "国家邮政局", "2020年全國郵政管理半年工作電視電話會議", null);
        String b = Keys.meetingKey(2020, "国家邮政局", "国家邮政局2020年全国邮政管理半年工作会议", null);
        assertEquals("2020|国家邮政局|全国邮政管理半年", a);
        assertEquals(a, b);
        assertEquals("?||党组会议@2021-03-05", Keys.meetingKey(null, null, "党组会议", java.time.LocalDate.of(2021, 3, 5)));
    }

    @Test
    void spunSynonymsFoldBackToTheGenresWordsKeepingLength() {
        String spun = "举行全省交通运输TV电话集会,深入进修贯彻会议精神。张某夸大,要以安全为要点,抓好落实。";
        String folded = Spun.fold(spun);
        assertEquals("举行全省交通运输电视电话会议,深入学习贯彻会议精神。张某强调,要以安全为重点,抓好落实。", folded);
        assertEquals(spun.length(), folded.length());
        assertEquals("不得夸大宣传", Spun.fold("不得夸大宣传")); // 夸大 folds only as a speech verb (夸大,)
    }
}
