package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Meetings named only by their kind after the body that held them (某协会召开2022年第五次党组会议), people's organisations
 * written short as conveners (市妇联, 中国科协, 县供销社), and years a people's organisation's congress implies. Pure, fast.
 */
class KindOnlyNamesExtractTests {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-06-01T00:00:00+08:00");

    private MeetingItem only(String text) {
        ArticleGraph g = extractor.extract(new ArticleInput(text, null, PUBLISHED));
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        return g.meetings().get(0);
    }

    @Test
    void aNameOfItsKindOnlyTakesTheBodyBeforeIt() {
        List<String[]> cases = List.of(
                new String[] {"5月20日,某市科协召开2022年第五次党组会议,传达学习中央政治局会议精神。", "某市科协2022年第五次党组会议"},
                new String[] {"5月20日,某县残联召开全体干部大会,传达学习全国两会精神。", "某县残联全体干部大会"},
                new String[] {"5月20日,某县安委会召开第二次全体(扩大)会议,部署安全生产工作。", "某县安委会第二次全体(扩大)会议"},
                new String[] {"5月20日,某县交通局召开视频工作会议,部署汛期工作。", "某县交通局视频工作会议"},
                new String[] {"5月20日,某县供销社召开党委(扩大)会,研究改革方案。", "某县供销社党委(扩大)会"});
        for (String[] c : cases) {
            MeetingItem m = only(c[0]);
            assertEquals(c[1], m.name(), c[0]);
            assertEquals(LocalDate.of(2022, 5, 20), m.date(), c[0]);
        }
    }

    @Test
    void aNameWithATopicOfItsOwnKeepsIt() {
        MeetingItem m = only("5月20日,某市科协召开全市科协系统工作会议,传达学习中国科协第十次全国代表大会精神。");
        assertEquals("全市科协系统工作会议", m.name());
        assertNotNull(m.convenedBy(), m.toString());
        assertEquals("某市科协", m.convenedBy().name());
    }

    @Test
    void theWomensFederationWrittenShortConvenes() {
        MeetingItem m = only("5月20日,全国妇联召开十二届五次执委会议,部署下半年工作。");
        assertNotNull(m.convenedBy(), m.toString());
        assertEquals("全国妇联", m.convenedBy().name());
    }

    @Test
    void aPeoplesOrganisationsCongressRelayedDatesAnUndatedReport() {
        ArticleGraph g = extractor.extract(new ArticleInput("10月29日上午,某市总工会召开党组(扩大)会议,传达中国工会第十七次全国代表大会精神。"
                + "市总工会主席张某主持会议。", null, null));
        assertEquals(LocalDate.of(2018, 10, 29), g.meetings().get(0).date());
    }

    @Test
    void threeMeetingsHeldInARowAreThreeOfTheBodyBeforeThem() {
        ArticleGraph g = extractor.extract(new ArticleInput("5月20日,某市城管局连续组织召开全局领导干部会议、局党组会和专题工作会议,"
                + "学习传达市委经济工作会议精神。", null, PUBLISHED));
        assertEquals(List.of("全局领导干部会议", "某市城管局党组会", "某市城管局专题工作会议"),
                g.meetings().stream().map(MeetingItem::name).toList());
        g.meetings().forEach(m -> assertEquals("某市城管局", m.convenedBy() == null ? null : m.convenedBy().name(), m.name()));
    }

    @Test
    void aMeetingAGuestGreetsIsNoMeetingOfItsOwn() {
        ArticleGraph g = extractor.extract(new ArticleInput("5月20日,某街道召开第三次议政会。最后,街道党工委书记代表街道党工委热烈祝贺"
                + "议政会顺利召开。某市残联副理事长王某代表某市残联向大会召开表示祝贺。", null, PUBLISHED));
        assertEquals(List.of("第三次议政会"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void thisTownIsNoConvenersName() {
        MeetingItem m = only("5月20日下午,某镇组织收看全县干部大会。收看结束后,该镇随即召开座谈会,研究贯彻落实措施。");
        assertTrue(m.convenedBy() == null || !m.convenedBy().name().startsWith("该"), m.toString());
    }

    @Test
    void aClauseOpeningWithTheMeetingItHappenedAtReportsThatMeeting() {
        MeetingItem m = only("某网北京电讯,在5月20日召开的某委直属机关党员干部大会上,传达学习了党的二十大精神。某委主任甲出席并讲话。");
        assertEquals("某委直属机关党员干部大会", m.name());
        assertEquals(LocalDate.of(2022, 5, 20), m.date());
        ArticleGraph g = extractor.extract(new ArticleInput("5月16日,某市某社第八次代表大会召开。大会选举产生了第八届理事会。"
                + "在随后召开的新一届常务理事会上,聘任了主任、副主任。习近平总书记在1月召开的中央政治局会议上,强调要做好工作。",
                null, PUBLISHED));
        assertEquals(List.of("某市某社第八次代表大会", "新一届常务理事会"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(null, g.meetings().get(1).date());
    }

    @Test
    void aHeadlinesNoteAPeriodToldAsBackgroundAndAMeetingPointedAtAgainAreNoMeetings() {
        ArticleGraph g = extractor.extract(new ArticleInput("某办就某改革发展有关情况举行发布会(附发布会实录全文)\n"
                + "某办于5月20日举行新闻发布会,介绍有关情况。五年来,在这期间党中央、国务院召开卫生与健康大会,印发实施规划纲要。"
                + "此次会议召开,与会人员进一步加深了认识。", null, PUBLISHED));
        assertEquals(List.of("新闻发布会"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(LocalDate.of(2022, 5, 20), g.meetings().get(0).date());
    }

    @Test
    void aCongressThatCompletesItsAgendaAndClosesIsReported() {
        MeetingItem m = only("本报北京5月20日电 (记者甲)某某联合会第八次全国代表大会圆满完成各项议程,20日上午在北京闭幕。"
                + "大会选举产生了新一届主席团。");
        assertEquals("某某联合会第八次全国代表大会", m.name());
        assertEquals(LocalDate.of(2022, 5, 20), m.date());
    }
}
