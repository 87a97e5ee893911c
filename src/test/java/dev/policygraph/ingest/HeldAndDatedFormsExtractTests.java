package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms of meeting leads and their dates found by reading the extractor's output on real reports nobody had labelled:
 * which meetings a report holds (not planned, not prepared) and on which day. Texts written for these tests. Pure, fast.
 */
class HeldAndDatedFormsExtractTests {

    private static List<String> names(ArticleGraph g) {
        return g.meetings().stream().map(MeetingItem::name).toList();
    }

    @Test
    void aMeetingOrganisedAndHeldWithLeIsReported() {
        MeetingItem m = only(extract("发布时间:2024-08-20\n\n8月17日,市民宗局组织召开了全市民族宗教局长会议。会议由局长吴某主持。"));
        assertEquals("全市民族宗教局长会议", m.name());
        assertEquals(LocalDate.of(2024, 8, 17), m.date());
    }

    @Test
    void aProvincesMeetingThatRelaysTheNationalOneIsAnotherMeeting() {
        ArticleGraph g = extract("发布时间:2020-04-13\n\n4月10日,全国安全生产电视电话会议召开,会议部署复工复产安全防范工作。\n"
                + "随后,我省召开安全生产电视电话会议,迅速贯彻落实全国安全生产电视电话会议精神,安排部署我省安全生产重点工作。");
        assertEquals(List.of("全国安全生产电视电话会议", "安全生产电视电话会议"), names(g));
        assertEquals(List.of("全国安全生产电视电话会议"),
                g.meetings().get(1).relays().stream().map(RelayRef::meetingName).toList());

        // the city government holds the provincial meeting's namesake: below its scope, so another meeting
        ArticleGraph h = extract("发布时间:2021-03-06\n\n3月5日,全省森林防火电视电话会议召开。会后,市政府召开森林防火电视电话会议,"
                + "部署全市工作。副市长王某出席会议并讲话。");
        assertEquals(List.of("全省森林防火电视电话会议", "森林防火电视电话会议"), names(h));
    }

    @Test
    void aMeetingNamedOnlyAsWhatAnOfficialAttendsInTheLeadIsHeld() {
        ArticleGraph g = extract("发布时间:2018-09-26\n\n本报讯9月21日上午,市安全生产第四督导组莅临我县,就安全生产工作进行督导。"
                + "县委常委、副县长李某梅出席汇报会。\n督导组一行听取汇报后,深入企业检查。");
        MeetingItem m = only(g);
        assertEquals("汇报会", m.name());
        assertEquals(LocalDate.of(2018, 9, 21), m.date());
        assertEquals(java.util.Set.of("ATTENDED"), RolesAt.of(g, m, "李某梅"));

        // staff who took part in a visit's talk, or a talk still to come, report no meeting
        assertEquals(List.of(), names(extract("发布时间:2017-11-10\n\n11月9日下午,省科技厅厅长王某一行到科学中心调研。"
                + "中心领导班子成员、中层干部等参加了调研座谈会。")));
        assertEquals(List.of(), names(extract("发布时间:2017-11-10\n\n11月9日下午,省督查组来我市督查。副市长张某将出席对接会。")));
    }

