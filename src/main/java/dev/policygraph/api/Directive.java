package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("Something meetings implement (貫徹落實): instructions, decisions, a guiding thought, a higher meeting's spirit.")
public record Directive(@Id @NonNull String id, @NonNull String text, String simplifiedText) {

    static final String PROJECTION = "{.id, .text, .simplifiedText}";

    static Directive of(Value v) {
        return new Directive(Values.string(v, "id"), Values.string(v, "text"), Values.string(v, "simplifiedText"));
    }
}
