package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.official;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Whose body an official's title is of, when the title names none (局长, 会长): the body of the meeting whose report
 * names them, not of a higher meeting told first, and never a body the title cannot head. Pure, fast.
 */
class OfficialBodiesExtractTests {

    private static String body(ArticleGraph g, String name) {
        OrganizationRef o = official(g, name).organization();
        return o == null ? null : o.name();
    }

    @Test
    void aBareTitleIsOfTheMeetingWhoseReportNamesIt() {
        ArticleGraph g = extract("""
                11月20日,国务院召开全国安全生产电视电话会议,部署冬春安全防范工作。我局在分会场收听收看。
                会后,市应急管理局召开党组会议,传达贯彻电视电话会议精神。党组书记、局长张志远主持会议并讲话。副局长李海燕、王建国出席会议。
                """);
        assertEquals("市应急管理局", body(g, "张志远"));
        assertEquals("市应急管理局", body(g, "李海燕"));
    }

    @Test
    void aCompanysTitleKeepsTheWholeNameOfTheCompany() {
        ArticleGraph g = extract("4月21日,某镇召开企业家座谈会。会上,江苏某物联网科技有限公司董事长何某峰发言。");
        assertEquals(java.util.List.of("江苏某物联网科技有限公司董事长"), Extracted.official(g, "何某峰").titles());
    }

    @Test
    void meetingsRelayedByCountLendNoBodyToTheRelayingMeetingsPeople() {
        ArticleGraph g = extract("省委十四届九次全会24日召开,全省经济工作会议25日召开。28日,省贸促会举行党组中心组扩大会议,学习贯彻两次会议精神。"
                + "党组书记、会长刘明华主持会议并讲话。副会长陈晓东参加会议。");
        assertEquals("省贸促会", body(g, "刘明华"));
        assertEquals("省贸促会", body(g, "陈晓东"));
    }

    @Test
    void aUnitsHeadIsOnlyOfABodyOfThatUnit() {
        ArticleGraph g = extract("5月20日,省贸促会召开党组会议,传达省长黄立新在全省外贸工作会议上的讲话精神。"
                + "党组书记、会长刘明华主持会议。局长张建国应邀出席会议。");
        assertNull(body(g, "黄立新"), "a 省长 heads a province's government, not the 贸促会");
        assertNull(body(g, "张建国"), "a 局长 heads a 局");
        assertEquals("省贸促会", body(g, "刘明华"));

        ArticleGraph town = extract("5月20日,板浦镇召开环境整治动员大会。镇长茆海龙主持会议。");
        assertEquals("板浦镇", body(town, "茆海龙"), "a 镇长 heads the 镇 itself");
    }

    @Test
    void aPlaceBeforeATitleIsNotTheConvenersBody() {
        ArticleGraph g = extract("5月20日,省生态环境厅召开党组会议,传达青海省副省长刘涛同志在全省生态环境保护大会上的讲话精神。厅长王建华主持会议。");
        assertNull(body(g, "刘涛"));
        assertEquals("省生态环境厅", body(g, "王建华"));
    }

    @Test
    void aSecondPostNamesTheBodyTheFirstCannot() {
        ArticleGraph g = extract("2月20日,全市公安工作会议召开。副市长、市公安局局长于建平主持会议并讲话。");
        assertEquals("市公安局", body(g, "于建平"));
        assertNull(Extracted.only(g).convenedBy(), "a second post's body is no sign of whose meeting it is");
    }

    @Test
    void aNameReadTwiceIsOneOfficial() {
        ArticleGraph g = extract("5月20日,县退役军人事务局召开座谈会。县领导汪建波出席会议。"
                + "副县长、县公安局局长汪建波在讲话中指出,要做好服务保障工作。");
        assertEquals(1, g.officials().stream().filter(o -> o.simplifiedName().equals("汪建波")).count(), g.officials().toString());
        assertEquals(List.of("县领导", "副县长", "县公安局局长"), official(g, "汪建波").titles());
    }

    @Test
    void eachTitleHasItsOwnBody() {
        ArticleGraph g = extract("2月20日,全市公安工作会议召开。副市长、市公安局党委书记、局长于建平主持会议并讲话。");
        assertEquals(Arrays.asList(null, "市公安局", "市公安局"), bodies(official(g, "于建平")));

        ArticleGraph district = extract("10月22日,某区委常委会召开第38次(扩大)会议。区委书记张建民主持会议。区委副书记、区长李文涛出席会议。");
        assertEquals(Arrays.asList("某区委", null), bodies(official(district, "李文涛")), "a 区长 heads the district government");

        ArticleGraph culture = extract("5月20日,省文化和旅游厅召开党组会议。省文化和旅游厅党组书记、厅长、省文物局局长王建磊主持会议。");
        assertEquals(List.of("省文化和旅游厅", "省文化和旅游厅", "省文物局"), bodies(official(culture, "王建磊")));
    }

    private static List<String> bodies(OfficialRef o) {
        return o.bodies().stream().map(b -> b == null ? null : b.name()).toList();
    }
}
