package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms of the genre the tuning texts show rarely but reporting uses often: a headline's second name for the lead's
 * meeting, a date that belongs to a document or another meeting, a source line that closes the text with its date,
 * how a relayed meeting's name is written. Texts written for these tests. Pure, fast.
 */
class GenreFormsExtractTests {

    @Test
    void aHeadlineNamingTheLeadsMeetingOnlyByItsBodyIsThatMeeting() {
        ArticleGraph g = extract("县林业局召开工作会议\n发布时间:2024-06-20\n\n"
                + "6月18日,县林业局召开2024年上半年森林防火工作推进会。局长宋某某主持会议。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        MeetingItem m = g.meetings().get(0);
        assertEquals("2024年上半年森林防火工作推进会", m.name());
        assertEquals(LocalDate.of(2024, 6, 18), m.date());
    }

    @Test
    void aHeadlineMeetingOfAnotherBodyStaysApart() {
        ArticleGraph g = extract("市政府召开常务会议\n发布时间:2024-06-20\n\n"
                + "6月18日,县林业局召开党组会议。局长宋某某主持会议。");
        assertEquals(2, g.meetings().size(), g.meetings().toString());
    }

    @Test
    void aDocumentsIssueDateAfterTheMeetingIsNotTheMeetingsDay() {
        ArticleGraph g = extract("2024年9月6日 来源:县粮食和物资储备局\n\n"
                + "4日,县粮食和物资储备局召开局务会议,学习市粮食局8月29日印发的《关于做好秋粮收购工作的通知》。"
                + "局长白某某主持会议。");
        assertEquals(LocalDate.of(2024, 9, 4), g.meetings().get(0).date());
    }

    @Test
    void aRelayedMeetingsDayAndHoldingDoNotEnterItsName() {
        ArticleGraph g = extract("发布时间:2024-03-10\n\n3月9日,县安委会召开全体成员会议。会议传达了3月1日召开的"
                + "全市安全生产电视电话会议精神,以及近日闭幕的全省安全生产工作会议精神。县长孙某主持会议。");
        List<String> relays = g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList();
        assertEquals(List.of("全市安全生产电视电话会议", "全省安全生产工作会议"), relays);
    }

    @Test
    void aMeetingReferredToOnlyByScopeOrBodyIsNoRelay() {
        ArticleGraph g = extract("发布时间:2024-06-04\n\n6月3日,县税务局召开党委会议,传达学习省局会议精神和全市会议精神,"
                + "传达学习全省税务系统全面从严治党工作会议精神。局长马某主持会议。");
        List<String> relays = g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList();
        assertEquals(List.of("全省税务系统全面从严治党工作会议"), relays);
    }

    @Test
    void aSourceLineClosingTheTextGivesThePublicationDate() {
        ArticleGraph g = extract("镇党委召开会议\n\n10日,镇党委召开会议,传达学习县委全会精神。镇党委书记冯某某主持会议。\n\n"
                + "(供稿:某镇党政办 2024年5月11日)\n责任编辑:李某");
        assertEquals(LocalDate.of(2024, 5, 11), g.publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2024, 5, 10), g.meetings().get(0).date());
    }

    @Test
    void aMeetingTheArticleOnlyPreparesForIsNotReported() {
        ArticleGraph g = extract("发布时间:2024-05-08\n\n5月7日,市人社局召开党组会议,研究部署下一步工作。"
                + "会议要求,各科室要做好各项准备,确保全市人社工作会议顺利召开。");
        assertEquals(List.of("市人社局党组会议"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aSecondClauseThatDeploysWorkAfterARelayIsASpeech() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县审计局召开党组扩大会议。会议由局党组书记、局长韩立新主持。\n"
                + "副局长周晓燕传达了全市审计工作会议精神,副局长钱国栋对下半年审计项目进行了安排部署。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "钱国栋"));
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "周晓燕"));
    }

