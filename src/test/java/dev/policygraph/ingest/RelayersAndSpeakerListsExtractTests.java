package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forms the real corpus's dev misses showed in session 20, each seen in more than one kind of report: officials who
 * relay an item themselves after the meeting's own study, and lists of speakers. Texts written for these tests. Pure,
 * fast.
 */
class RelayersAndSpeakerListsExtractTests {

    @Test
    void anOfficialWhoRelaysAnItemAfterTheMeetingsStudySpeaks() {
        ArticleGraph g = extract("发布时间:2024-03-30\n3月29日上午,某市委会召开理论学习中心组学习会。市委会主委徐某斐主持会议并讲话。\n"
                + "会议书面学习省委全会精神,全国人大代表、某基层委副主委陈某珠传达十四届全国人大二次会议精神,副主委金某传达全国政协十四届二次会议精神。");
        MeetingItem m = only(g);
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "陈某珠"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "金某"));
        // a name further down the study's list, its item a speech, is still only relayed
        ArticleGraph relayed = extract("发布时间:2024-03-30\n3月29日上午,某市委会召开理论学习中心组学习会。市委会主委徐某斐主持会议。\n"
                + "会议学习了省委全会精神,省委书记王某重要讲话精神。");
        assertEquals(Set.of(), RolesAt.of(relayed, only(relayed), "王某"));
    }

    @Test
    void bareNamesThatTellWhatTheyLearntSpeak() {
        ArticleGraph g = extract("发布时间:2024-03-30\n3月29日上午,某市委会召开理论学习中心组学习会。市委会主委徐某斐主持会议并讲话。副主委金素出席会议。\n"
                + "金素、朱建胜、林月和、姜洪交流学习心得体会。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("朱建胜", "林月和", "姜洪")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "金素"));
    }

    @Test
    void namesBeforeEtcSpeakAndEtcIsNoPartOfAName() {
        for (String list : java.util.List.of("朱建胜、林月和、姜洪等作交流发言。", "朱建胜、林月和、姜洪等同志作交流发言。", "会上,姜洪等同志发言。")) {
            ArticleGraph g = extract("发布时间:2024-03-30\n3月29日上午,某市委会召开理论学习中心组学习会。市委会主委徐某斐主持会议并讲话。\n" + list);
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "姜洪"), list);
            assertTrue(g.officials().stream().noneMatch(o -> o.name().endsWith("等")), list + " " + g.officials());
        }
    }

    @Test
    void eachMeetingOfADigestLinksTheSessionItRelaysAndTheSessionNotItself() {
        ArticleGraph g = extract("发布时间:2024-01-20\n1月14日至15日,全国民政工作会议在北京召开。连日来,各地兴起学习贯彻全国民政工作会议精神的热潮。\n"
                + "1月17日,某省民政厅召开党组(扩大)会议,传达学习全国民政工作会议精神,研究部署贯彻落实措施。\n"
                + "1月18日,另一省民政厅召开党组(扩大)会议,传达学习全国民政工作会议精神。");
        assertEquals(java.util.List.of("全国民政工作会议", "某省民政厅党组(扩大)会议", "另一省民政厅党组(扩大)会议"),
                g.meetings().stream().map(MeetingItem::name).toList());
        assertEquals(java.util.List.of(), g.meetings().get(0).relays());
        for (MeetingItem m : g.meetings().subList(1, 3)) {
            assertEquals(java.util.List.of("全国民政工作会议"), m.relays().stream().map(RelayRef::meetingName).toList(), m.name());
        }
    }

    @Test
    void theHeadlinesRelayIsTheBodysWhicheverMeetingIsToldFirst() {
        ArticleGraph g = extract("某市局传达补建工作总结电视电话工作会议精神\n发布时间:2015-12-25\n12月23日,国家邮政局召开补建工作总结电视电话会议,"
                + "全面总结补建工作。12月24日某市局召开会议,传达贯彻补建工作电视电话会议精神。");
        assertEquals(2, g.meetings().size(), g.meetings().toString());
        assertEquals(java.util.List.of(), g.meetings().get(0).relays());
        assertEquals(1, g.meetings().get(1).relays().size());
    }

    @Test
    void titledNamesSeparatedByCommasShareTheActAfterTheLastComma() {
        ArticleGraph g = extract("发布时间:2017-02-28\n2月27日,某市政协常委会第十九次会议在某地开幕。市政协主席俞某出席。\n"
                + "市政协副主席兼秘书长张某黎,市政协常务副秘书长潘某刚,市委统战部常务副部长张某炯、市政协提案委员会主任孙某,分别就上述议题作了说明。");
        MeetingItem m = only(g);
        for (String name : java.util.List.of("张某黎", "潘某刚", "张某炯", "孙某")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void anExpertWhoSetsOutAViewSpeaks() {
        ArticleGraph g = extract("发布时间:2017-02-28\n2月27日,某省召开院士专家座谈会。省长罗某主持会议。8位院士、专家先后在会上发言。"
                + "中国工程院副院长邬贺铨阐述了光谷在现代光通信领域的发展前景。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "邬贺铨"));
    }

    @Test
    void bareNamesCountedAsComradesSpeak() {
        ArticleGraph g = extract("发布时间:2021-12-03\n12月2日,某市人大常委会机关党组中心组集体学习会召开。秘书长文某萍出席会议。"
                + "肖晓华、黄山、韩成、刘各行四位同志作学习交流发言。");
        for (String name : java.util.List.of("肖晓华", "黄山", "韩成", "刘各行")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), name), name);
        }
    }

    @Test
    void aMeetingSaidNotToBeHeldIsNone() {
        for (String text : java.util.List.of("今年两会闭幕后不会举行总理记者会", "发布时间:2024-03-04\n发言人说,今年的大会闭幕后不举行总理记者会。",
                "发布时间:2024-03-04\n受天气影响,原定的现场推进会未召开。")) {
            assertEquals(java.util.List.of(), extract(text).meetings(), text);
        }
    }

    @Test
    void aBodysShortNameBeforeATitleIsNoName() {
        ArticleGraph g = extract("发布时间:2006-06-01\n5月31日下午,省委、省政府举行座谈会。全国人大常委会副委员长、中国科协主席韩某德,"
                + "中国科协常务副主席邓某出席座谈会。中国科协副主席在会上介绍了年会筹备情况。");
        assertEquals(java.util.List.of("韩某德", "邓某"), g.officials().stream().map(OfficialRef::name).toList());
    }

    @Test
    void bareNamesCountedBeforeWhoTheyAreAttend() {
        ArticleGraph g = extract("发布时间:2006-03-23\n3月22日,中国工程院在某市召开院士座谈会。座谈会由中国工程院副院长王某佐主持,"
                + "在某省工作的黄文虎、王仲奇、王光远、李圭白等15位院士参加了本次会议。");
        for (String name : java.util.List.of("黄文虎", "王仲奇", "王光远", "李圭白")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), name), name);
        }
    }

    @Test
    void aKeynoteGivenUnderItsTitleIsASpeech() {
        ArticleGraph g = extract("发布时间:2019-09-26\n9月25日,某市召开长三角区域合作发展座谈会。杭州市旅游形象推广中心主任叶某作“打造世界一流旅游都市群”的主旨演讲。"
                + "副市长王某出席会议并作主旨演讲。");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "叶某"));
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, only(g), "王某"));
    }

    @Test
    void aDigestOpeningOnManyBodiesHoldsNoMeetingAndDatesTheOnesItTells() {
        ArticleGraph g = extract("发布时间:2022-11-01\n近日,我省部分市(州)教育行政部门召开会议,传达学习党的二十大精神。\n"
                + "成都市教育局召开党组(扩大)会议,传达学习党的二十大精神。会议要求,要深入领会党的二十大精神。\n"
                + "自贡市委教育和体育工委召开(扩大)会议,要求全市教育体育系统各级党组织要认真落实。\n"
                + "泸州市教育和体育局党组召开(扩大)会议,要求全市教育体育系统迅速掀起学习宣传贯彻的热潮。");
        assertEquals(java.util.List.of("成都市教育局党组(扩大)会议", "自贡市委教育和体育工委(扩大)会议", "泸州市教育和体育局党组(扩大)会议"),
                g.meetings().stream().map(MeetingItem::name).toList());
        for (MeetingItem m : g.meetings()) {
            assertEquals(java.time.LocalDate.of(2022, 11, 1), m.date(), m.name());
            assertEquals(MeetingItem.DatePrecision.MONTH, m.datePrecision(), m.name());
        }
    }

    @Test
    void whatAMeetingToComeWillRelayIsNoRelay() {
        ArticleGraph g = extract("发布时间:2021-11-12\n11月11日,某县工商联召开会员企业座谈会,传达学习全省工商联工作会议精神。"
                + "11月中下旬,将在两个工业园区分别召开90家企业座谈会,传达省市营商环境主观评价工作会议的精神。");
        assertEquals(java.util.List.of("全省工商联工作会议"), only(g).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aNationalLeaderAfterHisTitleIsAnOfficialWhateverFollowsAndAReportHeardYesterdayIsNoSpeech() {
        ArticleGraph g = extract("发布时间:2026-03-06\n3月6日,某地区全国政协委员联组会召开。会议由梁某英主持,他在开场时说,"
                + "昨日听取了国务院总理李强的政府工作报告,要贯彻落实国家主席习近平去年底视察时的重要讲话精神。");
        assertEquals(java.util.Map.of("李强", java.util.List.of("国务院总理"), "习近平", java.util.List.of("国家主席")),
                g.officials().stream().filter(o -> !o.name().equals("梁某英"))
                        .collect(java.util.stream.Collectors.toMap(OfficialRef::name, OfficialRef::titles)));
        assertEquals(Set.of(), RolesAt.of(g, only(g), "李强"));
    }

    @Test
    void aTimeAroundAMeetingsHoldingIsNoMeeting() {
        assertEquals(java.util.List.of(), extract("局务会议的议题材料应当提前两天送办公厅,会议召开前一天送到会议出席者手中。").meetings());
        ArticleGraph held = extract("发布时间:2021-03-02\n3月1日,某县召开前期工作推进会。县长王某主持会议。");
        assertEquals(java.util.List.of("前期工作推进会"), held.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void meetingsCountedAfterTheirNameAreNone() {
        assertEquals(java.util.List.of(), extract("近两年以来,我委与民营企业座谈交流500余次,省、市、县发展改革部门召开民营企业座谈会2万余次。")
                .meetings());
    }

    @Test
    void deputiesNamedBeforeWhatTheyAreSpeak() {
        ArticleGraph g = extract("发布时间:2008-01-19\n1月18日,某市人大代表团召开全体会议,审议政府工作报告。团长石某源主持会议。\n"
                + "黄永健、邓小丽等代表说,报告把解决“三农”问题放在突出位置。周长琦代表建议,政府要重视房价调控。");
        for (String name : java.util.List.of("黄永健", "邓小丽", "周长琦")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), name), name);
        }
    }

    @Test
    void thePrepositionBeforeATitleIsNoPartOfIt() {
        ArticleGraph g = extract("发布时间:2008-01-19\n1月18日,某省人大代表团召开全体会议。省委副书记、省长林某森出席会议。"
                + "代表们对省长林某森所作的工作报告给予高度评价。部党组书记、部长、应对疫情工作领导小组组长张某南主持会议。");
        java.util.Map<String, java.util.List<String>> titles = g.officials().stream()
                .collect(java.util.stream.Collectors.toMap(OfficialRef::name, OfficialRef::titles));
        assertEquals(java.util.List.of("省委副书记", "省长"), titles.get("林某森"));
        assertEquals(java.util.List.of("部党组书记", "部长", "应对疫情工作领导小组组长"), titles.get("张某南"));
    }

    @Test
    void aForumHeldIsAMeetingAndWhoHostsItIsNoPartOfItsName() {
        ArticleGraph g = extract("发布时间:2019-09-26\n9月25日,由致公党上海市委会、致公党江苏省委会、致公党浙江省委会、致公党安徽省委会、中共浦东新区区委统战部主办的"
                + "第十届长三角区域合作发展论坛在上海隆重举行。致公党中央副主席张某迪出席论坛并致辞。");
        MeetingItem m = only(g);
        assertEquals("第十届长三角区域合作发展论坛", m.name());
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "张某迪"));
    }
}
