package dev.policygraph.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import dev.policygraph.ingest.Level;

/** A cascade's meetings, and the tasks and requirements they set, counted per level and month, top level first. */
public final class LevelMonths {

    /** One level in one month ({@code month} YYYY-MM, null when undated). */
    public record Count(Level level, String month, int meetings, int tasks) {
    }

    private LevelMonths() {
    }

    public static List<Count> of(List<TracedNode> nodes) {
        var counts = new TreeMap<String, Count>();
        for (TracedNode n : nodes) {
            boolean meeting = "Meeting".equals(n.kind());
            // what was set, as the TASKS series counts: tasks and requirements, not actions or achievements
            boolean task = "Task".equals(n.kind()) && ("TASK".equals(n.taskKind()) || "REQUIREMENT".equals(n.taskKind()));
            if (!meeting && !task) {
                continue;
            }
            String month = n.date() == null ? null : n.date().toString().substring(0, 7);
            String key = n.level().ordinal() + "|" + (month == null ? "~" : month);
            Count c = counts.getOrDefault(key, new Count(n.level(), month, 0, 0));
            counts.put(key, new Count(c.level(), month, c.meetings() + (meeting ? 1 : 0), c.tasks() + (task ? 1 : 0)));
        }
        return new ArrayList<>(counts.values());
    }
}
