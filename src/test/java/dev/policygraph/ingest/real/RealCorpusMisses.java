package dev.policygraph.ingest.real;

import java.util.Set;
import java.util.stream.Collectors;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.real.RealCorpus.Article;
import dev.policygraph.ingest.real.RealCorpus.Part;

/**
 * For tuning on dev only: each gold official or relay the extractor missed, with the text around its first mention.
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.policygraph.ingest.real.RealCorpusMisses -Dexec.args=officials|officials-fp|titles|roles|meetings|relays</pre>
 */
public final class RealCorpusMisses {

    private RealCorpusMisses() {
    }

    public static void main(String[] args) {
        String what = args.length == 0 ? "officials" : args[0];
        var extractor = new ArticleExtractor();
        for (Article a : RealCorpus.articles(RealCorpus.DIR)) {
            if (a.text().isEmpty() || a.source().part() != Part.DEV) {
                continue;
            }
            String text = a.text().get();
            ArticleGraph g;
            try {
                g = extractor.extract(new ArticleInput(text, a.source().url(), a.gold().publishedAt()));
            } catch (RuntimeException e) {
                continue;
            }
            String simp = RealScorer.norm(text);
            if (what.equals("meetings")) {
                int[] match = RealScorer.matchMeetings(a.gold().meetings(), g.meetings());
                for (int i = 0; i < match.length; i++) {
                    var gm = a.gold().meetings().get(i);
                    var fm = match[i] >= 0 ? g.meetings().get(match[i]) : null;
                    String fd = fm == null || fm.date() == null ? null : fm.date().toString();
                    String fc = fm == null || fm.convenedBy() == null ? null : fm.convenedBy().name();
                    boolean dateOk = gm.date() == null ? fd == null : fd != null && RealScorer.sameDate(gm.date(), fd);
                    boolean convenerOk = gm.convenedBy() == null ? fc == null : fc != null
                            && (RealScorer.norm(fc).contains(RealScorer.norm(gm.convenedBy()))
                                    || RealScorer.norm(gm.convenedBy()).contains(RealScorer.norm(fc)));
                    if (fm == null || !dateOk || !convenerOk) {
                        System.out.println(a.source().id().substring(0, 24) + " | " + gm.name() + " " + gm.date() + " "
                                + gm.convenedBy() + " | found " + (fm == null ? "-" : fm.name() + " " + fd + " " + fc)
                                + " | pub " + g.publishedAt());
                    }
                }
                var matched = java.util.Arrays.stream(match).boxed().collect(Collectors.toSet());
                for (int j = 0; j < g.meetings().size(); j++) {
                    if (!matched.contains(j)) {
                        var fm = g.meetings().get(j);
                        System.out.println(a.source().id().substring(0, 24) + " | FP meeting " + fm.name() + " "
                                + fm.date() + " " + (fm.convenedBy() == null ? null : fm.convenedBy().name()));
                    }
                }
            } else if (what.equals("roles")) {
                var names = g.officials().stream().collect(Collectors.toMap(o -> o.key(), o -> RealScorer.norm(o.simplifiedName()), (x, y) -> x));
                var found = new java.util.TreeSet<String>();
                g.meetings().forEach(m -> m.participants().forEach(p -> found.add(names.getOrDefault(p.officialKey(), p.officialKey()) + ":" + p.role())));
                var gold = new java.util.TreeSet<String>();
                a.gold().meetings().forEach(m -> {
                    m.chairs().forEach(n -> gold.add(RealScorer.norm(n) + ":CHAIRED"));
                    m.speakers().forEach(n -> gold.add(RealScorer.norm(n) + ":SPOKE"));
                    m.attendees().forEach(n -> gold.add(RealScorer.norm(n) + ":ATTENDED"));
                });
                var fp = new java.util.TreeSet<>(found);
                fp.removeAll(gold);
                var fn = new java.util.TreeSet<>(gold);
                fn.removeAll(found);
                if (!fp.isEmpty() || !fn.isEmpty()) {
                    System.out.println(a.source().id().substring(0, 24) + " | FP " + fp + " | FN " + fn);
                }
            } else if (what.equals("officials-fp")) {
                var gold = a.gold().officials().stream().map(o -> RealScorer.norm(o.name())).toList();
                for (var o : g.officials()) {
                    if (!gold.contains(RealScorer.norm(o.simplifiedName()))) {
                        System.out.println(a.source().id().substring(0, 24) + " | FP " + o.name() + o.titles() + " | "
                                + o.evidence().text().substring(0, Math.min(50, o.evidence().text().length())));
                    }
                }
            } else if (what.equals("titles")) {
                // officials found under a gold name whose titles differ: gold titles unmatched, then titles found unmatched
                for (var o : a.gold().officials()) {
                    var same = g.officials().stream()
                            .filter(f -> RealScorer.norm(f.simplifiedName()).equals(RealScorer.norm(o.name()))).toList();
                    if (same.isEmpty()) {
                        continue;
                    }
                    var gt = o.titles().stream().map(RealScorer::norm).toList();
                    var ft = same.stream().flatMap(f -> f.titles().stream()).map(RealScorer::norm).toList();
                    var fn = gt.stream().filter(t -> ft.stream().noneMatch(x -> x.contains(t) || t.contains(x))).toList();
                    var fp = ft.stream().filter(t -> gt.stream().noneMatch(x -> x.contains(t) || t.contains(x))).toList();
                    if (!fn.isEmpty() || !fp.isEmpty() && !o.optional()) {
                        System.out.println(a.source().id().substring(0, 24) + " | " + o.name() + " | FN " + fn + " | FP " + fp);
                    }
                }
            } else if (what.equals("officials")) {
                Set<String> found = g.officials().stream().map(o -> RealScorer.norm(o.simplifiedName()))
                        .collect(Collectors.toSet());
                for (var o : a.gold().officials()) {
                    if (!o.optional() && !found.contains(RealScorer.norm(o.name()))) {
                        System.out.println(a.source().id().substring(0, 24) + " | " + o.name() + o.titles() + " | "
                                + around(text, o.name()));
                    }
                }
            } else {
                var found = g.meetings().stream().flatMap(m -> m.relays().stream())
                        .map(r -> RealScorer.relayName(r.meetingName())).toList();
                var printed = new java.util.HashSet<String>(); // a relay of two meetings is one relay of the article
                for (var m : a.gold().meetings()) {
                    for (var r : m.relays()) {
                        String n = RealScorer.relayName(r.meetingName());
                        if (found.stream().noneMatch(f -> f.contains(n) || n.contains(f)) && printed.add(n)) {
                            System.out.println(a.source().id().substring(0, 24) + " | " + r.meetingName() + " | "
                                    + around(text, r.meetingName().length() > 6
                                            ? r.meetingName().substring(r.meetingName().length() - 6) : r.meetingName()));
                        }
                    }
                }
                var gold = a.gold().meetings().stream().flatMap(m -> m.relays().stream())
                        .map(r -> RealScorer.relayName(r.meetingName())).toList();
                for (var m : g.meetings()) {
                    for (var r : m.relays()) {
                        String n = RealScorer.relayName(r.meetingName());
                        if (gold.stream().noneMatch(x -> x.contains(n) || n.contains(x)) && printed.add("FP " + n)) {
                            System.out.println(a.source().id().substring(0, 24) + " | FP " + r.meetingName() + " | "
                                    + r.evidence().text().substring(0, Math.min(60, r.evidence().text().length())));
                        }
                    }
                }
                if (simp.isEmpty()) {
                    System.out.println();
                }
            }
        }
    }

    private static String around(String text, String name) {
        int i = text.indexOf(name);
        if (i < 0) {
            return "(not written as such)";
        }
        return text.substring(Math.max(0, i - 40), Math.min(text.length(), i + name.length() + 25)).replace('\n', ' ');
    }
}
