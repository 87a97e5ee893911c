package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Meetings a text names but does not report as held (session 17's no-meeting misses): one awaited, one a related
 * link, one people react to. Texts written for these tests. Pure, fast.
 */
class MeetingsNotHeldHereExtractTests {

    @Test
    void aSessionAwaitedWithTheBestSpiritIsNotHeld() {
        ArticleGraph g = extract("12月26日,区政协主席丛某一行来到文化馆,实地检查会议筹备工作。他要求各工作组加强协同合作,"
                + "全力营造团结有序的会议氛围,以最佳状态迎接会议召开。");
        assertEquals(List.of(), g.meetings());
    }

    @Test
    void aNextItemLinkEndsTheArticle() {
        ArticleGraph g = extract("8月29日下午,县委书记刘某率队调研工业企业生产工作。县领导王某参加调研。\n"
                + "上一条:重要通告!全县开展核酸检测\n下一条:县委召开应对疫情工作领导小组2022年第9次工作会议\n【关闭】");
        assertEquals(List.of(), g.meetings());
    }

    @Test
    void aListOfSuggestedArticlesEndsTheArticle() {
        ArticleGraph g = extract("7月7日至8日,水利部部长李某深入淮河流域检查防汛准备工作。他强调,要扎实精细做好防汛准备工作。\n\n"
                + "猜你喜欢\n淮河流域省级河湖长第一次联席会议召开\n某副部长率队赴淮河流域开展汛前检查");
        assertEquals(List.of(), g.meetings());
    }

    @Test
    void aMeetingWhoseHoldingIsOnlyWeighedIsNotHeld() {
        ArticleGraph g = extract("至于在北戴河期间有无开会,外界无从得知;但从部分高官的行程看,召开中委一级会议的可能性很小,"
                + "政治局全体会议的可能性也不大。");
        assertEquals(List.of(), g.meetings());
    }

    @Test
    void aPlenumPeopleReactToIsNotReportedHeld() {
        ArticleGraph g = extract("党的二十届四中全会于10月20日至23日在北京举行,全会的举行在西藏广大党员干部群众中引发热烈反响。\n"
                + "某市商务局局长姚某表示:“我们将深入贯彻落实全会精神。”");
        assertEquals(List.of(), g.meetings());

        ArticleGraph h = extract("10月20日,某县召开全县干部大会,传达学习全会精神。县委书记王某主持会议并讲话。");
        assertEquals("全县干部大会", only(h).name());
    }

    @Test
    void aMeetingWhoseHoldingOnlySetsTheTimeIsNoneInEitherScript() {
        for (String along : List.of("随着", "隨著")) {
            ArticleGraph g = extract("中新网北京3月2日电 " + along + "2017年全国两会首场新闻发布会召开,中国也将进入一年一度的“两会时间”。");
            assertEquals(List.of(), g.meetings(), along);
        }
    }
}