    @Test
    void aMeetingBodiesHostIsHeld() {
        ArticleGraph g = extract("发布时间:2022-06-27\n\n6月26日下午,中国科协、省政府联合主办全省党政领导与院士专家座谈会。省委副书记、省长毛某明出席座谈会并讲话。"
                + "省委副书记朱某贤主持座谈会。");
        MeetingItem m = only(g);
        assertEquals("全省党政领导与院士专家座谈会", m.name());
        assertEquals(LocalDate.of(2022, 6, 26), m.date());
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, m, "朱某贤"));
    }

    @Test
    void aNamedMeetingAttendedThatSomeoneChairedIsHeld() {
        ArticleGraph g = extract("10月30日下午,区统计局领导和全体机关干部参加了国家统计局人口普查工作视频会议。视频会议由国家统计局副局长李某超主持。"
                + "国家统计局局长宁某指出:要加大宣传声势。");
        MeetingItem m = only(g);
        assertEquals("国家统计局人口普查工作视频会议", m.name());
        assertEquals(java.util.Set.of("CHAIRED"), RolesAt.of(g, m, "李某超"));

        // without anyone chairing it, a meeting taken part in stays background
        assertEquals(List.of(), names(extract("发布时间:2020-10-31\n\n10月30日下午,区统计局领导参加了国家统计局人口普查工作视频会议。"
                + "会后,大家表示要做好普查工作。")));
    }

    @Test
    void aMeetingStillToComeByACountdownIsNotHeld() {
        ArticleGraph g = extract("发布时间:2022-11-13\n\n11月11日,第二届商会大会筹备工作推进会召开。市政协主席李某某出席会议并讲话。"
                + "李某某强调,距离第二届商会大会召开还有半个多月的时间,要确保大会顺利举行。");
        assertEquals(List.of("第二届商会大会筹备工作推进会"), names(g));
        ArticleGraph h = extract("发布时间:2023-04-13\n\n第五次党代会召开在即,各项筹备工作已进入紧锣密鼓阶段。4月12日下午,学校在行政楼"
                + "会议室召开会前筹备会议。");
        assertEquals(List.of("会前筹备会议"), names(h));
    }

    @Test
    void aPreparatoryBodyHoldsTheMeetingItCalls() {
        MeetingItem m = only(extract("发布时间:2021-06-02\n\n6月1日下午,市第五次党代会筹备工作领导小组秘书处召开会议,部署筹备工作。"
                + "市委常委、秘书长王某某出席会议并讲话。"));
        assertEquals(LocalDate.of(2021, 6, 1), m.date());
        ArticleGraph g = extract("发布时间:2021-06-02\n\n6月1日,市政协筹备召开十四届二次会议,研究有关事项。");
        assertEquals(List.of(), names(g));
    }

    @Test
    void aSpaceAfterAMeetingsNameInAHeadlineEndsTheName() {
        ArticleGraph g = extract("党代会筹备组召开会前筹备会议 全面落实会前会中各项工作\n发布时间:2023-04-13\n\n4月12日下午,党代会筹备组"
                + "召开了会前筹备会议,部署大会期间各项工作。");
        assertEquals(List.of("会前筹备会议"), names(g));
    }

    @Test
    void aMeetingToldInsideSomeonesQuotedWordsIsNotHeldByTheReport() {
        ArticleGraph g = extract("发布时间:2023-01-29\n\n1月28日,镇党委召开节后收心会。“今年形势不一样,全市项目建设现场会在我镇召开,"
                + "项目年初三就开工了。”知情的镇干部说。");
        assertEquals(List.of("节后收心会"), names(g));
        ArticleGraph h = extract("发布时间:2016-05-11\n\n5月10日,集团党委召开“两学一做”学习教育工作动员大会。");
        assertEquals(List.of("“两学一做”学习教育工作动员大会"), names(h));
    }

    @Test
    void aSessionThatHoldsTheMeetingNamedAfterItsVerbIsNoMeetingItself() {
        ArticleGraph g = extract("发布时间:2020-05-27\n\n5月26日下午,县第十六届人民代表大会第五次会议召开各代表团召集人会议。县长李某某出席会议并讲话。");
        assertEquals(List.of("各代表团召集人会议"), names(g));
        ArticleGraph h = extract("发布时间:2024-03-28\n\n3月27日上午,市六届人大常委会第七次会议开幕并举行第一次全体会议。市人大常委会主任王某主持会议。");
        assertEquals(1, h.meetings().size(), h.meetings().toString());
    }

    @Test
    void yesterdayOrAVagueTimeBetweenTheBodyAndItsVerbDatesTheMeetingAndKeepsItsBody() {
        MeetingItem m = only(extract("发布时间:2024-01-09\n\n市政协昨天召开党组会议,研究近期工作。"));
        assertEquals(LocalDate.of(2024, 1, 8), m.date());
        assertEquals("市政协", m.convenedBy().name());
        MeetingItem n = only(extract("发布时间:2024-01-09\n\n市政协日前召开党组会议,研究近期工作。"));
        assertEquals(MeetingItem.DatePrecision.MONTH, n.datePrecision());
        assertEquals("市政协", n.convenedBy().name());
    }

    @Test
    void aMeetingHeldLatelyUnderAWireDatelineIsDatedByItsMonthNotTheWiresDay() {
        MeetingItem m = only(extract("深圳新闻网2024年2月4日讯(深圳特区报记者 周某)市政协机关2023年度工作总结会议近日召开。市政协主席林某出席会议。"));
        assertEquals("市政协机关2023年度工作总结会议", m.name());
        assertEquals(LocalDate.of(2024, 2, 1), m.date());
        assertEquals(MeetingItem.DatePrecision.MONTH, m.datePrecision());
    }

    @Test
    void aMeetingFormThatHoldsAStopWordEndsTheName() {
        MeetingItem m = only(extract("发布时间:2024-02-09\n\n2月8日,某县召开“三会”筹备工作安排部署会。县委副书记秦某出席会议。"));
        assertEquals("“三会”筹备工作安排部署会", m.name());
        assertEquals(LocalDate.of(2024, 2, 8), m.date());
        assertEquals("2023年度工作总结会议", only(extract("发布时间:2023-12-16\n\n12月15日上午,某局召开2023年度工作总结会议,"
                + "副院长周某出席会议。")).name());
    }

    @Test
    void meetingsHeldByManyBodiesAtOnceAreNoOneMeeting() {
        ArticleGraph g = extract("发布时间:2025-12-03\n\n近期,多地、多部门密集举行新闻发布会,发布了一系列政策。12月2日,某省委举行新闻发布会,"
                + "介绍了有关安排。");
        assertEquals(List.of(LocalDate.of(2025, 12, 2)), g.meetings().stream().map(MeetingItem::date).toList());
        ArticleGraph h = extract("发布时间:2025-01-03\n\n新年伊始,各地纷纷召开新年第一会。");
        assertEquals(List.of(), names(h));
    }

    @Test
    void aNumberedSectionHeadingOfARuleIsNoMeeting() {
        ArticleGraph g = extract("局务会议制度\n一、会议组成\n局务会议由局领导和各科室负责人组成。\n三、会议召开\n(一)局务会议一般每两周召开一次。");
        assertEquals(List.of(), names(g));
    }

    @Test
    void aPapersTagIsNoPartOfTheNameAndTheOpeningAnnouncedIsTheSameSession() {
        ArticleGraph g = extract("晨报讯 政协某市第十四届委员会第三次会议1月14日上午隆重开幕。市政协主席胡某在主席台就座。"
                + "上午9时,副主席肖某宣布大会开幕,全体起立,奏唱国歌。");
        assertEquals(List.of("政协某市第十四届委员会第三次会议"), names(g));
    }

    @Test
    void aMeetingDecidedOnToComeIsNotHeld() {
        ArticleGraph g = extract("发布时间:2011-05-11\n\n5月10日下午,市政协举行五届四十次主席会议。会议还研究确定市县区政协主席第35次联席会议于5月14日召开。");
        assertEquals(List.of("五届四十次主席会议"), names(g));
    }

    @Test
    void aMeetingHostedSomewhereIsHeld() {
        ArticleGraph g = extract("7月19日讯 今日上午10点,国务院新闻办公室福建主题新闻发布会在北京举办。中共福建省委书记于伟国介绍情况。");
        assertEquals("国务院新闻办公室福建主题新闻发布会", only(g).name());
    }

    @Test
    void whatAMeetingDidAfterItsNameIsNoPartOfIt() {
        ArticleGraph g = extract("4月28日下午,附院党委中心组在行政楼会议室举行专题学习会集中学习了《党委会的工作方法》等文件精神,"
                + "会议由党委书记李小龙主持。");
        assertEquals("附院专题学习会", only(g).name());
    }
}
