package dev.policygraph.cascade;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import dev.policygraph.ingest.Level;

/**
 * A directive, meeting, task or initiative reached by a {@link Trace}, with what a reader needs of it.
 *
 * @param label    name (meeting, initiative), text (directive) or goal (task, else its text), as written
 * @param level    the convener's level; a directive's: see {@link #directiveLevel}
 * @param body     the convening body; a directive's: its issuers
 * @param taskKind a task's stored kind (TASK, REQUIREMENT, ACHIEVEMENT, ACTION); null for other nodes
 * @param depth    hops from the start
 * @param evidence the properties of the relationship that introduced it (a meeting's report, a task's item, a
 *                 directive's implementing sentence); null when there is none
 */
public record TracedNode(String id, String kind, String label, LocalDate date, Level level, String body,
        boolean placeholder, String taskKind, int depth, Value evidence) {

    TracedNode withDepth(int hops) {
        return new TracedNode(id, kind, label, date, level, body, placeholder, taskKind, hops, evidence);
    }

    /** From one node map of {@code trace-describe}. */
    static TracedNode of(Value v) {
        String kind = string(v, "kind");
        String label = switch (kind) {
            case "Directive" -> string(v, "text");
            case "Task" -> string(v, "goal") != null ? string(v, "goal") : string(v, "text");
            default -> string(v, "name");
        };
        Level level = v.get("level").isNull() ? Level.UNKNOWN : Level.valueOf(v.get("level").asString());
        String body = string(v, "body");
        if ("Directive".equals(kind)) {
            List<String> issuers = strings(v, "issuers");
            body = issuers.isEmpty() ? null : String.join("、", issuers);
            level = directiveLevel(levels(v, "issuerLevels"), levels(v, "implementerLevels"));
        }
        Value evidence = v.get("evidence");
        return new TracedNode(string(v, "id"), kind, label, v.get("date").isNull() ? null : v.get("date").asLocalDate(),
                level, body, !v.get("placeholder").isNull() && v.get("placeholder").asBoolean(),
                "Task".equals(kind) ? string(v, "taskKind") : null, v.get("depth").asInt(0),
                evidence.isNull() ? null : evidence);
    }

    /** A directive sits at its issuer's level; issued by a person or unknown, one level above its highest implementer. */
    static Level directiveLevel(List<Level> issuerLevels, List<Level> implementerLevels) {
        Level issuer = highest(issuerLevels);
        if (issuer != Level.UNKNOWN) {
            return issuer;
        }
        Level implementer = highest(implementerLevels);
        return implementer == Level.UNKNOWN ? Level.UNKNOWN : Level.values()[Math.max(0, implementer.ordinal() - 1)];
    }

    /** The highest known level (lowest ordinal), or UNKNOWN. */
    private static Level highest(List<Level> levels) {
        return levels.stream().filter(l -> l != Level.UNKNOWN).min(Enum::compareTo).orElse(Level.UNKNOWN);
    }

    private static String string(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? null : x.asString();
    }

    private static List<String> strings(Value v, String key) {
        Value x = v.get(key);
        return x.isNull() ? List.of() : x.asList(Value::asString);
    }

    private static List<Level> levels(Value v, String key) {
        return strings(v, key).stream().map(Level::valueOf).toList();
    }
}
