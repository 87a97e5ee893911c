package dev.policygraph.ingest.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.InitiativeRef;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.PartOf;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.TaskItem;
import dev.policygraph.ingest.score.Scorer.Category;
import dev.policygraph.ingest.score.Scorer.Counts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The scorer itself, on hand-built graphs: it must be able to fail. */
class ScorerTests {

    static final Path CORPUS = CorpusScore.DEFAULT_CORPUS;
    static final String SEED = "2020-07-16_spb-half-year-meeting";

    static GoldArticle gold(String name) {
        return GoldReader.read(CORPUS.resolve(name + ScoreTable.GOLD_SUFFIX), name + ".txt");
    }

    @Test
    void seedGoldIsReadWithItsSynonymKeys() {
        GoldArticle g = gold(SEED);
        assertEquals(5, g.officials().size());
        assertEquals(6, g.tasks().size(), "secondHalfTasks read as tasks");
        assertEquals(3, g.tasksShould().size(), "chairRequirements read as should-tasks");
        assertEquals("2020-07-16", g.meeting().date());
        assertEquals(3, g.partOf().size());
    }

    @Test
    void perfectGraphScoresOneOnEveryGoldOfTheCorpus() {
        List<Path> golds = ScoreTable.goldFiles(CORPUS);
        assertTrue(golds.size() >= 13, "gold files: " + golds.size());
        for (Path p : golds) {
            GoldArticle g = GoldReader.read(p, p.getFileName().toString());
            Map<Category, Counts> s = new Scorer().score(perfect(g, UnaryOperator.identity()), g);
            s.forEach((c, n) -> {
                assertEquals(1.0, n.precision(), p + " " + c + " " + n);
                assertEquals(1.0, n.recall(), p + " " + c + " " + n);
            });
        }
    }

    @Test
    void scriptDoesNotMatter() {
        GoldArticle g = gold(SEED); // traditional
        Map<Category, Counts> s = new Scorer().score(perfect(g, Scorer::norm), g);
        s.forEach((c, n) -> assertEquals(1.0, n.recall(), c + " " + n));
    }

    @Test
    void missingOfficialLowersRecall() {
        GoldArticle g = gold(SEED);
        ArticleGraph full = perfect(g, UnaryOperator.identity());
        List<OfficialRef> fewer = new ArrayList<>(full.officials());
        fewer.removeIf(o -> o.simplifiedName().equals("赵民"));
        Map<Category, Counts> s = new Scorer().score(withOfficials(full, fewer), g);
        assertEquals(new Counts(4, 0, 1), s.get(Category.OFFICIALS));
        assertTrue(s.get(Category.OFFICIALS).recall() < 1.0);
        assertEquals(1.0, s.get(Category.OFFICIALS).precision());
    }

    @Test
    void extraOfficialLowersPrecision() {
        GoldArticle g = gold(SEED);
        ArticleGraph full = perfect(g, UnaryOperator.identity());
        List<OfficialRef> more = new ArrayList<>(full.officials());
        more.add(new OfficialRef("李強", "李强", "李强", List.of(), null, null)); // a name from the 相關閱讀 chrome
        Map<Category, Counts> s = new Scorer().score(withOfficials(full, more), g);
        assertEquals(new Counts(5, 1, 0), s.get(Category.OFFICIALS));
        assertTrue(s.get(Category.OFFICIALS).precision() < 1.0);
    }

    @Test
    void directiveSourceListedAsOfficialIsNeutralButNotAsAttendee() {
        GoldArticle g = gold(SEED);
        ArticleGraph full = perfect(g, UnaryOperator.identity());
        List<OfficialRef> more = new ArrayList<>(full.officials());
        more.add(new OfficialRef("習近平", "习近平", "习近平", List.of("總書記"), null, null));
        ArticleGraph withXi = withOfficials(full, more);
        Map<Category, Counts> s = new Scorer().score(withXi, g);
        assertEquals(1.0, s.get(Category.OFFICIALS).precision());
        MeetingItem m = withXi.meetings().get(0);
        List<Participation> ps = new ArrayList<>(m.participants());
        ps.add(new Participation("习近平", Role.ATTENDED, null));
        ArticleGraph attending = withMeeting(withXi, withParticipants(m, ps));
        assertEquals(1, new Scorer().score(attending, g).get(Category.ROLES).fp());
    }

