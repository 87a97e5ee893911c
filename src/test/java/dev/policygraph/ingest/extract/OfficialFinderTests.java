package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Segmenter;

class OfficialFinderTests {

    private final Organizations orgs = new Organizations();
    private final OrganizationRef convener = orgs.of("某某省邮政管理局");

    private OfficialFinder.Result find(String text) {
        return new OfficialFinder(orgs).find(new Doc(text, Script.simplify(text), new Segmenter().split(text)), convener);
    }

    private static Set<Role> roles(OfficialFinder.Result r, String name) {
        return r.participations().stream().filter(p -> p.officialKey().equals(name) || p.officialKey().startsWith(name + "|")).map(Participation::role)
                .collect(Collectors.toSet());
    }

    @Test
    void titleListGivesEachNameBothTitles() {
        OfficialFinder.Result r = find("省局党组成员、副局长张立群、黄海、欧阳明德出席会议。");
        assertEquals(List.of("张立群", "黄海", "欧阳明德"), r.officials().stream().map(OfficialRef::name).toList());
        for (OfficialRef o : r.officials()) {
            assertEquals(List.of("省局党组成员", "副局长"), o.titles());
            assertEquals("某某省邮政管理局", o.organization().name());
        }
    }

    @Test
    void theVerbThatBringsAGuestIsNoPartOfHisTitle() {
        OfficialFinder.Result r = find("今天我们很高兴邀请到交通运输部部长李小平先生,请他为大家介绍有关情况。今天还请到了省交通运输厅副厅长王大同先生。");
        assertEquals(List.of("交通运输部部长"), r.officials().get(0).titles());
        assertEquals(List.of("省交通运输厅副厅长"), r.officials().get(1).titles());
    }

    @Test
    void theHeadOfASpecialAdministrativeRegionIsAnOfficial() {
        OfficialFinder.Result r = find("香港特别行政区行政长官李大超、澳门特别行政区行政长官贺一明在会上发表视频致辞。");
        assertEquals(List.of("李大超", "贺一明"), r.officials().stream().map(OfficialRef::name).toList());
        assertEquals(List.of("香港特别行政区行政长官"), r.officials().get(0).titles());
    }