    @Test
    void comradesListedWithoutTitlesShareTheVerbAfterThem() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县审计局召开党组理论学习中心组学习会议。韩立新主持会议。\n"
                + "会上,周晓燕、钱国栋、孔德明等同志先后作了交流发言。");
        MeetingItem m = g.meetings().get(0);
        for (String name : List.of("周晓燕", "钱国栋", "孔德明")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void anInvitedGuestsTitleDropsTheInvitingVerbAndAGradedRankIsATitle() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县审计局召开党组会议。党组书记、局长韩立新主持会议。"
                + "会议邀请县委党校副校长方志明作专题辅导。党组成员、一级主任科员孔德明汇报了审计整改进展。");
        var titles = g.officials().stream().collect(java.util.stream.Collectors.toMap(OfficialRef::simplifiedName,
                OfficialRef::titles));
        assertEquals(List.of("县委党校副校长"), titles.get("方志明"));
        assertEquals(List.of("党组成员", "一级主任科员"), titles.get("孔德明"));
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "孔德明"));
    }

    @Test
    void aRelayedMeetingsHoldingWrittenAfterItsBodyLeavesBodyAndName() {
        ArticleGraph g = extract("发布时间:2025-01-05\n\n1月4日,县商务局召开党组会议,传达学习中共中央政治局1月3日召开的"
                + "专题民主生活会精神。局长马某主持会议。");
        assertEquals(List.of("中共中央政治局专题民主生活会"),
                g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aGroupStationedInTheBodyIsNotTheConvenersFullName() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县水利局召开党组会议。局党组书记、局长郑国强主持会议。"
                + "县纪委监委驻县水利局纪检监察组组长邵立军列席会议。");
        assertEquals("县水利局", g.meetings().get(0).convenedBy().name());
        assertEquals(java.util.Set.of("ATTENDED"), RolesAt.of(g, g.meetings().get(0), "邵立军"));
    }

    @Test
    void aMeetingHeldJustBeforeTheReportedOneTakesItsDay() {
        ArticleGraph g = extract("县水利局召开全局干部大会\n发布时间:2024-07-02\n\n7月1日,县水利局召开全局干部大会,"
                + "局长郑国强主持会议。会前还召开了局党组会议,传达学习了全市水利工作会议精神。");
        assertEquals(2, g.meetings().size(), g.meetings().toString());
        assertEquals(LocalDate.of(2024, 7, 1), g.meetings().get(1).date());
    }

    @Test
    void meetingsAskedForCountedUsedAsMeansDecidedOrToComeAreNotReported() {
        String lead = "发布时间:2024-07-02\n\n7月1日,县林业局召开党组会议,局长宋某某主持会议。";
        for (String after : List.of(
                "会议要求,各股室要在本周内召开专题会议,传达学习会议精神。",
                "2023年,县林业局先后召开森林防火工作会议、林长制推进会等会议。",
                "6月以来,县林业局通过召开防火调度会、现场推进会等方式,压实防火责任。",
                "会议决定,于7月10日召开全县林业系统警示教育大会。",
                "会议研究了下半年召开林业系统表彰大会事宜。",
                "会议明确,全县林业工作会议下月召开。")) {
            ArticleGraph g = extract(lead + after);
            assertEquals(List.of("县林业局党组会议"), g.meetings().stream().map(MeetingItem::name).toList(), after);
        }
    }

    @Test
    void aRelayedMeetingNamedAfterItsBodyAndHoldingKeepsOneBody() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县林业局召开党组会议,局长宋某某主持会议。"
                + "会议传达学习了6月28日县委召开的县委常委会会议精神。");
        assertEquals(List.of("县委常委会会议"), g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void higherBodiesWrittenShortShareOneMeetingsNameAndADocumentEndsAListItem() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,乐清市税务局召开党委会议,局长魏某某主持会议。"
                + "会议传达学习了全国税务工作会议及省局、市局工作会议精神,学习了《税收工作论述摘编》和全国税务系统"
                + "深化改革工作推进会精神。");
        List<String> relays = g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList();
        assertEquals(java.util.Set.of("全国税务工作会议", "省局工作会议", "市局工作会议", "全国税务系统深化改革工作推进会"),
                java.util.Set.copyOf(relays));
    }

    @Test
    void titleGroupsJoinedByACommaShareTheVerbAfterTheLast() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县交通运输局召开党组会议。党组书记、局长魏明华主持会议。\n"
                + "副局长孔祥东、总工程师唐海燕结合分管工作谈了学习体会。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "孔祥东"));
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "唐海燕"));
    }

    @Test
    void namesBeforeACountAndTheirSharedTitleSpeak() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县交通运输局召开党组会议。党组书记、局长魏明华主持会议。\n"
                + "孔祥东、唐海燕两位副局长分别汇报了分管工作。");
        MeetingItem m = g.meetings().get(0);
        for (String name : List.of("孔祥东", "唐海燕")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
        assertEquals(List.of("副局长"), g.officials().stream().filter(o -> o.simplifiedName().equals("唐海燕"))
                .findFirst().orElseThrow().titles());
    }

    @Test
    void aGuestsLessonAndAWholeMeetingsAttendanceCount() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县交通运输局召开党组会议。党组书记、局长魏明华主持会议。"
                + "会议邀请市交通运输局副局长孔祥东作专题授课。县纪委常委唐海燕全程参加会议。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "孔祥东"));
        assertEquals(java.util.Set.of("ATTENDED"), RolesAt.of(g, m, "唐海燕"));
    }

    @Test
    void theDayBetweenTheChairAndHisVerbAndADayOfLastMonth() {
        ArticleGraph g = extract("发布时间:2024-07-03\n\n县水利局党组书记、局长郑国强7月1日主持召开党组会议,传达学习全市水利工作会议精神。");
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, g.meetings().get(0), "郑国强"));
        ArticleGraph h = extract("发布时间:2024-07-03\n\n上月28日,县水利局召开党组会议,局长郑国强主持会议。");
        assertEquals(LocalDate.of(2024, 6, 28), h.meetings().get(0).date());
    }

    @Test
    void aClosingDateWithItsTimeDatesALongText() {
        String body = "会议强调,要坚持问题导向,狠抓工作落实,确保各项任务按期完成。".repeat(30);
        ArticleGraph g = extract("县水利局召开党组会议\n\n1日,县水利局召开党组会议,局长郑国强主持会议。\n" + body
                + "\n\n2024-07-03 10:25");
        assertEquals(LocalDate.of(2024, 7, 3), g.publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2024, 7, 1), g.meetings().get(0).date());
    }

    @Test
    void aSpeechAtALongNamedMeetingMakesASpeaker() {
        ArticleGraph g = extract("发布时间:2024-07-03\n\n7月1日,县水利局党组书记、局长郑国强在全县水利系统安全生产工作会议上强调,"
                + "要压实责任。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, g.meetings().get(0), "郑国强"));
    }

    @Test
    void eventsThatEndLikeAMeetingAreNoneWhateverVerbHoldsThem() {
        for (String event : List.of("召开迎新春茶话会", "举行庆祝建党103周年文艺晚会", "与县农业农村局召开联谊会",
                "召开水利项目招商推介会")) {
            ArticleGraph g = extract("发布时间:2024-07-03\n\n7月1日,县水利局" + event + "。");
            assertEquals(List.of(), g.meetings(), event);
        }
        ArticleGraph g = extract("发布时间:2024-07-03\n\n7月1日,县总工会召开全县劳动竞赛推进会。");
        assertEquals(1, g.meetings().size(), "a meeting about a contest is a meeting");
    }

    @Test
    void aHigherMeetingToldFirstAndThenRelayedIsTheRelayNotAMeeting() {
        ArticleGraph g = extract("发布时间:2024-01-15\n\n1月10日,全省市场监管工作会议在省城召开。1月12日,市市场监管局召开党组会议,"
                + "传达学习全省市场监管工作会议精神。局长戚某某主持会议。");
        assertEquals(List.of("市市场监管局党组会议"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(List.of("全省市场监管工作会议"),
                g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aMeetingOfTheRelayersOwnScopeStaysItsMeeting() {
        ArticleGraph g = extract("发布时间:2024-01-15\n\n1月10日,全市市场监管工作会议召开。局长戚某某出席会议并讲话。"
                + "1月12日,市市场监管局召开党组会议,传达学习全市市场监管工作会议精神。");
        assertEquals(2, g.meetings().size(), g.meetings().toString());
    }

    @Test
    void theDayOfAMeetingWhoseSpiritIsRelayedIsNotTheRelayingMeetingsDay() {
        ArticleGraph g = extract("县水利局召开党组会议\n\n发布时间:2024-07-03\n\n日前,县水利局召开党组会议,"
                + "传达学习7月1日全市水利工作会议精神。局长郑国强主持会议。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(MeetingItem.DatePrecision.MONTH, m.datePrecision());
        assertEquals(LocalDate.of(2024, 7, 1), m.date());
    }

    @Test
    void anUntitledComradeWhoChairsAndLaterArrangementsMadeSpeak() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县交通运输局召开党组会议。会议由魏明华同志主持。"
                + "副局长孔祥东、唐海燕参加会议。\n\n会上,孔祥东就安全生产工作作了安排,唐海燕就项目建设工作作了安排。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, m, "魏明华"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "孔祥东"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "唐海燕"));
    }

    @Test
    void ofAHeadlinesNameAndTheLeadsAsLongTheLeadsIsKept() {
        ArticleGraph g = extract("县安委会召开会议\n发布时间:2024-03-10\n\n3月9日,县安委会召开全体成员会议。县长孙某主持会议。");
        assertEquals(List.of("全体成员会议"), g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals("县安委会", g.meetings().get(0).convenedBy().name());
    }

    @Test
    void aSpiritLearntInAReviewedPeriodIsNoRelayOfTheMeeting() {
        ArticleGraph g = extract("发布时间:2024-01-20\n\n1月19日,县统计局召开2024年工作会议。会议指出,2023年,全局上下深入学习"
                + "贯彻党的二十大精神,各项工作取得新成效。会议传达学习了全省统计工作会议精神。局长毛某主持会议。");
        assertEquals(List.of("全省统计工作会议"), g.meetings().get(0).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void theTasksADeploymentSetAreNoRelay() {
        ArticleGraph g = extract("发布时间:2024-01-20\n\n1月19日,县统计局召开党组会议,局长毛某主持会议。会议审议通过了年度工作要点,为全面贯彻"
                + "党的二十大部署的各项任务提供了有力保障。");
        assertEquals(List.of(), g.meetings().get(0).relays());
    }

    @Test
    void aGuestNamedAfterASchoolWithTheTitleAfterSpeaksAtAStudyMeeting() {
        ArticleGraph g = extract("发布时间:2024-07-02\n\n7月1日,县交通运输局召开党组理论学习中心组学习会议,学习会议邀请县委党校"
                + "代立群副校长作了学习贯彻党的二十届三中全会精神专题辅导。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "代立群"));
        assertEquals(List.of(), m.relays().stream().filter(r -> r.meetingName().contains("邀请")).toList());
    }

    @Test
    void meetingsCountedByARelayAfterThemAreItsRelaysAndABodyEndingIn会IsNoMeeting() {
        String text = "中共某省委八届七次全体(扩大)会议24日召开,全省经济工作会议25日召开。28日,福建省贸促会举行党组中心组扩大会议,"
                + "学习贯彻两次会议精神。会长赵某某在会上传达了两次会议的主要内容。";
        ArticleGraph g = new ArticleExtractor().extract(new ArticleInput(text, null, null));
        assertEquals(1, g.meetings().size(), "the two meetings told first are what the third relays");
        MeetingItem m = g.meetings().get(0);
        assertEquals("福建省贸促会", m.convenedBy().name());
        assertEquals(List.of("中共某省委八届七次全体(扩大)会议", "全省经济工作会议"),
                m.relays().stream().map(RelayRef::meetingName).toList());
        assertNull(m.date(), "28日 with no month written anywhere has no month");
        String dated = text.replace("28日,", "12月28日,") + "\n发布时间:2009-12-29";
        assertEquals(LocalDate.of(2009, 12, 28), new ArticleExtractor().extract(new ArticleInput(dated, null, null))
                .meetings().get(0).date());
    }

    @Test
    void aMeetingNamedForTheSpiritItRelaysIsStillAMeeting() {
        ArticleGraph g = extract("11月2日,某部部属高校贯彻落实全国教育大会精神座谈会在校召开。校党委常务副书记熊某某出席会议并致辞。");
        assertEquals(List.of("某部部属高校贯彻落实全国教育大会精神座谈会"), g.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aMeetingTheSpeakerSaysWasHeldIsNoMeetingOfAVisitReport() {
        String visit = "11月3日至4日,公司总经理张某某到华东分部调研,检查保电工作,看望慰问一线员工。\n"
                + "张某某强调,学习宣传贯彻党的二十大精神,是公司当前的首要政治任务。公司专门召开工作部署会对学习宣传贯彻工作作出全面部署。"
                + "要把学习宣传贯彻党的二十大精神作为强大动力。";
        assertEquals(List.of(), extract(visit).meetings(), "told inside his speech, the meeting is what he said was done");
        String dated = visit.replace("公司专门召开工作部署会", "11月5日,公司召开工作部署会");
        assertEquals(1, extract(dated).meetings().size(), "a meeting told with its day is reported");
    }
}
