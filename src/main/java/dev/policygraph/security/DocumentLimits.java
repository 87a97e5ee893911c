package dev.policygraph.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Measures a parsed GraphQL document before it is validated or executed: nesting depth and field count (its
 * complexity) of the operations that will run, with fragments expanded, and the number of aliases. Each measure
 * is linear in the document's size (fragments are measured once), so a hostile document costs almost nothing to
 * refuse.
 */
public final class DocumentLimits {

    /** A refused document: which limit, its configuration key, and what to tell the client. */
    public record Violation(String limit, String configKey, String message) {
    }

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;

    DocumentLimits(int maxDepth, int maxComplexity, int maxAliases) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.maxAliases = maxAliases;
    }

    /** @return the first limit the document exceeds, or null */
    public Violation check(Document document, List<OperationDefinition> operations) {
        int aliases = countAliases(document);
        if (aliases > maxAliases) {
            return new Violation("aliases", "policygraph.api.max-aliases", "The query uses " + aliases
                    + " aliases; at most " + maxAliases + " are allowed (policygraph.api.max-aliases).");
        }
        var measure = new Measure(fragments(document));
        for (OperationDefinition operation : operations) {
            int depth = measure.depth(operation.getSelectionSet());
            if (depth > maxDepth) {
                return new Violation("depth", "policygraph.api.max-query-depth", "The query is nested " + depth
                        + " levels deep; at most " + maxDepth + " are allowed (policygraph.api.max-query-depth).");
            }
            long complexity = measure.fields(operation.getSelectionSet());
            if (complexity > maxComplexity) {
                return new Violation("complexity", "policygraph.api.max-query-complexity", "The query selects "
                        + (complexity == Long.MAX_VALUE ? "too many" : String.valueOf(complexity))
                        + " fields (fragments expanded); at most " + maxComplexity
                        + " are allowed (policygraph.api.max-query-complexity).");
            }
        }
        return null;
    }

    private static Map<String, FragmentDefinition> fragments(Document document) {
        var out = new HashMap<String, FragmentDefinition>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof FragmentDefinition f) {
                out.putIfAbsent(f.getName(), f);
            }
        }
        return out;
    }

    /** Aliases written anywhere in the document (operations and fragments), each counted once. */
    static int countAliases(Document document) {
        int count = 0;
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition o) {
                count += aliasesIn(o.getSelectionSet());
            } else if (d instanceof FragmentDefinition f) {
                count += aliasesIn(f.getSelectionSet());
            }
        }
        return count;
    }

    private static int aliasesIn(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                count += (f.getAlias() == null ? 0 : 1) + aliasesIn(f.getSelectionSet());
            } else if (s instanceof InlineFragment i) {
                count += aliasesIn(i.getSelectionSet());
            }
        }
        return count;
    }

    /** Depth and field count with fragment spreads expanded; each fragment measured once, cycles count as 0. */
    private static final class Measure {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Integer> depths = new HashMap<>();
        private final Map<String, Long> fieldCounts = new HashMap<>();
        private final Set<String> visiting = new HashSet<>();

        Measure(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        int depth(SelectionSet set) {
            if (set == null) {
                return 0;
            }
            int max = 0;
            for (Selection<?> s : set.getSelections()) {
                int d = switch (s) {
                    case Field f -> 1 + depth(f.getSelectionSet());
                    case InlineFragment i -> depth(i.getSelectionSet());
                    case FragmentSpread spread -> fragmentDepth(spread.getName());
                    default -> 0;
                };
                max = Math.max(max, d);
            }
            return max;
        }

        long fields(SelectionSet set) {
            if (set == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> s : set.getSelections()) {
                long n = switch (s) {
                    case Field f -> add(1, fields(f.getSelectionSet()));
                    case InlineFragment i -> fields(i.getSelectionSet());
                    case FragmentSpread spread -> fragmentFields(spread.getName());
                    default -> 0;
                };
                total = add(total, n);
            }
            return total;
        }

        private int fragmentDepth(String name) {
            Integer known = depths.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition f = fragments.get(name);
            if (f == null || !visiting.add(name)) {
                return 0; // unknown or cyclic: validation refuses it
            }
            int d = depth(f.getSelectionSet());
            visiting.remove(name);
            depths.put(name, d);
            return d;
        }

        private long fragmentFields(String name) {
            Long known = fieldCounts.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition f = fragments.get(name);
            if (f == null || !visiting.add(name)) {
                return 0;
            }
            long n = fields(f.getSelectionSet());
            visiting.remove(name);
            fieldCounts.put(name, n);
            return n;
        }

        /** Saturating: a fragment fan-out bomb ends at Long.MAX_VALUE instead of wrapping around. */
        private static long add(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
