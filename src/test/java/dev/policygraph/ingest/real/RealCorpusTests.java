package dev.policygraph.ingest.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.real.RealCorpus.Part;
import dev.policygraph.ingest.real.RealCorpus.Source;

/**
 * The committed half of the real corpus holds together: a gold file per source row and no other, the coverage the
 * corpus promises, the split fixed by name. (Scoring needs the texts, which are restored per session; see
 * src/test/resources/real/README.md.)
 */
class RealCorpusTests {

    private final List<Source> sources = RealCorpus.sources(RealCorpus.DIR);

    @Test
    void everySourceHasAGoldFileThatParsesAndNoGoldFileIsWithoutASource() throws IOException {
        var ids = new HashSet<String>();
        for (Source s : sources) {
            assertThat(ids.add(s.id())).as("duplicate id %s", s.id()).isTrue();
            RealGold gold = RealGold.read(RealCorpus.DIR.resolve("gold").resolve(s.id() + ".gold.json"));
            assertThat(gold.about()).as(s.id()).isNotBlank();
            gold.meetings().forEach(m -> assertThat(m.name()).as(s.id()).isNotBlank());
            assertThat(s.kind().equals("none")).as("kind of %s", s.id()).isEqualTo(gold.meetings().isEmpty());
        }
        try (Stream<java.nio.file.Path> golds = Files.list(RealCorpus.DIR.resolve("gold"))) {
            assertThat(golds.map(p -> p.getFileName().toString().replace(".gold.json", ""))).allMatch(ids::contains);
        }
    }

    @Test
    void theCorpusCoversWhatItPromises() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(150);
        assertThat(sources.stream().map(Source::publisher).distinct().count()).isGreaterThanOrEqualTo(40);
        assertThat(sources.stream().filter(s -> s.kind().equals("none")).count()).isGreaterThanOrEqualTo(15);
        assertThat(sources.stream().map(Source::sector).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(sources.stream().map(Source::script).distinct()).contains("simplified", "traditional");
        assertThat(sources.stream().map(Source::level).distinct())
                .contains("MINISTRY", "PROVINCIAL", "MUNICIPAL", "COUNTY");
        assertThat(sources).allMatch(s -> s.url().startsWith("http") && s.sha256().matches("[0-9a-f]{64}")
                && s.length() > 0 && !s.query().isBlank());
    }

    @Test
    void theSplitIsFixedByNameAndRoughlyAThirdIsSealed() {
        long sealed = sources.stream().filter(s -> s.part() == Part.SEALED).count();
        assertThat(sealed).isBetween(sources.size() / 4L, sources.size() / 2L);
        assertThat(RealCorpus.part("2022-11-15_a-city-transport-director-office-trad")).isEqualTo(Part.DEV);
    }

    @Test
    void noArticleTextIsCommitted() throws IOException {
        var ignored = Files.readString(java.nio.file.Path.of(".gitignore"));
        assertThat(ignored).contains("src/test/resources/real/texts/");
    }
}
