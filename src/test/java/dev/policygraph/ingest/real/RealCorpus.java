package dev.policygraph.ingest.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The real corpus as committed: {@code sources.tsv} (where each text was found, its length and hash) and one gold
 * file per article; the texts themselves are restored each session into the ignored {@code texts/} folder.
 */
public final class RealCorpus {

    public static final Path DIR = Path.of("src/test/resources/real");

    /** Which third an article belongs to, fixed by its id: tune on DEV, look only at aggregates of SEALED. */
    public enum Part { DEV, SEALED }

    public record Source(String id, String url, String query, int length, String sha256, String publisher,
            String level, String sector, String script, String kind) {

        public Part part() {
            return RealCorpus.part(id);
        }
    }

    /** A source with its gold and, when restored and intact, its text. */
    public record Article(Source source, RealGold gold, Optional<String> text, String problem) {
    }

    private RealCorpus() {
    }

    public static Part part(String id) {
        return (sha256(id.getBytes(StandardCharsets.UTF_8))[0] & 0xff) % 3 == 0 ? Part.SEALED : Part.DEV;
    }

    public static List<Source> sources(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("sources.tsv"), StandardCharsets.UTF_8);
            var out = new ArrayList<Source>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    throw new IllegalStateException("sources.tsv: " + f.length + " columns in " + f[0]);
                }
                out.add(new Source(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], f[5], f[6], f[7], f[8], f[9]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every source with its gold; the text only when present and matching the table's length and hash. */
    public static List<Article> articles(Path dir) {
        var out = new ArrayList<Article>();
        for (Source s : sources(dir)) {
            RealGold gold = RealGold.read(dir.resolve("gold").resolve(s.id() + ".gold.json"));
            Path text = dir.resolve("texts").resolve(s.id() + ".txt");
            if (!Files.exists(text)) {
                out.add(new Article(s, gold, Optional.empty(), "missing"));
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(text);
                String t = new String(bytes, StandardCharsets.UTF_8);
                boolean intact = HexFormat.of().formatHex(sha256(bytes)).equals(s.sha256())
                        && t.codePointCount(0, t.length()) == s.length();
                out.add(intact ? new Article(s, gold, Optional.of(t), null)
                        : new Article(s, gold, Optional.empty(), "mismatch"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
