package dev.policygraph.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.policygraph.api.DashboardApi.Interval;
import dev.policygraph.api.DashboardApi.Metric;
import dev.policygraph.api.DashboardApi.SeriesFilter;
import dev.policygraph.config.PolicygraphConfig;
import io.quarkus.runtime.StartupEvent;

import io.vertx.ext.web.Router;

/**
 * Right after start, asks the dashboard's aggregate questions once in the background. The first time each is asked
 * costs seconds (Cypher planning, JIT: 5.6 s against 0.5 s for the same page of questions a second time), and that
 * should not fall on the first person who opens the dashboard after a restart. It waits for the first GraphQL answer
 * (at most {@value #WAIT_FOR_FIRST_ANSWER_S} s), so that it does not compete with it for the CPU.
 */
@ApplicationScoped
class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    /** How the last warm-up went: how long it took, or empty while it runs or when it is off. */
    record Outcome(Duration took, Optional<String> failure) {
    }

    @Inject
    DashboardApi dashboard;

    @Inject
    RequestContextController requestContext;

    static final int WAIT_FOR_FIRST_ANSWER_S = 10;

    private final CompletableFuture<Void> firstAnswer = new CompletableFuture<>();

    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    private volatile Outcome last;

    void watchFirstAnswer(@Observes Router router) {
        router.route("/graphql").order(-200).handler(context -> {
            if (!firstAnswer.isDone()) {
                context.addEndHandler(ended -> firstAnswer.complete(null));
            }
            context.next();
        });
    }

    void start(@Observes @Priority(30) StartupEvent event, PolicygraphConfig config) {
        if (config.api().warmUp()) {
            Thread.ofVirtual().name("warm-up").start(() -> {
                try {
                    run();
                } finally {
                    finished.complete(null);
                }
            });
        } else {
            finished.complete(null);
        }
    }

    Optional<Outcome> last() {
        return Optional.ofNullable(last);
    }

    /** Waits until the warm-up has run (or a minute has passed); at once when it is off. */
    void awaitFinished() {
        try {
            finished.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // it did not finish: the caller sees it running
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            firstAnswer.get(WAIT_FOR_FIRST_ANSWER_S, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // nobody asked yet: warm up now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long began = System.nanoTime();
        var all = new SeriesFilter(null, null, null, null, null, null);
        List<Runnable> questions = List.of(
                () -> dashboard.timeSeriesByLevel(Interval.MONTH, all),
                () -> dashboard.timeSeries(Metric.TASKS, Interval.MONTH, all),
                () -> dashboard.timeSeries(Metric.MEETINGS, Interval.MONTH, all),
                () -> dashboard.topInitiatives(all, 10, null),
                () -> dashboard.topOrganizationsByRelays(all, 10, null));
        String failure = null;
        for (Runnable question : questions) {
            String failed = ask(question);
            if (failed != null) {
                // A first answer can run out of the read timeout while everything is cold; the second is the test.
                failed = ask(question);
            }
            failure = failure == null ? failed : failure;
        }
        last = new Outcome(Duration.ofNanos(System.nanoTime() - began), Optional.ofNullable(failure));
        LOG.infof("Warm-up: the dashboard's questions answered in %d ms%s", last.took().toMillis(),
                failure == null ? "" : " (one failed: " + failure + ")");
    }

    /** @return why the question failed, or null */
    private String ask(Runnable question) {
        // The resolvers share a request's transaction, so each question is asked in a request context of its own.
        requestContext.activate();
        try {
            question.run();
            return null;
        } catch (RuntimeException e) {
            // A failed warm-up costs only speed: the same question answers (or fails) for a user later.
            return String.valueOf(e.getMessage());
        } finally {
            requestContext.deactivate();
        }
    }
}
