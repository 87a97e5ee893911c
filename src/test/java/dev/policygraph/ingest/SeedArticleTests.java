package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.script.Keys;

/** The seed article against the must (and most should) items of its gold file. */
class SeedArticleTests {

    private static final ArticleGraph G = new ArticleExtractor().extract(new ArticleInput(TestTexts.seed(), null, null));
    private static final MeetingItem M = G.meetings().get(0);
    private static final String GOLD = TestTexts.resource("/corpus/2020-07-16_spb-half-year-meeting.gold.json");

    private static OfficialRef official(String traditionalName) {
        return G.officials().stream().filter(o -> o.name().equals(traditionalName)).findFirst().orElseThrow(
                () -> new AssertionError(traditionalName + " missing from " + G.officials()));
    }

    private static Set<Role> roles(OfficialRef o) {
        return M.participants().stream().filter(p -> p.officialKey().equals(o.key())).map(Participation::role)
                .collect(Collectors.toSet());
    }

    private static List<TaskItem> tasks(TaskItem.Kind kind) {
        return M.tasks().stream().filter(t -> t.kind() == kind).toList();
    }

    @Test
    void goldOfficialsAndTaskFocusGoalPairsAreExtracted() {
        java.util.regex.Matcher o = java.util.regex.Pattern.compile("\\{\"name\": \"([^\"]+)\", \"simplified\": \"[^\"]+\", \"titles\"")
                .matcher(GOLD.substring(GOLD.indexOf("\"officials\""), GOLD.indexOf("\"mustNotAttend\"")));
        int officials = 0;
        while (o.find()) {
            official(o.group(1));
            officials++;
        }
        assertEquals(5, officials);
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("\"n\": (\\d), \"focus\": \"([^\"]+)\", \"goal\": \"([^\"]+)\"")
                .matcher(GOLD);
        int n = 0;
        while (t.find()) {
            TaskItem task = tasks(TaskItem.Kind.TASK).get(Integer.parseInt(t.group(1)) - 1);
            assertEquals(t.group(2).replace("\\u201c", "“").replace("\\u201d", "”"), task.focus());
            assertEquals(t.group(3), task.goal());
            n++;
        }
        assertEquals(6, n);
    }

    @Test
    void datelineGivesPublicationTimeAndPublisher() {
        assertEquals(OffsetDateTime.parse("2020-07-17T08:56:33+08:00"), G.publishedAt());
        assertEquals("中國郵政快遞報社", G.publisher());
    }

    @Test
    void meetingNameDateConvenerAndForm() {
        assertEquals(1, G.meetings().size());
        assertEquals("2020年全國郵政管理半年工作電視電話會議", M.name());
        assertEquals(LocalDate.of(2020, 7, 16), M.date());
        assertEquals(MeetingItem.DatePrecision.DAY, M.datePrecision());
        assertEquals("國家郵政局", M.convenedBy().name());
        assertEquals(Level.MINISTRY, M.convenedBy().level());
        assertEquals("電視電話會議", M.form());
        assertEquals("2020|国家邮政局|全国邮政管理半年", M.key());
        assertEquals(List.of("總結上半年工作", "部署下半年重點任務"), M.purposes());
    }

    @Test
    void fiveOfficialsWithTitlesOrganisationAndRolesAndTheDirectivesSource() {
        assertEquals(6, G.officials().size(), G.officials().toString());
        OfficialRef ma = official("馬軍勝");
        assertEquals(List.of("局黨組書記", "局長"), ma.titles());
        assertEquals("马军胜", ma.simplifiedName());
        assertEquals(Set.of(Role.ATTENDED, Role.SPOKE), roles(ma));
        OfficialRef dai = official("戴應軍");
        assertEquals(List.of("局黨組成員", "副局長"), dai.titles());
        // He chairs, and sets the three requirements (就貫徹落實會議精神提出三點要求): he speaks too.
        assertEquals(Set.of(Role.CHAIRED, Role.SPOKE), roles(dai));
        for (String n : List.of("劉君", "楊春光", "趙民")) {
            OfficialRef o = official(n);
            assertEquals(List.of("局黨組成員", "副局長"), o.titles(), n);
            assertEquals(Set.of(Role.ATTENDED), roles(o), n);
        }
        for (OfficialRef o : G.officials()) {
            if (o.name().equals("習近平")) {
                continue; // the directive's source: no bureau's official (xiJinpingIsTheDirectiveSourceNotAnAttendee)
            }
            assertEquals("國家郵政局", o.organization().name(), o.name());
            assertEquals(o.simplifiedName() + "|国家邮政局", o.key());
        }
    }

