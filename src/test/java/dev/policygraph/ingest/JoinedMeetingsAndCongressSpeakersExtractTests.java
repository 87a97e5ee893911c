package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms the blind-labelled batch w of real articles (people's congresses, women's federations, workers' congresses of
 * state-owned companies) showed missed. Texts written for these tests. Pure, fast.
 */
class JoinedMeetingsAndCongressSpeakersExtractTests {

    @Test
    void twoMeetingsJoinedByHeAsTheSubjectAreTwoMeetings() {
        ArticleGraph g = extract("发布时间:2024-02-03\n\n2月2日上午,市人大常委会党组(扩大)会议和市十二届人大常委会第十九次主任会议召开。"
                + "市人大常委会党组书记、主任史某某主持会议并讲话。");
        assertEquals(List.of("市人大常委会党组(扩大)会议", "市十二届人大常委会第十九次主任会议"),
                g.meetings().stream().map(MeetingItem::name).toList());
        g.meetings().forEach(m -> assertEquals(LocalDate.of(2024, 2, 2), m.date()));
    }

    @Test
    void aJointPlenaryOfTwoCouncilsStaysOneMeeting() {
        // 理事会和监事会全体会议: the plenary is the two councils' together; only 会议和 joins two meetings
        ArticleGraph g = extract("发布时间:2023-04-05\n\n4月4日,江苏省某合作社六届五次理事会和六届四次监事会全体(扩大)会议在南京召开。"
                + "会议总结2022年工作,部署2023年工作。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
    }

    @Test
    void aSpeakerNamedAfterTheSittingHeSpokeAtSpoke() {
        ArticleGraph g = extract("发布时间:2023-08-30\n\n8月29日,公司召开第一届第二次职工代表大会。会议由公司副总经理、工会主席"
                + "刘某某主持,职工代表共101人出席会议。\n大会在庄严的国歌声中开幕。在开幕会上刘某某向职工代表通报本次职代会筹备情况。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, Extracted.only(g), "刘某某"));
    }

    @Test
    void explainingDocumentsToTheCongressIsSpeaking() {
        ArticleGraph g = extract("发布时间:2023-08-30\n\n8月29日,公司召开第一届第二次职工代表大会。公司人力资源部主任苏某作公司"
                + "“薪酬管理办法(试行)”“绩效考核管理办法(试行)”“企业年金方案(修订)”说明。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, Extracted.only(g), "苏某"));
    }

    @Test
    void aMeetingHeldAfterANamedOneIsOfItsDay() {
        ArticleGraph g = extract("本报讯 1月21日,省妇联十一届二次常委会议在沈阳召开。会议全面总结2019年工作。\n"
                + "执委会后,省妇联组织召开各市妇联主席会议。会议强调,妇联改革要再深化。");
        MeetingItem chairs = g.meetings().stream().filter(m -> m.name().equals("各市妇联主席会议")).findFirst().orElseThrow();
        assertEquals(MeetingItem.DatePrecision.DAY, chairs.datePrecision());
        assertEquals(21, chairs.date().getDayOfMonth());
    }
}
