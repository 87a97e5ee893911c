package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.api.CascadeTypes.CascadeNode;

class CascadeSummaryTests {

    private static CascadeNode node(String kind, TaskKind taskKind) {
        return new CascadeNode(kind + taskKind, NodeKind.ofLabel(kind), "x", LocalDate.of(2020, 7, 16), OrganizationLevel.MINISTRY, "國家郵政局", false,
                taskKind, 1, null);
    }

    @Test
    void theTasksColumnCountsWhatMeetingsSetNotTheirActionsOrAchievements() {
        var summary = CascadeApi.summary(List.of(node("Meeting", null), node("Task", TaskKind.TASK),
                node("Task", TaskKind.REQUIREMENT), node("Task", TaskKind.ACTION), node("Task", TaskKind.ACHIEVEMENT)));
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).meetings()).isEqualTo(1);
        assertThat(summary.get(0).tasks()).isEqualTo(2);
    }
}
