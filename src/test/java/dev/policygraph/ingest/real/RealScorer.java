package dev.policygraph.ingest.real;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.Role;
import dev.policygraph.ingest.score.Scorer;
import dev.policygraph.ingest.score.Scorer.Counts;

/**
 * Compares what the extractor found in a real article with its gold: meetings (matched one to one by name), their
 * dates and conveners, officials, titles, roles per meeting, and relays. Names are compared on a normal form
 * (simplified script, pinyin annotations, punctuation and spaces removed); a meeting name matches when one contains
 * the other or they share at least half their character pairs. Optional officials are neutral.
 */
public final class RealScorer {

    public enum Category { MEETINGS, DATES, CONVENERS, OFFICIALS, TITLES, ROLES, CHAIRS, SPEAKERS, ATTENDEES, RELAYS, RELAY_LINKS }

    /** Per category counts, and whether a meeting was reported for an article that reports none. */
    public record Result(Map<Category, Counts> counts, boolean falseMeeting) {
    }

    public Result score(ArticleGraph graph, RealGold gold) {
        Map<Category, Counts> out = new EnumMap<>(Category.class);
        List<MeetingItem> found = graph == null ? List.of() : graph.meetings();
        Map<String, String> nameByKey = new HashMap<>();
        if (graph != null) {
            graph.officials().forEach(o -> nameByKey.put(o.key(), officialName(o)));
        }

        // meetings, one to one, best name similarity first
        int[] match = matchMeetings(gold.meetings(), found);
        int tp = 0;
        for (int m : match) {
            tp += m >= 0 ? 1 : 0;
        }
        out.put(Category.MEETINGS, new Counts(tp, found.size() - tp, gold.meetings().size() - tp));

        // dates and conveners: right on a matched meeting is a TP; a missing gold value is a FN, a wrong or
        // unwanted found value a FP (a wrong one is both)
        int[] dates = new int[3];
        int[] conveners = new int[3];
        boolean[] used = new boolean[found.size()];
        for (int g = 0; g < match.length; g++) {
            RealGold.Meeting gm = gold.meetings().get(g);
            MeetingItem fm = match[g] >= 0 ? found.get(match[g]) : null;
            if (fm != null) {
                used[match[g]] = true;
            }
            tally(dates, gm.date(), fm == null ? null : dateOf(fm), RealScorer::sameDate);
            tally(conveners, gm.convenedBy(), fm == null || fm.convenedBy() == null ? null : fm.convenedBy().name(),
                    (a, b) -> tolerant(norm(a), norm(b)));
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                dates[1] += found.get(i).date() == null ? 0 : 1;
                conveners[1] += found.get(i).convenedBy() == null ? 0 : 1;
            }
        }
        out.put(Category.DATES, new Counts(dates[0], dates[1], dates[2]));
        out.put(Category.CONVENERS, new Counts(conveners[0], conveners[1], conveners[2]));

        // officials and their titles, over the article
        List<String> goldNames = gold.officials().stream().filter(o -> !o.optional()).map(o -> norm(o.name())).toList();
        List<String> neutral = gold.officials().stream().filter(RealGold.Official::optional).map(o -> norm(o.name()))
                .toList();
        List<String> names = graph == null ? List.of()
                : graph.officials().stream().map(RealScorer::officialName).distinct().toList();
        out.put(Category.OFFICIALS, Scorer.match(goldNames, neutral, names, String::equals));
        var goldTitles = new ArrayList<String[]>();
        var neutralTitles = new ArrayList<String[]>();
        for (RealGold.Official o : gold.officials()) {
            o.titles().forEach(t -> (o.optional() ? neutralTitles : goldTitles).add(new String[] {norm(o.name()), norm(t)}));
        }
        var titles = new ArrayList<String[]>();
        if (graph != null) {
            for (OfficialRef o : graph.officials()) {
                o.titles().forEach(t -> titles.add(new String[] {officialName(o), norm(t)}));
            }
        }
        out.put(Category.TITLES, Scorer.match(goldTitles, neutralTitles, titles,
                (g, e) -> g[0].equals(e[0]) && tolerant(g[1], e[1])));

