package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Speakers batch aw's real articles name in lists: members who each give their views or speak for others, and a
 * 民主生活会's self-examinations. Texts written for these tests.
 */
class MembersSpeakingExtractTests {

    @Test
    void membersListedBeforeWhatTheyAreEachGiveTheirViews() {
        ArticleGraph g = extract("11月13日,全国政协召开双周协商座谈会。全国政协副主席李某主持会议。马有新、孙东平、李家和等委员及专家学者分别从"
                + "加快构建新型种养关系;强化生物育种平台建设;提升农村供水保障水平等方面提出意见建议。");
        RolesAt.assertEach(g, only(g), Set.of("SPOKE"), "马有新", "孙东平", "李家和");
    }

    @Test
    void membersSpeakingForOthersAreNamedAfterWhatTheyAre() {
        ArticleGraph g = extract("12月14日下午,区政协组织召开新老委员座谈会。区政协主席胡某出席会议。会上,离任委员代表徐某艳、李某琼、"
                + "黄某妮先后发言,一致表达了对政协的感谢。");
        RolesAt.assertEach(g, only(g), Set.of("SPOKE"), "徐某艳", "李某琼", "黄某妮");
    }

    @Test
    void aSelfExaminationAtADemocraticLifeMeetingIsASpeech() {
        ArticleGraph g = extract("1月21日,民建某市委会召开领导班子民主生活会。主委张某主持会议。会上,张某首先代表领导班子作对照检查,副主委陈某凯、吴某静"
                + "分别作个人对照检查。随后孙长青同志作了个人对照检查。");
        RolesAt.assertEach(g, only(g), Set.of("SPOKE"), "陈某凯", "吴某静", "孙长青");
        RolesAt.assertEach(g, only(g), Set.of("CHAIRED", "SPOKE"), "张某");
    }
}