    @Test
    void speakerWhoAttendsAndSpeaksHasBothRolesAndChairHasChaired() {
        OfficialFinder.Result r = find("局党组书记、局长许志远出席会议并讲话,局党组成员、副局长孟凡主持会议。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "许志远"));
        assertEquals(Set.of(Role.CHAIRED), roles(r, "孟凡"));
    }

    @Test
    void titleGroupsSeparatedByCommasShareTheVerbAtTheEnd() {
        OfficialFinder.Result r = find("局党组成员、副局长陈晓东,局党组成员、二级巡视员周敏出席会议。");
        assertEquals(Set.of(Role.ATTENDED), roles(r, "陈晓东"));
        assertEquals(Set.of(Role.ATTENDED), roles(r, "周敏"));
        // a group with its own verb keeps it: the chair is not also an attendee
        OfficialFinder.Result chaired = find("副局长陈晓东主持会议,二级巡视员周敏出席会议。");
        assertEquals(Set.of(Role.CHAIRED), roles(chaired, "陈晓东"));
        assertEquals(Set.of(Role.ATTENDED), roles(chaired, "周敏"));
    }

    @Test
    void titleNamingItsOwnBodyUsesThatBody() {
        OfficialFinder.Result r = find("浙江省生态环境厅党组书记、厅长冯建新作工作报告。");
        OfficialRef o = r.officials().get(0);
        assertEquals("浙江省生态环境厅", o.organization().name());
        assertEquals("冯建新|浙江省生态环境厅", o.key());
        assertEquals(Set.of(Role.SPOKE), roles(r, "冯建新"));
    }

    @Test
    void leaderAsSourceOfADirectiveIsAnOfficialOfTheArticleWithoutARole() {
        OfficialFinder.Result r = find("会议深入学习贯彻习近平总书记关于邮政快遞业重要指示批示精神,关心关爱快递小哥。");
        assertEquals(List.of("习近平"), r.officials().stream().map(OfficialRef::name).toList());
        assertEquals(List.of("总书记"), r.officials().get(0).titles());
        assertEquals("习近平", r.officials().get(0).key(), "a national leader is nobody's bureau's");
        assertTrue(r.participations().isEmpty(), r.participations().toString());
    }

    @Test
    void traditionalScriptWorksLikeSimplified() {
        OfficialFinder.Result r = find("局黨組成員、副局長劉君、楊春光、趙民出席會議。");
        assertEquals(List.of("劉君", "楊春光", "趙民"), r.officials().stream().map(OfficialRef::name).toList());
        assertEquals("刘君|某某省邮政管理局", r.officials().get(0).key());
    }

    @Test
    void pronounSpeaksForTheOfficialWhoActedLast() {
        OfficialFinder.Result r = find("局党组书记、局长梁振华主持会议,副局长孔德明出席会议。孔德明传达了市委书记方国平的讲话。"
                + "他强调,要抓好安全生产。");
        assertEquals(Set.of(Role.SPOKE, Role.ATTENDED), roles(r, "孔德明"), "他 after 孔德明传达了…: 孔德明");
        assertEquals(Set.of(Role.CHAIRED), roles(r, "梁振华"));
        assertEquals(Set.of(), roles(r, "方国平"), "named as the source of what was relayed, not the subject");
        // 他们 is not one official
        assertEquals(Set.of(Role.CHAIRED), roles(find("局长梁振华主持会议。他们强调,要抓好安全生产。"), "梁振华"));
    }

    @Test
    void bareTitleSpeaksForItsOnlyHolder() {
        OfficialFinder.Result r = find("局党组书记、局长梁振华,副局长孔德明出席会议。会上,局长指出,要抓好安全生产。"
                + "孔局长在讲话中要求,要守住底线。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "梁振华"), "副局长 does not hold 局长");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "孔德明"), "孔局长: the deputy whose surname is 孔");
        // two holders of the title: nobody can be told apart
        OfficialFinder.Result two = find("副局长梁振华、孔德明出席会议。副局长指出,要抓好安全生产。");
        assertEquals(Set.of(Role.ATTENDED), roles(two, "梁振华"));
        assertEquals(Set.of(Role.ATTENDED), roles(two, "孔德明"));
    }

    @Test
    void namesSharingOneSpeechVerbAllSpeak() {
        OfficialFinder.Result r = find("副局长梁振华、孔德明出席会议。梁振华、孔德明分别就分管工作作了发言。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "梁振华"));
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "孔德明"));
    }

    @Test
    void reportMadeWithZuoOrAQuotedTitleIsASpeech() {
        assertEquals(Set.of(Role.SPOKE), roles(find("副局长孔德明做了重要讲话。"), "孔德明"));
        assertEquals(Set.of(Role.SPOKE), roles(find("会上,局长梁振华以“守底线、保平安”为题,围绕全年工作做了详细报告。"), "梁振华"));
        assertEquals(Set.of(Role.SPOKE), roles(find("会议听取了局长梁振华所做的“稳中求进,再创佳绩”工作报告。"), "梁振华"));
        assertEquals(Set.of(Role.SPOKE), roles(find("副局长孔德明出席会议。会议听取了孔德明关于安全生产工作的汇报。"), "孔德明")
                .stream().filter(r -> r == Role.SPOKE).collect(Collectors.toSet()));
        assertEquals(Set.of(), roles(find("会议学习了局长梁振华所做的“稳中求进,再创佳绩”工作报告。"), "梁振华"),
                "a report learnt from is relayed, not made here");
        assertEquals(Set.of(Role.ATTENDED), roles(find("局长梁振华出席会议。会议认为,梁振华局长所作的报告,总结了过去五年的工作。"),
                "梁振华"), "a report made elsewhere, not heard here");
    }

    @Test
    void nameFollowedByTodayIsStillAName() {
        OfficialFinder.Result r = find("局长林志明今天首次主持局务会议,他提出六大施政目标。");
        assertEquals(List.of("林志明"), r.officials().stream().map(OfficialRef::name).toList());
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(r, "林志明"));
    }

