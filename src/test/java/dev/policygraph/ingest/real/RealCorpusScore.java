package dev.policygraph.ingest.real;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.RejectedArticleException;
import dev.policygraph.ingest.real.RealCorpus.Article;
import dev.policygraph.ingest.real.RealCorpus.Part;
import dev.policygraph.ingest.real.RealScorer.Category;
import dev.policygraph.ingest.score.Scorer.Counts;

/**
 * Scores the extractor on the real corpus: one table for dev, one for the sealed test, and the articles whose text
 * is missing or does not match its hash. Per-article detail is printed for dev only ({@code --per-article}); the
 * sealed third is looked at only in aggregate.
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.policygraph.ingest.real.RealCorpusScore
 *   [-Dexec.args="--per-article --sealed --only _t-"]</pre>
 * {@code --only TEXT} scores only the articles whose id holds TEXT (a new batch, scored as found).
 * The sealed table is printed only when asked for ({@code --sealed}): measure it rarely, and record each time.
 */
public final class RealCorpusScore {

    /** Totals of one part. */
    public static final class Table {
        final Map<Category, Counts> totals = new EnumMap<>(Category.class);
        int articles;
        int noMeetingArticles;
        int falseMeetings;
        int rejected;
        final List<String> details = new ArrayList<>();

        Table() {
            for (Category c : Category.values()) {
                totals.put(c, Counts.ZERO);
            }
        }

        public Counts get(Category c) {
            return totals.get(c);
        }

        public int falseMeetings() {
            return falseMeetings;
        }

        String markdown(String title) {
            var md = new StringBuilder("### " + title + " (" + articles + " articles, " + noMeetingArticles
                    + " reporting no meeting)\n\n| category | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
            totals.forEach((c, k) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n",
                    c.name().toLowerCase(Locale.ROOT).replace('_', ' '), k.tp(), k.fp(), k.fn(), k.precision(), k.recall())));
            md.append(String.format(Locale.ROOT, "%nNo-meeting articles with a meeting reported: %d of %d.%s%n",
                    falseMeetings, noMeetingArticles, rejected > 0 ? " Rejected by the extractor: " + rejected + "." : ""));
            return md.toString();
        }
    }

    private RealCorpusScore() {
    }

    public static Map<Part, Table> score(List<Article> articles, boolean detailDev) {
        var extractor = new ArticleExtractor();
        var scorer = new RealScorer();
        Map<Part, Table> tables = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            tables.put(p, new Table());
        }
        for (Article a : articles) {
            if (a.text().isEmpty()) {
                continue;
            }
            Table t = tables.get(a.source().part());
            ArticleGraph graph;
            try {
                graph = extractor.extract(new ArticleInput(a.text().get(), a.source().url(), a.gold().publishedAt()));
            } catch (RejectedArticleException e) {
                graph = null;
                t.rejected++;
            }
            RealScorer.Result r = scorer.score(graph, a.gold());
            t.articles++;
            t.noMeetingArticles += a.gold().meetings().isEmpty() ? 1 : 0;
            t.falseMeetings += r.falseMeeting() ? 1 : 0;
            r.counts().forEach((c, k) -> t.totals.merge(c, k, Counts::plus));
            if (detailDev && a.source().part() == Part.DEV) {
                var misses = new StringBuilder();
                r.counts().forEach((c, k) -> {
                    if (k.fp() > 0 || k.fn() > 0) {
                        misses.append(' ').append(c.name().toLowerCase(Locale.ROOT)).append(" +").append(k.fp())
                                .append("/-").append(k.fn());
                    }
                });
                if (!misses.isEmpty() || r.falseMeeting()) {
                    t.details.add(a.source().id() + ":" + misses + (r.falseMeeting() ? " FALSE-MEETING" : ""));
                }
            }
        }
        return tables;
    }

    public static void main(String[] args) throws IOException {
        boolean perArticle = Arrays.asList(args).contains("--per-article");
        boolean sealed = Arrays.asList(args).contains("--sealed");
        int only = Arrays.asList(args).indexOf("--only");
        List<Article> articles = RealCorpus.articles(RealCorpus.DIR).stream()
                .filter(a -> only < 0 || a.source().id().contains(args[only + 1])).toList();
        Map<Part, Table> tables = score(articles, perArticle);
        var md = new StringBuilder("## Real corpus score\n\n");
        md.append(tables.get(Part.DEV).markdown("dev")).append('\n');
        if (sealed) {
            md.append(tables.get(Part.SEALED).markdown("sealed test")).append('\n');
        }
        var unusable = articles.stream().filter(a -> a.text().isEmpty())
                .map(a -> a.problem() + " " + a.source().id()).toList();
        md.append("Texts missing or not matching their hash: ").append(unusable.size()).append(" of ")
                .append(articles.size()).append(unusable.isEmpty() ? "" : "\n  " + String.join("\n  ", unusable))
                .append('\n');
        if (perArticle) {
            md.append("\n#### dev articles with misses\n\n");
            tables.get(Part.DEV).details.forEach(d -> md.append("- ").append(d).append('\n'));
        }
        System.out.println(md);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/real-corpus-score.md"), md);
    }
}
