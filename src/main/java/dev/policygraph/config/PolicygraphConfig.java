package dev.policygraph.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    Security security();

    Schema schema();

    interface Embedded {
        /**
         * Start the in-process Neo4j. It starts only when this is true and {@code quarkus.neo4j.uri}
         * names its own Bolt address (the default); pointing the URI elsewhere uses that server instead.
         */
        @WithDefault("true")
        boolean enabled();

        /** Store directory; survives restarts. */
        @WithDefault("data/neo4j")
        Path dataDir();

        /**
         * Open a Bolt connector for operators (Neo4j Browser, cypher-shell). Off by default: the service itself
         * talks to the embedded database in-process, and no port is open. On, it requires {@link #boltPassword()}.
         */
        @WithDefault("false")
        boolean boltEnabled();

        /** Password of user {@code neo4j} on the operators' Bolt connector (at least 8 characters). */
        Optional<String> boltPassword();

        @WithDefault("127.0.0.1")
        String boltAddress();

        @WithDefault("7687")
        int boltPort();

        /** Page cache size, e.g. 256m or 2g. */
        @WithDefault("256m")
        String pageCache();

        /**
         * Read and write the embedded database in-process (the default). False goes through its Bolt connector and
         * the driver instead, as with an external server: for comparing the two paths (the benchmark, the
         * {@code bolt-reads} Maven profile). Needs {@link #boltEnabled()} and the driver's credentials.
         */
        @WithDefault("true")
        boolean inProcess();
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

        /**
         * Also load the demo set: a few hundred generated articles (synthetic, their sources named
         * {@code urn:policygraph:demo:…}) forming cascades, so the pages have something to draw.
         */
        @WithDefault("false")
        boolean demo();
    }

    interface Ingest {
        /** Largest article accepted, in bytes of UTF-8. */
        @WithDefault("1048576")
        int maxArticleBytes();
    }

    interface Api {
        /** After start, ask once what the dashboard asks, so its first visitor does not pay for planning and JIT. */
        @WithDefault("true")
        boolean warmUp();

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

        /** Deepest nesting of fields in one GraphQL operation (fragments expanded); refused before validation. */
        @WithDefault("15")
        int maxQueryDepth();

        /** Most field selections in one GraphQL operation (fragments expanded): its complexity. */
        @WithDefault("400")
        int maxQueryComplexity();

        /** Most aliased fields in one GraphQL document. */
        @WithDefault("20")
        int maxAliases();

        /**
         * Most an operation may cost with its variables: each field 1, each rawText/cleanText 100, times the rows
         * a paged field ({@code first}) may return.
         */
        @WithDefault("20000")
        int maxQueryCost();

        /** Most characters of article text (rawText, cleanText) one answer carries; past it they come back null. */
        @WithDefault("8388608")
        long maxResponseTextChars();

        /** Characters of query text the document cache holds; a text over a tenth of it is never cached. */
        @WithDefault("2097152")
        long maxCachedQueryChars();

        /** Longest free-text argument (search) accepted, in characters. */
        @WithDefault("200")
        int maxSearchChars();

        /** Longest time the reads of one request may take; the database stops them after it. */
        @WithDefault("5s")
        java.time.Duration readTimeout();
    }

    /** Cross-article linking of relayed meetings. */
    interface Cascade {
        /** The default of {@link #linkThreshold()}, also the bulk command's. */
        String DEFAULT_LINK_THRESHOLD = "0.6";

        /** Lowest confidence at which a relay reference is linked to (or merged into) a meeting of another name. */
        @WithDefault(DEFAULT_LINK_THRESHOLD)
        double linkThreshold();
    }

    interface Security {
        /**
         * API keys accepted for mutations as {@code Authorization: Bearer <key>} (env
         * {@code POLICYGRAPH_SECURITY_INGEST_KEYS}, comma-separated). None configured: mutations are refused unless
         * {@link #openWrites()}.
         */
        Optional<List<String>> ingestKeys();

        /** Let mutations through without a credential (a single-user machine only). */
        @WithDefault("false")
        boolean openWrites();

        /** Queries, too, need a bearer token from {@link #ingestKeys()}. */
        @WithDefault("false")
        boolean requireTokenForQueries();
    }

    interface Schema {
        /** When the database is unreachable at start, retry the schema migrations this often until they apply. */
        @WithDefault("10s")
        java.time.Duration retryInterval();
    }
}