    @Test
    void xiJinpingIsTheDirectiveSourceNotAnAttendee() {
        OfficialRef xi = official("習近平");
        assertEquals(List.of("總書記"), xi.titles());
        assertNull(xi.organization());
        assertTrue(M.participants().stream().noneMatch(p -> p.officialKey().startsWith("习近平")));
        assertEquals(List.of("習近平"), M.directives().get(0).issuedBy());
    }

    @Test
    void chromeNamesAreNotOfficials() {
        assertTrue(G.officials().stream().noneMatch(o -> o.simplifiedName().equals("李强")));
        assertFalse(G.cleanText().contains("相關閱讀"));
        assertFalse(G.cleanText().contains("每日"));
    }

    @Test
    void twoImplementedDirectivesWithIssuersAndVerbs() {
        DirectiveRef xi = M.directives().get(0);
        assertEquals(Keys.canonical("習近平總書記關於郵政快遞業重要指示批示精神"), xi.key());
        assertEquals("深入學習貫徹", xi.verb());
        DirectiveRef central = M.directives().get(1);
        assertEquals("黨中央、國務院決策部署", central.text());
        assertEquals(List.of("黨中央", "國務院"), central.issuedBy());
        assertEquals("認真貫徹落實", central.verb());
    }

    @Test
    void guidingThoughtIsALowerPriorityDirective() {
        assertEquals(3, M.directives().size());
        assertEquals("習近平新時代中國特色社會主義思想", M.directives().get(2).text());
    }

    @Test
    void sixSecondHalfTasksWithFocusAndGoalSetBySpeaker() {
        List<TaskItem> t = tasks(TaskItem.Kind.TASK);
        String[][] gold = {
            {"細化實化工作舉措", "全面落實常態化疫情防控部署"},
            {"推動國家政策落實落地", "不斷鞏固行業發展態勢"},
            {"加快實施“兩進一出”工程", "全力推動郵政快遞業高質量發展"},
            {"推進關鍵項目建設", "堅決打好三大攻堅戰"},
            {"完善體制機制", "進一步提升行業治理和政府管理水平"},
            {"突出政治標準", "全面加強黨的建設"}};
        assertEquals(6, t.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(i + 1, t.get(i).n());
            assertEquals(gold[i][0], t.get(i).focus());
            assertEquals(gold[i][1], t.get(i).goal());
            assertEquals(official("馬軍勝").key(), t.get(i).setByKey());
        }
    }

    @Test
    void tasksAdvanceTheirInitiatives() {
        List<TaskItem> t = tasks(TaskItem.Kind.TASK);
        assertEquals(List.of("放管服"), t.get(1).initiativeKeys());
        assertEquals(Set.of("两进一出", "快递进村", "快递进厂", "快递出海"), Set.copyOf(t.get(2).initiativeKeys()));
        assertEquals(Set.of("三大攻坚战", "精准脱贫", "快递包装综合治理"), Set.copyOf(t.get(3).initiativeKeys()));
    }

    @Test
    void actionsOfTaskThreeAreSplitOnCommas() {
        assertEquals(List.of("加快實施“快遞進村”“快遞進廠”“快遞出海”工程", "強化行業基礎設施和基礎能力建設", "強化人才支撐保障"),
                tasks(TaskItem.Kind.TASK).get(2).actions());
    }

