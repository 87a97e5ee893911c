package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

import dev.policygraph.api.Connections.TaskConnection;

@GraphQLApi
public class TaskApi {

    private static final String MATCH = """
            MATCH (n:Task)
            WHERE ($search IS NULL OR n.searchText CONTAINS $search)
              AND ($text IS NULL OR n.searchText CONTAINS $text)
              AND ($kinds IS NULL OR n.kind IN $kinds)
              AND ($whereKinds IS NULL OR n.kind IN $whereKinds)""";

    static final NestedField ACTIONS = NestedField.list("Task", "actions", "Task", """
            MATCH ({parent})-[:HAS_ACTION]->({it}:Task)
            WITH {it} ORDER BY {it}.n RETURN {it}{projection}""");

    static final NestedField SET_BY = NestedField.single("Task", "setBy", "Official", """
            MATCH ({parent})<-[:SET]-({it}:Official)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final NestedField MEETING = NestedField.single("Task", "meeting", "Meeting", """
            MATCH ({parent})<-[:HAS_ACTION*0..1]-(:Task)<-[:ASSIGNED]-({it}:Meeting)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final NestedField INITIATIVES = NestedField.list("Task", "initiatives", "Initiative", """
            MATCH ({parent})-[:ADVANCES]->({it}:Initiative)
            WITH {it} ORDER BY {it}.key RETURN {it}{projection}""");

    static final NestedField EVIDENCE = NestedField.single("Task", "evidence", null, """
            MATCH ({parent})<-[r:ASSIGNED|HAS_ACTION]-()
            RETURN properties(r)""");

    static final List<NestedField> NESTED = List.of(ACTIONS, SET_BY, MEETING, INITIATIVES, EVIDENCE);

    private final Nested nested;
    private final Listing listing;

    TaskApi(Nested nested, Listing listing) {
        this.nested = nested;
        this.listing = listing;
    }

    @Query
    @Description("Tasks by text in either script (search or where.text_CONTAINS); kind or where.kind narrows to one "
            + "kind (ALL, the default, gives every kind).")
    public TaskConnection tasks(String search, @DefaultValue("ALL") TaskKind kind, TaskWhere where,
            @Nullable List<@NonNull TaskSort> sort, Integer first, String after) {
        var filters = new HashMap<String, Object>();
        filters.put("search", listing.search(search));
        filters.put("kinds", kind == null ? null : kind.stored());
        filters.put("text", where == null ? null : listing.search("where.text_CONTAINS", where.text_CONTAINS()));
        filters.put("whereKinds", where == null || where.kind() == null ? null : where.kind().stored());
        var r = listing.run(MATCH, TaskSort.orderBy(sort), "Task", filters, first, after, Task::of);
        return TaskConnection.of(r);
    }

    @Query
    public Task task(@Id String id) {
        return nested.one("Task", "MATCH (n:Task {id: $id})", Map.of("id", id), Task::of);
    }

    @Description("The concrete actions listed under the task")
    public List<List<Task>> actions(@Source List<Task> tasks) {
        return nested.list(ACTIONS, ids(tasks), Task::of);
    }

    @Description("The official who set it")
    public List<Official> setBy(@Source List<Task> tasks) {
        return nested.single(SET_BY, ids(tasks), Official::of);
    }

    @Description("The meeting that assigned it (for an action, its task's meeting)")
    public List<Meeting> meeting(@Source List<Task> tasks) {
        return nested.single(MEETING, ids(tasks), Meeting::of);
    }

    @Description("Initiatives the task advances")
    public List<List<Initiative>> initiatives(@Source List<Task> tasks) {
        return nested.list(INITIATIVES, ids(tasks), Initiative::of);
    }

    @Description("The sentence that set the task")
    public List<Evidence> evidence(@Source List<Task> tasks) {
        return nested.single(EVIDENCE, ids(tasks), Evidence::of);
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }
}
