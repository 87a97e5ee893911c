package dev.policygraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.RejectedArticleException;

/**
 * One article to ingest and where it came from: a {@code .txt} file, or one line of a JSON-lines file. Text is
 * read when the article's batch comes up, so a corpus of any size streams through in constant memory.
 */
record ArticleSource(String name, String text, String sourceUrl, String publishedAt, String problem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws RejectedArticleException when the source could not be read as an article */
    ArticleInput input() {
        if (problem != null) {
            throw new RejectedArticleException("UNREADABLE", problem);
        }
        try {
            return new ArticleInput(text, sourceUrl, publishedAt == null ? null : OffsetDateTime.parse(publishedAt));
        } catch (DateTimeParseException e) {
            throw new RejectedArticleException("BAD_PUBLISHED_AT",
                    "publishedAt is not an ISO date-time with offset: " + publishedAt);
        }
    }

    /** Counts the articles under the paths without reading them, for the progress bar. */
    static int count(List<Path> paths) throws IOException {
        int n = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    n += (int) files.filter(ArticleSource::isArticleFile).count();
                }
            } else if (isJsonLines(path)) {
                try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
                    n += (int) lines.filter(l -> !l.isBlank()).count();
                }
            } else {
                n++;
            }
        }
        return n;
    }

    /** Every article under the paths, in a stable order (files sorted by path, lines in order). */
    static Iterator<ArticleSource> stream(List<Path> paths) throws IOException {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(ArticleSource::isArticleFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("No such file or folder: " + path);
            }
        }
        return files.stream().flatMap(ArticleSource::articlesIn).iterator();
    }

    private static Stream<ArticleSource> articlesIn(Path file) {
        if (!isJsonLines(file)) {
            try {
                return Stream.of(new ArticleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8),
                        localName(file), null, null));
            } catch (CharacterCodingException e) {
                return Stream.of(failed(file.toString(), "not valid UTF-8"));
            } catch (IOException e) {
                return Stream.of(failed(file.toString(), "cannot read: " + e.getMessage()));
            }
        }
        try {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            Iterator<ArticleSource> lines = new Iterator<>() {
                int number;
                ArticleSource next = advance();

                private ArticleSource advance() {
                    try {
                        String line;
                        do {
                            line = reader.readLine();
                            number++;
                        } while (line != null && line.isBlank());
                        if (line == null) {
                            reader.close();
                            return null;
                        }
                        return parse(file + ":" + number, line);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + file, e);
                    }
                }

                public boolean hasNext() {
                    return next != null;
                }

                public ArticleSource next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    ArticleSource current = next;
                    next = advance();
                    return current;
                }
            };
            return Stream.iterate(lines, Iterator::hasNext, it -> it).map(Iterator::next);
        } catch (IOException e) {
            return Stream.of(failed(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private static ArticleSource parse(String name, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.path("text").isTextual()) {
                return failed(name, "line has no \"text\" string");
            }
            return new ArticleSource(name, node.get("text").asText(), node.path("sourceUrl").asText(null),
                    node.path("publishedAt").asText(null), null);
        } catch (JsonProcessingException e) {
            return failed(name, "not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static ArticleSource failed(String name, String problem) {
        return new ArticleSource(name, null, null, null, problem);
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    /** A local file as a source name: {@code urn:policygraph:file:/abs/path} (only web addresses are links). */
    static String localName(Path file) {
        try {
            return new java.net.URI("urn", "policygraph:file:" + file.toAbsolutePath(), null).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isJsonLines(Path p) {
        return p.getFileName().toString().endsWith(".jsonl");
    }
}