    @Test
    void mustAndShouldInitiativesArePresentAndSlogansAreNot() {
        Set<String> keys = G.initiatives().stream().map(InitiativeRef::key).collect(Collectors.toSet());
        for (String must : List.of("快遞進村", "郵政在鄉", "快遞進廠", "快遞出海", "兩進一出", "放管服",
                "關心關愛快遞小哥", "快遞包裝綜合治理", "三大攻堅戰", "六穩", "六保", "十三五規劃")) {
            assertTrue(keys.contains(Keys.canonical(must)), must + " not in " + keys);
        }
        for (String slogan : List.of("四个意识", "四个自信", "两个维护")) {
            assertFalse(keys.contains(slogan), slogan);
        }
    }

    @Test
    void partOfLinksTheThreeExpressProgrammesToTwoInOneOut() {
        Set<String> links = G.partOf().stream().map(p -> p.childKey() + "<" + p.parentKey()).collect(Collectors.toSet());
        assertEquals(Set.of("快递进村<两进一出", "快递进厂<两进一出", "快递出海<两进一出"), links);
    }

    @Test
    void threeMojibakeRepairsAreReportedAndTheTextIsRepaired() {
        assertEquals(3, G.warnings().stream().filter(w -> w.code().equals("MOJIBAKE_REPAIRED")).count());
        assertTrue(G.cleanText().contains("落實“六保”任務"));
        assertTrue(G.cleanText().contains("“快遞出海”工程,強化行業"));
        assertTrue(G.cleanText().contains("各省(區、市)"));
        assertTrue(G.warnings().stream().anyMatch(w -> w.code().equals("MOJIBAKE_GUESSED")));
    }

    @Test
    void venuesListMainAndBranchAttendees() {
        assertEquals(2, M.venues().size());
        assertEquals("主會場", M.venues().get(0).name());
        assertEquals(List.of("局機關各司室", "直屬單位"), M.venues().get(0).attendees().stream().map(OrganizationRef::name).toList());
        assertEquals("各分會場", M.venues().get(1).name());
        OrganizationRef prov = M.venues().get(1).attendees().get(0);
        assertEquals("各省(區、市)郵政管理局", prov.name());
        assertEquals(Level.PROVINCIAL, prov.level());
    }

    @Test
    void sixAchievementsOfTheFirstHalf() {
        List<TaskItem> a = tasks(TaskItem.Kind.ACHIEVEMENT);
        assertEquals(6, a.size());
        assertEquals("支撐服務疫情防控有力有效", a.get(1).goal());
        assertEquals(official("馬軍勝").key(), a.get(0).setByKey());
    }

    @Test
    void chairSetsThreeRequirements() {
        List<TaskItem> r = tasks(TaskItem.Kind.REQUIREMENT);
        assertEquals(3, r.size());
        assertEquals(Keys.canonical("要堅決把習近平總書記關於郵政快遞業重要指示批示精神落實到行業各領域各環節"), Keys.canonical(r.get(0).goal()));
        assertEquals("要及時做好會議精神的傳達學習貫徹", r.get(1).goal());
        assertEquals("要認真抓好重點難點工作落地見效", r.get(2).goal());
        assertEquals(official("戴應軍").key(), r.get(0).setByKey());
    }

    @Test
    void everyItemCarriesEvidenceIntoTheCleanText() {
        for (TaskItem t : M.tasks()) {
            assertEquals(t.text(), G.cleanText().substring(t.evidence().start(), t.evidence().end()));
        }
        for (OfficialRef o : G.officials()) {
            assertTrue(G.cleanText().substring(o.evidence().start(), o.evidence().end()).endsWith(o.name()));
        }
        assertNotNull(M.evidence());
        assertEquals(G.cleanText().length(), G.simplifiedText().length());
    }

    @Test
    void idIsTheSha256OfTheRawText() {
        assertEquals(64, G.id().length());
        assertEquals(G.id(), new ArticleExtractor().extract(new ArticleInput(TestTexts.seed(), null, null)).id());
    }
}