    @Test
    void speechFurtherDownARelayedListIsNotGivenHere() {
        assertEquals(Set.of(), roles(find("会议传达了国务院副总理汪某重要讲话精神,水利部部长陈国华讲话以及作出的工作部署。"), "陈国华"));
        // after the list, a clause with its own act is that act
        assertEquals(Set.of(Role.CHAIRED), roles(find("会议传达学习了全国两会精神,局党组书记、局长梁振华主持会议。"), "梁振华"));
    }

    @Test
    void bodiesInATitleListAreNotNames() {
        OfficialFinder.Result r = find("市委审计委员会办公室主任、市审计局局长邱某某主持会议。党委副书记、纪委书记、工会主席伍某某出席会议。");
        assertEquals(Set.of("邱某某", "伍某某"), r.officials().stream().map(OfficialRef::name).collect(Collectors.toSet()));
    }

    @Test
    void namesAfterWhoAttendedAreAttendees() {
        OfficialFinder.Result r = find("局长周某某主持会议。参加会议的有:副局长李某某、张某某,总工程师赵某某。");
        for (String name : List.of("李某某", "张某某", "赵某某")) {
            assertEquals(Set.of(Role.ATTENDED), roles(r, name), name);
        }
        assertEquals(Set.of(Role.CHAIRED), roles(r, "周某某"));
    }

    @Test
    void aLeaderNamedBeforeWhatHeSaidOrWhereHeWentIsAnOfficial() {
        for (String text : List.of("会议深入学习贯彻习近平总书记系列重要讲话精神。", "会议学习贯彻习近平总书记近期重要讲话精神。",
                "会议学习贯彻习近平总书记考察湖北重要讲话精神。", "会议学习贯彻习近平总书记来闽考察重要讲话精神。")) {
            assertEquals(List.of("习近平"), find(text).officials().stream().map(OfficialRef::name).toList(), text);
        }
    }

    @Test
    void aBranchSecretaryIsNoOfficialNamed支() {
        OfficialFinder.Result r = find("全体班子成员、中层干部、支部书记参加会议。院长李明主持会议。");
        assertEquals(List.of("李明"), r.officials().stream().map(OfficialRef::name).toList());
    }

    @Test
    void theAuthorOfAReportStudiedIsNoSpeaker() {
        OfficialFinder.Result r = find("会议由主任王某主持。会议深入学习了市委书记张某在闭幕会上的讲话以及市长刘某所作的《政府工作报告》。");
        assertTrue(roles(r, "刘某").isEmpty());
        assertEquals(Set.of(Role.CHAIRED), roles(r, "王某"));
    }

    @Test
    void aGivenNameThatIsAlsoAWordChairs() {
        OfficialFinder.Result r = find("市某局党组书记、局长杨长江主持会议。");
        assertEquals(List.of("杨长江"), r.officials().stream().map(OfficialRef::name).toList());
        assertEquals(Set.of(Role.CHAIRED), roles(r, "杨长江"));
    }

