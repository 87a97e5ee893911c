package dev.policygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.score.GoldReader;
import dev.policygraph.ingest.score.Scorer;
import dev.policygraph.ingest.score.Scorer.Category;
import dev.policygraph.ingest.score.Scorer.Counts;

/** The synthetic corpus is reproducible and the extractor reads it as its own gold says. */
class SyntheticCorpusTests {

    @Test
    void sameSeedGivesIdenticalArticlesAndGold() {
        var a = new SyntheticCorpus(42).generate(60);
        var b = new SyntheticCorpus(42).generate(60);
        assertThat(a).hasSize(60);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).text()).isEqualTo(a.get(i).text());
            assertThat(b.get(i).gold()).isEqualTo(a.get(i).gold());
            assertThat(b.get(i).publishedAt()).isEqualTo(a.get(i).publishedAt());
        }
        assertThat(new SyntheticCorpus(43).generate(1).get(0).text()).isNotEqualTo(a.get(0).text());
    }

    @Test
    void extractionOf200ArticlesMatchesTheirGold() {
        var extractor = new ArticleExtractor();
        var scorer = new Scorer();
        Map<Category, Counts> total = new EnumMap<>(Category.class);
        for (var article : new SyntheticCorpus(7).generate(200)) {
            var graph = extractor.extract(new ArticleInput(article.text(), article.sourceUrl(), article.publishedAt()));
            var gold = GoldReader.parse(article.gold(), article.file());
            scorer.score(graph, gold).forEach((c, n) -> total.merge(c, n, Counts::plus));
        }
        var report = new StringBuilder();
        total.forEach((c, n) -> report.append(String.format("%s p=%.3f r=%.3f (tp %d fp %d fn %d)%n", c,
                n.precision(), n.recall(), n.tp(), n.fp(), n.fn())));
        System.out.println(report);
        for (Category c : List.of(Category.MEETINGS, Category.OFFICIALS, Category.ROLES, Category.TASKS,
                Category.RELAYS)) {
            assertThat(total.get(c).precision()).as(c + " precision\n" + report).isGreaterThanOrEqualTo(0.9);
            assertThat(total.get(c).recall()).as(c + " recall\n" + report).isGreaterThanOrEqualTo(0.9);
        }
    }
}
