package dev.policygraph.api;

import java.util.List;

/** The list shapes: {@code totalCount nodes pageInfo}, one per node type. */
final class Connections {

    private Connections() {
    }

    public record MeetingConnection(long totalCount, List<Meeting> nodes, PageInfo pageInfo) {
    }

    public record OfficialConnection(long totalCount, List<Official> nodes, PageInfo pageInfo) {
    }

    public record OrganizationConnection(long totalCount, List<Organization> nodes, PageInfo pageInfo) {
    }

    public record InitiativeConnection(long totalCount, List<Initiative> nodes, PageInfo pageInfo) {
    }

    public record TaskConnection(long totalCount, List<Task> nodes, PageInfo pageInfo) {
    }

    public record DirectiveConnection(long totalCount, List<Directive> nodes, PageInfo pageInfo) {
    }

    public record ArticleConnection(long totalCount, List<Article> nodes, PageInfo pageInfo) {
    }
}
