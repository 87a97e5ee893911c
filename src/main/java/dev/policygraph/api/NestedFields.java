package dev.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private NestedFields() {
    }

    /** The definition of {@code type.name}, or null when the field is not a nested one. */
    static NestedField of(String type, String name) {
        return FIELDS.get(type + "." + name);
    }

    /**
     * The projection of a node of {@code type}; properties that may be large (an article's texts) only when
     * {@code selected} names them or is null (not known).
     */
    static String projection(String type, java.util.Set<String> selected) {
        String projection = PROJECTIONS.get(type);
        if (projection == null) {
            throw new IllegalArgumentException("no projection for node type " + type);
        }
        if (selected != null && type.equals("Article")) {
            for (String text : Article.LARGE) {
                if (!selected.contains(text)) {
                    projection = projection.replace("." + text + ", ", "");
                }
            }
        }
        return projection;
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
