package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Segmenter;

class RelayFinderTests {

    private static List<RelayRef> find(String text, Integer year) {
        return new RelayFinder(new Organizations()).find(new Doc(text, Script.simplify(text), new Segmenter().split(text)), year);
    }

    @Test
    void relayWithoutConvenerTakesThePublicationYear() {
        RelayRef r = find("会议传达学习了全國郵政管理半年工作電視電話會議精神。", 2020).get(0);
        assertEquals("全國郵政管理半年工作電視電話會議", r.meetingName());
        assertEquals(2020, r.year());
        assertNull(r.convenedBy());
        assertEquals("2020||全国邮政管理半年", r.key());
    }

    @Test
    void relayNamingConvenerAndYear() {
        RelayRef r = find("通报贯彻国家邮政局2019年全国邮政管理工作会议精神。", 2020).get(0);
        assertEquals(2019, r.year());
        assertEquals("国家邮政局", r.convenedBy().key());
        assertEquals("2019|国家邮政局|全国邮政管理", r.key());
    }

    @Test
    void theLastItemOfAListTakesTheFormItsEtcShares() {
        List<String> names = find("会议传达学习全国教育大会、全国高校本科教学工作等会议精神。", 2018).stream().map(RelayRef::meetingName).toList();
        assertEquals(List.of("全国教育大会", "全国高校本科教学工作会议"), names);
    }

    @Test
    void whatASpeakerSaysIsBeingDoneIsNoRelay() {
        assertTrue(find("他說,當前,某省正深入貫徹黨的二十屆三中全會精神,進一步全面深化改革。", 2024).isEmpty());
    }

    @Test
    void ownMeetingSpiritIsNotARelay() {
        assertTrue(find("要及时做好会议精神的传达学习贯彻,传达学习本次会议精神。", 2020).isEmpty());
    }

    @Test
    void bareRelayVerbWithLeIsARelay() {
        RelayRef r = find("会议还书面传达了2022年全国邮政管理工作会议精神。", 2022).get(0);
        assertEquals("2022年全国邮政管理工作会议", r.meetingName());
        assertEquals(2022, r.year());
    }

