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

    private static final String BY_ID = "MATCH (n:Task {id: $id}) RETURN n " + Task.PROJECTION + " AS item";

    private static final String ACTIONS = """
            UNWIND $ids AS id MATCH (t:Task {id: id})-[:HAS_ACTION]->(a:Task)
            WITH id, a ORDER BY a.n
            RETURN id, collect(a""" + Task.PROJECTION + ") AS items";

    private static final String SET_BY = """
            UNWIND $ids AS id MATCH (t:Task {id: id})<-[:SET]-(o:Official)
            WITH id, o ORDER BY o.key
            RETURN id, head(collect(o""" + Official.PROJECTION + ")) AS item";

    private static final String MEETING = """
            UNWIND $ids AS id MATCH (t:Task {id: id})<-[:HAS_ACTION*0..1]-(:Task)<-[:ASSIGNED]-(m:Meeting)
            WITH id, m ORDER BY m.key
            RETURN id, head(collect(m""" + Meeting.PROJECTION + ")) AS item";

    private static final String INITIATIVES = """
            UNWIND $ids AS id MATCH (t:Task {id: id})-[:ADVANCES]->(i:Initiative)
            WITH id, i ORDER BY i.key
            RETURN id, collect(i""" + Initiative.PROJECTION + ") AS items";

    private static final String EVIDENCE = """
            UNWIND $ids AS id MATCH (t:Task {id: id})<-[r:ASSIGNED|HAS_ACTION]-()
            RETURN id, head(collect(properties(r))) AS item""";

    private final Reads reads;
    private final Listing listing;

    TaskApi(Reads reads, Listing listing) {
        this.reads = reads;
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
        var r = listing.run(MATCH, TaskSort.orderBy(sort), Task.PROJECTION, filters, first, after, Task::of);
        return TaskConnection.of(r);
    }

    @Query
    public Task task(@Id String id) {
        return reads.one(BY_ID, Map.of("id", id), Task::of);
    }

    @Description("The concrete actions listed under the task")
    public List<List<Task>> actions(@Source List<Task> tasks) {
        return reads.grouped(ACTIONS, ids(tasks), Task::of);
    }

    @Description("The official who set it")
    public List<Official> setBy(@Source List<Task> tasks) {
        return reads.single(SET_BY, ids(tasks), Official::of);
    }

    @Description("The meeting that assigned it (for an action, its task's meeting)")
    public List<Meeting> meeting(@Source List<Task> tasks) {
        return reads.single(MEETING, ids(tasks), Meeting::of);
    }

    @Description("Initiatives the task advances")
    public List<List<Initiative>> initiatives(@Source List<Task> tasks) {
        return reads.grouped(INITIATIVES, ids(tasks), Initiative::of);
    }

    @Description("The sentence that set the task")
    public List<Evidence> evidence(@Source List<Task> tasks) {
        return reads.single(EVIDENCE, ids(tasks), Evidence::of);
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }
}
