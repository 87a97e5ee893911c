package dev.policygraph.ingest.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Scores the extractor on the corpus and prints a Markdown table; also writes it to target/corpus-score.md.
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.mainClass=dev.policygraph.ingest.score.CorpusScore
 *   [-Dexec.args="--per-article [corpusDir]"]</pre>
 */
public final class CorpusScore {

    public static final Path DEFAULT_CORPUS = Path.of("src/test/resources/corpus");

    private CorpusScore() {
    }

    public static void main(String[] args) throws IOException {
        boolean perArticle = Arrays.asList(args).contains("--per-article") || Boolean.getBoolean("score.perArticle");
        Path corpus = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(DEFAULT_CORPUS);
        ScoreTable table = ScoreTable.run(corpus);
        String md = "# Corpus score: " + corpus + "\n\n" + table.markdown(perArticle);
        System.out.println(md);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-score.md"), md);
    }
}
