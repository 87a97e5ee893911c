package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.official;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The long tail of role and official forms in reports of federations, congresses, leagues and bureaus: transliterated
 * names with a middle dot, untitled leader lists, speech told as 交流体会 or 分别传达, a visit that is no attendance.
 * Texts written for these tests. Pure, fast.
 */
class RoleTailFormsExtractTests {

    @Test
    void namesWithAMiddleDotInATitleListAttendLikeTheOthers() {
        ArticleGraph g = extract("3月4日,某某委员会在北京举行第十次主任会议。主任甲某某主持会议。"
                + "副主任王建国、艾力更·依明巴海、万鄂湘、白玛赤林、丁仲礼出席会议。");
        MeetingItem m = only(g);
        assertEquals("艾力更·依明巴海", official(g, "艾力更依明巴海").name(), "written with its dot");
        for (String n : List.of("王建国", "艾力更依明巴海", "万鄂湘", "白玛赤林", "丁仲礼")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, n), n);
            assertEquals(List.of("副主任"), official(g, n).titles(), n);
        }
    }

    @Test
    void aDottedNameAfterATitleDoesNotTakeTheTitlesLastCharacter() {
        ArticleGraph g = extract("3月15日,某某基金会换届大会在北京召开。全国人大常委会副委员长司马义·艾买提、何鲁丽出席大会。");
        MeetingItem m = only(g);
        assertEquals(List.of("全国人大常委会副委员长"), official(g, "司马义艾买提").titles());
        assertEquals("司马义·艾买提", official(g, "司马义艾买提").name());
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "司马义艾买提"));
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, "何鲁丽"));
    }

    @Test
    void anUntitledListAttendsWithOrWithoutEachOrAnAnd() {
        ArticleGraph g = extract("7月26日,某省第十次妇女代表大会在省城举行。省委书记车俊出席开幕会并讲话。"
                + "陈金彪、冯飞、黄建发分别出席开闭幕会。");
        MeetingItem m = only(g);
        for (String n : List.of("陈金彪", "冯飞", "黄建发")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, n), n);
        }
        ArticleGraph joined = extract("3月15日,某某基金会换届大会在北京召开。全国政协副主席刘延东、白立忱,以及布赫、吴阶平、彭云等出席大会。");
        MeetingItem j = only(joined);
        for (String n : List.of("刘延东", "白立忱", "布赫", "吴阶平", "彭云")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(joined, j, n), n);
        }
    }

    @Test
    void speechToldAsRelayingEachOrAsSharingImpressionsOrDeploying() {
        ArticleGraph g = extract("3月12日,某某联合会召开全体干部大会,传达学习全国两会精神。"
                + "联合会党组书记、理事长周长奎主持会议并部署贯彻落实工作,全国人大常委吕世明、全国政协委员李庆忠同志分别交流了参会体会。");
        MeetingItem m = only(g);
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "周长奎"));
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "吕世明"), "参会体会 tells of the other meeting: no attendance here");
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, "李庆忠"));

        ArticleGraph each = extract("1月10日,团市委召开专题会议,学习传达市两会精神。团市委书记王春华主持会议,"
                + "并分别传达市委书记刘继标在市政协开幕式和市人大闭幕式上的讲话精神。团市委副处级纪检员杨朝晖传达了两会相关社论文章。");
        MeetingItem e = only(each);
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(each, e, "王春华"));
        assertEquals(Set.of(), RolesAt.of(each, e, "刘继标"), "whose speech is relayed does not speak here");
        assertEquals(Set.of("SPOKE"), RolesAt.of(each, e, "杨朝晖"));
        assertEquals(List.of("团市委副处级纪检员"), official(each, "杨朝晖").titles());
    }

    @Test
    void aTripMadeForTheMeetingAndAWelcomeAreAttendanceAndSpeech() {
        ArticleGraph g = extract("4月18日,团市委召开全市共青团工作会议。当涂县副县长阚青鹤专程出席会议,并致欢迎辞。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(g, only(g), "阚青鹤"));
    }

    @Test
    void anAudienceAfterANameIsNoPartOfIt() {
        ArticleGraph g = extract("7月28日,市商务局召开离退休干部情况通报会。局长吴新明向大家通报了上半年商务工作情况。"
                + "校长周玉面向全校师生传达了大会精神。");
        assertTrue(g.officials().stream().noneMatch(o -> o.simplifiedName().equals("向大家")), g.officials().toString());
        assertEquals(List.of("校长"), official(g, "周玉").titles());
        assertEquals(Set.of("SPOKE"), RolesAt.of(g, only(g), "吴新明"));
    }

    @Test
    void takingPartInAVisitIsNoAttendance() {
        ArticleGraph g = extract("3月20日,市人大常委会召开党组会议,学习贯彻全国两会精神。市人大常委会党组书记司存喜主持会议并讲话。"
                + "会后,市人大常委会主任司存喜,副主任楚行宇参加了调研。");
        MeetingItem m = only(g);
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, m, "司存喜"));
        assertEquals(Set.of(), RolesAt.of(g, m, "楚行宇"));
    }

    @Test
    void aWireDatelineDoesNotDateTheMeetingWhoseDaysFollowIt() {
        ArticleGraph g = extract("发布时间:2018-07-28 10:09\n中评社北京7月28日电/浙江在线讯,26日至27日,某省第十次妇女代表大会在杭州举行。"
                + "省委书记车俊出席开幕会并讲话。");
        assertEquals(LocalDate.of(2018, 7, 26), only(g).date());
    }

    @Test
    void speechesToldAsAnalysisEmphasisDemandsOrAsARepresentative() {
        ArticleGraph g = extract("8月8日下午,某某街道召开会议,安排下半年工作。会议由街道党工委书记侯运生同志主持。"
                + "会上,副主任游澎同志针对垃圾分类工作对各社区提了具体要求,街办主任张琦同志从五个方面对下半年的工作进行了强调。"
                + "局党委委员刘余印就今年中考成绩进行了分析。派出所指导员李海蔚作为委员代表进行了表态发言。唐小辉院长讲到,要凝聚集体智慧。");
        MeetingItem m = only(g);
        for (String n : List.of("游澎", "张琦", "刘余印", "李海蔚", "唐小辉")) {
            assertEquals(Set.of("SPOKE"), RolesAt.of(g, m, n), n);
        }
    }

    @Test
    void whatOpensTheSentenceOrFollowsTheNameIsNoPartOfIt() {
        ArticleGraph g = extract("5月10日,集团党委召开动员大会。会议上集团党委书记王郁基同志作了重要讲话。"
                + "市委副书记、市长孙勇即主持召开专题会议。会上传达了总局党委书记、局长卢进的讲话。");
        assertEquals(List.of("集团党委书记"), official(g, "王郁基").titles());
        assertEquals(List.of("市委副书记", "市长"), official(g, "孙勇").titles());
        assertTrue(g.officials().stream().noneMatch(o -> o.simplifiedName().endsWith("的") || o.simplifiedName().endsWith("即")),
                g.officials().toString());
    }

    @Test
    void aNationalLeaderChairsTheCouncilOfANumberedNationalCongress() {
        ArticleGraph g = extract("新华社北京3月4日电 十三届全国人大常委会4日上午在北京举行第一百三十六次委员长会议。栗战书委员长主持会议。");
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, only(g), "栗战书"));
    }

    @Test
    void aDottedNameIsFoundAgainWhereTheSentenceEndsInAttendance() {
        ArticleGraph g = extract("3月15日,某某基金会换届大会在北京召开。国务院副总理回良玉,全国人大常委会副委员长司马义·艾买提、何鲁丽,"
                + "全国政协副主席刘延东等出席大会。");
        MeetingItem m = only(g);
        for (String n : List.of("回良玉", "司马义艾买提", "何鲁丽", "刘延东")) {
            assertEquals(Set.of("ATTENDED"), RolesAt.of(g, m, n), n);
        }
    }

    @Test
    void aChairNamedAfterTheMeetingAndAGuestGivenTheFloorByTheHost() {
        ArticleGraph g = extract("5月12日下午,学校召开党委常委会议。校党委书记王寒松、校长郭东明分别进行传达并对贯彻落实会议精神提出要求。会议由王寒松主持。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, only(g), "王寒松"));
        ArticleGraph press = extract("国务院新闻办公室于10月28日举行新闻发布会,国家卫生健康委员会副主任于学军出席发布会。"
                + "国务院新闻办公室新闻局副局长寿小丽主持发布会。下面首先请于学军先生作介绍。");
        assertEquals(Set.of("ATTENDED", "SPOKE"), RolesAt.of(press, only(press), "于学军"));
    }

    @Test
    void aChairWhoGoesOnToExplainSpeaks() {
        ArticleGraph g = extract("2月29日,省统计局召开新区统计工作座谈会。设管与法规处温琴处长主持了座谈会,并围绕通知要求做了说明。");
        assertEquals(Set.of("CHAIRED", "SPOKE"), RolesAt.of(g, only(g), "温琴"));
    }

    @Test
    void whoIsElectedOrAppointedIsAnOfficialWithTheOffice() {
        ArticleGraph g = extract("3月26日,市妇联第十六次代表大会召开。在市妇联第十六届一次执委会议上,童志云当选为妇联主席,"
                + "叶晔、卢萍当选为副主席。会议表决通过了周慧、郑瑶任县妇联副主席;会议依法选举张臻为某某镇人民政府副镇长。");
        assertEquals(List.of("妇联主席"), official(g, "童志云").titles());
        assertEquals(List.of("副主席"), official(g, "叶晔").titles());
        assertEquals(List.of("副主席"), official(g, "卢萍").titles());
        assertEquals(List.of("县妇联副主席"), official(g, "郑瑶").titles());
        assertEquals(List.of("某某镇人民政府副镇长"), official(g, "张臻").titles());
        ArticleGraph notAnOffice = extract("3月26日,市妇联召开执委会议。会议审议通过了工作报告,选举产生了新一届领导班子。");
        assertTrue(notAnOffice.officials().isEmpty(), notAnOffice.officials().toString());
    }

    @Test
    void whoEntrustsAnotherWithTheMeetingIsAnOfficialButAbsent() {
        ArticleGraph g = extract("2017年7月31日上午,受林鲁生局长委托,陈建辉副局长在415会议室主持召开2017年第3次局务会,"
                + "局领导、各科科长出席了会议。");
        MeetingItem m = only(g);
        assertEquals(List.of("局长"), official(g, "林鲁生").titles());
        assertEquals(Set.of(), RolesAt.of(g, m, "林鲁生"));
        assertEquals(Set.of("CHAIRED"), RolesAt.of(g, m, "陈建辉"));
        ArticleGraph listed = extract("8月20日,受集团党委书记、董事长周正雄委托,集团党委委员、纪委书记周旭东主持召开专题会议。");
        assertEquals(List.of("集团党委书记", "董事长"), official(listed, "周正雄").titles());
        assertEquals(Set.of(), RolesAt.of(listed, only(listed), "周正雄"));
    }

    @Test
    void aDelegationsHeadAndDeputyHeadAreTitles() {
        ArticleGraph g = extract("中央代表团赴多地看望慰问各族干部群众。中共中央政治局委员、中央统战部部长、中央代表团副团长李干杰"
                + "带领二分团来到自贸试验区。国务委员、中央代表团副团长谌贻琴带领四分团前往博物馆。");
        assertEquals(List.of("中共中央政治局委员", "中央统战部部长", "中央代表团副团长"), official(g, "李干杰").titles());
        assertEquals(List.of("国务委员", "中央代表团副团长"), official(g, "谌贻琴").titles());
    }

    @Test
    void aSentenceEndingInWatchingTheVideoMeetingMakesItsOfficialsAttendees() {
        ArticleGraph g = extract("9月27日,全市安委会第五次全体(扩大)会议召开。副县长张树军,各乡镇、县安委会成员单位分管负责人等"
                + "在政府五楼会议室收听收看。");
        assertEquals(Set.of("ATTENDED"), RolesAt.of(g, only(g), "张树军"));
    }
}
