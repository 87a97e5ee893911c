package dev.policygraph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The feature packages form layers, each using only those below it, so the tree reads as the flow and has no
 * cycle: pure extraction at the bottom, then the store, relay linking, the schema, the one ingest path, and the
 * entry points on top. A reference upwards (an import or a fully qualified name) fails here with its file.
 */
class PackageFlowTests {

    /** Lowest first. */
    static final List<String> LAYERS = List.of(
            "config",    // typed settings
            "ingest",    // extraction: text in, an ArticleGraph out, no database
            "embedded",  // the in-process Neo4j
            "graph",     // persistence: the store, the article write
            "cascade",   // relay linking and cascade reads
            "schema",    // migrations
            "pipeline",  // the one ingest path: extract, write, link
            "security",  // identities, request limits
            "seed",      // entry point: the seed folder at start
            "cli",       // entry point: bulk ingest
            "api");      // entry point: GraphQL

    private static final Path MAIN = Path.of("src/main/java/dev/policygraph");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.policygraph\\.(\\w+)");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        var upwards = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = MAIN.relativize(file).getName(0).toString();
                assertThat(LAYERS).as("the layer of package %s (%s)", own, file).contains(own);
                String code = Files.readString(file).replaceFirst("(?m)^package [^;]+;", "");
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && LAYERS.contains(used) && LAYERS.indexOf(used) > LAYERS.indexOf(own)) {
                        upwards.add(MAIN.relativize(file) + " (" + own + ") uses " + used);
                    }
                }
            }
        }
        assertThat(upwards).as("references to a higher layer").isEmpty();
    }

    @Test
    void extractionTouchesNoDatabaseAndNoFramework() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("ingest"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (String forbidden : List.of("org.neo4j", "jakarta.", "io.quarkus", "dev.policygraph.graph")) {
                    if (code.contains(forbidden)) {
                        found.add(MAIN.relativize(file) + " uses " + forbidden);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
