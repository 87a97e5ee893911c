package dev.policygraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

/** The list shapes: {@code totalCount nodes pageInfo}, one per node type. */
final class Connections {

    private Connections() {
    }

    public record MeetingConnection(int totalCount, @NonNull List<@NonNull Meeting> nodes, @NonNull PageInfo pageInfo) {
    }

    public record OfficialConnection(int totalCount, @NonNull List<@NonNull Official> nodes, @NonNull PageInfo pageInfo) {
    }

    public record OrganizationConnection(int totalCount, @NonNull List<@NonNull Organization> nodes, @NonNull PageInfo pageInfo) {
    }

    public record InitiativeConnection(int totalCount, @NonNull List<@NonNull Initiative> nodes, @NonNull PageInfo pageInfo) {
    }

    public record TaskConnection(int totalCount, @NonNull List<@NonNull Task> nodes, @NonNull PageInfo pageInfo) {
    }

    public record DirectiveConnection(int totalCount, @NonNull List<@NonNull Directive> nodes, @NonNull PageInfo pageInfo) {
    }

    public record ArticleConnection(int totalCount, @NonNull List<@NonNull Article> nodes, @NonNull PageInfo pageInfo) {
    }
}
