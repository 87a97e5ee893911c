package dev.policygraph.security;

/** The roles a caller can hold. Mutations are {@code @RolesAllowed(Roles.WRITER)}. */
public final class Roles {

    /** Holds a configured API key: may ingest and correct links. */
    public static final String WRITER = "writer";

    private Roles() {
    }
}
