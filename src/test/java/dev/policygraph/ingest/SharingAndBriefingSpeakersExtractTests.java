package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Speakers session 17's dev misses showed: who shares, briefs the press, reports on their duties or gives hopes, and
 * a chair whose speech is told after the meeting's name. Texts written for these tests. Pure, fast.
 */
class SharingAndBriefingSpeakersExtractTests {

    @Test
    void whoExplainsPointByPointExpoundsOrTellsWhatTheyLearntSpoke() {
        String lead = "3月5日,某县应急管理局召开党组理论学习中心组学习会。局长王某明主持会议。";
        for (String act : java.util.List.of("副局长张某强逐条解读了新修订的条例。", "副局长张某强从三个方面阐释了全会精神。",
                "副局长张某强结合工作实际,畅谈了学习心得。")) {
            ArticleGraph g = extract(lead + act);
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "张某强"), act);
        }
        // reading out a decision or leading the oath is no speech
        for (String act : java.util.List.of("副局长张某强宣读了表彰决定。", "副局长张某强领誓。")) {
            ArticleGraph g = extract(lead + act);
            assertTrue(RolesAt.of(g, only(g), "张某强").isEmpty(), act);
        }
    }

    @Test
    void whoAttendsOrChairsAndThenDemandsOrDeploysSpoke() {
        String lead = "3月5日,某县应急管理局召开局务会议。";
        for (String act : java.util.List.of("局长张某强出席会议并就做好下一步工作提出要求。",
                "局长张某强出席会议并对下一步工作作出部署。", "局长张某强参加会议并就做好下一步工作提出了明确要求。")) {
            ArticleGraph g = extract(lead + act);
            assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, only(g), "张某强"), act);
        }
        ArticleGraph chaired = extract(lead + "局长张某强主持会议并就做好下一步工作提出要求。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(chaired, only(chaired), "张某强"));
        // greeting those who came is no speech
        ArticleGraph greeted = extract(lead + "局长张某强出席会议并对获奖人员表示祝贺。");
        assertEquals(Set.of("ATTENDED"), RolesAt.of(greeted, only(greeted), "张某强"));
    }

    @Test
    void atAPressConferenceWhoAnswersOrGivesTheNewsSpoke() {
        ArticleGraph g = extract("发布日期:2025-03-07\n3月5日,市政府新闻办举行新闻发布会,市应急管理局局长张某强介绍了防汛工作情况。"
                + "市水利局副局长赵某刚出席发布会并回答记者提问。发布会由市政府新闻办副主任刘某红主持。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "赵某刚"));
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "刘某红"));
        ArticleGraph own = extract("发布日期:2025-03-07\n3月5日,市应急管理局召开2025年第一季度新闻发布会,通报全市安全生产形势。"
                + "局党组成员、副局长张某强发布有关情况并答记者问。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(own, only(own), "张某强"));
    }

    @Test
    void whoMadeTheReportHeardOnABodysBehalfSpoke() {
        ArticleGraph g = extract("3月29日,某镇召开第十八届人民代表大会第一次会议。镇党委书记王某主持会议。"
                + "参会人员认真听取了唐明朋同志代表政府所作的政府工作报告。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "唐明朋"));
    }

    @Test
    void aListClosedAsTheMeetingsGuestsSpeaksInTheClauseAfter() {
        ArticleGraph g = extract("4月21日,某镇召开在沪乡贤座谈会。镇党委书记方某良主持会议。会上,某集团股份有限公司副总裁罗某裕、"
                + "某大酒店董事长沈某英、某医疗科技有限公司总经理屠某珠等与会者,踊跃发言,对家乡发展表示赞赏。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("罗某裕", "沈某英", "屠某珠")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void anInvitedDelegateWhoSharesSpeaks() {
        ArticleGraph g = extract("10月26日,省公安厅召开党委扩大会议。会议邀请党的二十大代表、雷锋派出所所长安国志分享参会感受,"
                + "厅党委班子成员逐一作交流发言。");
        assertTrue(RolesAt.of(g, only(g), "安国志").contains("SPOKE"));
    }

    @Test
    void guestsWhoAttendAPressConferenceToBriefSpeak() {
        ArticleGraph g = extract("国务院新闻办公室于10月28日举行新闻发布会,国家卫生健康委员会副主任于学军、国家卫生健康委员会规划司司长"
                + "毛群安出席发布会介绍了“十三五”卫生健康改革发展有关情况,并答记者问。");
        MeetingItem m = only(g);
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "于学军"));
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "毛群安"));
    }

    @Test
    void aChairWhoseSpeechOnATopicFollowsTheMeetingSpeaks() {
        ArticleGraph g = extract("11月22日上午,自治区党委书记鹿心社在南宁主持召开民营企业座谈会,对贯彻落实重要讲话精神和"
                + "进一步优化营商环境做了重要讲话。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, only(g), "鹿心社"));
    }

    @Test
    void hopesInPointsAndADutyReportAreSpeeches() {
        ArticleGraph g = extract("3月20日,桃花镇召开村组建制调整改革动员大会。县水务局局长冯永红出席会议。\n"
                + "冯永红就做好村组建制调整改革提三点希望:一是正确面对改革;二是妥善推进改革。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, only(g), "冯永红"));

        ArticleGraph h = extract("11月27日,某苏木召开第八届人民代表大会第八次会议。副苏木达鲁燕从分管领域工作推进情况、存在问题等方面,"
                + "向全体代表进行全面、详实的述职。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(h, only(h), "鲁燕"));
    }

    @Test
    void aTranscriptsHostChairsThePressConference() {
        ArticleGraph g = extract("2月27日下午,国务院新闻办公室举行新闻发布会。\n主持人 胡海红:\n女士们、先生们,大家下午好。\n"
                + "交通运输部部长 李大鹏:\n谢谢主持人。");
        MeetingItem m = only(g);
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "胡海红"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "李大鹏"));
    }
}
