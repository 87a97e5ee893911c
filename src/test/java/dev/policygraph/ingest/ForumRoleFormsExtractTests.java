package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms of who chaired, spoke and attended, found by reading the extractor's output on unlabelled real reports
 * (座谈会, 工作会议, 常务会议, 推进会 with several speakers). Texts written for these tests. Pure, fast.
 */
class ForumRoleFormsExtractTests {

    @Test
    void aTitleBeforeANameIsThatNamesNotABareTitleStandingForAnEarlierHolder() {
        ArticleGraph g = extract("发布时间:2024-03-06\n\n3月5日,某县召开三秋工作动员会。县委书记周某某、副县长郭某某出席会议,"
                + "副县长邓某某主持会议。会上,副县长郭某某对三夏工作进行了总结。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "邓某某"));
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "郭某某"));
    }

    @Test
    void bareNamesBeforeWhoTheyAreShareOneSpeechEvenPastAnAside() {
        ArticleGraph g = extract("发布时间:2024-03-06\n\n3月5日,某市召开企业家座谈会。市委书记周某某主持会议并讲话。座谈会上,"
                + "王某某、李某某、赵某某等市人大代表、市政协委员,围绕营商环境、人才引进等话题,踊跃发言。");
        MeetingItem m = g.meetings().get(0);
        for (String n : new String[] {"王某某", "李某某", "赵某某"}) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, n), n);
        }
        ArticleGraph h = extract("发布时间:2024-03-06\n\n3月5日,某市召开企业家座谈会。市长周某某主持会议。会上,孙某某、钱某某等"
                + "企业家代表先后发言。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(h, h.meetings().get(0), "钱某某"));
    }

    @Test
    void aListOfPlacesBeforeEtcIsNoListOfSpeakers() {
        ArticleGraph g = extract("发布时间:2024-03-06\n\n3月5日,某市召开现场会。绵阳、成都、金堂等地市场监管局作交流发言。"
                + "市长周某某讲话。");
        assertEquals(List.of("周某某"), g.officials().stream().map(OfficialRef::simplifiedName).toList());
    }

    @Test
    void aLastGroupOfUnitsWithNoNameSharesTheListsSpeech() {
        ArticleGraph g = extract("发布时间:2024-03-06\n\n3月5日,某市召开党代会报告征求意见座谈会。市委书记周某某主持会议。座谈会上,"
                + "民革市委会主委王某某、民盟市委会主委李某某、市工商联主席赵某某,以及某某街道、某某镇负责同志分别发言。");
        MeetingItem m = g.meetings().get(0);
        for (String n : new String[] {"王某某", "李某某", "赵某某"}) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, n), n);
        }
    }

    @Test
    void aPhotoCaptionsOpeningIsNoPartOfTheTitle() {
        ArticleGraph g = extract("发布时间:2024-03-06\n\n3月5日,市政府新闻办举行新闻发布会,市发展改革委主任王某某介绍有关情况并答记者问。"
                + "图为市政府新闻办副主任郭某某主持发布会。");
        OfficialRef guo = g.officials().stream().filter(o -> o.simplifiedName().equals("郭某某")).findFirst().orElseThrow();
        assertEquals(List.of("市政府新闻办副主任"), guo.titles());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, g.meetings().get(0), "郭某某"));
    }

    @Test
    void theLeadershipOfThePartyIsNoTitleBeforeNames() {
        ArticleGraph g = extract("发布时间:2019-05-06\n\n近日,市交通运输局召开二季度党建工作例会。市交通运输局局长、党委书记王某某"
                + "主持会议。他指出,要始终坚持党的领导,实现用党的领导来管人、管事、管制度等等。");
        assertEquals(List.of("王某某"), g.officials().stream().map(OfficialRef::simplifiedName).toList());
    }
}
