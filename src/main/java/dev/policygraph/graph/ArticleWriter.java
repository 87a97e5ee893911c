package dev.policygraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.graph.store.GraphStore.Tx;
import dev.policygraph.ingest.ArticleGraph;

/**
 * Writes extracted articles with one statement, {@code cypher/write-articles.cypher}, whose rows
 * {@link ArticleRows} builds: every node MERGEd on its canonical key, display fields and evidence from the smallest
 * article id, so the graph does not depend on ingest order. The caller owns the transaction (one per article or
 * per batch: all or nothing) and links relays in it afterwards.
 */
@ApplicationScoped
public class ArticleWriter {

    /** What a write did: {@code created} is false when an article with the same text was already stored. */
    public record Outcome(String articleId, boolean created) {
    }

    static final String WRITE_ARTICLES = resource("cypher/write-articles.cypher");

    private static final String ARTICLES_EXISTING = """
            UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id""";

    private final GraphStore store;

    public ArticleWriter(GraphStore store) {
        this.store = store;
    }

    public boolean exists(String articleId) {
        return !existing(List.of(articleId)).isEmpty();
    }

    /** Those of these article ids that are stored, in one query. */
    public Set<String> existing(Collection<String> articleIds) {
        var found = new HashSet<String>();
        store.query(ARTICLES_EXISTING, Map.of("ids", List.copyOf(articleIds))).forEach(r -> found.add(r.get("id").asString()));
        return found;
    }

    /** Writes the articles in order, skipping any whose text is already stored. @return one outcome per article */
    public List<Outcome> write(Tx tx, List<ArticleGraph> articles) {
        var rows = articles.stream().map(ArticleRows::of).toList();
        var outcomes = new ArrayList<Outcome>(articles.size());
        tx.run(WRITE_ARTICLES, Map.of("articles", rows)).forEach(r -> outcomes.add(
                new Outcome(r.get("id").asString(), r.get("created").asBoolean())));
        return outcomes;
    }

    private static String resource(String name) {
        try (InputStream in = ArticleWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }
}
