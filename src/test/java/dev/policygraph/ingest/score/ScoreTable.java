package dev.policygraph.ingest.score;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.score.Scorer.Category;
import dev.policygraph.ingest.score.Scorer.Counts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Aggregated scores over a corpus folder (recursive): one row per category, optionally one line per article. */
public final class ScoreTable {

    public static final String GOLD_SUFFIX = ".gold.json";

    private final Map<Category, Counts> totals = new EnumMap<>(Category.class);
    private final Map<String, Map<Category, Counts>> perArticle = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public ScoreTable() {
        for (Category c : Category.values()) {
            totals.put(c, Counts.ZERO);
        }
    }

    /** Every {@code X.gold.json} with a sibling {@code X.txt}, sorted by relative path. */
    public static List<Path> goldFiles(Path corpus) {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .filter(p -> Files.exists(textOf(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path textOf(Path gold) {
        String n = gold.getFileName().toString();
        return gold.resolveSibling(n.substring(0, n.length() - GOLD_SUFFIX.length()) + ".txt");
    }

    /** Runs {@code extractor} on every article of the corpus; an extractor failure scores as an empty graph. */
    public static ScoreTable run(Path corpus, Function<ArticleInput, ArticleGraph> extractor) {
        ScoreTable table = new ScoreTable();
        Scorer scorer = new Scorer();
        for (Path gold : goldFiles(corpus)) {
            Path txt = textOf(gold);
            String name = corpus.relativize(txt).toString().replace('\\', '/');
            GoldArticle g = GoldReader.read(gold, name);
            ArticleGraph graph = null;
            try {
                graph = extractor.apply(new ArticleInput(Files.readString(txt, StandardCharsets.UTF_8), null, null));
            } catch (RuntimeException | IOException e) {
                table.errors.put(name, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            table.add(name, scorer.score(graph, g));
        }
        return table;
    }

    public static ScoreTable run(Path corpus) {
        ArticleExtractor extractor = new ArticleExtractor();
        return run(corpus, extractor::extract);
    }

    public void add(String article, Map<Category, Counts> counts) {
        perArticle.put(article, counts);
        counts.forEach((c, n) -> totals.merge(c, n, Counts::plus));
    }

    public Counts total(Category c) {
        return totals.get(c);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String markdown(boolean withArticles) {
        StringBuilder b = new StringBuilder();
        b.append("| category | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        for (Category c : Category.values()) {
            Counts n = totals.get(c);
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n", c.name().toLowerCase(Locale.ROOT),
                    n.tp(), n.fp(), n.fn(), n.precision(), n.recall()));
        }
        b.append(String.format(Locale.ROOT, "%n%d articles, %d extractor errors%n", perArticle.size(), errors.size()));
        if (withArticles) {
            b.append("\n| article | category | TP | FP | FN |\n|---|---|---:|---:|---:|\n");
            perArticle.forEach((a, counts) -> counts.forEach((c, n) -> {
                if (n.fp() + n.fn() + n.tp() > 0) {
                    b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d |%n", a,
                            c.name().toLowerCase(Locale.ROOT), n.tp(), n.fp(), n.fn()));
                }
            }));
            if (!errors.isEmpty()) {
                b.append("\nErrors:\n");
                errors.forEach((a, e) -> b.append("- ").append(a).append(": ").append(e).append('\n'));
            }
        }
        return b.toString();
    }

    List<String> articles() {
        return new ArrayList<>(perArticle.keySet());
    }
}
