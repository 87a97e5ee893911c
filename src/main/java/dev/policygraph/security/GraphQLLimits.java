package dev.policygraph.security;

import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

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
        // The settings by name from the running application's config, never through the typed mapping: SmallRye
        // loads this class once, and after a live reload in dev mode the mapping interface it saw belongs to the
        // previous class loader, which the new container does not know (every request answered 500).
        Config config = ConfigProvider.getConfig();
        return builder
                .preparsedDocumentProvider(new DocumentCache(value(config, "max-cached-query-chars", Long.class)))
                .instrumentation(new ChainedInstrumentation(List.of(
                        new DocumentChecks(new DocumentLimits(value(config, "max-query-depth", Integer.class),
                                value(config, "max-query-complexity", Integer.class),
                                value(config, "max-aliases", Integer.class))),
                        new StrictInts(),
                        new QueryCost(value(config, "max-query-cost", Integer.class),
                                value(config, "default-page-size", Integer.class),
                                value(config, "max-page-size", Integer.class)),
                        new ResponseTextBudget(value(config, "max-response-text-chars", Long.class)),
                        new ErrorCodes())));
    }

    /** A {@code policygraph.api.*} setting; the defaults of {@code PolicygraphConfig.Api} are part of the config. */
    private static <T> T value(Config config, String name, Class<T> type) {
        return config.getValue("policygraph.api." + name, type);
    }
}
