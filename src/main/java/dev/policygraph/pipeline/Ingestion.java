package dev.policygraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.cascade.PendingRelays;
import dev.policygraph.cascade.RelayLinker;
import dev.policygraph.graph.ArticleRows;
import dev.policygraph.graph.ArticleWriter;
import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.ContentHash;
import dev.policygraph.ingest.MeetingItem;
import dev.policygraph.ingest.RejectedArticleException;

/**
 * The one ingest path every entry point takes (the GraphQL mutation, the seed loader, the bulk command): extraction
 * (pure, no database; it refuses what cannot be an article, the size limit first), then one transaction that writes the articles and links their relays.
 * A failure anywhere leaves nothing of the transaction written.
 */
@ApplicationScoped
public class Ingestion {

    /** What happened to one article, and the ids of the nodes it names. */
    public record Result(ArticleGraph graph, ArticleWriter.Outcome outcome, List<String> nodeIds) {
    }

    private final ArticleExtractor extractor;
    private final GraphStore store;
    private final ArticleWriter writer;
    private final RelayLinker linker;
    private final IngestMetrics metrics;
    private final Consumer<MeetingsStored> announce;
    private final PendingRelays pending;

    @Inject
    public Ingestion(ArticleExtractor extractor, GraphStore store, ArticleWriter writer, RelayLinker linker,
            IngestMetrics metrics, Event<MeetingsStored> stored) {
        this(extractor, store, writer, linker, metrics, stored::fire);
    }

    private Ingestion(ArticleExtractor extractor, GraphStore store, ArticleWriter writer, RelayLinker linker,
            IngestMetrics metrics, Consumer<MeetingsStored> announce) {
        this.extractor = extractor;
        this.store = store;
        this.writer = writer;
        this.linker = linker;
        this.metrics = metrics;
        this.announce = announce;
        this.pending = new PendingRelays(linker);
    }

    /** Outside CDI (the bulk command): this extractor and link threshold. */
    public static Ingestion over(GraphStore store, ArticleExtractor extractor, double linkThreshold) {
        return new Ingestion(extractor, store, new ArticleWriter(store), new RelayLinker(linkThreshold),
                IngestMetrics.unread(), stored -> { });
    }

    /** Outside CDI (tests, tools): the default extractor and link threshold. */
    public static Ingestion over(GraphStore store) {
        return over(store, new ArticleExtractor(), RelayLinker.DEFAULT_THRESHOLD);
    }

    /** True when an article with exactly this text is stored: ingesting it again would change nothing. */
    public boolean isStored(String rawText) {
        return rawText != null && writer.exists(ArticleRows.articleId(ContentHash.of(rawText)));
    }

    /** Those of these texts already stored, in one query (null texts are never stored). */
    public Set<String> storedOf(Collection<String> rawTexts) {
        var byId = new HashMap<String, String>();
        rawTexts.stream().filter(Objects::nonNull)
                .forEach(text -> byId.put(ArticleRows.articleId(ContentHash.of(text)), text));
        return writer.existing(byId.keySet()).stream().map(byId::get).collect(Collectors.toSet());
    }

    /** @throws dev.policygraph.ingest.RejectedArticleException before anything is written */
    public Result ingest(ArticleInput input) {
        ArticleGraph graph = extract(input);
        return new Result(graph, store(graph), ArticleRows.nodeIds(graph));
    }

    /** Extraction alone, no database. @throws dev.policygraph.ingest.RejectedArticleException */
    public ArticleGraph extract(ArticleInput input) {
        try {
            return extractor.extract(input);
        } catch (RejectedArticleException e) {
            metrics.rejected(e.code());
            throw e;
        }
    }

    /** Stores one extracted article in its own transaction. */
    public ArticleWriter.Outcome store(ArticleGraph article) {
        return store(List.of(article)).get(0);
    }

    /** Stores extracted articles in one transaction, in order, their relays linked: all or none. @return one outcome per article */
    public List<ArticleWriter.Outcome> store(List<ArticleGraph> articles) {
        return store(articles, false);
    }

    /**
     * Stores extracted articles in one transaction, holding their relay references for {@link #linkHeld}: for a
     * bulk run that owns its store, so nothing reads the relays before the run links them.
     */
    public List<ArticleWriter.Outcome> storeHoldingRelays(List<ArticleGraph> articles) {
        return store(articles, true);
    }

    /** Links every held relay reference (of this run, or of one that stopped before linking). */
    public RelayLinker.Links linkHeld() {
        RelayLinker.Links links = pending.linkAll(store);
        metrics.linked(links);
        return links;
    }

    /** Whether relay references are held, waiting for {@link #linkHeld}. */
    public boolean holdsRelays() {
        return pending.any(store);
    }

    private List<ArticleWriter.Outcome> store(List<ArticleGraph> articles, boolean hold) {
        Stored stored = store.write(tx -> {
            List<ArticleWriter.Outcome> outcomes = writer.write(tx, articles);
            var reported = new ArrayList<RelayLinker.Reported>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).created()) {
                    reported.addAll(reported(articles.get(i), outcomes.get(i).articleId()));
                }
            }
            if (hold) {
                pending.hold(tx, reported);
                return new Stored(outcomes, RelayLinker.Links.NONE);
            }
            return new Stored(outcomes, linker.link(tx, reported));
        });
        // counted once committed: a transaction retried or rolled back counts nothing
        metrics.linked(stored.links());
        stored.outcomes().forEach(o -> metrics.stored(o.created()));
        var meetings = new ArrayList<String>();
        for (int i = 0; i < articles.size(); i++) {
            if (stored.outcomes().get(i).created()) {
                articles.get(i).meetings().forEach(m -> meetings.add(ArticleRows.meetingId(m)));
            }
        }
        if (!meetings.isEmpty()) {
            announce.accept(new MeetingsStored(List.copyOf(meetings)));
        }
        return stored.outcomes();
    }

    private record Stored(List<ArticleWriter.Outcome> outcomes, RelayLinker.Links links) {
    }

    /** The meetings an article reports, as the linker needs them: what they are, and what they relay where. */
    private static List<RelayLinker.Reported> reported(ArticleGraph article, String articleId) {
        return article.meetings().stream().map(m -> new RelayLinker.Reported(articleId, description(m), m.relays(),
                m.relays().stream().map(r -> ArticleRows.evidence(articleId, r.evidence())).toList())).toList();
    }

    private static Description description(MeetingItem m) {
        return new Description(m.key(), m.name(), m.date() == null ? null : m.date().getYear(),
                m.convenedBy() == null ? null : m.convenedBy().key(), null);
    }
}
