package dev.policygraph.security;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Nested fields are batch resolvers, and graphql-java batches every use of a field at one depth of the query into one
 * call, which runs with the arguments of the first use: {@code a: tasks(kind: "TASK") b: tasks(kind: "ACHIEVEMENT")}
 * would answer both with tasks. Such a document is refused, naming the field, instead of answered wrongly. Run after
 * {@link DocumentLimits}, whose complexity limit bounds the expanded walk.
 */
final class BatchedArguments {

    /** The nested fields that take arguments (Meeting.tasks). Root fields are not batched. */
    private static final Set<String> FIELDS = Set.of("tasks");

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, String> argumentsAt = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private BatchedArguments(Document document) {
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof FragmentDefinition f) {
                fragments.putIfAbsent(f.getName(), f);
            }
        }
    }

    /** @return the message for the first field asked for with two sets of arguments at one depth, or null */
    static String conflict(Document document, List<OperationDefinition> operations) {
        var walk = new BatchedArguments(document);
        for (OperationDefinition operation : operations) {
            String found = walk.walk(operation.getSelectionSet(), 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String walk(SelectionSet set, int depth) {
        if (set == null) {
            return null;
        }
        for (Selection<?> s : set.getSelections()) {
            String found = switch (s) {
                case Field f -> field(f, depth);
                case InlineFragment i -> walk(i.getSelectionSet(), depth);
                case FragmentSpread spread -> spread(spread.getName(), depth);
                default -> null;
            };
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String field(Field f, int depth) {
        if (depth > 1 && FIELDS.contains(f.getName())) {
            String arguments = f.getArguments().stream().sorted(Comparator.comparing(a -> a.getName()))
                    .map(AstPrinter::printAst).collect(Collectors.joining(", "));
            String first = argumentsAt.putIfAbsent(depth + "/" + f.getName(), arguments);
            if (first != null && !first.equals(arguments)) {
                return "The query asks for " + f.getName() + " at one level with different arguments (" + describe(first)
                        + " and " + describe(arguments) + "); nested fields are fetched in one batch per level, so "
                        + "send these in separate requests, or ask once (kind: ALL gives every kind).";
            }
        }
        return walk(f.getSelectionSet(), depth + 1);
    }

    private String spread(String name, int depth) {
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !visiting.add(name)) {
            return null; // unknown or cyclic: validation reports it
        }
        try {
            return walk(fragment.getSelectionSet(), depth);
        } finally {
            visiting.remove(name);
        }
    }

    private static String describe(String arguments) {
        return arguments.isEmpty() ? "none" : arguments;
    }
}
