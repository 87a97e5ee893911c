package dev.policygraph.ingest.score;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a careful reader extracts from one corpus article (a {@code .gold.json}). {@code must} lists are the
 * floor; {@code should} lists are neutral when scoring (found: not counted; not found: not missed).
 * Strings are as written in the article; {@code simplified} fields carry the simplified form when the gold has one.
 */
public record GoldArticle(String file, String about, OffsetDateTime publishedAt, String publisher,
        Meeting meeting, List<Official> officials, List<Official> officialsShould, List<Official> mustNotAttend,
        List<Directive> directives, List<Directive> directivesShould, String tasksSetBy, List<Task> tasks,
        List<Task> tasksShould, List<String> initiatives, List<String> initiativesShould, List<List<String>> partOf,
        List<Relay> relays, List<Relay> relaysShould) {

    /** @param date "YYYY-MM-DD", "YYYY-MM" (only the month is known) or null */
    public record Meeting(String name, String simplified, String date, String convenedBy, String form) {
    }

    public record Official(String name, String simplified, List<String> titles, String organization, List<String> roles) {
    }

    public record Directive(String text, List<String> issuedBy) {
    }

    /** @param focus null when the item has none (一是要…); then {@code goal} is the headline */
    public record Task(int n, String focus, String goal, List<String> initiatives) {
    }

    public record Relay(String meetingName, Integer year, String convenedBy, String targetArticle) {
    }
}
