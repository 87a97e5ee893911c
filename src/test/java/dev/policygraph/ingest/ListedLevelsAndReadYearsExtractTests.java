package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms the real corpus's dev misses showed in session 16 (levels listed before one meeting name, years a text states
 * without saying them where the meeting is). Texts written for these tests. Pure, fast.
 */
class ListedLevelsAndReadYearsExtractTests {

    @Test
    void aPrefectureListedWithTheProvinceAndCityHasItsOwnMeeting() {
        ArticleGraph g = extract("发布时间:2025-04-01\n3月31日,某镇召开干部职工大会。会议传达学习了习近平总书记重要讲话精神及省、州、市领导干部会议精神。");
        assertEquals(List.of("省领导干部会议", "州领导干部会议", "市领导干部会议"),
                only(g).relays().stream().map(RelayRef::meetingName).sorted(java.util.Comparator.comparing(
                        n -> "省州市".indexOf(n.charAt(0)))).toList());
    }

    @Test
    void aForumWhoseSpiritIsRelayedIsRelayed() {
        ArticleGraph g = extract("发布时间:2017-06-15\n6月14日,某省高院组织召开全区三级法院视频会议,传达贯彻第2届中国—东盟大法官论坛、"
                + "第三次全国法院外事工作会议精神。");
        assertEquals(List.of("第2届中国—东盟大法官论坛", "第三次全国法院外事工作会议"),
                only(g).relays().stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aNewspapersEditionLineDatesARepostedReport() {
        ArticleGraph g = extract("发布时间:2024-11-23 15:00:13 来源: 某网\n本报北京10月25日电 某会十八届二次主席团会议10月25日在北京召开。"
                + "主席王某明主持会议并讲话。\n《 人民日报 》( 2023年10月26日 04 版)");
        assertEquals(java.time.LocalDate.of(2023, 10, 25), only(g).date());
    }

    @Test
    void aSiteHeadersDayOrPhoneLineIsNoDateline() {
        ArticleGraph g = extract("2018年1月5日| 联系热线:17636155855\n首页 > 聚焦区县 > 正文\n某县县委召开常委扩大会议\n"
                + "2020-02-28 15:55:22 来源:某新闻网\n2月27日,某县县委召开常委扩大会议。县委书记王某主持会议。");
        assertEquals(java.time.LocalDate.of(2020, 2, 27), only(g).date());

        ArticleGraph h = extract("欢迎访问某政法网 今天是 2024年02月20日 星期二\n3月11日,某州中级人民法院召开院长会议。院长李某主持会议。\n"
                + "会议总结了2023年工作,部署了2024年工作。");
        assertEquals(java.time.LocalDate.of(2024, 3, 11), only(h).date());
    }

    @Test
    void aYearHonouredOrReviewedAtALifeMeetingIsTheOneBefore() {
        ArticleGraph g = extract("8月29日,公司召开第一届第二次职工代表大会。会议由公司副总经理刘某升主持。本次职代会表彰了2022年度公司“十杰职工”。");
        assertEquals(java.time.LocalDate.of(2023, 8, 29), only(g).date());

        ArticleGraph h = extract("3月20日,市政协党组召开2017年度民主生活会。市政协党组书记张某主持会议。");
        assertEquals(java.time.LocalDate.of(2018, 3, 20), only(h).date());
    }

    @Test
    void aSessionSetForNextYearDatesTheMeetingThatSetItInTheYearBefore() {
        ArticleGraph g = extract("12月11日,市五届人大常委会召开第二十九次会议,决定市五届人大七次会议于2016年1月中旬在城区召开。"
                + "市人大常委会主任张某一主持会议。");
        assertEquals(java.time.LocalDate.of(2015, 12, 11), only(g).date());
    }

    @Test
    void aListedNameWithoutALexiconSurnameBeforeTheSharedSpeechSpeaks() {
        ArticleGraph g = extract("发布时间:2012-01-01\n12月31日,省政府召开全体会议。省长蒋某峰主持会议并讲话。"
                + "省政府领导魏宏、钟勉、黄小祥、王宁、曲木史哈就分管工作进行了总结和安排。");
        MeetingItem m = only(g);
        for (String name : List.of("魏宏", "钟勉", "黄小祥", "王宁", "曲木史哈")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void namesThatProposeViewsAfterWhoTheyAreSpeak() {
        ArticleGraph g = extract("发布时间:2019-12-26\n12月25日,省长王某主持召开座谈会。会上,张希、李玉、王献红、孙杰光等26位专家学者、"
                + "省政府决策咨询委员结合各自工作,就深化改革、扩大开放等方面提出意见建议。");
        MeetingItem m = only(g);
        for (String name : List.of("张希", "李玉", "王献红", "孙杰光")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
    }

    @Test
    void namesThatPresentInTurnAfterWhoTheyAreSpeakAndAUniversityIsNoName() {
        ArticleGraph g = extract("发布时间:2022-06-27\n6月26日下午,某省召开党政领导与院士专家座谈会。省委副书记朱某贤主持会议。"
                + "中国科协领导徐延豪、张桂华,省领导吴桂英、刘莲玉、陈飞、胡旭晟,中南大学校长、省科协主席田红旗,省政府秘书长邓群策出席。会上,王怀民、罗锡文、杨华勇、谢在库、李平等10位院士专家围绕"
                + "打造“三个高地”、种业创新等问题,分别介绍各组调研成果。");
        MeetingItem m = only(g);
        for (String name : List.of("王怀民", "罗锡文", "杨华勇", "谢在库", "李平")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }
        assertTrue(g.officials().stream().noneMatch(o -> o.name().equals("南大学")));
    }

    @Test
    void attendingAndGivingViewsIsSpeaking() {
        ArticleGraph g = extract("发布时间:2020-02-08\n2月7日上午,市长武某东主持召开专题会议。市领导程蔚青、李宏,市政府秘书长张爱民出席会议并讲具体意见。");
        MeetingItem m = only(g);
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "张爱民"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "程蔚青"));
    }

    @Test
    void aTalkHeldByAVerbAndNamedLaterByItsFormIsAMeeting() {
        ArticleGraph g = extract("发布时间:2021-07-28\n7月27日上午,市委常委、统战部部长冯某与10余名民营企业家交流座谈,倾听企业家心声。"
                + "市委统战部副部长李某勇参加活动。\n座谈会上,张某华、吴某、刘某宁分别发言。\n冯某强调,要持续优化营商环境。");
        MeetingItem m = only(g);
        assertEquals("座谈会", m.name());
        assertEquals(java.time.LocalDate.of(2021, 7, 27), m.date());
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "张某华"));

        ArticleGraph visit = extract("发布时间:2021-07-28\n7月27日上午,市委常委、统战部部长冯某深入企业调研,与企业负责人交流座谈,了解生产经营情况。");
        assertEquals(List.of(), visit.meetings());
    }

    @Test
    void pressConferenceGuestsWhoBriefAndAnswerSpeak() {
        ArticleGraph g = extract("发布时间:2020-03-06\n3月5日下午,省政府新闻办举行第二十三场新闻发布会,省卫生健康委副主任张某石,省教育厅副厅长毛某出席发布会,"
                + "向社会发布最新疫情防控工作进展,并对社会关注的热点问题予以回应。");
        MeetingItem m = only(g);
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "张某石"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "毛某"));

