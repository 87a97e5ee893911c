package dev.policygraph.ingest.score;

import com.hankcs.hanlp.HanLP;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.InitiativeRef;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.Participation;
import dev.policygraph.ingest.PartOf;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.TaskItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Compares an extracted {@link ArticleGraph} with a {@link GoldArticle}: true positives, false positives and false
 * negatives per {@link Category}. Everything is compared on a normal form: simplified script (HanLP), pinyin
 * annotations, punctuation and spaces removed, spun synonyms folded back (集会→会议, TV→电视 …). Matching is
 * one-to-one and greedy in gold order. Gold {@code should} items are neutral.
 */
public final class Scorer {

    public enum Category { MEETINGS, OFFICIALS, ROLES, TITLES, DIRECTIVES, TASKS, INITIATIVES, PART_OF, RELAYS }

    public record Counts(int tp, int fp, int fn) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        /** 1.0 when nothing was extracted and nothing was expected; 0.0 when nothing was extracted but something was. */
        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
        }
    }

    /** Spun synonyms (as seen in the corpus) folded back to the genre's words, on simplified text. */
    private static final String[][] SPUN = {
            {"tv", "电视"}, {"集会", "会议"}, {"进修", "学习"}, {"夸大", "强调"}, {"列席", "出席"}, {"致辞", "讲话"},
            {"安排", "部署"}, {"要点", "重点"}, {"举行", "召开"}};

    public Map<Category, Counts> score(ArticleGraph graph, GoldArticle gold) {
        Map<Category, Counts> out = new EnumMap<>(Category.class);
        List<MeetingItem> meetings = graph == null || graph.meetings() == null ? List.of() : graph.meetings();
        List<OfficialRef> officials = graph == null || graph.officials() == null ? List.of() : graph.officials();
        Map<String, String> nameByKey = new HashMap<>();
        for (OfficialRef o : officials) {
            nameByKey.put(o.key(), officialName(o));
        }

        // meetings: name + date + convener
        out.put(Category.MEETINGS, match(gold.meeting() == null ? List.of() : List.of(gold.meeting()), List.of(),
                meetings, Scorer::meetingMatches));

        // officials by simplified name; a mustNotAttend person who issued a directive may be listed without penalty
        List<String> goldNames = gold.officials().stream().map(Scorer::goldName).toList();
        List<String> neutralNames = new ArrayList<>(gold.officialsShould().stream().map(Scorer::goldName).toList());
        List<String> issuers = new ArrayList<>();
        gold.directives().forEach(d -> d.issuedBy().forEach(i -> issuers.add(norm(i))));
        gold.directivesShould().forEach(d -> d.issuedBy().forEach(i -> issuers.add(norm(i))));
        gold.mustNotAttend().stream().map(Scorer::goldName).filter(issuers::contains).forEach(neutralNames::add);
        out.put(Category.OFFICIALS, match(goldNames, neutralNames,
                officials.stream().map(Scorer::officialName).distinct().toList(), String::equals));

        // roles: official × role, over all meetings
        List<String> goldRoles = new ArrayList<>();
        for (GoldArticle.Official o : gold.officials()) {
            o.roles().forEach(r -> goldRoles.add(goldName(o) + "|" + r));
        }
        List<String> neutralRoles = new ArrayList<>();
        for (GoldArticle.Official o : gold.officialsShould()) {
            o.roles().forEach(r -> neutralRoles.add(goldName(o) + "|" + r));
        }
        List<String> roles = new ArrayList<>();
        for (MeetingItem m : meetings) {
            for (Participation p : nz(m.participants())) {
                String name = nameByKey.getOrDefault(p.officialKey(), norm(p.officialKey()));
                String r = name + "|" + p.role();
                if (!roles.contains(r)) {
                    roles.add(r);
                }
            }
        }
        out.put(Category.ROLES, match(goldRoles, neutralRoles, roles, String::equals));

        // titles: official × title
        List<String[]> goldTitles = new ArrayList<>();
        gold.officials().forEach(o -> o.titles().forEach(t -> goldTitles.add(new String[] {goldName(o), norm(t)})));
        List<String[]> neutralTitles = new ArrayList<>();
        gold.officialsShould().forEach(o -> o.titles().forEach(t -> neutralTitles.add(new String[] {goldName(o), norm(t)})));
        List<String[]> titles = new ArrayList<>();
        for (OfficialRef o : officials) {
            nz(o.titles()).forEach(t -> titles.add(new String[] {officialName(o), norm(t)}));
        }
        out.put(Category.TITLES, match(goldTitles, neutralTitles, titles,
                (g, e) -> g[0].equals(e[0]) && tolerant(g[1], e[1])));

        // directives by text, tolerant
        List<DirectiveRef> directives = new ArrayList<>();
        meetings.forEach(m -> directives.addAll(nz(m.directives())));
        out.put(Category.DIRECTIVES, match(gold.directives(), gold.directivesShould(), directives,
                (g, e) -> tolerant(norm(g.text()), norm(e.text()))));

        // tasks and requirements (not achievements) by focus + goal, tolerant
        List<TaskItem> tasks = new ArrayList<>();
        meetings.forEach(m -> nz(m.tasks()).stream().filter(t -> t.kind() != TaskItem.Kind.ACHIEVEMENT).forEach(tasks::add));
        out.put(Category.TASKS, match(gold.tasks(), gold.tasksShould(), tasks, Scorer::taskMatches));

        // initiatives by simplified name (key or name)
        List<String> initiatives = new ArrayList<>();
        for (InitiativeRef i : graph == null ? List.<InitiativeRef>of() : nz(graph.initiatives())) {
            String n = norm(i.key() != null ? i.key() : i.name());
            if (!initiatives.contains(n)) {
                initiatives.add(n);
            }
        }
        out.put(Category.INITIATIVES, match(gold.initiatives().stream().map(Scorer::norm).toList(),
                gold.initiativesShould().stream().map(Scorer::norm).toList(), initiatives, Scorer::tolerant));

        // part-of pairs
        List<String[]> partOf = new ArrayList<>();
        for (PartOf p : graph == null ? List.<PartOf>of() : nz(graph.partOf())) {
            partOf.add(new String[] {norm(p.childKey()), norm(p.parentKey())});
        }
        out.put(Category.PART_OF, match(gold.partOf().stream().map(p -> new String[] {norm(p.get(0)), norm(p.get(1))}).toList(),
                List.of(), partOf, (g, e) -> tolerant(g[0], e[0]) && tolerant(g[1], e[1])));

        // relays by meeting name, tolerant, and year when both know it
        List<RelayRef> relays = new ArrayList<>();
        meetings.forEach(m -> relays.addAll(nz(m.relays())));
        out.put(Category.RELAYS, match(gold.relays(), gold.relaysShould(), relays, (g, e) -> tolerant(
                norm(stripYear(g.meetingName())), norm(stripYear(e.meetingName())))
                && (g.year() == null || e.year() == null || g.year().equals(e.year()))));
        return out;
    }

    static boolean meetingMatches(GoldArticle.Meeting g, MeetingItem e) {
        if (!tolerant(norm(g.name()), norm(e.name()))) {
            return false;
        }
        if (g.date() != null) {
            if (e.date() == null) {
                return false;
            }
            String d = e.date().toString();
            boolean monthOnly = g.date().length() == 7;
            if (monthOnly ? !d.startsWith(g.date()) : !d.equals(g.date())) {
                return false;
            }
        }
        if (g.convenedBy() != null) {
            if (e.convenedBy() == null) {
                return false;
            }
            String c = norm(e.convenedBy().key() != null ? e.convenedBy().key() : e.convenedBy().name());
            String cn = norm(e.convenedBy().name());
            return tolerant(norm(g.convenedBy()), c) || tolerant(norm(g.convenedBy()), cn);
        }
        return true;
    }

    static boolean taskMatches(GoldArticle.Task g, TaskItem e) {
        String gg = norm(g.goal());
        String eg = norm(e.goal());
        String gf = norm(g.focus());
        String ef = norm(e.focus());
        if (gg.isEmpty()) {
            return false;
        }
        if (!gf.isEmpty()) {
            boolean split = tolerant(gg, eg) && tolerant(gf, ef);
            return split || tolerant(gf + gg, ef + eg);
        }
        return tolerant(gg, eg) || tolerant(gg, ef + eg);
    }

    /**
     * Greedy one-to-one matching: each gold item takes the first unused extracted item it matches (TP) or is missed
     * (FN); an unused extracted item is FP unless it matches a neutral ({@code should}) item.
     */
    public static <G, E> Counts match(List<G> gold, List<G> neutral, List<E> extracted, BiPredicate<G, E> matches) {
        boolean[] used = new boolean[extracted.size()];
        int tp = 0;
        int fn = 0;
        for (G g : gold) {
            int hit = -1;
            for (int i = 0; i < extracted.size() && hit < 0; i++) {
                if (!used[i] && matches.test(g, extracted.get(i))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                tp++;
            } else {
                fn++;
            }
        }
        int fp = 0;
        for (int i = 0; i < extracted.size(); i++) {
            if (used[i]) {
                continue;
            }
            E e = extracted.get(i);
            if (neutral.stream().noneMatch(n -> matches.test(n, e))) {
                fp++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** Containment either way, both non-empty. */
    static boolean tolerant(String a, String b) {
        return a != null && b != null && !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** Simplified script, pinyin annotations / punctuation / spaces removed, lower case, spun synonyms folded. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = HanLP.convertToSimplifiedChinese(s).toLowerCase();
        t = t.replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "");
        StringBuilder b = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        t = b.toString();
        for (String[] p : SPUN) {
            t = t.replace(p[0], p[1]);
        }
        return t;
    }

    private static String stripYear(String s) {
        return s == null ? null : s.replaceFirst("^\\d{4}年", "");
    }

    private static String goldName(GoldArticle.Official o) {
        return norm(o.simplified() != null ? o.simplified() : o.name());
    }

    private static String officialName(OfficialRef o) {
        return norm(o.simplifiedName() != null ? o.simplifiedName() : o.name());
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }
}
