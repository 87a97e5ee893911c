package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import io.smallrye.graphql.api.Subscription;

import dev.policygraph.graph.store.GraphStore;
import dev.policygraph.pipeline.MeetingsStored;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Live updates: each meeting a newly stored article reports, to every subscriber whose filter admits it, over the
 * GraphQL WebSocket (graphql-transport-ws) at /graphql. The filter is the meetings list's, evaluated in the store.
 */
@GraphQLApi
@ApplicationScoped
public class MeetingFeed {

    private static final String ONE = MeetingApi.MATCH + """

              AND n.id = $id
            RETURN n""" + Meeting.PROJECTION + " AS item";

    private final BroadcastProcessor<String> stored = BroadcastProcessor.create();
    private final GraphStore store;
    private final Listing listing;

    MeetingFeed(GraphStore store, Listing listing) {
        this.store = store;
        this.listing = listing;
    }

    void onStored(@Observes MeetingsStored event) {
        event.meetingIds().forEach(stored::onNext);
    }

    @Subscription
    @Description("Each meeting reported by an article as it is stored (a meeting already known and reported again "
            + "comes again), if where admits it. Send graphql-transport-ws pings more often than the idle timeout (30 s).")
    public Multi<Meeting> meetingAdded(MeetingWhere where) {
        Map<String, Object> filters = MeetingApi.filters(listing, null, null, null, where);
        return stored.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(id -> admitted(id, filters))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    private Optional<Meeting> admitted(String id, Map<String, Object> filters) {
        var params = new HashMap<>(filters);
        params.put("id", id);
        List<org.neo4j.driver.Record> rows = store.query(ONE, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(Meeting.of(rows.get(0).get("item")));
    }
}
