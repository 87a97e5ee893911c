package dev.policygraph.api;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.NonNull;

/**
 * The list shapes, one per node type, in the Relay idiom {@code @neo4j/graphql} clients know: {@code totalCount},
 * {@code edges { cursor node }} and, as a shortcut, {@code nodes}; {@code pageInfo.endCursor} is the last edge's cursor.
 */
final class Connections {

    private Connections() {
    }

    /** One edge per item, each with the cursor that resumes after it. */
    static <T, E> List<E> edges(Listing.Result<T> r, BiFunction<String, T, E> edge) {
        var out = new java.util.ArrayList<E>(r.items().size());
        for (int i = 0; i < r.items().size(); i++) {
            out.add(edge.apply(Page.encode(r.skip() + i), r.items().get(i)));
        }
        return out;
    }

    public record MeetingEdge(@NonNull String cursor, @NonNull Meeting node) {
    }

    public record MeetingConnection(int totalCount, @NonNull List<@NonNull Meeting> nodes,
            @NonNull List<@NonNull MeetingEdge> edges, @NonNull PageInfo pageInfo) {

        static MeetingConnection of(Listing.Result<Meeting> r) {
            return new MeetingConnection(r.total(), r.items(), Connections.edges(r, MeetingEdge::new), r.pageInfo());
        }
    }

    public record OfficialEdge(@NonNull String cursor, @NonNull Official node) {
    }

    public record OfficialConnection(int totalCount, @NonNull List<@NonNull Official> nodes,
            @NonNull List<@NonNull OfficialEdge> edges, @NonNull PageInfo pageInfo) {

        static OfficialConnection of(Listing.Result<Official> r) {
            return new OfficialConnection(r.total(), r.items(), Connections.edges(r, OfficialEdge::new), r.pageInfo());
        }
    }

    public record OrganizationEdge(@NonNull String cursor, @NonNull Organization node) {
    }

    public record OrganizationConnection(int totalCount, @NonNull List<@NonNull Organization> nodes,
            @NonNull List<@NonNull OrganizationEdge> edges, @NonNull PageInfo pageInfo) {

        static OrganizationConnection of(Listing.Result<Organization> r) {
            return new OrganizationConnection(r.total(), r.items(), Connections.edges(r, OrganizationEdge::new), r.pageInfo());
        }
    }

    public record InitiativeEdge(@NonNull String cursor, @NonNull Initiative node) {
    }

    public record InitiativeConnection(int totalCount, @NonNull List<@NonNull Initiative> nodes,
            @NonNull List<@NonNull InitiativeEdge> edges, @NonNull PageInfo pageInfo) {

        static InitiativeConnection of(Listing.Result<Initiative> r) {
            return new InitiativeConnection(r.total(), r.items(), Connections.edges(r, InitiativeEdge::new), r.pageInfo());
        }
    }

    public record TaskEdge(@NonNull String cursor, @NonNull Task node) {
    }

    public record TaskConnection(int totalCount, @NonNull List<@NonNull Task> nodes,
            @NonNull List<@NonNull TaskEdge> edges, @NonNull PageInfo pageInfo) {

        static TaskConnection of(Listing.Result<Task> r) {
            return new TaskConnection(r.total(), r.items(), Connections.edges(r, TaskEdge::new), r.pageInfo());
        }
    }

    public record DirectiveEdge(@NonNull String cursor, @NonNull Directive node) {
    }

    public record DirectiveConnection(int totalCount, @NonNull List<@NonNull Directive> nodes,
            @NonNull List<@NonNull DirectiveEdge> edges, @NonNull PageInfo pageInfo) {

        static DirectiveConnection of(Listing.Result<Directive> r) {
            return new DirectiveConnection(r.total(), r.items(), Connections.edges(r, DirectiveEdge::new), r.pageInfo());
        }
    }

    public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
    }

    public record ArticleConnection(int totalCount, @NonNull List<@NonNull Article> nodes,
            @NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo) {

        static ArticleConnection of(Listing.Result<Article> r) {
            return new ArticleConnection(r.total(), r.items(), Connections.edges(r, ArticleEdge::new), r.pageInfo());
        }
    }
}
