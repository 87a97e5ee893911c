package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.Level;

class LevelMonthsTests {

    private static TracedNode node(String kind, String taskKind, Level level, LocalDate date) {
        return new TracedNode(kind + taskKind + level + date, kind, "x", date, level, "國家郵政局", false, taskKind, 1, null);
    }

    @Test
    void theTasksColumnCountsWhatMeetingsSetNotTheirActionsOrAchievements() {
        LocalDate day = LocalDate.of(2020, 7, 16);
        var summary = LevelMonths.of(List.of(node("Meeting", null, Level.MINISTRY, day),
                node("Task", "TASK", Level.MINISTRY, day), node("Task", "REQUIREMENT", Level.MINISTRY, day),
                node("Task", "ACTION", Level.MINISTRY, day), node("Task", "ACHIEVEMENT", Level.MINISTRY, day)));
        assertThat(summary).containsExactly(new LevelMonths.Count(Level.MINISTRY, "2020-07", 1, 2));
    }

    @Test
    void levelsComeTopFirstThenMonthsUndatedLast() {
        var summary = LevelMonths.of(List.of(node("Meeting", null, Level.PROVINCIAL, LocalDate.of(2020, 8, 1)),
                node("Meeting", null, Level.MINISTRY, null), node("Meeting", null, Level.MINISTRY, LocalDate.of(2020, 7, 1)),
                node("Directive", null, Level.CENTRAL, null)));
        assertThat(summary).extracting(LevelMonths.Count::level, LevelMonths.Count::month).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Level.MINISTRY, "2020-07"),
                org.assertj.core.groups.Tuple.tuple(Level.MINISTRY, null),
                org.assertj.core.groups.Tuple.tuple(Level.PROVINCIAL, "2020-08"));
    }
}
