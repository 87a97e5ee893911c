package dev.policygraph.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;


/**
 * The cost of an operation with its variables, before it runs: each field costs 1, a large text field
 * ({@link #LARGE_TEXT}) costs {@link #LARGE_TEXT_COST}, and what is selected under a field that pages
 * ({@code first}) counts once per row it may return. Twenty aliases of a 200-article page of raw texts cost far over
 * the limit and are refused with {@code limit-exceeded}, where they used to answer 80 MB.
 */
final class QueryCost extends MaxQueryComplexityInstrumentation {

    /** Fields that carry a whole article's text. */
    static final Set<String> LARGE_TEXT = Set.of("rawText", "cleanText");

    /** A large text field counts like this many ordinary fields. */
    static final int LARGE_TEXT_COST = 100;

    private final int max;

    QueryCost(int maxQueryCost, int defaultPageSize, int maxPageSize) {
        super(maxQueryCost, calculator(defaultPageSize, maxPageSize));
        this.max = maxQueryCost;
    }

    /** A {@code first} over the page limit counts as the limit: the field refuses it itself, naming the limit. */
    private static FieldComplexityCalculator calculator(int defaultPageSize, int maxPageSize) {
        return (FieldComplexityEnvironment env, int childComplexity) -> {
            int own = LARGE_TEXT.contains(env.getField().getName()) ? LARGE_TEXT_COST : 1;
            long rows = Math.min(maxPageSize, rows(env.getArguments(), env.getFieldDefinition().getArguments().stream()
                    .anyMatch(a -> a.getName().equals("first")), defaultPageSize));
            long cost = own + rows * childComplexity;
            return (int) Math.min(Integer.MAX_VALUE, cost);
        };
    }

    /** How many rows a field may return: its {@code first} (or the default page size), else 1. */
    private static long rows(Map<String, Object> arguments, boolean pages, int defaultPageSize) {
        if (!pages) {
            return 1;
        }
        Object first = arguments.get("first");
        return first instanceof Number n ? Math.max(1, n.longValue()) : defaultPageSize;
    }

    @Override
    protected AbortExecutionException mkAbortException(int cost, int maxCost) {
        return new AbortExecutionException(List.of(Refusal.limit(new DocumentLimits.Violation("cost",
                "policygraph.api.max-query-cost", "The query costs " + cost + " (each field 1, each rawText or"
                        + " cleanText " + LARGE_TEXT_COST + ", times the rows a paged field may return); at most "
                        + max + " is allowed (policygraph.api.max-query-cost). Ask for a smaller first or fewer"
                        + " fields."))));
    }
}
