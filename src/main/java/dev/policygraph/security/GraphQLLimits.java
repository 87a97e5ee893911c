package dev.policygraph.security;

import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;

import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * What keeps a GraphQL request cheap, installed into SmallRye GraphQL's engine when it is built (registered in
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService}): a document cache bounded by size
 * ({@link DocumentCache}), document checks before validation ({@link DocumentChecks}), a cost limit that weighs list
 * sizes and large text fields ({@link QueryCost}) and a budget on the text one answer carries
 * ({@link ResponseTextBudget}). Who may run a mutation is not decided here: that is Quarkus Security
 * ({@code @RolesAllowed}) on the mutation itself.
 */
public class GraphQLLimits implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // From the current container, not a config snapshot: after a live reload in dev mode this runs again.
        PolicygraphConfig.Api api = Arc.container().select(PolicygraphConfig.class).get().api();
        return builder
                .preparsedDocumentProvider(new DocumentCache(api.maxCachedQueryChars()))
                .instrumentation(new ChainedInstrumentation(List.of(
                        new DocumentChecks(DocumentLimits.of(api)),
                        new StrictInts(),
                        new QueryCost(api),
                        new ResponseTextBudget(api.maxResponseTextChars()),
                        new ErrorCodes())));
    }
}
