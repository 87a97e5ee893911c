package dev.policygraph.config;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every knob of the service and its default, in one place. */
@ConfigMapping(prefix = "policygraph")
public interface PolicygraphConfig {

    Embedded embedded();

    Seed seed();

    Ingest ingest();

    Api api();

    Cascade cascade();

    interface Embedded {
        /**
         * Start the in-process Neo4j. It starts only when this is true and {@code quarkus.neo4j.uri}
         * names its own Bolt address; pointing the URI elsewhere uses that server instead.
         */
        @WithDefault("true")
        boolean enabled();

        /** Store directory; survives restarts. */
        @WithDefault("data/neo4j")
        Path dataDir();

        @WithDefault("127.0.0.1")
        String boltAddress();

        @WithDefault("7687")
        int boltPort();

        /** Page cache size, e.g. 256m or 2g. */
        @WithDefault("256m")
        String pageCache();
    }

    interface Seed {
        /** Ingest the articles of {@link #dir()} at start (already present ones are skipped by content hash). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("neo4j-seed")
        Path dir();

        /** Load in the background so the service answers at once; false waits for the seed before serving. */
        @WithDefault("true")
        boolean background();
    }

    interface Ingest {
        /** Largest article accepted, in bytes of UTF-8. */
        @WithDefault("1048576")
        int maxArticleBytes();
    }

    interface Api {
        @WithDefault("20")
        int defaultPageSize();

        /** Largest {@code first} a list query accepts. */
        @WithDefault("200")
        int maxPageSize();

        /** Hard cap on {@code cascade(maxDepth:)} and on the hops {@code lineage} follows; larger requests are refused. */
        @WithDefault("8")
        int maxCascadeDepth();

        /** Most nodes one {@code cascade} answer holds; the answer says when it was cut. */
        @WithDefault("500")
        int maxCascadeNodes();
    }

    /** Cross-article linking of relayed meetings. */
    interface Cascade {
        /** Lowest confidence at which a relay reference is linked to (or merged into) a meeting of another name. */
        @WithDefault("0.6")
        double linkThreshold();
    }
}
