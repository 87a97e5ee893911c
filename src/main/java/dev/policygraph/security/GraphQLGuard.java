package dev.policygraph.security;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;

import dev.policygraph.config.PolicygraphConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hooks {@link GuardedDocumentProvider} into SmallRye GraphQL's engine when it is built. Registered through
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, so it covers every operation, including
 * mutations added later, with no code in the resolvers. Always on (no config key switches it off).
 * <p>
 * It replaces SmallRye's query cache as document provider: each request is parsed and validated afresh, which for
 * this API's small queries costs well under a millisecond.
 */
public class GraphQLGuard implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        PolicygraphConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(PolicygraphConfig.class);
        return builder.preparsedDocumentProvider(
                new GuardedDocumentProvider(Credentials.of(config.security()), DocumentLimits.of(config.api())));
    }
}
