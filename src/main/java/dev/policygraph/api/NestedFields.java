package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Every {@link NestedField} by type and name, and each node type's own projection: what {@link Subtree} plans with. */
final class NestedFields {

    private static final Map<String, String> PROJECTIONS = Map.of(
            "Meeting", Meeting.PROJECTION,
            "Official", Official.PROJECTION,
            "Organization", Organization.PROJECTION,
            "Directive", Directive.PROJECTION,
            "Task", Task.PROJECTION,
            "Initiative", Initiative.PROJECTION,
            "Article", Article.PROJECTION);

    private static final Map<String, NestedField> FIELDS = index(Stream.of(MeetingApi.NESTED, OfficialApi.NESTED,
            OrganizationApi.NESTED, DirectiveApi.NESTED, TaskApi.NESTED, InitiativeApi.NESTED, ArticleApi.NESTED)
            .flatMap(List::stream).toList());

    /** Fields whose value is built from properties of other names. */
    private static final Map<String, List<String>> READ_FROM = Map.of(
            "Article.warnings", List.of("warningCodes", "warningMessages", "warningStarts", "warningEnds"));

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("\\.(\\w+)");

    private NestedFields() {
    }

    /** The definition of {@code type.name}, or null when the field is not a nested one. */
    static NestedField of(String type, String name) {
        return FIELDS.get(type + "." + name);
    }

    /**
     * The projection of a node of {@code type}: its id and the properties {@code selected} names (all of them when
     * it is null, not known). A field read from other properties says so in {@link #READ_FROM}.
     */
    static String projection(String type, Set<String> selected) {
        String projection = PROJECTIONS.get(type);
        if (projection == null) {
            throw new IllegalArgumentException("no projection for node type " + type);
        }
        if (selected == null) {
            return projection;
        }
        var needed = new java.util.HashSet<String>();
        needed.add("id");
        for (String name : selected) {
            needed.addAll(READ_FROM.getOrDefault(type + "." + name, List.of(name)));
        }
        var kept = new java.util.ArrayList<String>();
        var property = PROPERTY.matcher(projection);
        while (property.find()) {
            if (needed.contains(property.group(1))) {
                kept.add(property.group());
            }
        }
        return "{" + String.join(", ", kept) + "}";
    }

    private static Map<String, NestedField> index(List<NestedField> fields) {
        var out = new HashMap<String, NestedField>();
        for (NestedField f : fields) {
            if (out.put(f.owner() + "." + f.name(), f) != null) {
                throw new IllegalStateException("two definitions of " + f.owner() + "." + f.name());
            }
        }
        return Map.copyOf(out);
    }
}
