package dev.policygraph.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer <key>}: a request without the header is anonymous (queries are open unless an HTTP
 * permission says otherwise); with it, the key must be one of {@code policygraph.security.ingest-keys}
 * ({@link ApiKeyIdentityProvider}), or the request is answered 401 before anything of it runs.
 */
@ApplicationScoped
class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        String token = header.substring(BEARER.length()).strip();
        return identities.authenticate(new TokenAuthenticationRequest(new TokenCredential(token, "bearer")));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    /** The 401 carries a GraphQL-shaped body, so clients read {@code errors[0].extensions.code} as for any refusal. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        boolean offered = context.request().getHeader(HttpHeaderNames.AUTHORIZATION) != null;
        String message = offered
                ? "The bearer token is not one of the configured keys (policygraph.security.ingest-keys). Nothing ran."
                : "A bearer token is needed on this server (policygraph.security.require-token-for-queries): send the"
                        + " header 'Authorization: Bearer <key>' with a key from policygraph.security.ingest-keys.";
        var body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", "unauthorized"))));
        if (!context.response().ended()) {
            context.response().setStatusCode(401)
                    .putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer")
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .end(body.encode());
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