    @Test
    void relayOfAnotherYearDoesNotMatch() {
        GoldArticle g = gold("chain/2021-07-19_zj-relay-2021-distractor");
        ArticleGraph full = perfect(g, UnaryOperator.identity());
        MeetingItem m = full.meetings().get(0);
        MeetingItem wrong = new MeetingItem(m.name(), m.key(), m.date(), m.datePrecision(), m.form(), m.convenedBy(),
                m.participants(), m.directives(), List.of(new RelayRef("2020年全国邮政管理半年工作电视电话会议", null, 2020, null, null)),
                m.tasks(), m.venues(), m.evidence(), m.purposes());
        assertEquals(new Counts(0, 1, 1), new Scorer().score(withMeeting(full, wrong), g).get(Category.RELAYS));
    }

    @Test
    void noGraphAtAllMissesEverything() {
        GoldArticle g = gold(SEED);
        Map<Category, Counts> s = new Scorer().score(null, g);
        assertEquals(new Counts(0, 0, 5), s.get(Category.OFFICIALS));
        assertEquals(0.0, s.get(Category.TASKS).recall());
        assertFalse(s.get(Category.MEETINGS).recall() > 0);
    }

    // ---------------------------------------------------------------- building graphs from gold

    /** The graph a perfect extractor would return, with every string passed through {@code f}. */
    static ArticleGraph perfect(GoldArticle g, UnaryOperator<String> f) {
        List<OfficialRef> officials = new ArrayList<>();
        List<Participation> parts = new ArrayList<>();
        for (GoldArticle.Official o : g.officials()) {
            String key = o.simplified() + "@" + o.organization();
            officials.add(new OfficialRef(f.apply(o.name()), key, o.simplified(), o.titles().stream().map(f).toList(),
                    o.organization() == null ? null : new OrganizationRef(f.apply(o.organization()), o.organization(), Level.UNKNOWN), null));
            o.roles().forEach(r -> parts.add(new Participation(key, Role.valueOf(r), null)));
        }
        List<InitiativeRef> initiatives = g.initiatives().stream().map(i -> new InitiativeRef(f.apply(i), i, null)).toList();
        List<PartOf> partOf = g.partOf().stream().map(p -> new PartOf(p.get(0), p.get(1), null)).toList();
        List<MeetingItem> meetings = new ArrayList<>();
        if (g.meeting() != null) {
            GoldArticle.Meeting m = g.meeting();
            LocalDate date = null;
            MeetingItem.DatePrecision precision = MeetingItem.DatePrecision.UNKNOWN;
            if (m.date() != null && m.date().length() == 10) {
                date = LocalDate.parse(m.date());
                precision = MeetingItem.DatePrecision.DAY;
            } else if (m.date() != null) {
                date = LocalDate.parse(m.date() + "-01");
                precision = MeetingItem.DatePrecision.MONTH;
            }
            List<DirectiveRef> directives = g.directives().stream()
                    .map(d -> new DirectiveRef(f.apply(d.text()), d.text(), d.issuedBy(), null, null)).toList();
            List<RelayRef> relays = g.relays().stream()
                    .map(r -> new RelayRef(f.apply(r.meetingName()), null, r.year(), null, null)).toList();
            List<TaskItem> tasks = g.tasks().stream().map(t -> new TaskItem(TaskItem.Kind.TASK, t.n(),
                    t.focus() == null ? null : f.apply(t.focus()), f.apply(t.goal()), f.apply(t.goal()), List.of(), null,
                    t.initiatives(), null)).toList();
            meetings.add(new MeetingItem(f.apply(m.name()), null, date, precision, m.form(),
                    new OrganizationRef(f.apply(m.convenedBy()), null, Level.UNKNOWN), parts, directives, relays, tasks,
                    List.of(), null, List.of()));
        }
        return new ArticleGraph("id", g.publishedAt(), g.publisher(), null, "", "", "", List.of(), meetings, officials,
                List.of(), initiatives, partOf, List.of());
    }

    static ArticleGraph withOfficials(ArticleGraph a, List<OfficialRef> officials) {
        return new ArticleGraph(a.id(), a.publishedAt(), a.publisher(), a.sourceUrl(), a.rawText(), a.cleanText(),
                a.simplifiedText(), a.warnings(), a.meetings(), officials, a.organizations(), a.initiatives(), a.partOf(),
                a.documents());
    }

    static ArticleGraph withMeeting(ArticleGraph a, MeetingItem m) {
        return new ArticleGraph(a.id(), a.publishedAt(), a.publisher(), a.sourceUrl(), a.rawText(), a.cleanText(),
                a.simplifiedText(), a.warnings(), List.of(m), a.officials(), a.organizations(), a.initiatives(), a.partOf(),
                a.documents());
    }

    static MeetingItem withParticipants(MeetingItem m, List<Participation> ps) {
        return new MeetingItem(m.name(), m.key(), m.date(), m.datePrecision(), m.form(), m.convenedBy(), ps,
                m.directives(), m.relays(), m.tasks(), m.venues(), m.evidence(), m.purposes());
    }
}
