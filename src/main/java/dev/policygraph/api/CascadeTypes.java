package dev.policygraph.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** The values {@link CascadeApi} returns. */
final class CascadeTypes {

    private CascadeTypes() {
    }

    @Enum("CascadeDirection")
    @Description("DOWN: what implements, relays or was assigned below the start. UP: what the start descends from.")
    public enum CascadeDirection { DOWN, UP }

    @Enum("CascadeEdgeType")
    @Description("The stored relationship a cascade link is.")
    public enum CascadeEdgeType { IMPLEMENTS, RELAYS, ASSIGNED, HAS_ACTION, ADVANCES, PART_OF }

    @Type("CascadeNode")
    @Description("A directive, meeting, task or initiative in a cascade, with the level and body it belongs to.")
    public record CascadeNode(@Id @NonNull String id,
            @Description("DIRECTIVE, MEETING, TASK or INITIATIVE") @NonNull NodeKind kind,
            @Description("Name (meeting, initiative), text (directive) or goal (task), as written") String label,
            @Description("The meeting day (a task's: its meeting's)") LocalDate date,
            @Description("The convener's level (a directive's: its issuer's, else one above its highest implementer)") @NonNull OrganizationLevel level,
            @Description("The convening body (a directive's: its issuers)") String body,
            @Description("Meeting known only from a relay reference") boolean placeholder,
            @Description("A task's kind (TASK, REQUIREMENT, ACHIEVEMENT, ACTION); null for other nodes") TaskKind taskKind,
            @Description("Hops from the start") int depth,
            @Description("The sentence that introduced it: a meeting's lead, a task's item, a directive's implementing sentence") Evidence evidence) {
    }

    @Type("CascadeEdge")
    @Description("One link of a cascade, as stored: IMPLEMENTS, RELAYS, ASSIGNED, HAS_ACTION, ADVANCES or PART_OF.")
    public record CascadeEdge(@Id @NonNull String from, @Id @NonNull String to, @NonNull CascadeEdgeType type,
            OrganizationLevel fromLevel, OrganizationLevel toLevel,
            @Description("1 for links read straight from one article; below 1 for fuzzy cross-article relays") Double confidence,
            @Description("RELAYS only: exact (same canonical key) or fuzzy (see src/docs/cascade.md)") String matchedBy,
            @Description("RELAYS only: the meeting name as the relaying article wrote it") String referencedAs,
            Evidence evidence) {
    }

    @Type("CascadeLevelSummary")
    @Description("How many meetings and tasks of the cascade sit at one level in one month.")
    public record LevelSummary(@NonNull OrganizationLevel level, @Description("YYYY-MM, or null when undated") String month, int meetings,
            @Description("Tasks and requirements those meetings set (as timeSeries(metric: TASKS) counts), not actions"
                    + " or achievements") int tasks) {
    }

    @Type("Cascade")
    public record Cascade(CascadeNode root, @NonNull List<@NonNull CascadeNode> nodes, @NonNull List<@NonNull CascadeEdge> edges,
            @Description("True when maxCascadeNodes cut the answer (nearest nodes kept)") boolean truncated,
            @NonNull List<@NonNull LevelSummary> summary) {
    }

    @Type("LineageHop")
    public record LineageHop(@NonNull CascadeNode from, @NonNull CascadeNode to, @NonNull CascadeEdge edge) {
    }

    @Type("LineagePath")
    @Description("One route from the start up to a top (a directive, or a meeting that relays and implements nothing known).")
    public record LineagePath(@NonNull CascadeNode top, @NonNull List<@NonNull LineageHop> hops) {
    }

    @Type("RelayLink")
    @Description("A cross-article relay link whose match was fuzzy: a merge that could be wrong, with what to undo it.")
    public record RelayLink(@NonNull Meeting from, @NonNull Meeting to, double confidence, String matchedBy, String referencedAs,
            Evidence evidence) {
    }
}