    @Test
    void aChairWhoSpeaksAfterARelayListInOneSentenceActsHere() {
        OfficialFinder.Result r = find("12月20日,某局召开党组会议,传达学习全市领导干部会议精神,局长王小明主持会议并讲话。");
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(r, "王小明"));
        OfficialFinder.Result relayed = find("会议传达学习了全市领导干部会议精神,局长王小明讲话。");
        assertTrue(roles(relayed, "王小明").isEmpty());
    }

    @Test
    void aVerbBeforeATitleIsNoPartOfIt() {
        OfficialFinder.Result r = find("会议强调,全院师生要主动学习对标学校党委书记谢某同志提出的要求;尤其要学习理解国务院副总理汪某重要指示精神。");
        assertEquals(List.of("学校党委书记"), r.officials().stream().filter(o -> o.name().equals("谢某")).findFirst().orElseThrow()
                .titles());
        assertEquals(List.of("国务院副总理"), r.officials().stream().filter(o -> o.name().equals("汪某")).findFirst().orElseThrow()
                .titles());
        OfficialFinder.Result studied = find("街道组织全体机关干部进行集中学习,学习区委书记汪某同志在擂台赛上的讲话精神。");
        assertEquals(List.of("区委书记"), studied.officials().get(0).titles());
        OfficialFinder.Result group = find("市委理论学习中心组组长张某主持会议。");
        assertTrue(group.officials().get(0).titles().get(0).contains("理论学习中心组"), group.officials().toString());
    }

    @Test
    void anOfficeHeadIsNoOfficialNamed党政办() {
        OfficialFinder.Result r = find("学院党政班子成员、党政办主任、团委书记参加了学习。学院党委书记华某主持了学习。");
        assertEquals(List.of("华某"), r.officials().stream().map(OfficialRef::name).toList());
    }

    @Test
    void anUntitledNameOpeningASentenceWithItsWordsSpoke() {
        OfficialFinder.Result r = find("某局召开粮油供应协调会。\n王建国说,我们有信心做好供应工作。\n李红梅表示将全力配合。");
        assertEquals(Set.of(Role.SPOKE), roles(r, "王建国"));
        assertEquals(Set.of(Role.SPOKE), roles(r, "李红梅"));
        OfficialFinder.Result many = find("某局召开座谈会。\n代表们表示将全力配合。");
        assertTrue(many.officials().isEmpty(), many.officials().toString());
    }

    @Test
    void anOfficialActingOnSomeonesBehalfActsInTheNextClause() {
        OfficialFinder.Result r = find("副市长王东升受市委书记、市长的委托,作为特邀代表出席会议。");
        assertEquals(Set.of(Role.ATTENDED), roles(r, "王东升"));
        OfficialFinder.Result post = find("市里成立了由市长任组长、分管副市长任副组长的领导小组。");
        assertTrue(post.officials().isEmpty(), post.officials().toString());
    }

    @Test
    void aBlankBeforeTheActEndsNoClauseAndTitleGroupsEndingIn同志ShareIt() {
        OfficialFinder.Result r = find("省发展改革委副主任、省粮食局党组书记余云州同志,省粮食局局长谢端同志 出席会议并讲话。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "余云州"));
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "谢端"));
    }

    @Test
    void a畅IsASurnameBut畅谈IsNoName() {
        OfficialFinder.Result r = find("党委统战部副部长畅安平与校侨联委员参加了此次会议。");
        assertEquals(Set.of(Role.ATTENDED), roles(r, "畅安平"));
        OfficialFinder.Result talk = find("会上,副局长畅谈了学习体会。");
        assertTrue(talk.officials().isEmpty(), talk.officials().toString());
    }

    @Test
    void anAdverbAfterTheNameEndsIt() {
        OfficialFinder.Result r = find("会上,市委副秘书长、市档案局局长(兼)涂文清原原本本传达了全国档案局长馆长会议精神。");
        assertEquals(List.of("涂文清"), r.officials().stream().map(OfficialRef::name).toList());
    }

    @Test
    void aSpeechAfterWhatTheSpeakerSpeaksAsForOrTo() {
        OfficialFinder.Result as = find("会上,副主席赵明作为一名老侨联成员,表示要进一步做好侨联工作。");
        assertEquals(Set.of(Role.SPOKE), roles(as, "赵明"));
        OfficialFinder.Result to = find("会议还邀请了州环境监测站副总工杨晓雪为参会人员解读全国两会精神。");
        assertEquals(Set.of(Role.SPOKE), roles(to, "杨晓雪"));
        OfficialFinder.Result greets = find("市人大常委会副主任孙仲实代表人民团体致贺词。");
        assertEquals(Set.of(Role.SPOKE), roles(greets, "孙仲实"));
        OfficialFinder.Result tutor = find("会上,团委书记李明为辅导员颁发了证书。");
        assertTrue(roles(tutor, "李明").isEmpty());
    }

    private static List<String> titles(OfficialFinder.Result r, String name) {
        return r.officials().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().titles();
    }

    @Test
    void aTitleGroupAloneInTheClauseBeforeACommaIsTheNextNamesToo() {
        OfficialFinder.Result r = find("会上,市委组织部副部长,市人社局党组书记、局长刘学俊通报了上半年工作。");
        assertEquals(List.of("市委组织部副部长", "市人社局党组书记", "局长"), titles(r, "刘学俊"));
        assertEquals(Set.of(Role.SPOKE), roles(r, "刘学俊"));
        // a group with its own name keeps its titles; a post someone named takes is no title group
        OfficialFinder.Result two = find("局党组成员、副局长陈晓东,局党组成员、二级巡视员周敏出席会议。");
        assertEquals(List.of("局党组成员", "二级巡视员"), titles(two, "周敏"));
        OfficialFinder.Result post = find("会议决定,由部长吕福源同志担任组长,副部长张志刚任副组长。");
        assertEquals(List.of("副部长"), titles(post, "张志刚"));
    }

    @Test
    void a和InsideABodyIsPartOfTheTitleButNotOneJoiningTwoGroups() {
        OfficialFinder.Result r = find("市政协港澳台侨和外事委员会主任王建华在会上发言。");
        assertEquals(List.of("市政协港澳台侨和外事委员会主任"), titles(r, "王建华"));
        OfficialFinder.Result two = find("副局长陈晓东和办公室主任周敏分别作了发言。");
        assertEquals(List.of("办公室主任"), titles(two, "周敏"));
        assertEquals(Set.of(Role.SPOKE), roles(two, "陈晓东"));
    }

    @Test
    void eachOfAListWhoseReportsTheMeetingHeardSpoke() {
        OfficialFinder.Result r = find("会议听取了督导组组长赵瑛、王清关于巡察工作的汇报。");
        assertEquals(Set.of(Role.SPOKE), roles(r, "赵瑛"));
        assertEquals(Set.of(Role.SPOKE), roles(r, "王清"));
    }

    @Test
    void laterSpeechFormsOfAnOfficialAlreadyNamed() {
        OfficialFinder.Result agenda = find("会议由镇党委组织委员葛冰主持,共四项议程。一是葛冰传达县委组织部文件精神。");
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(agenda, "葛冰"));
        OfficialFinder.Result made = find("会议上集团党委书记王郁基同志作了重要讲话,对学习教育进行了全面部署。");
        assertEquals(Set.of(Role.SPOKE), roles(made, "王郁基"));
        OfficialFinder.Result led = find("会议由副局长赖颖频主持。会上,赖颖频带领全体参会人员学习了《通知》。");
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(led, "赖颖频"));
        OfficialFinder.Result adverb = find("县局副局长郭征兵出席会议。其次,郭征兵副局长一字一句地向与会干部认真传达了市局的重要讲话精神。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(adverb, "郭征兵"));
        OfficialFinder.Result analysed = find("会议由局长聂振邦主持。聂振邦同志分析了当前粮食供求形势。");
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(analysed, "聂振邦"));
        // a speech someone else made, named: no act of the name
        OfficialFinder.Result named = find("会议学习了市长李强同志的重要讲话。");
        assertTrue(roles(named, "李强").isEmpty());
    }

    @Test
    void aNameEndsBeforeAnAdverbIn地OrBefore组织() {
        OfficialFinder.Result adverb = find("其次,县局郭征兵副局长一字一句地向与会干部认真传达了市局的重要讲话精神。");
        assertEquals(Set.of(Role.SPOKE), roles(adverb, "郭征兵"));
        OfficialFinder.Result study = find("会上,市场监管局副局长唐宏基组织学习了《关于深化改革加强食品安全工作的意见》。");
        assertEquals(Set.of(Role.SPOKE), roles(study, "唐宏基"));
        OfficialFinder.Result place = find("会上,副局长张明地区分局的同志作了发言。");
        assertTrue(place.officials().stream().noneMatch(o -> o.name().startsWith("张明")), place.officials().toString());
    }

    @Test
    void rarerSurnamesTibetanNamesAndMoreTitlesAndFollowers() {
        OfficialFinder.Result rare = find("副省长汲斌昌出席会议并讲话。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(rare, "汲斌昌"));
        OfficialFinder.Result tibetan = find("局党组书记、副局长次仁卓嘎主持会议。");
        assertEquals(Set.of(Role.CHAIRED), roles(tibetan, "次仁卓嘎"));
        OfficialFinder.Result dean = find("开学典礼由教育长陈力主持,市委党校副校长刘光胜致欢迎辞。");
        assertEquals(Set.of(Role.CHAIRED), roles(dean, "陈力"));
        assertEquals(Set.of(Role.SPOKE), roles(dean, "刘光胜"));
        OfficialFinder.Result met = find("会前,省委副书记、省长金湘军亲切会见与会代表。");
        assertEquals(List.of("省委副书记", "省长"), titles(met, "金湘军"));
    }

    @Test
    void aQuotesCommaEndsNoClauseOfARelayedList() {
        OfficialFinder.Result r = find("其次,副局长郭征兵传达了市局齐局长关于“当好店小二,争做服务员”的重要讲话精神、"
                + "市局袁小平副局长和朱耀斌总经济师对征管工作的要求。");
        assertEquals(Set.of(Role.SPOKE), roles(r, "郭征兵"));
        assertTrue(roles(r, "朱耀斌").isEmpty(), r.participations().toString());
        assertTrue(roles(r, "袁小平").isEmpty(), r.participations().toString());
    }

    @Test
    void aBodysOtherNameInBracketsBreaksNoListOfTitleGroups() {
        OfficialFinder.Result r = find("国家局党组成员、副局长张保振、何泽华,国家局总会计师兼财务管理与监督司(审计司)司长张玉霞参加集中学习。");
        assertEquals(Set.of(Role.ATTENDED), roles(r, "张保振"));
        assertEquals(Set.of(Role.ATTENDED), roles(r, "何泽华"));
        assertEquals(Set.of(Role.ATTENDED), roles(r, "张玉霞"));
    }

    @Test
    void aChairWhoGoesOnToLeadTheStudySpeaks() {
        OfficialFinder.Result r = find("局党组书记、局长谭爱英同志主持会议,组织领学《人民日报》头条文章。");
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(r, "谭爱英"));
    }

    @Test
    void whoMadeAReportAdoptedUnderAQuotedNameSpoke() {
        OfficialFinder.Result r = find("会议审议通过了陆鹰副会长做的“2018年财务收支情况报告”。");
        assertEquals(Set.of(Role.SPOKE), roles(r, "陆鹰"));
    }

    @Test
    void aLastTitleGroupWithNoNameSharesItsVerb() {
        OfficialFinder.Result r = find("辽阳市委书记霍步刚,辽宁省科协主要负责人出席开幕式并讲话。");
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(r, "霍步刚"));
        OfficialFinder.Result own = find("辽阳市委书记霍步刚,会议由市科协主要负责人主持。");
        assertTrue(roles(own, "霍步刚").isEmpty(), own.participations().toString());
    }

    @Test
    void aSpeechGoesOnAfterAStrayFullStop() {
        OfficialFinder.Result r = find("副县长张刚对各部门植树造林工作进行了充分了肯定。并提出:一是要转变观念。");
        assertEquals(Set.of(Role.SPOKE), roles(r, "张刚"));
        // a name further into the sentence is no subject the stop cut off
        OfficialFinder.Result far = find("县水利林业工作推进会议在县委四楼会议室召开,县委副书记全运宝出席。并提出:一是要转变观念。");
        assertEquals(Set.of(Role.ATTENDED), roles(far, "全运宝"));
    }

    @Test
    void theSubjectsOfATalkWithOthersTakePart() {
        OfficialFinder.Result r = find("交通运输部部长李盛霖,副部长翁孟勇、徐祖远与部分交通运输厅长就抓住机遇,推动交通运输发展进行座谈讨论。");
        assertEquals(Set.of(Role.ATTENDED), roles(r, "李盛霖"));
        assertEquals(Set.of(Role.ATTENDED), roles(r, "徐祖远"));
        OfficialFinder.Result forum = find("副部长徐祖远与部分厅长座谈会的代表合影。");
        assertTrue(roles(forum, "徐祖远").isEmpty(), forum.participations().toString());
    }

    @Test
    void wordsBeforeATitleThatAreNoNames() {
        OfficialFinder.Result r = find("各分管领导和责任科室要认真履职。中国侨联主席万立骏作了工作报告。市人大领导来我县视察。");
        assertEquals(List.of("万立骏"), r.officials().stream().map(OfficialRef::name).toList());
    }
}
