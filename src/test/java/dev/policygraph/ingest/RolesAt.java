package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** Each of {@code names} has exactly {@code roles} at the meeting (the failing name in the message). */
    static void assertEach(ArticleGraph g, MeetingItem m, Set<String> roles, String... names) {
        for (String name : names) {
            assertEquals(roles, of(g, m, name), name);
        }
    }
}
