package dev.policygraph.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Caps the article text one answer carries: once the {@code rawText}/{@code cleanText} values of a request pass
 * {@code policygraph.api.max-response-text-chars}, further ones come back null with one {@code limit-exceeded}
 * error each. The cost limit keeps the number of such fields small; this keeps their size bounded too, whatever the
 * articles stored.
 */
final class ResponseTextBudget extends SimplePerformantInstrumentation {

    private static final class Spent implements InstrumentationState {
        final AtomicLong chars = new AtomicLong();
    }

    private final long max;

    ResponseTextBudget(long max) {
        this.max = max;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Spent());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Spent spent)
                || !QueryCost.LARGE_TEXT.contains(parameters.getExecutionStepInfo().getFieldDefinition().getName())) {
            return fetcher;
        }
        return env -> {
            Object value = fetcher.get(env);
            if (value instanceof String text && spent.chars.addAndGet(text.length()) > max) {
                return DataFetcherResult.newResult().data(null).error(Refusal.limit(new DocumentLimits.Violation(
                        "response-text", "policygraph.api.max-response-text-chars", "This answer's article texts"
                                + " passed " + max + " characters (policygraph.api.max-response-text-chars); the"
                                + " rest are left out. Ask for fewer articles or leave out rawText/cleanText.")))
                        .build();
            }
            return value;
        };
    }
}
