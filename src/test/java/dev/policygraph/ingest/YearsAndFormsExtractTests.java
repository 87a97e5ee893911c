package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Whole articles through the extractor: years guessed from the text, forms of the genre read. Pure, fast. */
class YearsAndFormsExtractTests {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void aReviewedYearIsTheYearBeforeTheText() {
        ArticleGraph g = extractor.extract(new ArticleInput("2月6日,某省税务局召开2023年度基层党组织书记抓党建述职评议会议。"
                + "局党委书记、局长周某某主持会议,听取了2023年度各支部工作汇报。", null, null));
        assertEquals(LocalDate.of(2024, 2, 6), g.meetings().get(0).date());
    }

    @Test
    void aYearReviewedInItsOwnDecemberKeepsItsYear() {
        // 年度表彰 and 年度总结 are held from the year's last weeks into the next spring: December is the year itself
        ArticleGraph g = extractor.extract(new ArticleInput("12月28日,某县公安局召开2011年度表彰大会。"
                + "局长王某某作重要讲话,部署2012年工作。", null, null));
        assertEquals(LocalDate.of(2011, 12, 28), g.meetings().get(0).date());
        ArticleGraph january = extractor.extract(new ArticleInput("1月12日,某县公安局召开2011年度表彰大会。"
                + "局长王某某作重要讲话,部署2012年工作。", null, null));
        assertEquals(LocalDate.of(2012, 1, 12), january.meetings().get(0).date());
    }

    @Test
    void aYearAheadIsNotReviewed() {
        ArticleGraph g = extractor.extract(new ArticleInput("2月6日,某县税务局召开会议,研究部署2023年度重点工作任务。"
                + "局长周某某主持会议。", null, null));
        assertEquals(LocalDate.of(2023, 2, 6), g.meetings().get(0).date());
    }

