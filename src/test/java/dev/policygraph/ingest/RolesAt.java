package dev.policygraph.ingest;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Test helper: the roles an official (by simplified name) has at a meeting of an extracted graph. */
final class RolesAt {

    private RolesAt() {
    }

    static Set<String> of(ArticleGraph g, MeetingItem m, String name) {
        Map<String, String> names = g.officials().stream()
                .collect(Collectors.toMap(OfficialRef::key, OfficialRef::simplifiedName, (a, b) -> a));
        return m.participants().stream().filter(p -> name.equals(names.get(p.officialKey())))
                .map(p -> p.role().name()).collect(Collectors.toSet());
    }
}
