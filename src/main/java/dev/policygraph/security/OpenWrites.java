package dev.policygraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** {@code policygraph.security.open-writes=true} (a single-user machine): every caller holds {@link Roles#WRITER}. */
@ApplicationScoped
class OpenWrites implements SecurityIdentityAugmentor {

    private final boolean open;

    OpenWrites(PolicygraphConfig config) {
        this.open = config.security().openWrites();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!open || identity.hasRole(Roles.WRITER)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.WRITER).build());
    }
}
