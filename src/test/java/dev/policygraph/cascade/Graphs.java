package dev.policygraph.cascade;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.policygraph.graph.store.GraphStore;

import dev.policygraph.pipeline.Ingestion;
import dev.policygraph.ingest.ArticleGraph;

/** Test helpers over the real embedded database: wipe, write, and a canonical dump to compare graphs. */
public final class Graphs {

    private Graphs() {
    }

    public static void wipe(GraphStore store) {
        store.execute("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n");
    }

    public static void write(Ingestion ingestion, List<ArticleGraph> articles) {
        articles.forEach(ingestion::store);
    }

    /** Every node (labels, key, properties but the ingest time) and every relationship (ends by key, type, properties), sorted. */
    public static List<String> dump(GraphStore store) {
        var nodes = store.execute("""
                MATCH (n) WHERE NOT n:__Migration
                RETURN labels(n) AS labels, coalesce(n.key, n.id) AS key, properties(n) AS props""").stream()
                .map(r -> "N " + r.get("labels").asList() + " " + r.get("key").asString() + " "
                        + clean(r.get("props").asMap()))
                .toList();
        var rels = store.execute("""
                MATCH (a)-[r]->(b) WHERE NOT a:__Migration AND NOT b:__Migration
                RETURN coalesce(a.key, a.id) AS a, type(r) AS type, coalesce(b.key, b.id) AS b, properties(r) AS props""").stream()
                .map(r -> "R " + r.get("a").asString() + " -" + r.get("type").asString() + "-> " + r.get("b").asString()
                        + " " + clean(r.get("props").asMap()))
                .toList();
        return java.util.stream.Stream.concat(nodes.stream(), rels.stream()).sorted().toList();
    }

    private static Map<String, Object> clean(Map<String, Object> props) {
        var out = new TreeMap<String, Object>(props);
        out.remove("ingestedAt");
        out.replaceAll((k, v) -> v instanceof List<?> l ? l.toString() : v);
        return out;
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        var out = new java.util.ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i++) {
            var rest = new java.util.ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                var l = new java.util.ArrayList<T>();
                l.add(head);
                l.addAll(p);
                out.add(l);
            }
        }
        return out;
    }
}
