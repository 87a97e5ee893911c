package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms of a report's lead and its cast that real articles use: a meeting's day and place between its name and its
 * verb, a session that closes, 召开了, names listed with 等 before they attend, a headline line of names and verbs.
 * Texts written for these tests. Pure, fast.
 */
class LeadFormsExtractTests {

    @Test
    void theDayAndPlaceBetweenAMeetingsNameAndItsVerbStillMakeItHeld() {
        ArticleGraph g = extract("2023年全县农业农村工作会议3月8日在县委党校召开。县农业农村局局长邹某某作工作报告。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        MeetingItem m = g.meetings().get(0);
        assertEquals("2023年全县农业农村工作会议", m.name());
        assertEquals(LocalDate.of(2023, 3, 8), m.date());
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "邹某某"));
    }

    @Test
    void aMeetingHeldAfterwardsIsOfThatDayAndItsChairNoLongerTakesTheAdverb() {
        ArticleGraph g = extract("发布时间:2025-03-07\n3月5日,某县应急管理局召开党组会议,传达学习全国两会精神。局长张某强主持会议。"
                + "会后,局长张某强又主持召开了全局安全生产工作调度会,对近期安全生产工作进行了安排部署。副局长王又红参加会议。");
        assertEquals(2, g.meetings().size(), g.meetings().toString());
        MeetingItem after = g.meetings().get(1);
        assertEquals("全局安全生产工作调度会", after.name());
        // 近期 qualifies the work deployed, not when the meeting was held
        assertEquals(LocalDate.of(2025, 3, 5), after.date());
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, after, "张某强"));
        assertTrue(g.officials().stream().noneMatch(o -> o.simplifiedName().endsWith("又")), g.officials().toString());
        assertTrue(g.officials().stream().anyMatch(o -> o.simplifiedName().equals("王又红")), g.officials().toString());
        // 近日 before the verb still dates a meeting to its month
        assertEquals(LocalDate.of(2025, 3, 1), only(extract("发布时间:2025-03-07\n全县防汛工作会议近日召开。县长张某强出席并讲话。")).date());
    }

    @Test
    void aBodyThatHoldsItsMeetingByVideoStillConvenesIt() {
        MeetingItem video = only(extract("2025年3月5日,某县应急管理局以视频会议形式召开全县防汛工作部署会。局长张某强出席并讲话。"));
        assertEquals("全县防汛工作部署会", video.name());
        assertEquals("某县应急管理局", video.convenedBy().name());
        MeetingItem bare = only(extract("2025年3月5日,某县应急管理局通过电视电话会议方式召开会议。局长张某强出席并讲话。"));
        assertEquals("某县应急管理局", bare.convenedBy().name());
        assertEquals("某县应急管理局会议", bare.name());
    }

    @Test
    void aStudyToldRightAfterTheMeetingsFormIsWhatItDidNotItsName() {
        ArticleGraph g = extract("2022年4月8日,某县应急管理局召开扩大会议集中学习《安全生产法》。局长孙某某主持会议。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        assertEquals("某县应急管理局扩大会议", g.meetings().get(0).name());
        // a study session named as such keeps its name, and so does one joined to a meeting by 暨
        assertEquals("市统计局党组理论学习中心组2023年第九次集中学习", extract("2023年9月20日,市统计局党组理论学习中心组"
                + "召开市统计局党组理论学习中心组2023年第九次集中学习。局长钱某某主持。").meetings().get(0).name());
        String joined = extract("2022年4月8日,某县应急管理局召开党组会议暨集中学习。局长孙某某主持会议。").meetings().get(0).name();
        assertTrue(joined.endsWith("党组会议暨集中学习"), joined);
    }

    @Test
    void aSessionThatClosesWasHeldButOneClosedBeforeIsBackground() {
        ArticleGraph g = extract("发布时间:2024-03-12\n\n全省水利工作会议3月11日下午闭幕。省水利厅厅长谭某某作总结讲话。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        assertEquals("全省水利工作会议", g.meetings().get(0).name());
        assertEquals(LocalDate.of(2024, 3, 11), g.meetings().get(0).date());

        ArticleGraph after = extract("发布时间:2024-03-20\n\n全省水利工作会议闭幕以后,县水利局于3月18日召开党组会议,"
                + "传达学习全省水利工作会议精神。局长方某某主持会议。");
        assertEquals(1, after.meetings().size(), after.meetings().toString());
        assertEquals("县水利局党组会议", after.meetings().get(0).name());
    }

    @Test
    void aChairWhoHeldTheMeetingWithLeDoesNotLendLeToItsName() {
        ArticleGraph g = extract("4月2日,副县长、县防汛指挥部指挥长石某某主持召开了县防汛抗旱指挥部2024年第一次会议。");
        assertEquals("县防汛抗旱指挥部2024年第一次会议", g.meetings().get(0).name());
    }

    @Test
    void namesClosedByDengBeforeTheyAttendAreAttendeesAndSpeakWhenTheSentenceSaysSo() {
        ArticleGraph g = extract("5月6日,县交通运输局召开安全生产工作会议。局长韦某某主持会议。\n"
                + "钱志远、孙晓峰、周立群等出席了会议并发表了意见。");
        MeetingItem m = g.meetings().get(0);
        for (String n : new String[] {"钱志远", "孙晓峰", "周立群"}) {
            assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, n), n);
        }
    }

    @Test
    void aHeadlineLineOfNamesAndVerbsGivesEachNameOnlyItsOwnVerb() {
        ArticleGraph g = extract("全市教育工作会议召开\n\n孔卫东出席 曹立新讲话 许文杰主持\n\n"
                + "6月3日,全市教育工作会议召开。市委副书记孔卫东出席会议。市教育局局长曹立新作工作报告。"
                + "会议由副市长许文杰主持。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "孔卫东"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "曹立新"));
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "许文杰"));
    }

    @Test
    void aLongTitleAfterTheNameStillMakesTheNameASpeaker() {
        ArticleGraph g = extract("9月4日,全市交通安全工作会议召开。市公安局党委副书记、常务副局长甘志平,"
                + "省交警总队副总队长郑卫国出席会议。\n会上,甘志平常务副局长对全市交通安全工作进行了总结部署;"
                + "省总队郑卫国副总队长作了专题辅导。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "甘志平"));
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "郑卫国"));
    }

    @Test
    void summingUpTheMeetingIsASpeech() {
        ArticleGraph g = extract("8月2日,某镇召开安全生产工作会议。会上,镇党委书记鲍国平讲话,镇长茆春雷进行会议总结。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "茆春雷"));
    }

    @Test
    void leadingTheReadingAndExpoundingAfterAttendingAreSpeeches() {
        ArticleGraph g = extract("6月12日,县卫生健康局党委召开理论学习中心组学习会议。县医学会党支部书记蒋文华领读了《党章》有关内容。"
                + "县人民医院院长邵国庆参加学习并围绕深化医改、推进分级诊疗等方面进行了政策解读。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "蒋文华"));
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "邵国庆"));
    }

    @Test
    void aNameThatOpensWithItsThemeIsKeptWholeAndADemandOnOrganisationsIsNoStudy() {
        ArticleGraph g = extract("7月3日,市工商联党组召开学习贯彻习近平新时代中国特色社会主义思想主题教育读书班结业会议。\n"
                + "会议要求,各社会组织党支部要继续将集体学习与个人自学结合起来。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        assertEquals("学习贯彻习近平新时代中国特色社会主义思想主题教育读书班结业会议", g.meetings().get(0).name());
    }

    @Test
    void aMeetingHeldInAMannerIsHeldAndAPlaceThatHoldsOneConvenesIt() {
        ArticleGraph g = extract("发布时间:2024-04-10\n\n4月9日,全市文旅工作会议以视频会议形式召开。副市长岑某某出席会议并讲话。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        assertEquals(LocalDate.of(2024, 4, 9), g.meetings().get(0).date());

        ArticleGraph held = extract("5月8日上午,武进区召开“放管服”改革推进会。副区长韩某某参加会议并讲话。");
        assertEquals("武进区", held.meetings().get(0).convenedBy().name());
        ArticleGraph all = extract("5月8日上午,全区召开“放管服”改革推进会。");
        assertEquals(null, all.meetings().get(0).convenedBy());
    }

    @Test
    void aBodyThatGathersItsStaffToRelayASpiritHoldsAMeeting() {
        ArticleGraph g = extract("发布时间:2024-02-06\n\n2月5日,市档案局组织全体干部职工传达学习了全市组织工作会议精神。\n"
                + "会上,局长尤某某就贯彻落实会议精神提出了要求。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        MeetingItem m = g.meetings().get(0);
        assertEquals("市档案局传达学习会议", m.name());
        assertEquals("市档案局", m.convenedBy().name());
        assertEquals(LocalDate.of(2024, 2, 5), m.date());
        assertEquals(java.util.List.of("全市组织工作会议"), m.relays().stream().map(RelayRef::meetingName).toList());

        ArticleGraph asked = extract("2月5日,市档案局召开局务会议。会议要求,各科室要组织全体干部职工传达学习全市组织工作会议精神。\n"
                + "会上,局长尤某某提出了要求。");
        assertEquals(1, asked.meetings().size(), asked.meetings().toString());
    }

    @Test
    void titleGroupsThatAttendAReportMeetingAreAttendeesAndAChairSpeaksWhileChairing() {
        ArticleGraph g = extract("3月4日下午,省民政厅党组召开理论学习中心组学习报告会。省民政厅党组书记、厅长谢某某,"
                + "党组成员、副厅长郝文斌、苏明亮出席报告会。苏明亮主持了报告会。\n苏明亮在主持报告会时强调,要把学习引向深入。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "郝文斌"));
        assertEquals(Set.of("ATTENDED", "CHAIRED", "SPOKE"), RolesAt.of(g, m, "苏明亮"));
    }

    @Test
    void speakersNamedByTheBodyTheySpeakForShareTheListsVerb() {
        ArticleGraph g = extract("9月8日,县教育局党委召开党建工作交流会。会议由县教育局党委书记葛某某主持,"
                + "县实验小学党支部吕春华、县第二中学党支部邓志伟、城关镇中心学校党支部柯晓燕分别作交流发言。");
        MeetingItem m = g.meetings().get(0);
        for (String n : new String[] {"吕春华", "邓志伟", "柯晓燕"}) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, n), n);
        }
        ArticleGraph none = extract("9月8日,县教育局党委召开党建工作交流会。会议由县教育局党委书记葛某某主持,"
                + "县实验小学、县第二中学、城关镇中心学校分别作交流发言。");
        assertEquals(1, none.officials().size(), none.officials().toString());
    }

    @Test
    void theConvenerReadsPastALongDayAndTimeAndNotIntoADocumentsTitleNorAMayorsPartyTitle() {
        ArticleGraph press = extract("省人民政府新闻办公室于2024年4月18日(星期四)上午10时举行新闻发布会,请省统计局局长严某某介绍情况。");
        assertEquals("省人民政府新闻办公室", press.meetings().get(0).convenedBy().name());

        ArticleGraph mayor = extract("3月2日上午,市委副书记、市长裴某某主持召开2024年市《政府工作报告》重点任务推进会。");
        assertEquals(null, mayor.meetings().get(0).convenedBy());

        ArticleGraph party = extract("3月2日上午,市委副书记邬某某主持召开全市组织工作推进会。");
        assertEquals("市委", party.meetings().get(0).convenedBy().name());
    }

    @Test
    void aMeetingDescribedAsHeldAtSomeTimeIsNoMeetingOfTheArticle() {
        ArticleGraph g = extract("3月15日,县法院召开党组会议。院长指出,今年的全省两会,是在全省上下奋力推进现代化建设"
                + "、省第十二次党代会召开之年这一重要时刻召开的一次重要会议。");
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        assertEquals("县法院党组会议", g.meetings().get(0).name());
    }

    @Test
    void aTranscriptsSpeakerLineMakesASpeakerButABylineDoesNot() {
        ArticleGraph g = extract("省政府新闻办公室于2024年7月16日上午举行新闻发布会,请省统计局副局长管某某介绍上半年经济运行情况。\n"
                + "省政府新闻办新闻发言人 卢志刚:\n各位记者,上午好。欢迎出席今天的新闻发布会。\n"
                + "记者 施晓东:\n请问上半年消费情况如何?");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "卢志刚"));
        assertEquals(Set.of(), RolesAt.of(g, m, "施晓东"));
    }

    @Test
    void whoSentInstructionsOrHeldTheMeetingIsNoAttendeeOfTheSentence() {
        ArticleGraph g = extract("6月5日上午,全市防汛工作推进会在市区召开。市委书记柏某某作出批示,市委副书记、市长訾某某出席会议并讲话,"
                + "市人大常委会主任尚某某参加会议。");
        MeetingItem m = g.meetings().get(0);
        assertEquals(Set.of(), RolesAt.of(g, m, "柏某某"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "尚某某"));

        ArticleGraph held = extract("6月5日上午,省水利厅党组成员、总工程师阮某某在厅会议室召开防汛工作部署会,厅各处室负责人参会。");
        assertEquals(Set.of(), RolesAt.of(held, held.meetings().get(0), "阮某某"));
    }

    @Test
    void aFiveYearPlansOpeningOrClosingGivesTheYear() {
        ArticleGraph opens = extract("12月20日,某镇召开党委会议。会议指出,今年是“十三五”开局之年,全镇各项工作稳中有进。");
        assertEquals(LocalDate.of(2016, 12, 20), opens.meetings().get(0).date());
        ArticleGraph closes = extract("3月13日,某局召开党组会议。会议指出,今年全国两会是在收官“十四五”的关键之年召开的。");
        assertEquals(LocalDate.of(2025, 3, 13), closes.meetings().get(0).date());
        // the opening year planned for is still ahead: the meeting is in the year before it
        ArticleGraph ahead = extract("11月27日,某市人大常委会党组召开会议。会议要求,统筹安排“十五五”开局之年人大工作。");
        assertEquals(LocalDate.of(2025, 11, 27), ahead.meetings().get(0).date());
        ArticleGraph neither = extract("3月13日,某局召开党组会议。会议回顾了“十三五”时期取得的成绩。");
        assertEquals(null, neither.meetings().get(0).date());
    }

    @Test
    void aWireDatelineIsNoPartOfTheMeetingsNameAndAwaitingASessionMayTakeMoreWords() {
        ArticleGraph g = extract("新华社北京1月27日电 全国妇联十二届四次执委会议27日召开。"
                + "全国妇联主席沈某某强调,各级妇联要以迎接宣传贯彻党的二十大为主线,团结引领广大妇女。");
        assertEquals("全国妇联十二届四次执委会议", g.meetings().get(0).name());
        assertEquals(LocalDate.of(2022, 1, 27), g.meetings().get(0).date());
    }

    @Test
    void whoHostsAMeetingBeforeItsNameIsNoPartOfTheName() {
        ArticleGraph g = extract("9月22日上午,由某省政府和全国工商联联合举办的2023世界某商大会在广州隆重开幕。某省委书记黄大明出席开幕式并致辞。");
        MeetingItem m = only(g);
        assertEquals("2023世界某商大会", m.name());
        RolesAt.assertEach(g, m, Set.of("ATTENDED", "SPOKE"), "黄大明");
    }

    @Test
    void aNameOpeningOnItsYearDatesTheLeadsDayAndBeijingTimeIsNoPageLabel() {
        MeetingItem m = only(extract("北京时间9月22日上午,2023世界某商大会在广州隆重开幕。"));
        assertEquals(LocalDate.of(2023, 9, 22), m.date());
    }
}
