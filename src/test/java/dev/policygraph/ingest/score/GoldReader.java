package dev.policygraph.ingest.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code .gold.json}. Accepts the seed's {@code secondHalfTasks} and {@code chairRequirements} as tasks. */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /** @param file the name the article is known by in the corpus (relative path of its .txt) */
    public static GoldArticle read(Path goldFile, String file) {
        try {
            return parse(JSON.readTree(Files.readString(goldFile)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + goldFile, e);
        }
    }

    public static GoldArticle parse(JsonNode root, String file) {
        JsonNode article = root.path("article");
        OffsetDateTime published = text(article, "publishedAt") == null ? null
                : OffsetDateTime.parse(text(article, "publishedAt"));
        String publisher = text(article.path("publisher"), "name");

        GoldArticle.Meeting meeting = null;
        JsonNode m = root.path("meeting").path("must");
        if (m.isObject()) {
            meeting = new GoldArticle.Meeting(text(m, "name"), text(m, "simplified"), text(m, "date"),
                    text(m, "convenedBy"), text(m, "form"));
        }
        JsonNode off = root.path("officials");
        List<GoldArticle.Directive> dMust = directives(root.path("directivesImplemented").path("must"));
        List<GoldArticle.Directive> dShould = directives(root.path("directivesImplemented").path("should"));

        JsonNode tasksNode = root.has("tasks") ? root.path("tasks") : root.path("secondHalfTasks");
        List<GoldArticle.Task> tasks = new ArrayList<>();
        String setBy = null;
        JsonNode tm = tasksNode.path("must");
        for (JsonNode set : tm.isArray() ? iter(tm) : List.of(tm)) {
            if (!set.isObject()) {
                continue;
            }
            setBy = setBy == null ? text(set, "setBy") : setBy;
            for (JsonNode t : set.path("tasks")) {
                tasks.add(new GoldArticle.Task(t.path("n").asInt(), text(t, "focus"), text(t, "goal"),
                        strings(t.path("initiatives"))));
            }
        }
        List<GoldArticle.Task> tasksShould = new ArrayList<>();
        for (JsonNode t : tasksNode.path("should").isArray() ? tasksNode.path("should") : JSON.createArrayNode()) {
            tasksShould.add(new GoldArticle.Task(t.path("n").asInt(), text(t, "focus"), text(t, "goal"),
                    strings(t.path("initiatives"))));
        }
        int n = 0;
        for (JsonNode item : root.path("chairRequirements").path("should").path("items")) {
            tasksShould.add(new GoldArticle.Task(++n, null, item.asText(), List.of()));
        }

        JsonNode ini = root.path("initiatives");
        List<List<String>> partOf = new ArrayList<>();
        for (JsonNode p : ini.path("partOf")) {
            partOf.add(List.of(p.get(0).asText(), p.get(1).asText()));
        }
        JsonNode rel = root.path("relays");
        return new GoldArticle(file, text(root, "about"), published, publisher, meeting,
                officials(off.path("must")), officials(off.path("should")), officials(off.path("mustNotAttend")),
                dMust, dShould, setBy, tasks, tasksShould, strings(ini.path("must")), strings(ini.path("should")),
                partOf, relays(rel.path("must")), relays(rel.path("should")));
    }

    private static List<GoldArticle.Official> officials(JsonNode array) {
        List<GoldArticle.Official> out = new ArrayList<>();
        for (JsonNode o : array) {
            out.add(new GoldArticle.Official(text(o, "name"), text(o, "simplified"), strings(o.path("titles")),
                    text(o, "organization"), strings(o.path("roles"))));
        }
        return out;
    }

    private static List<GoldArticle.Directive> directives(JsonNode array) {
        List<GoldArticle.Directive> out = new ArrayList<>();
        for (JsonNode d : array) {
            JsonNode by = d.path("issuedBy");
            out.add(new GoldArticle.Directive(text(d, "text"), by.isArray() ? strings(by)
                    : by.isTextual() ? List.of(by.asText()) : List.of()));
        }
        return out;
    }

    private static List<GoldArticle.Relay> relays(JsonNode array) {
        List<GoldArticle.Relay> out = new ArrayList<>();
        for (JsonNode r : array) {
            out.add(new GoldArticle.Relay(text(r, "meetingName"), r.path("year").isInt() ? r.get("year").asInt() : null,
                    text(r, "convenedBy"), text(r, "targetArticle")));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            if (s.isTextual()) {
                out.add(s.asText());
            }
        }
        return out;
    }

    private static List<JsonNode> iter(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
