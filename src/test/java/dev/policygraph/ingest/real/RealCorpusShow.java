package dev.policygraph.ingest.real;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.real.RealCorpus.Article;
import dev.policygraph.ingest.real.RealCorpus.Part;

/**
 * For tuning on dev: what the extractor found in the named dev articles next to their gold. Refuses sealed ones.
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.policygraph.ingest.real.RealCorpusShow -Dexec.args="id ..."</pre>
 */
public final class RealCorpusShow {

    private RealCorpusShow() {
    }

    public static void main(String[] args) {
        var wanted = Arrays.asList(args);
        var extractor = new ArticleExtractor();
        for (Article a : RealCorpus.articles(RealCorpus.DIR)) {
            if (!wanted.contains(a.source().id()) || a.text().isEmpty()) {
                continue;
            }
            if (a.source().part() != Part.DEV) {
                System.out.println("== " + a.source().id() + ": sealed, not shown");
                continue;
            }
            ArticleGraph g = extractor.extract(new ArticleInput(a.text().get(), a.source().url(), a.gold().publishedAt()));
            Map<String, String> names = g.officials().stream()
                    .collect(Collectors.toMap(OfficialRef::key, OfficialRef::name, (x, y) -> x));
            System.out.println("== " + a.source().id() + "  (published " + g.publishedAt() + ")");
            g.meetings().forEach(m -> System.out.println("  found  " + m.name() + " | " + m.date() + " | "
                    + (m.convenedBy() == null ? null : m.convenedBy().name()) + " | "
                    + m.participants().stream().map(p -> names.getOrDefault(p.officialKey(), p.officialKey()) + ":"
                            + p.role()).toList()
                    + " | relays " + m.relays().stream().map(r -> r.meetingName() + "/" + r.year()).toList()));
            a.gold().meetings().forEach(m -> System.out.println("  gold   " + m.name() + " | " + m.date() + " | "
                    + m.convenedBy() + " | C" + m.chairs() + " S" + m.speakers() + " A" + m.attendees()
                    + " | relays " + m.relays().stream().map(r -> r.meetingName() + "/" + r.year()).toList()));
            System.out.println("  found officials " + g.officials().stream().map(o -> o.name() + o.titles()).toList());
            System.out.println("  gold officials  " + a.gold().officials().stream()
                    .map(o -> o.name() + o.titles() + (o.optional() ? "?" : "")).toList());
        }
    }

}
