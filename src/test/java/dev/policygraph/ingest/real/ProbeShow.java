package dev.policygraph.ingest.real;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.OfficialRef;
import dev.policygraph.ingest.RejectedArticleException;

/**
 * For tuning on text nobody has labelled: what the extractor finds in each text file named, printed the way
 * {@link RealCorpusShow} prints it but with no gold. A first line {@code url: …} in a file is taken as its address.
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.policygraph.ingest.real.ProbeShow -Dexec.args="a.txt b.txt"</pre>
 */
public final class ProbeShow {

    private ProbeShow() {
    }

    public static void main(String[] args) throws IOException {
        var extractor = new ArticleExtractor();
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            String url = null;
            if (text.startsWith("url:")) {
                int eol = text.indexOf('\n');
                url = text.substring(4, eol < 0 ? text.length() : eol).strip();
                text = eol < 0 ? "" : text.substring(eol + 1);
            }
            System.out.println("== " + file);
            ArticleGraph g;
            try {
                g = extractor.extract(new ArticleInput(text, url, null));
            } catch (RejectedArticleException e) {
                System.out.println("  rejected: " + e.getMessage());
                continue;
            }
            Map<String, String> names = g.officials().stream()
                    .collect(Collectors.toMap(OfficialRef::key, OfficialRef::name, (x, y) -> x));
            System.out.println("  published " + g.publishedAt());
            g.meetings().forEach(m -> System.out.println("  meeting " + m.name() + " | " + m.date() + " "
                    + m.datePrecision() + " | " + (m.convenedBy() == null ? null : m.convenedBy().name()) + " | "
                    + m.participants().stream().map(p -> names.getOrDefault(p.officialKey(), p.officialKey()) + ":"
                            + p.role()).toList()
                    + " | relays " + m.relays().stream().map(r -> r.meetingName() + "/" + r.year()).toList()));
            System.out.println("  officials " + g.officials().stream().map(o -> o.name() + o.titles()).toList());
        }
    }

}
