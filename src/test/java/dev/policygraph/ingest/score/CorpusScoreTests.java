package dev.policygraph.ingest.score;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policygraph.ingest.score.Scorer.Category;
import dev.policygraph.ingest.score.Scorer.Counts;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The extractor on the whole corpus: precision and recall at least 0.9 for officials, roles and tasks. */
class CorpusScoreTests {

    @Test
    void extractorMeetsTheBarOnTheCorpus() {
        ScoreTable table = ScoreTable.run(CorpusScore.DEFAULT_CORPUS);
        assertTrue(table.articles().size() >= 13, "corpus articles found: " + table.articles().size());
        String report = table.markdown(true);
        assertAll(List.of(Category.OFFICIALS, Category.ROLES, Category.TASKS).stream().map(c -> (org.junit.jupiter.api.function.Executable) () -> {
            Counts n = table.total(c);
            Supplier<String> msg = () -> c + " " + n + "\n" + report;
            assertTrue(n.precision() >= 0.9, msg);
            assertTrue(n.recall() >= 0.9, msg);
        }));
    }
}
