package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Articles the rules were not written from: simplified script, other bodies, spun wording, spam. */
class GeneralityTests {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ArticleGraph extract(String name) {
        return extractor.extract(new ArticleInput(TestTexts.resource("/ingest/" + name), null, null));
    }

    @Test
    void spunLeadWithJuxingAndJihuiStillYieldsTheMeetingAndRoles() {
        ArticleGraph g = extractor.extract(new ArticleInput("发布时间:2024-03-22 08:15:09 某省交通运输厅\n\n"
                + "3月21日,某省交通运输厅举行全省交通运输TV电话集会,深入进修贯彻全国两会精神。厅长张某某列席集会并致辞,副厅长李某主持集会。\n"
                + "张某某夸大,要以安全生产为要点,坚决防范重特大事故。", null, null));
        MeetingItem m = g.meetings().get(0);
        assertEquals("全省交通运输TV电话集会", m.name());
        assertEquals(LocalDate.of(2024, 3, 21), m.date());
        assertEquals("某省交通运输厅", m.convenedBy().name());
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE, Role.CHAIRED),
                m.participants().stream().map(Participation::role).collect(Collectors.toSet()));
        assertEquals("安全生产", m.tasks().get(0).focus());
        assertEquals("全国两会精神", m.directives().get(0).text());
        assertTrue(g.simplifiedText().contains("TV电话集会"), "the graph keeps the text as written, unfolded");
    }

    @Test
    void provincialBureauRelayingTheNationalMeetingGetsTheSameKeyCore() {
        ArticleGraph g = extract("provincial-relay.txt");
        MeetingItem m = g.meetings().get(0);
        assertEquals("党组会议", m.form());
        assertEquals("江苏省邮政管理局", m.convenedBy().name());
        assertEquals(Level.PROVINCIAL, m.convenedBy().level());
        assertEquals(LocalDate.of(2020, 7, 20), m.date());
        RelayRef r = m.relays().get(0);
        assertEquals("2020年全国邮政管理半年工作电视电话会议", r.meetingName());
        assertEquals("国家邮政局", r.convenedBy().key());
        assertEquals("2020|国家邮政局|全国邮政管理半年", r.key());
        assertFalse(g.cleanText().contains("首页"));
        assertFalse(g.cleanText().contains("责任编辑"));
    }

    @Test
    void provincialOfficialsBelongToTheProvincialBureau() {
        ArticleGraph g = extract("provincial-relay.txt");
        Set<String> keys = g.officials().stream().map(OfficialRef::key).collect(Collectors.toSet());
        assertEquals(Set.of("陈立新|江苏省邮政管理局", "王建华|江苏省邮政管理局", "刘敏|江苏省邮政管理局"), keys);
        MeetingItem m = g.meetings().get(0);
        assertTrue(m.participants().stream().anyMatch(p -> p.officialKey().startsWith("陈立新") && p.role() == Role.CHAIRED));
        assertTrue(m.participants().stream().anyMatch(p -> p.officialKey().startsWith("刘敏") && p.role() == Role.ATTENDED));
        assertTrue(m.participants().stream().anyMatch(p -> p.officialKey().startsWith("陈立新") && p.role() == Role.SPOKE));
    }

    @Test
    void aliasResolvesQuotedInitiativeAndTasksNameTheSetter() {
        ArticleGraph g = extract("provincial-relay.txt");
        MeetingItem m = g.meetings().get(0);
        List<TaskItem> tasks = m.tasks().stream().filter(t -> t.kind() == TaskItem.Kind.TASK).toList();
        assertEquals(2, tasks.size());
        assertEquals("推进“快递进农村”", tasks.get(0).focus());
        assertTrue(tasks.get(0).initiativeKeys().contains("快递进村"), tasks.get(0).initiativeKeys().toString());
        assertEquals("陈立新|江苏省邮政管理局", tasks.get(1).setByKey());
        assertEquals(Level.MUNICIPAL, m.venues().get(0).attendees().get(0).level());
    }

    @Test
    void ministryPartyGroupMeetingWithSpunVerbAndSpam() {
        ArticleGraph g = extract("ministry-party-group.txt");
        MeetingItem m = g.meetings().get(0);
        assertEquals("交通运输部", m.convenedBy().name());
        assertEquals(Level.MINISTRY, m.convenedBy().level());
        assertEquals(MeetingItem.DatePrecision.MONTH, m.datePrecision());
        assertEquals(LocalDate.of(2021, 3, 1), m.date());
        assertEquals("交通运输部网站", g.publisher());
        OfficialRef zhou = g.officials().stream().filter(o -> o.name().equals("周建国")).findFirst().orElseThrow();
        assertEquals("周建国|交通运输部", zhou.key());
        assertEquals(List.of("部党组书记", "部长"), zhou.titles());
        assertTrue(g.warnings().stream().anyMatch(w -> w.code().equals("SPAM_CUT")));
        assertFalse(g.cleanText().contains("spam"));
        List<TaskItem> reqs = m.tasks().stream().filter(t -> t.kind() == TaskItem.Kind.REQUIREMENT).toList();
        assertEquals(2, reqs.size());
        assertEquals("周建国|交通运输部", reqs.get(0).setByKey());
        assertEquals(List.of("交通强国建设纲要"), g.documents());
        assertEquals(List.of("党中央", "国务院"), m.directives().get(1).issuedBy());
    }

    @Test
    void meetingKeyOfAGenericMeetingCarriesItsDate() {
        ArticleGraph g = extract("new-year.txt");
        MeetingItem m = g.meetings().get(0);
        assertEquals(LocalDate.of(2020, 12, 30), m.date());
        assertEquals("理论学习中心组学习会", m.form());
        assertEquals("2020|国家税务总局|党委", m.key());
        assertEquals("孙志强|国家税务总局", g.officials().get(0).key());
        assertEquals(2020, m.relays().get(0).year());
    }

    @Test
    void articleWithoutMeetingYieldsNoMeetingWarning() {
        ArticleGraph g = extract("no-meeting.txt");
        assertTrue(g.meetings().isEmpty());
        assertTrue(g.warnings().stream().anyMatch(w -> w.code().equals("NO_MEETING")));
        assertEquals("新华网", g.publisher());
        assertEquals(LocalDate.of(2021, 5, 8), g.publishedAt().toLocalDate());
    }

    @Test
    void callerPublicationTimeIsOnlyAFallback() {
        var given = java.time.OffsetDateTime.parse("2019-01-01T00:00:00+08:00");
        ArticleGraph seed = extractor.extract(new ArticleInput(TestTexts.seed(), "https://example.org/u", given));
        assertEquals(2020, seed.publishedAt().getYear());
        ArticleGraph bare = extractor.extract(new ArticleInput("12月30日,某某市交通运输局召开局长办公会,研究部署近期重点工作,要求各单位认真抓好落实工作。", "https://example.org/u", given));
        assertEquals(given, bare.publishedAt());
        assertEquals(LocalDate.of(2018, 12, 30), bare.meetings().get(0).date());
        ArticleGraph none = extractor.extract(new ArticleInput("某某市交通运输局召开局长办公会,研究部署近期重点工作,要求各单位认真抓好落实工作。", null, null));
        assertNull(none.publishedAt());
        assertTrue(none.warnings().stream().anyMatch(w -> w.code().equals("NO_PUBLICATION_DATE")));
    }

    @Test
    void aSessionTheArticleRelaysDatesItWhenNothingElseSaysTheYear() {
        // No dateline, no year, no dated address: 二十届三中全会 closed on 2024-07-18, so 9月14日 is 2024's.
        ArticleGraph g = extractor.extract(new ArticleInput("9月14日,市统计局召开党组扩大会议,传达学习党的二十届三中全会精神。"
                + "局长王某主持会议。", null, null));
        assertEquals(LocalDate.of(2024, 9, 14), g.meetings().get(0).date());
        // A January meeting relaying a plenum of the October before falls in the next year.
        ArticleGraph h = extractor.extract(new ArticleInput("1月10日,县民政局召开党组会议,传达学习党的十九届五中全会精神。",
                null, null));
        assertEquals(LocalDate.of(2021, 1, 10), h.meetings().get(0).date());
    }

    @Test
    void aBodyWrittenShortInTheLeadIsTheBodyTheArticleWritesOut() {
        ArticleGraph g = extractor.extract(new ArticleInput("3月21日,海口局召开2025年全市邮政普遍服务监督管理工作会议。"
                + "海口市邮政管理局党组书记、局长陈某主持会议并讲话。", null, null));
        assertEquals("海口市邮政管理局", g.meetings().get(0).convenedBy().name());
        assertTrue(g.organizations().stream().noneMatch(o -> o.name().equals("海口局")),
                "the short form is not a body of its own: " + g.organizations());
    }
}