        ArticleGraph h = extract("发布时间:2020-02-16\n今天(2月16日)下午四点,省疫情防控工作指挥部召开第25场新闻发布会,邀请相关领导,介绍情况并回答记者提问。\n"
                + "参加发布会的人员包括:\n某市委副书记、市长张某胜,某医院副院长杜某兵。\n");
        MeetingItem n = only(h);
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, n, "张某胜"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, n, "杜某兵"));
    }

    @Test
    void thisMeetingOfAFormAndThePlaceAMeetingWasOnceHeldAreNoFurtherMeetings() {
        ArticleGraph g = extract("发布时间:2019-01-23\n1月22日,某会召开2019年特聘专家委员会工作务虚会。副主席李某彬主持会议。"
                + "本次务虚会在春节前夕召开,李某彬感谢各位委员长期以来对工作的支持。");
        assertEquals(List.of("2019年特聘专家委员会工作务虚会"), g.meetings().stream().map(MeetingItem::name).toList());

        ArticleGraph h = extract("发布时间:2019-07-19\n龙岩是红色革命圣地,两次古田会议召开地,红军长征重要出发地。全市地区生产总值增长8%。");
        assertEquals(List.of(), h.meetings());
    }

    @Test
    void aLeaderNamedBeforeHisTitleAfterARelayingVerbOrBeforeAQuoteIsAnOfficial() {
        ArticleGraph g = extract("发布时间:2025-03-25\n3月24日,省科协召开党组会议,传达学习李强总理代表国务院在十四届全国人大三次会议上所作的政府工作报告。");
        assertEquals(List.of("总理"), Extracted.official(g, "李强").titles());

        ArticleGraph h = extract("发布时间:2023-09-22\n9月21日,省统计局召开党组会议。会议要求,按照沈晓明书记“彻底整改”的要求抓好落实。");
        assertEquals(List.of("书记"), Extracted.official(h, "沈晓明").titles());
    }

    @Test
    void bareNamesThatOfferViewsOrSetOutWorkInTurnSpeak() {
        ArticleGraph g = extract("发布时间:2019-01-09\n1月8日,副省长成某华主持召开座谈会,征求对政府工作报告的意见。"
                + "座谈会上,钟建波、王晓菁、杨丽华、钱燕珍等代表、委员和有关区县(市)政府负责人积极建言献策。");
        MeetingItem m = only(g);
        for (String name : List.of("钟建波", "王晓菁", "杨丽华", "钱燕珍")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, name), name);
        }

        ArticleGraph h = extract("发布时间:2023-02-27\n2月26日,县人民政府召开第一次全体会议。县长李某主持会议并讲话。\n"
                + "会上,施金龙、王立琛、黎旭、杨学能分别做工作安排。");
        MeetingItem n = only(h);
        for (String name : List.of("施金龙", "王立琛", "黎旭", "杨学能")) {
            assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(h, n, name), name);
        }
    }

    @Test
    void presentingATitledReportIsSpeaking() {
        ArticleGraph g = extract("发布时间:2025-11-28\n11月27日,某苏木第二届人民代表大会第八次会议召开。会上,苏木达刘畅同志代表苏木政府作《政情通报》,"
                + "全面梳理了近期工作进展。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, only(g), "刘畅"));
    }

    @Test
    void deputiesWhoTellWhatTheyFeelAndGuestsWhoGoOnToSpeakAcrossACommaSpeak() {
        ArticleGraph g = extract("发布时间:2022-04-19\n4月18日,委员长栗某书主持召开座谈会。尹立云、戴天方、朱立锋等14位列席常委会会议的全国人大代表,"
                + "结合履职实际畅谈感受。");
        MeetingItem m = only(g);
        for (String name : List.of("尹立云", "戴天方", "朱立锋")) {
            assertEquals(true, RolesAt.of(g, m, name).contains("SPOKE"), name);
        }

        ArticleGraph h = extract("发布时间:2025-02-14\n2月13日,市委统战部召开全市商会会长新春座谈会。某市浙江商会会长王均金、某市江苏商会会长丁佐宏等9位会长应邀出席座谈会,"
                + "并围绕民营经济发展,发挥商会组织作用等作交流发言。");
        MeetingItem n = only(h);
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, n, "王均金"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, n, "丁佐宏"));
    }

    @Test
    void aWrittenSpeechIsNotSpokenAtTheMeeting() {
        ArticleGraph g = extract("发布时间:2022-12-29\n12月28日,区政协召开协商议政座谈会。区政协主席贺某兰主持会议。委员杨晓明、张华礼作书面发言。");
        MeetingItem m = only(g);
        assertEquals(java.util.Set.of(), RolesAt.of(g, m, "杨晓明"));
        assertEquals(java.util.Set.of(), RolesAt.of(g, m, "张华礼"));
    }

    @Test
    void whoOrganisesAMeetingOrTheReportersCityIsNoPartOfItsName() {
        ArticleGraph g = extract("发布时间:2023-03-09\n3月8日,由某商会组织的成都友好商会座谈交流会在武侯区举行。会长王某智出席会议并讲话。");
        assertEquals(List.of("成都友好商会座谈交流会"), g.meetings().stream().map(MeetingItem::name).toList());

        ArticleGraph h = extract("发布时间:2023-02-05\n2月4日下午,某市委书记李某主持召开该市二月份政商恳谈会,市领导何某宽参加会议。");
        assertEquals(List.of("二月份政商恳谈会"), h.meetings().stream().map(MeetingItem::name).toList());
    }

    @Test
    void aSpokespersonChairingTheDaysPressConferenceHoldsIt() {
        ArticleGraph g = extract("发布时间:2022-10-13 16:16:36\n10月13日,外交部发言人毛宁主持例行记者会。有记者提问。");
        MeetingItem m = only(g);
        assertEquals("例行记者会", m.name());
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, m, "毛宁"));
    }

    @Test
    void aDeploymentMeetingsNameKeepsItsWordForDeployingWhenItsSpiritIsRelayed() {
        ArticleGraph g = extract("发布时间:2019-09-21\n9月20日下午,某镇召开主题教育动员部署会议。镇党委书记丘某强传达了省委、市委、县委"
                + "主题教育动员部署会议精神并作动员部署讲话。");
        MeetingItem m = only(g);
        assertEquals(java.util.Set.of("省委主题教育动员部署会议", "市委主题教育动员部署会议", "县委主题教育动员部署会议"),
                java.util.Set.copyOf(m.relays().stream().map(RelayRef::meetingName).toList()));
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "丘某强"));
    }

    @Test
    void namesChosenForAPresidiumsOfficeAreItsOfficials() {
        ArticleGraph g = extract("发布时间:2018-01-15\n15日下午,市十六届人大二次会议主席团举行第一次会议。会议由夏某燕主持。"
                + "会议推选孙哲君、何国英、杨建根等3位同志为市十六届人大二次会议主席团常务主席。");
        for (String name : List.of("孙哲君", "何国英", "杨建根")) {
            assertEquals(List.of("市十六届人大二次会议主席团常务主席"), Extracted.official(g, name).titles(), name);
        }
    }

    @Test
    void aStudyCarriedOutKeepsThePerfectiveOutOfItsName() {
        ArticleGraph g = extract("发布时间:2020-05-30\n5月29日下午,某省委理论学习中心组又进行了集体学习,深入学习有关重要论述,省委书记刘某义出席了会议。");
        MeetingItem m = only(g);
        assertEquals(false, m.name().startsWith("了"), m.name());
        assertEquals(java.time.LocalDate.of(2020, 5, 29), m.date());
    }

    @Test
    void aChairWhoSetsRequirementsAndAnOfficialWhoLooksBackOnTheYearSpeak() {
        ArticleGraph g = extract("发布时间:2012-03-25\n3月24日,全县宣传思想文化工作会议召开。县领导马文国、乔咏梅出席。\n"
                + "县委副书记马文国主持会议并要求,全县上下要全面落实好工作部署。\n"
                + "县委常委、宣传部长乔咏梅回顾总结了2011年全县宣传思想文化工作,并就今年工作任务进行了安排部署。");
        MeetingItem m = only(g);
        assertEquals(java.util.Set.of("ATTENDED", "CHAIRED", "SPOKE"), RolesAt.of(g, m, "马文国"));
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, m, "乔咏梅"));
    }

    @Test
    void levelsAndBodiesWithNoMeetingsNameAreNoRelay() {
        ArticleGraph g = extract("发布时间:2023-01-20\n1月19日,市文化广电和旅游局召开全市文化和旅游工作电视电话会议。会上,书面传达了省、市相关工作会议精神。");
        assertEquals(List.of(), only(g).relays());

        ArticleGraph h = extract("发布时间:2025-09-30\n9月29日,市公安局召开“双节”安保视频调度会,深入贯彻落实省公安厅和市委、市政府会议精神。");
        assertEquals(List.of(), only(h).relays());
    }

    @Test
    void aSpiritExpoundedOrTheWholeCitysStudyIsNoRelayOfThisMeeting() {
        ArticleGraph g = extract("发布时间:2008-01-06\n1月5日,全国交通工作会议在京召开。部长李某霖出席会议并讲话。"
                + "李某霖详细阐述了贯彻落实党的十七大和中央经济工作会议精神、推进交通科学发展面临的形势和任务。");
        assertEquals(List.of(), only(g).relays());

        ArticleGraph h = extract("发布时间:2017-11-30\n11月29日,市委召开常委会会议。会议指出,当前,全市上下正在深入学习贯彻党的十九大精神,关键要靠抓落实。");
        assertEquals(List.of(), only(h).relays());
    }

    @Test
    void theVerbThatAsksAGuestToBriefIsNoPartOfHisTitle() {
        ArticleGraph g = extract("发布时间:2020-05-24\n国务院新闻办公室于2020年5月24日上午10时举行新闻发布会,请国家发展改革委副主任宁吉喆介绍有关情况,并答记者问。");
        assertEquals(List.of("国家发展改革委副主任"), Extracted.official(g, "宁吉喆").titles());
    }

    @Test
    void namesAnOfficeIsGivenToTakeItAsTheirTitle() {
        ArticleGraph g = extract("发布时间:2018-01-15\n15日下午,市十六届人大二次会议主席团举行第一次会议。"
                + "会议决定大会副秘书长由张正槐、周晓国、王浙锋等3位同志担任。");
        for (String name : List.of("张正槐", "周晓国", "王浙锋")) {
            assertEquals(List.of("大会副秘书长"), Extracted.official(g, name).titles(), name);
        }
    }

    @Test
    void aGuideWhoProposesForTheTownAndAHeadWhoReportsOnItsWorkSpeak() {
        ArticleGraph g = extract("发布时间:2019-09-21\n9月20日下午,某镇召开主题教育动员部署会议。县委主题教育第二指导组组长盘伟群到会指导。"
                + "县委主题教育第二指导组组长盘伟群为某镇开展好主题教育提出了具体的指导意见。");
        assertEquals(true, RolesAt.of(g, only(g), "盘伟群").contains("SPOKE"));

        ArticleGraph h = extract("发布时间:2020-05-13\n5月12日,区人大常委会执法检查组召开座谈会。街道办事处副主任袁某全参加会议。\n"
                + "袁某全从为民服务水平提质等四个方面报告了街道办事处近年来主要工作。");
        assertEquals(java.util.Set.of("ATTENDED", "SPOKE"), RolesAt.of(h, only(h), "袁某全"));
    }

    @Test
    void presentingAReportOrRelayingAtTheMeetingOneChairsIsSpeaking() {
        ArticleGraph g = extract("发布时间:2020-11-28\n11月27日,某镇召开推进会。\n镇党委副书记、镇长张某宏作某镇“三园一总部”推进情况汇报。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, only(g), "张某宏"));

        ArticleGraph h = extract("发布时间:2019-08-11\n8月10日上午,县水利局党组书记、局长王某主持召开应急防汛动员会,会上及时传达省、市、县关于做好应对台风的重要指示。");
        assertEquals(java.util.Set.of("CHAIRED", "SPOKE"), RolesAt.of(h, only(h), "王某"));
    }

    @Test
    void aResidentAuditorIsATitle() {
        ArticleGraph g = extract("发布时间:2009-12-31\n12月31日,审计署驻某地特派办党组召开中心组学习扩大会议。"
                + "党组书记、特派员卢某辉在会上传达了全国审计工作会议精神。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, only(g), "卢某辉"));
    }

    @Test
    void twoAdverbsOrAPurposeBeforeTheSpeechKeepItASpeech() {
        ArticleGraph g = extract("发布时间:2025-03-22\n3月21日,某镇召开农业农村工作会议。\n镇党委副书记、镇长宗某东随后全面总结了2024年农业农村工作。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, only(g), "宗某东"));

        ArticleGraph h = extract("发布时间:2022-03-10\n3月9日,某县召开林长制工作会议。会上,县级副总林长、主管副县长赵某为今年下一步林长制工作作了部署安排。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(h, only(h), "赵某"));
    }

    @Test
    void theSpeechALeaderGaveElsewhereNamedAsStudiedIsNoSpeechHere() {
        ArticleGraph g = extract("发布时间:2012-08-01\n7月31日,省委召开常委会议。会议认为,习近平同志在研讨班结业式上作的总结讲话,对深入学习领会重要讲话提出了明确要求。");
        assertEquals(java.util.Set.of(), RolesAt.of(g, only(g), "习近平"));
    }

    @Test
    void twoTitleGroupsJoinedByHeShareTheVerbAfterThem() {
        ArticleGraph g = extract("发布时间:2022-09-07\n9月6日,某市检察院召开检察长培训会。会议邀请某区检察院党组书记、检察长张某广和某县检察院党组书记、"
                + "检察长安某刚围绕“如何做好一名基层院检察长”作专题授课。");
        MeetingItem m = only(g);
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "张某广"));
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, m, "安某刚"));
    }

    @Test
    void aSecretaryWhoPraisesAndThenHopesSpeaks() {
        ArticleGraph g = extract("发布时间:2017-10-12\n10月11日下午,副市长郭某阳赶赴某镇调研公安工作并召开座谈会。\n"
                + "镇委书记吴润玲充分肯定了该镇公安工作,希望继续提升该镇公安工作水平。");
        assertEquals(java.util.Set.of("SPOKE"), RolesAt.of(g, only(g), "吴润玲"));
        assertEquals(List.of("镇委书记"), Extracted.official(g, "吴润玲").titles());
    }
}
