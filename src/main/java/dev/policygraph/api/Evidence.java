package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.neo4j.driver.Value;

@Description("The sentence behind a node or an edge: which article said so, and where in its cleaned text.")
public record Evidence(String article, Integer sentence, Integer start, Integer end, String text) {

    /** Reads the evidence properties every extracted relationship carries. */
    static Evidence of(Value rel) {
        if (rel == null || rel.isNull()) {
            return null;
        }
        return new Evidence(Values.string(rel, "article"), Values.integer(rel, "sentence"),
                Values.integer(rel, "start"), Values.integer(rel, "end"), Values.string(rel, "evidence"));
    }
}
