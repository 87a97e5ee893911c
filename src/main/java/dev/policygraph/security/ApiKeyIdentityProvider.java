package dev.policygraph.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a bearer token into an identity with the {@link Roles#WRITER} role when it is a configured API key. */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiKeys keys;

    ApiKeyIdentityProvider(PolicygraphConfig config) {
        this.keys = new ApiKeys(config.security().ingestKeys().orElse(List.of()));
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!keys.accepts(request.getToken().getToken())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a configured API key"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-key"))
                .addRole(Roles.WRITER)
                .build());
    }
}
