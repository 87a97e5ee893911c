package dev.policygraph.embedded;

import java.nio.file.Path;

/** Another process (usually the service) holds the store's lock: Neo4j lets one process open a store at a time. */
public class StoreInUseException extends EmbeddedStartException {

    private final Path store;

    public StoreInUseException(Path store) {
        super("The store " + store + " is in use by another process (is the service running on it?). Stop that process, "
                + "or choose another policygraph.embedded.data-dir.");
        this.store = store;
    }

    public Path store() {
        return store;
    }
}
