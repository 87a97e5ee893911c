package dev.policygraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a synthetic corpus: {@code <out>.jsonl} with one {@code {text, sourceUrl, publishedAt}} per line (what
 * {@code BulkIngestCommand} reads) and {@code <out>.gold.jsonl} with the gold of the same line (what
 * {@code GoldReader.parse} reads). Usage: {@code GenerateCorpus <articles> <seed> <out-without-extension>}.
 */
public final class GenerateCorpus {

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        write(n, seed, out);
    }

    /** @return the articles file */
    public static Path write(int n, long seed, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Path articles = Path.of(out + ".jsonl");
        Path gold = Path.of(out + ".gold.jsonl");
        var json = new ObjectMapper();
        try (BufferedWriter a = Files.newBufferedWriter(articles, StandardCharsets.UTF_8);
                BufferedWriter g = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
            IOException[] failed = {null};
            new SyntheticCorpus(seed).generate(n, article -> {
                try {
                    var line = new LinkedHashMap<String, Object>();
                    line.put("text", article.text());
                    line.put("sourceUrl", article.sourceUrl());
                    line.put("publishedAt", article.publishedAt().toString());
                    a.write(json.writeValueAsString(line));
                    a.newLine();
                    g.write(json.writeValueAsString(article.gold()));
                    g.newLine();
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
        System.out.printf("%d articles (seed %d) -> %s, gold -> %s%n", n, seed, articles, gold);
        return articles;
    }
}
