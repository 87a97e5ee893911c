package dev.policygraph.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Type;

/** The values {@link CascadeApi} returns. */
final class CascadeTypes {

    private CascadeTypes() {
    }

    @Enum("CascadeDirection")
    @Description("DOWN: what implements, relays or was assigned below the start. UP: what the start descends from.")
    public enum CascadeDirection { DOWN, UP }

    @Type("CascadeNode")
    @Description("A directive, meeting, task or initiative in a cascade, with the level and body it belongs to.")
    public record CascadeNode(String id,
            @Description("Directive, Meeting, Task or Initiative") String kind,
            @Description("Name (meeting, initiative), text (directive) or goal (task), as written") String label,
            @Description("The meeting day (a task's: its meeting's)") LocalDate date,
            @Description("CENTRAL, MINISTRY, PROVINCIAL, MUNICIPAL, COUNTY or UNKNOWN: the convener's (a directive's: its issuer's, else one above its highest implementer)") String level,
            @Description("The convening body (a directive's: its issuers)") String body,
            @Description("Meeting known only from a relay reference") boolean placeholder,
            @Description("A task's kind (TASK, REQUIREMENT, ACHIEVEMENT, ACTION); null for other nodes") TaskKind taskKind,
            @Description("Hops from the start") int depth,
            @Description("The sentence that introduced it: a meeting's lead, a task's item, a directive's implementing sentence") Evidence evidence) {
    }

    @Type("CascadeEdge")
    @Description("One link of a cascade, as stored: IMPLEMENTS, RELAYS, ASSIGNED, HAS_ACTION, ADVANCES or PART_OF.")
    public record CascadeEdge(String from, String to, String type, String fromLevel, String toLevel,
            @Description("1 for links read straight from one article; below 1 for fuzzy cross-article relays") Double confidence,
            @Description("RELAYS only: exact (same canonical key) or fuzzy (see src/docs/cascade.md)") String matchedBy,
            @Description("RELAYS only: the meeting name as the relaying article wrote it") String referencedAs,
            Evidence evidence) {
    }

    @Type("CascadeLevelSummary")
    @Description("How many meetings and tasks of the cascade sit at one level in one month.")
    public record LevelSummary(String level, @Description("YYYY-MM, or null when undated") String month, int meetings,
            @Description("Tasks and requirements those meetings set (as timeSeries(metric: TASKS) counts), not actions"
                    + " or achievements") int tasks) {
    }

    @Type("Cascade")
    public record Cascade(CascadeNode root, List<CascadeNode> nodes, List<CascadeEdge> edges,
            @Description("True when maxCascadeNodes cut the answer (nearest nodes kept)") boolean truncated,
            List<LevelSummary> summary) {
    }

    @Type("LineageHop")
    public record LineageHop(CascadeNode from, CascadeNode to, CascadeEdge edge) {
    }

    @Type("LineagePath")
    @Description("One route from the start up to a top (a directive, or a meeting that relays and implements nothing known).")
    public record LineagePath(CascadeNode top, List<LineageHop> hops) {
    }

    @Type("RelayLink")
    @Description("A cross-article relay link whose match was fuzzy: a merge that could be wrong, with what to undo it.")
    public record RelayLink(Meeting from, Meeting to, double confidence, String matchedBy, String referencedAs,
            Evidence evidence) {
    }
}