        // roles per meeting: a role on the wrong meeting is not the role the article reports
        Counts roles = Counts.ZERO;
        Map<Role, Counts> byRole = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            byRole.put(r, Counts.ZERO);
        }
        for (int g = 0; g < match.length; g++) {
            MeetingItem fm = match[g] >= 0 ? found.get(match[g]) : null;
            for (Role r : Role.values()) {
                Counts c = Scorer.match(goldRoles(gold.meetings().get(g), r), neutral,
                        fm == null ? List.of() : foundRoles(fm, r, nameByKey), String::equals);
                byRole.put(r, byRole.get(r).plus(c));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                for (Role r : Role.values()) {
                    Counts c = Scorer.match(List.of(), neutral, foundRoles(found.get(i), r, nameByKey), String::equals);
                    byRole.put(r, byRole.get(r).plus(c));
                }
            }
        }
        for (Counts c : byRole.values()) {
            roles = roles.plus(c);
        }
        out.put(Category.ROLES, roles);
        out.put(Category.CHAIRS, byRole.get(Role.CHAIRED));
        out.put(Category.SPEAKERS, byRole.get(Role.SPOKE));
        out.put(Category.ATTENDEES, byRole.get(Role.ATTENDED));

        // relays over the article, each once on both sides (two meetings relaying one session relay it once): by
        // name (year stripped), and year when both know it
        var goldRelays = new ArrayList<RealGold.Relay>();
        gold.meetings().forEach(m -> goldRelays.addAll(m.relays()));
        var foundRelays = new ArrayList<RelayRef>();
        var foundSeen = new HashSet<String>();
        found.forEach(m -> m.relays().stream().filter(r -> foundSeen.add(relayName(r.meetingName()) + "|" + r.year()))
                .forEach(foundRelays::add));
        out.put(Category.RELAYS, Scorer.match(dedupe(goldRelays), List.of(), foundRelays,
                (g, e) -> tolerant(relayName(g.meetingName()), relayName(e.meetingName()))
                        && (g.year() == null || e.year() == null || g.year().equals(e.year()))));

        // relay links: each relay on the meeting that relays it (a digest's meetings each relaying one session link
        // each), as the cascade draws them; a relay of an unmatched meeting is wrong or missed
        Counts links = Counts.ZERO;
        for (int g = 0; g < match.length; g++) {
            links = links.plus(Scorer.match(dedupe(gold.meetings().get(g).relays()), List.of(),
                    match[g] >= 0 ? foundLinks(found.get(match[g])) : List.of(), RealScorer::sameRelay));
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                links = links.plus(Scorer.match(List.<RealGold.Relay>of(), List.of(), foundLinks(found.get(i)), RealScorer::sameRelay));
            }
        }
        out.put(Category.RELAY_LINKS, links);

        return new Result(out, gold.meetings().isEmpty() && !found.isEmpty());
    }

    private static List<RelayRef> foundLinks(MeetingItem m) {
        var seen = new HashSet<String>();
        return m.relays().stream().filter(r -> seen.add(relayName(r.meetingName()) + "|" + r.year())).toList();
    }

    private static boolean sameRelay(RealGold.Relay g, RelayRef e) {
        return tolerant(relayName(g.meetingName()), relayName(e.meetingName()))
                && (g.year() == null || e.year() == null || g.year().equals(e.year()));
    }

    /** Gold meeting i → index of its found meeting, or -1; greedy on similarity, best pairs first. */
    static int[] matchMeetings(List<RealGold.Meeting> gold, List<MeetingItem> found) {
        int[] match = new int[gold.size()];
        java.util.Arrays.fill(match, -1);
        var pairs = new ArrayList<double[]>();
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                double s = similarity(norm(gold.get(g).name()), norm(found.get(f).name()));
                if (s >= 0.5) {
                    pairs.add(new double[] {s, g, f});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<Integer> taken = new HashSet<>();
        for (double[] p : pairs) {
            int g = (int) p[1];
            int f = (int) p[2];
            if (match[g] < 0 && taken.add(f)) {
                match[g] = f;
            }
        }
        return match;
    }

    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.contains(b) || b.contains(a)) {
            return 1;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        int shared = 0;
        for (String s : x) {
            shared += y.contains(s) ? 1 : 0;
        }
        return x.isEmpty() || y.isEmpty() ? 0 : 2.0 * shared / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        var out = new HashSet<String>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static <T> void tally(int[] c, T gold, T found, BiPredicate<T, T> same) {
        if (gold != null && found != null && same.test(gold, found)) {
            c[0]++;
            return;
        }
        if (found != null) {
            c[1]++;
        }
        if (gold != null) {
            c[2]++;
        }
    }

    private static String dateOf(MeetingItem m) {
        if (m.date() == null) {
            return null;
        }
        return m.datePrecision() == MeetingItem.DatePrecision.MONTH ? m.date().toString().substring(0, 7)
                : m.date().toString();
    }

    static boolean sameDate(String gold, String found) {
        return gold.length() == 7 ? found.startsWith(gold) : gold.equals(found);
    }

    private static List<String> goldRoles(RealGold.Meeting m, Role role) {
        List<String> names = switch (role) {
            case CHAIRED -> m.chairs();
            case SPOKE -> m.speakers();
            case ATTENDED -> m.attendees();
        };
        return names.stream().map(RealScorer::norm).distinct().toList();
    }

    private static List<String> foundRoles(MeetingItem m, Role role, Map<String, String> nameByKey) {
        return m.participants().stream().filter(p -> p.role() == role)
                .map(p -> nameByKey.getOrDefault(p.officialKey(), norm(p.officialKey()))).distinct().toList();
    }

    private static List<RealGold.Relay> dedupe(List<RealGold.Relay> relays) {
        var seen = new HashSet<String>();
        return relays.stream().filter(r -> seen.add(relayName(r.meetingName()) + "|" + r.year())).toList();
    }

    static String relayName(String name) {
        String n = norm(name);
        n = n.replaceFirst("^\\d{4}年", "").replaceFirst("精神$", "");
        return n;
    }

    static String norm(String s) {
        return Scorer.norm(s);
    }

    private static boolean tolerant(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String officialName(OfficialRef o) {
        return norm(o.simplifiedName() != null ? o.simplifiedName() : o.name());
    }

}
