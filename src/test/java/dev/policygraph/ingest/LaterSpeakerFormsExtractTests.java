package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Speakers told in later paragraphs of real meeting reports nobody had labelled, each form seen in more than one of
 * them. Texts written for these tests. Pure, fast.
 */
class LaterSpeakerFormsExtractTests {

    @Test
    void anOfficialWhoPraisesTheWorkReportedSpoke() {
        ArticleGraph g = extract("发布时间:2019-01-11\n\n1月10日下午,某市城管局党组召开党组会议,听取机关党委工作汇报。\n"
                + "局党组书记、局长吴某某肯定了机关党建工作,并提出下一步要求。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "吴某某"));
        ArticleGraph h = extract("发布时间:2009-05-15\n\n5月14日,某市建设局召开工作交流汇报会,会议由副局长颜某某主持。会上,"
                + "颜某某副局长充分肯定了各单位取得的成效并对下一步工作提出要求。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(h, h.meetings().get(0), "颜某某"));
        ArticleGraph high = extract("发布时间:2017-03-24\n\n3月23日,某市环保局召开工作会议,副市长王某某出席会议。会上,"
                + "副市长王某某高度肯定了市环保局近年来的工作并提出要求。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(high, high.meetings().get(0), "王某某"));
        ArticleGraph praiseOnly = extract("发布时间:2019-01-11\n\n1月10日下午,某市城管局党组召开党组会议,听取机关党委工作汇报。\n"
                + "会前,局党组书记、局长吴某某会见了督导组,吴某某肯定了督导组的工作。");
        assertTrue(RolesAt.of(praiseOnly, praiseOnly.meetings().get(0), "吴某某").isEmpty());
    }

    @Test
    void officialsAClauseHandsTheActToWithYouSpoke() {
        ArticleGraph g = extract("发布时间:2016-01-27\n\n1月26日,某区司法局召开全体干部大会,会议由副局长赵某某主持。\n"
                + "会议首先由杨某某局长传达全会精神。其次,由魏某某副局长、赵某某副局长分别传达了区领导的讲话内容。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "魏某某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "杨某某"));
    }

    @Test
    void invitedAfterACollectiveTitleIsNoName() {
        ArticleGraph g = extract("发布时间:2019-01-10\n\n1月9日,某区政协十届二次会议开幕。区委书记索某某等区委、区政府领导应邀出席会议。"
                + "区政协副主席刘某某主持会议。");
        assertFalse(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("应邀")), g.officials().toString());
    }

    @Test
    void aReviewMadeWithZuoIsASpeech() {
        ArticleGraph g = extract("发布时间:2007-12-05\n\n12月4日,某县召开了冬修水利现场会。会议由县委副书记叶某某主持。县委副书记、县长章某某"
                + "对2007年全县水利工作作了回顾,在肯定成绩的同时,指出了面临的一些问题。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "章某某"));
    }

    @Test
    void anExchangeOfExperienceIsASpeechAndABodyStopsAtDe() {
        ArticleGraph g = extract("发布时间:2022-04-03\n\n4月2日上午,某市政协农业和农村委员会召开全体委员会议。会议由市政协副主席梁某主持。"
                + "市政协副秘书长刘某传达了省委关于加强和改进人民政协工作的意见以及市委郭某某书记的讲话精神;"
                + "市农业农村局副局长丁某某就“乡村振兴的实践”进行经验交流。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "丁某某"));
        assertEquals(java.util.List.of("市委书记"), g.officials().stream().filter(o -> o.simplifiedName().equals("郭某某"))
                .map(OfficialRef::titles).findFirst().orElseThrow());
    }

    @Test
    void anExchangeOfAListOrOfStudyIsASpeech() {
        ArticleGraph g = extract("发布时间:2019-11-14\n\n11月13日,某市交通运输局召开调研成果交流会,局党组书记、局长周某某主持会议。\n"
                + "局领导班子成员何某、冯某某分别对所开展的调研成果进行了交流。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "何某"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "冯某某"));
        ArticleGraph h = extract("发布时间:2024-03-23\n\n3月22日,某区委中心组学习会举行,区委副书记周某主持。区委常委、副区长谈某某"
                + "结合分管工作作研讨交流。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(h, h.meetings().get(0), "谈某某"));
    }

    @Test
    void aRareSurnameStillMakesAGuestWhoAttendsAndSpeaks() {
        ArticleGraph g = extract("发布时间:2021-03-17\n\n3月16日上午,某市统计局召开全面从严治党工作会议。市纪委派驻纪检监察组组长沃某某到会指导,"
                + "局党组成员、副局长蒋某主持会议。\n沃某某从持续压紧压实各级责任等方面提出了要求。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, g.meetings().get(0), "沃某某"));
    }
}
