package dev.policygraph.bench;

import java.util.EnumMap;
import java.util.Map;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.score.GoldReader;
import dev.policygraph.ingest.score.Scorer;
import dev.policygraph.ingest.score.Scorer.Category;
import dev.policygraph.ingest.score.Scorer.Counts;

/**
 * Scores extraction of {@code n} synthetic articles against their own gold and prints precision/recall per
 * category; with {@code --misses} also the articles that lost points. Usage: {@code SyntheticCorpusScore [n] [seed] [--misses]}.
 */
public final class SyntheticCorpusScore {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        boolean misses = args.length > 2 && args[2].equals("--misses");
        System.out.print(score(n, seed, misses));
    }

    static String score(int n, long seed, boolean misses) {
        var extractor = new ArticleExtractor();
        var scorer = new Scorer();
        Map<Category, Counts> total = new EnumMap<>(Category.class);
        var out = new StringBuilder();
        for (var article : new SyntheticCorpus(seed).generate(n)) {
            var graph = extractor.extract(new ArticleInput(article.text(), article.sourceUrl(), article.publishedAt()));
            var counts = scorer.score(graph, GoldReader.parse(article.gold(), article.file()));
            counts.forEach((c, k) -> total.merge(c, k, Counts::plus));
            if (misses) {
                counts.forEach((c, k) -> {
                    if (k.fp() + k.fn() > 0 && c != Category.TITLES && c != Category.PART_OF && c != Category.INITIATIVES) {
                        out.append(String.format("--- %s %s fp %d fn %d%n%s%n", article.file(), c, k.fp(), k.fn(),
                                article.text()));
                    }
                });
            }
        }
        out.append(String.format("| category | precision | recall | tp | fp | fn |%n|---|---|---|---|---|---|%n"));
        total.forEach((c, k) -> out.append(String.format("| %s | %.3f | %.3f | %d | %d | %d |%n", c, k.precision(),
                k.recall(), k.tp(), k.fp(), k.fn())));
        return out.toString();
    }
}