    @Test
    void aMeetingWhoseSpiritIsImplementedIsRelayedToo() {
        assertEquals(List.of("党的十九届六中全会", "中央经济工作会议"), find("深入学习贯彻党的十九届六中全会精神和中央经济工作会议精神。", 2022)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void everyMeetingOfAListIsRelayedAndSpeechesAreNot() {
        assertEquals(List.of("全国安全生产电视电话会议", "全省安全稳定工作视频会议", "全市保安全工作视频会议"),
                find("会议传达学习了习近平总书记关于安全生产工作重要指示精神,全国安全生产电视电话会议、全省安全稳定工作视频会议、"
                        + "全市保安全工作视频会议精神等内容。", 2022).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("党的二十大", "二十届一中全会"), find("传达学习党的二十大和二十届一中全会精神。", 2022).stream()
                .map(RelayRef::meetingName).toList());
    }

    @Test
    void aLevelWordSharedByAListGivesOneMeetingPerLevel() {
        assertEquals(List.of("省委统战工作会议", "中央统战工作会议"), find("会议传达学习中央、省委统战工作会议精神。", 2022).stream()
                .map(RelayRef::meetingName).toList());
        assertEquals(List.of("十七届二中全会", "十七届三中全会"), find("认真贯彻落实党的十七大和十七届二中、三中全会精神。", 2009).stream()
                .map(RelayRef::meetingName).toList().subList(1, 3));
    }

    @Test
    void aSpeechAtAMeetingIsNotARelayOfIt() {
        assertTrue(find("传达学习习近平总书记在全国两会期间的重要讲话精神。", 2023).isEmpty());
    }

    @Test
    void relayingTheOwnMeetingIsGenericEvenAfterTheBareVerb() {
        assertTrue(find("要及时传达学习会议精神。", 2020).isEmpty());
    }

    @Test
    void whatAnotherMeetingOpeningTheSentenceImplementedIsNotRelayedHere() {
        assertTrue(find("会议指出,市委六届五次全会深入贯彻省委十二届四次全会精神,对全市工作作出部署。", 2024).isEmpty());
        assertTrue(find("会议强调,这次全国两会高举伟大旗帜,全面贯彻落实党的二十大精神,是一次团结的大会。", 2023).isEmpty());
        // the meeting itself relaying a plenary still counts
        assertEquals("市委六届五次全会", find("会议传达了市委六届五次全会精神,研究贯彻意见。", 2024).get(0).meetingName());
    }

    @Test
    void levelWordsRunTogetherGiveOneMeetingPerLevel() {
        assertEquals(List.of("全国水务工作会议", "全省水务工作会议"),
                find("会议传达了全国全省水务工作会议精神。", 2024).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("全省水务工作会议暨项目推进会", "全国水务工作会议", "市水务工作会议"),
                find("会议传达学习了全省水务工作会议暨项目推进会精神,贯彻落实中省市水务工作会议精神。", 2024).stream()
                        .map(RelayRef::meetingName).toList(), "省水务工作会议 is the one written out");
        assertEquals(List.of("中央经济工作会议", "省经济工作会议", "市经济工作会议"),
                find("会议传达学习中省市经济工作会议精神。", 2024).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("省委退役军人事务工作领导小组会议", "州委退役军人事务工作领导小组会议"),
                find("会议传达了省委州委退役军人事务工作领导小组会议精神。", 2020).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("省市场监管工作会议"),
                find("会议传达学习省市场监管工作会议精神。", 2024).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("党的十九届六中全会"),
                find("会议深入学习贯彻党的十九届六中全会及省市全会精神。", 2022).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aSpiritToBeStudiedWellIsAskedForNotRelayed() {
        assertEquals(List.of("党的二十届四中全会"), find("会议传达学习了党的二十届四中全会精神。明年是开局之年,"
                + "学习好贯彻好四中全会精神,意义重大。", 2025).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aSpiritInADocumentsTitleIsNotRelayed() {
        assertTrue(find("会议审议了《区政协关于深入学习宣传贯彻中国共产党第二十次全国代表大会精神的通知(送审稿)》等文件。", 2022)
                .isEmpty());
        assertEquals(List.of("党的二十大"), find("会上,主席向机关干部专题宣讲了党的二十大精神。", 2022).stream()
                .map(RelayRef::meetingName).toList());
    }

    @Test
    void aMeetingsRequirementsOrContentPassedOnAndSpiritReportedAreRelays() {
        for (String text : List.of("会议通报了全省防汛工作电视电话会议精神。", "会议传达了全省防汛工作电视电话会议有关要求。",
                "会议传达了全省防汛工作电视电话会议的主要内容。", "局长传达了全省防汛工作电视电话会议讲话要点。")) {
            assertEquals(List.of("全省防汛工作电视电话会议"), find(text, 2024).stream().map(RelayRef::meetingName).toList(), text);
        }
        assertTrue(find("根据局党组理论学习中心组学习要求,某局召开集中学习会。会议要求,要深刻领会精神。", 2024).isEmpty());
    }

    private static List<String> names(String text) {
        return find(text, 2024).stream().map(RelayRef::meetingName).toList();
    }

    @Test
    void theSpiritInWhoseTimeAnotherMeetingWasHeldIsNoRelay() {
        assertEquals(List.of(), names("会议指出,刚刚闭幕的全省水利工作会议,是在全省上下深入贯彻落实省委十二届五次全会"
                + "和全省经济工作会议精神之际召开的。"));
    }

    @Test
    void aJointSessionStandingAloneBeforeACommaIsTheSubjectOfWhatItRelays() {
        assertEquals(List.of(), names("  会议指出,市委八届六次全会暨市委经济工作会议,坚持以习近平新时代中国特色社会主义思想为指导,"
                + "深入学习贯彻党的二十大精神,全面落实中央经济工作会议精神。"));
    }

    @Test
    void anInvitedLecturerOfASpiritIsNoItemOfARelayedList() {
        assertEquals(List.of("党的二十届三中全会"), names("学习会紧紧围绕学习贯彻党的二十届三中全会精神,邀请省委党的二十届三中全会精神"
                + "宣讲团成员、省委党校教授尹某某作了三中全会精神专题辅导报告。"));
    }

    @Test
    void aLeadersRemarksAboutImplementingASpiritAreHisTopicNotARelay() {
        assertEquals(List.of("全省教育工作会议"), names("会上,局长传达学习了全省教育工作会议精神,并就郑某某书记关于深入学习贯彻"
                + "全国教育大会精神的讲话进行了解读。"));
    }

    @Test
    void aMeetingsDemandsRelayedAfterAVerbAreARelayButTheMeetingsOwnDemandsAreNot() {
        assertEquals(List.of("全省河湖长制工作会议"), names("会议传达5月6日全省河湖长制工作会议要求,部署下一步工作。"));
        assertEquals(List.of(), names("会议要求,要深刻领会会议精神,抓好贯彻落实。"));
    }

    @Test
    void theReportJustGivenRelaysWhatItNames() {
        assertEquals(List.of("全市作风建设推进大会"), names("局长作动员报告。报告传达了全市作风建设推进大会精神。"));
        assertEquals(List.of(), names("政府工作报告全面贯彻党的二十大精神。"));
    }

    @Test
    void aDemandAfterASpiritNoVerbRelayedContinuesNoList() {
        assertEquals(List.of(), find("会上,副院长陈某指出,要深刻领会会议精神,积极落实会议要求。", 2016));
        assertEquals(List.of("全国两会", "全省法院工作会议"), find("会议传达了全国两会精神,全省法院工作会议精神。", 2016)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aDocumentThatImplementsASpiritIsTheSubjectNotThisMeeting() {
        assertEquals(List.of(), find("会议强调,1号文件全面贯彻党的十九大精神,各级领导干部要加强学习。", 2018));
        assertEquals(List.of(), find("会议指出,《决定》深入贯彻党的二十届三中全会精神,部署了重点任务。", 2024));
    }

    @Test
    void aNumberedMeetingWrittenAlsoWithoutItsNumberIsOneRelay() {
        assertEquals(List.of("第二十一次全省法院工作会议"), find("某县法院迅速学习传达全省法院工作会议精神\n\n4月24日,某县法院召开党组扩大会议,"
                + "专题传达学习了第二十一次全省法院工作会议精神。", 2018).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aQuartersReviewRelaysNothing() {
        assertEquals(List.of(), find("会议通报,一季度,在市委的正确领导下,全局上下认真贯彻中省财政工作会议和市委五届六次全会精神,开局良好。", 2019));
    }

    @Test
    void aSessionsShortNameAfterItsFullNameIsThatSession() {
        assertEquals(List.of("党的十八届五中全会"), names("会议深入学习党的十八届五中全会精神。与会同志表示,要深入学习领会五中全会精神。"));
        assertEquals(List.of("全国两会"), names("会上传达了全国两会精神。会议要求,认真贯彻落实两会精神。"));
        assertEquals(List.of("全国两会", "省两会", "两会"), names("会上传达了全国两会和省两会精神。会议要求,认真贯彻落实两会精神。"),
                "a short name two sessions of the article could be stays as written, not merged into either");
    }

    @Test
    void aStudyCentresOrAReportMeetingsStudyIsNoRelayingVerb() {
        assertEquals(List.of("党的二十届三中全会"), names("市教卫工作党委理论学习中心组学习党的二十届三中全会精神"));
        assertEquals(List.of("党的十八届五中全会"), names("委党组召开中心组学习报告会深入学习党的十八届五中全会精神"));
    }

    @Test
    void aSpiritMindsAreToBeBroughtToContinuesNoList() {
        assertEquals(List.of("某省第九次党代会"), find("为深入学习贯彻某省第九次党代会精神,切实把思想和行动统一到大会精神上来,"
                + "3月2日,某局举办宣讲报告会。", 2024).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aSpiritToBeJoinedWithAnotherIsAskedNotRelayed() {
        assertEquals(List.of("全市水利工作会议"), find("会议传达学习了全市水利工作会议精神。会议强调,把学习贯彻会议精神,"
                + "与深入学习贯彻省委九届五次全会、全省农村工作会议精神结合起来。", 2024).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aYearDescribedByTheSpiritItImplementsRelaysNothing() {
        assertTrue(find("局长指出,今年是贯彻省市党代会精神的起步之年,是换届后的攻坚之年。", 2017).isEmpty());
        assertTrue(find("会议指出,明年是落实市第五次党代会精神的决胜之年。", 2017).isEmpty());
    }

    @Test
    void aPartyCongressWrittenOutAndShortIsOneRelay() {
        assertEquals(List.of("中国共产党某某市第六次代表大会", "某某县第十四次党代会"), find("会议专题传达贯彻中国共产党某某市第六次代表大会精神。"
                + "会上,院长传达了市第六次党代会和某某县第十四次党代会精神。", 2021).stream().map(RelayRef::meetingName).toList());
        assertEquals(2, find("会议传达了市第六次党代会和市第六次人民代表大会精神。", 2021).size());
    }

    @Test
    void aMobilisationRallyWrittenWithMeetingAfterItIsTheRally() {
        assertEquals(List.of("某市迎接督察动员大会"), find("会议传达学习了某市迎接督察动员大会会议精神。", 2021).stream()
                .map(RelayRef::meetingName).toList());
    }

    @Test
    void aPartyCommitteeWrittenOutAndShortIsOneRelay() {
        assertEquals(List.of("中共某某省委十届十一次全委(扩大)会议"), find("学习贯彻省委十届十一次全委(扩大)会议精神\n11月23日,市委中心学习组召开会议,"
                + "传达学习中共某某省委十届十一次全委(扩大)会议精神。", 2006).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aNationalScopeAndOurCityShareTheTwoSessions() {
        assertEquals(List.of("全国两会", "我市两会"), find("会议传达学习了全国和我市“两会”精神。", 2018).stream()
                .map(RelayRef::meetingName).sorted(java.util.Comparator.comparing(n -> !n.startsWith("全国"))).toList());
    }

    @Test
    void aHigherBodysOwnRelayingIsNoMeeting() {
        assertEquals(List.of("党的二十大"), find("会议传达学习了党的二十大精神和省市县委传达学习党的二十大精神。", 2022).stream()
                .map(RelayRef::meetingName).toList());
        assertEquals(List.of("某省第十五次党代会"), find("会议认真学习了某省第十五次党代会精神。全力践行嘱托,"
                + "按照市委贯彻落实省党代会精神部署安排,推动工作。", 2021).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aListClosedByDocumentsAndMeetingsKeepsTheLastName() {
        assertEquals(List.of("全省农村工作会", "林业系统党风廉政建设工作会"), find("会议学习传达了全省农村工作会及林业系统党风廉政建设工作会"
                + "等文件和会议精神。", 2017).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aDemandAfterTheListIsNoItemOfIt() {
        assertEquals(List.of("2018年全国气象局长会议"), find("局长主持召开党组扩大会,迅速传达2018年全国气象局长会议精神,"
                + "强调要认真贯彻会议精神。", 2018).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void everyPlenumOfALongRunSharesTheTerm() {
        assertEquals(List.of("党的十九大", "十九届二中全会", "十九届三中全会", "十九届四中全会", "十九届五中全会"),
                find("会议传达学习了党的十九大和十九届二中、三中、四中、五中全会精神。", 2021).stream()
                        .map(RelayRef::meetingName).toList());
    }

    @Test
    void theMeetingNamedBackAfterWhatIsToBeDoneIsNoRelay() {
        assertEquals(List.of("省委十一届四次全体会议"), find("会议传达学习省委十一届四次全体会议精神,并就抓好会议精神的贯彻落实进行研究部署。", 2017)
                .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("全国两会"), find("会议传达学习了全国两会精神,书记进行传达并对贯彻落实会议精神提出要求。", 2021)
                .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("中国工会十五大"), find("会议传达学习中国工会十五大精神,并把会议精神及时传达给广大职工。", 2008)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aHeadlineWordingTheBodysRelayAnotherWayIsThatRelay() {
        assertEquals(List.of("全国邮政管理局局长座谈会议"), find("某市局传达全国邮政管理局长座谈会精神\n7月31日,某市局召开会议传达学习"
                + "全国邮政管理局局长座谈会议精神,局长甲主持会议。", 2015).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("全省环境保护工作会议", "全省环保系统党风廉政建设工作会议"), find("某中心传达学习全省环境保护工作会议及环保系统"
                + "党风廉政工作会议精神\n1月27日,某中心组织全体干部职工传达学习了全省环境保护工作会议精神和全省环保系统党风廉政建设工作会议精神。",
                2016).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aBarePlenumAfterASpeechGivenAtItIsThatPlenumOfItsOwnYear() {
        RelayRef r = find("会议专题传达学习贯彻习近平总书记在党的二十届三中全会上的重要讲话精神和全会精神。", 2025).get(0);
        assertEquals("党的二十届三中全会", r.meetingName());
        assertEquals(2024, r.year());
        assertEquals(List.of("党的二十届四中全会"), find("会议传达学习习近平总书记在党的二十届四中全会上的重要讲话和全会精神。", 2025)
                .stream().map(RelayRef::meetingName).toList());
        assertTrue(find("会议传达学习了全会精神。", 2025).isEmpty());
    }

    @Test
    void anOlderSessionInTraditionalScriptKeepsItsOwnYear() {
        assertEquals(List.of(2007, 2008), find("會議全面貫徹落實黨的十七大和十七屆三中全會精神。", 2009).stream().map(RelayRef::year).toList());
    }

    @Test
    void aDatedSessionRelayedTheYearAfterKeepsItsOwnYear() {
        assertEquals(2021, find("1月18日,会议深入学习贯彻党的十九届六中全会精神。", 2022).get(0).year());
    }

    @Test
    void aLocalTwoSessionsAfterBothWrittenOutIsNoThirdRelay() {
        assertEquals(List.of("县第十四届人民代表大会第四次会议", "中国人民政治协商会议第九届某县委员会第四次会议"),
                find("会议传达学习县第十四届人民代表大会第四次会议和中国人民政治协商会议第九届某县委员会第四次会议精神。"
                        + "会上,院长甲传达了县两会精神。", 2019).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("县两会"), find("会上,书记传达了县两会精神。", 2019).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aCongressWrittenWithMeetingAfterItIsTheCongress() {
        assertEquals(List.of("全省卫生与健康大会"), find("会上,院长传达学习了全省卫生与健康大会会议精神。", 2016)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aBareTwoSessionsAfterBothNationalSessionsWrittenOutIsNoThirdRelay() {
        assertEquals(List.of("十三届全国人大五次会议", "全国政协十三届五次会议"),
                find("会议传达学习了十三届全国人大五次会议和全国政协十三届五次会议精神。会上,主任甲介绍了两会精神。", 2022)
                        .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("两会"), find("会上,主任甲传达了两会精神。", 2022).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aBareLevelBeforeACommitteesMeetingSharesItsCommittee() {
        assertEquals(List.of("市委经济工作会议", "省委经济工作会议"), find("会议传达了省、市委经济工作会议精神。", 2021)
                .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("省委统战工作会议", "中央统战工作会议"), find("会议传达了中央、省委统战工作会议精神。", 2021)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void numberedSessionsOfSeveralCommitteesShareTheLastOnesWord() {
        assertEquals(List.of("省委十一届八次全会", "市委五届九次全会"), find("会议传达学习了省委十一届八次、市委五届九次全会精神。", 2021)
                .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("省委十一届八次全体(扩大)会议", "市委五届九次全体(扩大)会议"),
                find("会议传达学习了省委十一届八次、市委五届九次全体(扩大)会议精神。", 2021)
                        .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void bodiesListedBeforeTheMeetingTheyHoldTogetherAreOneName() {
        assertEquals(List.of("全县防汛工作会议暨县防汛抗旱指挥部、县减灾委员会全体成员会议"),
                find("5月8日,县应急局召开会议,传达学习5 月 6 日全县防汛工作会议暨县防汛抗旱指挥部、县减灾委员会全体成员会议精神。", 2022)
                        .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void levelsCountedTogetherBeforeOneMeetingAreOneName() {
        assertEquals(List.of("省、市、县三级视频会议", "区局、处两级中心组集中学习会"),
                find("会议传达学习了省、市、县三级视频会议精神和区局、处两级中心组集中学习会精神。", 2019)
                        .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void verbsListedBeforeASpiritAskedForRelayNothingOfTheirOwn() {
        assertEquals(List.of("省第十一次党代会"), find("会议传达学习省第十一次党代会精神,并就如何学习、宣传和贯彻好省党代会精神进行了部署。", 2017)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aSentenceOpeningOnAPastYearReviewsItAndRelaysNothing() {
        assertTrue(find("会议指出,2023年我市司法行政工作始终坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实中央、省、市政法工作会议部署要求。",
                2024).isEmpty());
        assertEquals(List.of("2023年全国两会"), find("会议指出,2023年全国两会精神要认真学习。会议传达学习了2023年全国两会精神。", 2023)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aCongressNamedByItsLevelAfterItsNumberedNameIsThatCongress() {
        assertEquals(List.of("省第十一次党代会"), find("会议传达学习省第十一次党代会精神。许某说,学习贯彻省党代会精神,要遵循其目标任务。", 2017)
                .stream().map(RelayRef::meetingName).toList());
        assertEquals(2, find("会议传达学习省第十一次党代会、市第九次党代会精神。会议要求,传达学习省党代会精神。", 2017).size());
    }

    @Test
    void aSpiritStatedAsATaskIsNoRelay() {
        assertEquals(List.of("全省教育工作会议"), find("会议传达学习了全省教育工作会议精神。会议强调,学习贯彻全国两会精神特别是重要讲话精神,"
                + "是当前和今后一个时期的重要政治任务。", 2021).stream().map(RelayRef::meetingName).toList());
        assertTrue(find("会议强调,学习宣传贯彻省第十次党代会精神,是全省上下的首要政治任务。", 2022).isEmpty());
    }

    @Test
    void aSpiritInTheDescriptionOfAnotherMeetingIsNoRelay() {
        assertTrue(find("会议指出,这次研讨班,是在全省上下深入学习贯彻党的二十大精神、省第十次党代会精神的形势下举办的。", 2022).isEmpty());
        assertTrue(find("他说,这次大会是在新时代召开的一次重要会议,是全面贯彻十九大精神的大会。", 2018).isEmpty());
        assertEquals(List.of("全市工作会议"), find("会议传达学习了全市工作会议精神,是在全省上下深入学习贯彻党的二十大精神的形势下召开的。", 2022)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aViewSentenceOpeningOnAnotherNamedMeetingRelaysNothingOfItsOwn() {
        assertEquals(List.of("全国水利工作会议"), find("学会召开会议,传达学习全国水利工作会议精神。会议指出,2026年全国水利工作会议全面贯彻"
                + "党的二十大和二十届历次全会精神,系统总结了工作。", 2026).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("党的二十大"), find("会议指出,此次会议全面贯彻党的二十大精神。", 2023)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aMeetingNamedForTheSpiritItPassesOnRelaysIt() {
        assertEquals(List.of("区委五届七次全体(扩大)暨区委经济工作会议"),
                find("近日,区政协召开区委五届七次全体(扩大)暨区委经济工作会议精神学习传达会,区政协主席甲出席。", 2019)
                        .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("全县经济工作会议"), find("全县经济工作会议精神宣讲报告会在县委党校召开。", 2019)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aDemandOpeningAClauseAfterTheListIsNoItemOfIt() {
        assertEquals(List.of("市委常委会会议"), find("会议传达学习了6月24日市委常委会会议精神,要求认真领会会议精神,结合工作抓好落实。", 2022)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void theVerbThatUsesASpiritIsNoPartOfTheName() {
        assertEquals(List.of("全市统战部长会议"), find("会议传达学习了全市统战部长会议精神。会议重点学习了市政府工作报告,"
                + "并结合全市统战部长会议精神安排部署近期工作。", 2022).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aListSeparatorInsideBracketsOrQuotesIsPartOfTheName() {
        assertEquals(List.of("全市重点项目建设推进会", "全市县(市、区)项目谋划推进会"),
                find("会议传达学习了全市重点项目建设推进会、全市县(市、区)项目谋划推进会精神。", 2022)
                        .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("全市开展大学习、大调研、大改进工作会议"),
                find("会议传达学习全市开展“大学习、大调研、大改进”工作会议精神。", 2018).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void oneSessionWrittenLongAndShortIsOneRelay() {
        assertEquals(List.of("党的二十大"), find("会议传达党的二十大精神。甲传达了中国共产党第二十次全国代表大会关于报告的决议精神。", 2023)
                .stream().map(r -> r.meetingName() + "").toList());
        assertEquals(2022, find("会议传达了中国共产党第二十次全国代表大会精神。", 2023).get(0).year());
        assertEquals(List.of("党的十七届四中全会"), find("会议学习贯彻党的十七届四中全会精神。大家表示,要学习领会十七届四中全会精神。"
                + "会议传达了十七届四中全会精神。", 2009).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aLevelsPeoplesCongressOrCppccNamedShortIsItsOneNumberedSession() {
        assertEquals(List.of("省十二届人大七次会议", "省政协十一届五次会议"), find("会议传达学习省十二届人大七次会议、省政协十一届五次会议精神。"
                + "甲传达了省人代会精神,乙传达了省政协会精神。", 2017).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aProvincialTwoSessionsAfterItsTwoSessionsWrittenOutIsThoseTwo() {
        assertEquals(List.of("省十三届人大五次会议", "省政协十二届四次会议"), find("县委召开会议,传达学习省“两会”精神。会议传达学习省十三届人大五次会议"
                + "和省政协十二届四次会议精神。", 2021).stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void aCommitteesPlenumNamedWithoutItsNumberIsTheOneNumberedPlenumRelayed() {
        assertEquals(List.of("市委五届九次全会"), find("市科技局召开专题会议,传达学习市委五届九次全会精神。为进一步贯彻落实市委全会精神,"
                + "局长甲作了具体安排。", 2020).stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("省委十一届七次全会", "市委全会"), find("会议传达学习了省委十一届七次全会精神和市委全会精神。", 2020)
                .stream().map(RelayRef::meetingName).toList());
    }

    @Test
    void whoLeadsTheStudyOfASpiritRelaysIt() {
        assertEquals(List.of("2024年全国两会"), find("会上,局长甲领学了2024年全国两会精神。", 2024)
                .stream().map(RelayRef::meetingName).toList());
        assertEquals(List.of("中国共产党第二十届中央委员会第三次全体会议"),
                find("副主委乙领学了《中国共产党第二十届中央委员会第三次全体会议公报》。", 2024).stream().map(RelayRef::meetingName).toList());
        assertTrue(find("领学人丙介绍了学习安排,要求精神饱满。", 2024).isEmpty());
    }

    @Test
    void aSessionNamedWithoutItsLevelAfterOneNamedWithItSharesIt() {
        assertEquals(List.of("省人代会", "省政协会"), find("市委召开常委会议,传达学习省人代会、政协会精神。会议指出,"
                + "全市要把学习贯彻省“两会”精神作为当前一项重要任务。会议传达学习了省“两会”精神。", 2016)
                .stream().map(RelayRef::meetingName).toList());
    }
}