    @Test
    void spunWordsAreReadAsTheGenresOwn() {
        ArticleGraph g = extractor.extract(new ArticleInput("2021年3月5日上午,召开第十二次党委会,党委书记、董事长王某某同志主持聚会。"
                + "副总司理李某某转达《关于做好春季安全生产工作的通知》;工会主席赵某某转达了省向导干部聚会精神。", null, null));
        MeetingItem m = g.meetings().get(0);
        assertTrue(RolesAt.of(g, m, "李某某").contains("SPOKE"), g.officials().toString());
        assertTrue(RolesAt.of(g, m, "赵某某").contains("SPOKE"));
        assertTrue(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("李某某") && o.titles().contains("副总司理")));
        assertEquals(Set.of("省领导干部会议"), m.relays().stream().map(r -> dev.policygraph.ingest.script.Script.simplify(
                dev.policygraph.ingest.script.Spun.fold(r.meetingName()))).collect(Collectors.toSet()));
    }

    @Test
    void aHigherMeetingOnlyAttendedAndRelayedAfterIsARelayNotAMeeting() {
        ArticleGraph g = extractor.extract(new ArticleInput("6月5日上午,国务院召开全国防汛抗旱工作电视电话会议,某流域局局长周某某、"
                + "副局长李某某在省政府分会场参加会议。会后,周某某局长主持召开党组会议,传达贯彻电视电话会议精神,副局长李某某参加会议。",
                null, java.time.OffsetDateTime.parse("2021-06-06T00:00:00+08:00")));
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        MeetingItem m = g.meetings().get(0);
        assertEquals("党组会议", m.name());
        assertEquals(LocalDate.of(2021, 6, 5), m.date());
        assertEquals(java.util.List.of("全国防汛抗旱工作电视电话会议"), m.relays().stream().map(RelayRef::meetingName).toList());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "李某某"));
    }

    @Test
    void aMeetingWatchedAtABranchVenueAndNotRelayedIsTheArticlesMeeting() {
        ArticleGraph g = extractor.extract(new ArticleInput("6月5日上午,国务院召开全国防汛抗旱工作电视电话会议,某市市长周某某"
                + "在市分会场参加会议并讲话。", null, java.time.OffsetDateTime.parse("2021-06-06T00:00:00+08:00")));
        assertEquals(java.util.List.of("全国防汛抗旱工作电视电话会议"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void theAuthorOfARelayedSpeechIsQuotedNotSpeaking() {
        ArticleGraph g = extractor.extract(new ArticleInput("8月1日上午,某市林业局召开全体职工会议,传达学习全国林业工作电视电话会议精神。"
                + "局党组书记、局长王某某主持会议。会议认真学习了国家林业局局长张某某在会上的重要讲话精神。张某某局长强调,"
                + "要深入推进林业改革。王某某指出,要抓好贯彻落实。", null, java.time.OffsetDateTime.parse("2016-08-02T00:00:00+08:00")));
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of(), RolesAt.of(g, m, "张某某"));
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "王某某"));
    }

    @Test
    void aMeetingHostedIsReportedAndAnEventIsNot() {
        ArticleGraph g = extractor.extract(new ArticleInput("12月12日,某部机关团委组织青年干部代表赴纪念馆举办青年理论学习工作推进会。"
                + "副部长赵某某出席活动并讲话。", null, java.time.OffsetDateTime.parse("2025-12-13T00:00:00+08:00")));
        assertEquals(java.util.List.of("青年理论学习工作推进会"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(LocalDate.of(2025, 12, 12), g.meetings().get(0).date());
        ArticleGraph events = extractor.extract(new ArticleInput("5月8日,某市体育局举办第十届运动会暨全民健身大会。"
                + "会议要求,要举办好全市青年创新工作推进会。", null, java.time.OffsetDateTime.parse("2025-05-09T00:00:00+08:00")));
        assertTrue(events.meetings().stream().noneMatch(m -> m.name().contains("运动会") || m.name().contains("创新")),
                events.meetings().toString());
    }

    @Test
    void aLunarDayIsReadInTheYearPublished() {
        ArticleGraph g = extractor.extract(new ArticleInput("新春伊始。农历正月初七,某市审计局局长周某某主持召开局长办公会。",
                null, java.time.OffsetDateTime.parse("2024-02-20T00:00:00+08:00")));
        assertEquals(LocalDate.of(2024, 2, 16), g.meetings().get(0).date());
    }

    @Test
    void anAnniversaryGivesTheYearWhenNothingElseDoes() {
        ArticleGraph g = extractor.extract(new ArticleInput("10月22日,某县政协召开主席会议。会上传达学习了习近平总书记在纪念辛亥革命"
                + "110周年大会上的讲话。", null, null));
        assertEquals(LocalDate.of(2021, 10, 22), g.meetings().get(0).date());
        assertEquals(java.util.Set.of(2024), ArticleExtractor.anniversaryYears("今年是新中国成立七十五周年。", LocalDate.of(2026, 1, 1)));
        assertEquals(java.util.Set.of(2025), ArticleExtractor.anniversaryYears("明年是中国共产党成立105周年。", LocalDate.of(2026, 1, 1)));
        assertEquals(java.util.Set.of(), ArticleExtractor.anniversaryYears("以优异成绩迎接建党一百周年。", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void moreWaysOfSpeakingAreRead() {
        ArticleGraph g = extractor.extract(new ArticleInput("3月5日,某市应急管理局召开党委会议,传达学习全省应急管理工作会议精神。"
                + "局党委书记、局长王某某主持会议。副局长李某某作了题为《守牢安全底线》的专题党课。副局长赵某某安排部署了下一阶段工作。"
                + "副局长钱某某和总工程师孙某某分别就分管工作进行了汇报。王某某最后强调,要狠抓落实。", null,
                java.time.OffsetDateTime.parse("2024-03-06T00:00:00+08:00")));
        MeetingItem m = g.meetings().get(0);
        for (String name : java.util.List.of("李某某", "赵某某", "钱某某", "孙某某")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "王某某"));
        ArticleGraph more = extractor.extract(new ArticleInput("3月5日,某市应急管理局召开党委会议。局长王某某主持会议。"
                + "副局长李某某首先传达了全省会议精神。副局长赵某某为大家上了一堂专题党课。副局长钱某某逐一点评。", null,
                java.time.OffsetDateTime.parse("2024-03-06T00:00:00+08:00")));
        for (String name : java.util.List.of("李某某", "赵某某", "钱某某")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(more, more.meetings().get(0), name), name);
        }
    }

    @Test
    void meetingsAskedForOrToldAsBackgroundAreNotReported() {
        ArticleGraph g = extractor.extract(new ArticleInput("3月5日,某市应急管理局召开党委会议,传达学习全省会议精神。"
                + "此前,省应急管理厅于3月1日召开了全省应急管理工作会议。会议要求,各县区要及时召开专题会议,研究部署贯彻措施,"
                + "以召开全市安全生产大会为契机,推动工作落实。",
                null, java.time.OffsetDateTime.parse("2024-03-06T00:00:00+08:00")));
        assertEquals(java.util.List.of("某市应急管理局党委会议"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void theBodyThatSummonsOthersToAMeetingConvenesIt() {
        ArticleGraph g = extractor.extract(new ArticleInput("3月5日,某市应急管理局召集各县区应急管理局负责人召开工作推进会。",
                null, java.time.OffsetDateTime.parse("2024-03-06T00:00:00+08:00")));
        assertEquals("某市应急管理局", g.meetings().get(0).convenedBy().name());
    }

    @Test
    void aDatedLeadWhereSomeoneSpeaksAtAMeetingReportsThatMeeting() {
        ArticleGraph g = extractor.extract(new ArticleInput("3月15日下午,某县人大常委会邀请全国人大代表、某村党支部书记孙某某"
                + "在县十五届人大常委会第二十次会议上宣讲全国两会精神。县人大常委会主任李某某出席会议。", null,
                java.time.OffsetDateTime.parse("2021-03-16T00:00:00+08:00")));
        MeetingItem m = g.meetings().get(0);
        assertEquals("县十五届人大常委会第二十次会议", m.name());
        assertEquals("某县人大常委会", m.convenedBy().name());
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "孙某某"));
        ArticleGraph relayed = extractor.extract(new ArticleInput("3月15日,会议传达学习了省委书记李某某在全省经济工作会议上讲话精神。",
                null, java.time.OffsetDateTime.parse("2021-03-16T00:00:00+08:00")));
        assertTrue(relayed.meetings().isEmpty(), relayed.meetings().toString());
    }

    @Test
    void aBodySummoningOthersHoldsAMeetingItDoesNotName() {
        ArticleGraph g = extractor.extract(new ArticleInput("某市发展改革委召集有关部门学习传达省政府常务会议精神\n\n"
                + "5月8日上午,省政府召开常务会议。下午,我委立即召集市经济和信息化局、市科技局等部门,传达学习省政府常务会议精神。"
                + "委党组书记、主任周某某主持会议,副主任钱某某参加会议。", null,
                java.time.OffsetDateTime.parse("2019-05-10T00:00:00+08:00")));
        MeetingItem m = g.meetings().stream().filter(x -> x.name().equals("某市发展改革委会议")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2019, 5, 8), m.date());
        assertEquals("某市发展改革委", m.convenedBy().name());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "周某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "钱某某"));
    }

    @Test
    void moreWaysOfWritingTheDayAreRead() {
        java.time.OffsetDateTime published = java.time.OffsetDateTime.parse("2024-03-06T00:00:00+08:00");
        Map<String, String> dated = Map.of(
                "二〇二四年三月五日,某市应急管理局召开党委会议。", "2024-03-05",
                "三月五日,某市应急管理局召开党委会议。", "2024-03-05",
                "3月5号,某市应急管理局召开党委会议。", "2024-03-05",
                "昨天上午,某市应急管理局召开党委会议。", "2024-03-05",
                "前天,某市应急管理局召开党委会议。", "2024-03-04",
                "今年2月,某市应急管理局召开党委会议。", "2024-02-01",
                "2月28日至3月1日,某市应急管理局召开党委会议。", "2024-02-28");
        dated.forEach((text, day) -> {
            MeetingItem m = extractor.extract(new ArticleInput(text, null, published)).meetings().get(0);
            assertEquals(LocalDate.parse(day), m.date(), text);
            assertEquals("某市应急管理局", m.convenedBy().name(), text);
        });
        MeetingItem month = extractor.extract(new ArticleInput("今年2月,某市应急管理局召开党委会议。", null, published)).meetings().get(0);
        assertEquals(MeetingItem.DatePrecision.MONTH, month.datePrecision());
        MeetingItem between = extractor.extract(new ArticleInput("某市应急管理局3月4日召开党委会议。", null, published)).meetings().get(0);
        assertEquals("某市应急管理局", between.convenedBy().name(), "a date between the body and its verb");
    }

    @Test
    void spunPhrasesAreReadAsTheGenresOwn() {
        ArticleGraph g = extractor.extract(new ArticleInput("5月24日,集团召开党委(扩大)集会,学习贯穿全市安全生产事情集会精力。"
                + "党委书记、董事长王某某掌管集会。副总司理李某某加入集会。", null,
                java.time.OffsetDateTime.parse("2019-05-25T00:00:00+08:00")));
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "王某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "李某某"));
        assertEquals(1, m.relays().size(), m.relays().toString());
    }

    @Test
    void aMeetingToldAfterOneThatRelaysItIsBackground() {
        ArticleGraph g = extractor.extract(new ArticleInput("9月14日,某市统计局召开党组扩大会议,深入贯彻落实全市高质量发展"
                + "动员大会精神。局长张某某主持会议并讲话。会议认为,市委第一时间召开动员大会,对高质量发展进行系统部署。", null,
                java.time.OffsetDateTime.parse("2024-09-15T00:00:00+08:00")));
        assertEquals(java.util.List.of("某市统计局党组扩大会议"), g.meetings().stream().map(MeetingItem::name).toList());
        ArticleGraph digest = extractor.extract(new ArticleInput("3月5日,某县财政局召开局务会议,传达学习省财政厅党组会议精神。"
                + "3月6日,召开党组会议,研究部署全年重点工作。", null,
                java.time.OffsetDateTime.parse("2024-03-07T00:00:00+08:00")));
        assertEquals(2, digest.meetings().size(), "a form alone names no relayed meeting: " + digest.meetings());
    }

    @Test
    void aSittingOpenedWithTheSessionIsTheSession() {
        ArticleGraph g = extractor.extract(new ArticleInput("3月27日上午,市六届人大常委会第七次会议开幕并举行第一次全体会议。"
                + "市人大常委会主任王某某主持会议。", null, java.time.OffsetDateTime.parse("2024-03-28T00:00:00+08:00")));
        assertEquals(java.util.List.of("市六届人大常委会第七次会议"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void theBodyBehindAStudyGroupATownshipOrABracketedSecondNameConvenes() {
        java.time.OffsetDateTime published = java.time.OffsetDateTime.parse("2023-09-22T00:00:00+08:00");
        Map<String, String> conveners = Map.of(
                "9月21日,省统计局党组理论学习中心组开展2023年第九次集中学习。", "省统计局",
                "9月21日,某某镇召开党委政府工作会议。", "某某镇",
                "9月21日,市地方金融监管局(市金融工作局)局长周某某主持召开2023年第9次行政办公会。", "市地方金融监管局(市金融工作局)");
        conveners.forEach((text, body) -> assertEquals(body,
                extractor.extract(new ArticleInput(text, null, published)).meetings().get(0).convenedBy().name(), text));
    }

    @Test
    void aWordOfTheNameIsNotItsConvener() {
        ArticleGraph g = extractor.extract(new ArticleInput("4月17日,召开重点工作部署推进会。四川省某某厅党组书记、厅长王某某主持会议。",
                null, java.time.OffsetDateTime.parse("2021-04-18T00:00:00+08:00")));
        assertTrue(g.meetings().get(0).convenedBy() == null
                || !g.meetings().get(0).convenedBy().name().equals("重点工作部"), g.meetings().get(0).toString());
    }

    @Test
    void aMeetingInTheDaysOfTheSessionItStudiesIsThatYears() {
        ArticleGraph g = extractor.extract(new ArticleInput("10月17日上午,市某局党组召开扩大会议,认真学习习近平总书记在中国共产党"
                + "第二十次全国代表大会上的报告,研究部署学习宣传贯彻党的二十大精神工作。局长张某主持会议。", null, null));
        assertEquals(LocalDate.of(2022, 10, 17), g.meetings().get(0).date());
        ArticleGraph later = extractor.extract(new ArticleInput("3月2日上午,市某局党组召开扩大会议,传达学习党的二十大精神。"
                + "局长张某主持会议。", null, null));
        assertEquals(LocalDate.of(2023, 3, 2), later.meetings().get(0).date());
    }

    @Test
    void theYearAPeriodBeganIsNotTheArticles() {
        ArticleGraph g = extractor.extract(new ArticleInput("11月29日上午,我局召开党组中心组理论学习会,认真学习习近平总书记自2013年以来"
                + "关于深化改革开放重要论述。局党组书记、局长张某主持会议。", null, null));
        assertEquals(null, g.meetings().get(0).date());
    }
}
