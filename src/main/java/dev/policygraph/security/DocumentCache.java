package dev.policygraph.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * graphql-java's parsed and validated documents, keyed on the exact query text, bounded by the characters held
 * (SmallRye's own cache is bounded only by entry count, so a thousand megabyte-sized texts would fill the heap). A
 * text longer than a tenth of the budget is parsed and validated every time, never kept. Only documents that
 * validated cleanly are kept. A document is the same whoever sends it: nothing here depends on the caller.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final long budgetChars;
    private final long largestKept;
    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long heldChars;

    DocumentCache(long budgetChars) {
        this.budgetChars = budgetChars;
        this.largestKept = budgetChars / 10;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = get(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors() && query.length() <= largestKept) {
            put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    synchronized long heldChars() {
        return heldChars;
    }

    synchronized int size() {
        return entries.size();
    }

    private synchronized PreparsedDocumentEntry get(String query) {
        return entries.get(query);
    }

    private synchronized void put(String query, PreparsedDocumentEntry entry) {
        if (entries.put(query, entry) == null) {
            heldChars += query.length();
        }
        var eldest = entries.entrySet().iterator();
        while (heldChars > budgetChars && eldest.hasNext()) {
            heldChars -= eldest.next().getKey().length();
            eldest.remove();
        }
    }
}
