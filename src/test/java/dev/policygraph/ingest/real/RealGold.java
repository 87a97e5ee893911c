package dev.policygraph.ingest.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The facts a careful reader extracts from one real article ({@code src/test/resources/real/gold/<id>.gold.json},
 * format in that folder's README): every meeting it reports, with its people and relays, and every official named.
 */
public record RealGold(String id, String about, OffsetDateTime publishedAt, List<Meeting> meetings,
        List<Official> officials) {

    /** @param date {@code YYYY-MM-DD}, {@code YYYY-MM} (month only) or null */
    public record Meeting(String name, String date, String convenedBy, List<String> chairs, List<String> speakers,
            List<String> attendees, List<Relay> relays) {
    }

    public record Relay(String meetingName, Integer year, String convenedBy) {
    }

    /** @param optional neither rewarded nor penalised: whether this is an official is genuinely doubtful */
    public record Official(String name, List<String> titles, boolean optional) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static RealGold read(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name.substring(0, name.length() - ".gold.json".length()), JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + file, e);
        }
    }

    static RealGold parse(String id, JsonNode root) {
        var meetings = new ArrayList<Meeting>();
        for (JsonNode m : root.path("meetings")) {
            var relays = new ArrayList<Relay>();
            for (JsonNode r : m.path("relays")) {
                relays.add(new Relay(text(r, "meetingName"), r.path("year").isInt() ? r.get("year").asInt() : null,
                        text(r, "convenedBy")));
            }
            meetings.add(new Meeting(text(m, "name"), text(m, "date"), text(m, "convenedBy"), strings(m.path("chairs")),
                    strings(m.path("speakers")), strings(m.path("attendees")), relays));
        }
        var officials = new ArrayList<Official>();
        for (JsonNode o : root.path("officials")) {
            officials.add(new Official(text(o, "name"), strings(o.path("titles")), o.path("optional").asBoolean(false)));
        }
        String published = text(root, "publishedAt");
        return new RealGold(id, text(root, "about"), published == null ? null : OffsetDateTime.parse(published),
                meetings, officials);
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(s -> {
            if (s.isTextual()) {
                out.add(s.asText());
            }
        });
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
