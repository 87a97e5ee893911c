package dev.policygraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.parser.Parser;

class DocumentLimitsTests {

    /** The defaults of policygraph.api.max-query-depth, -complexity and max-aliases. */
    private final DocumentLimits defaults = new DocumentLimits(15, 400, 20);

    private DocumentLimits.Violation check(DocumentLimits limits, String query) {
        Document document = Parser.parse(query);
        return limits.check(document, DocumentChecks.selected(document, null));
    }

    static String nested(int levels) {
        return "{ meetings { nodes { " + "relays { ".repeat(levels) + "id" + " }".repeat(levels) + " } } }";
    }

    @Test
    void graphiqlStyleIntrospectionFitsTheDefaults() {
        assertNull(check(defaults, IntrospectionQuery.INTROSPECTION_QUERY));
    }

    @Test
    void fiftyLevelNestedQueryIsRefusedNamingTheDepthLimit() {
        var violation = check(defaults, nested(50));
        assertNotNull(violation);
        assertEquals("policygraph.api.max-query-depth", violation.configKey());
        assertTrue(violation.message().contains("53 levels"), violation.message());
    }

    @Test
    void depthCountsFieldsInsideFragments() {
        // meetings, nodes, relays x3, id: 6 deep
        String query = "{ meetings { ...A } } fragment A on MeetingConnection { nodes { ...B } }"
                + " fragment B on Meeting { relays { relays { relays { id } } } }";
        assertEquals("depth", check(new DocumentLimits(5, 400, 20), query).limit());
        assertNull(check(new DocumentLimits(6, 400, 20), query));
    }

    @Test
    void aliasesBeyondTheLimitAreRefusedNamingTheLimit() {
        var query = new StringBuilder("{");
        for (int i = 0; i < 21; i++) {
            query.append(" a").append(i).append(": meetings { totalCount }");
        }
        var violation = check(defaults, query.append(" }").toString());
        assertEquals("policygraph.api.max-aliases", violation.configKey());
        assertTrue(violation.message().contains("21 aliases"), violation.message());
    }

    @Test
    void twentyAliasesAreAllowed() {
        var query = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            query.append(" a").append(i).append(": meetings { totalCount }");
        }
        assertNull(check(defaults, query.append(" }").toString()));
    }

    @Test
    void complexityCountsEveryFieldWithFragmentsExpanded() {
        // the fragment used twice: meetings(1) + 2 x (nodes, id) = 5
        String query = "{ meetings { ...E ...E } } fragment E on MeetingConnection { nodes { id } }";
        assertEquals("complexity", check(new DocumentLimits(15, 4, 20), query).limit());
        assertNull(check(new DocumentLimits(15, 5, 20), query));
    }

    @Test
    void fragmentFanOutBombIsRefusedWithoutExpandingIt() {
        // Each fragment spreads the previous one ten times: 10^12 fields if expanded.
        var query = new StringBuilder("{ meetings { ...F12 } } fragment F0 on MeetingConnection { totalCount }");
        for (int i = 1; i <= 12; i++) {
            query.append(" fragment F").append(i).append(" on MeetingConnection {")
                    .append((" ...F" + (i - 1)).repeat(10)).append(" }");
        }
        // Expanded, this would never finish: the timeout guards against a hang, the limit is what is asserted.
        var violation = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> check(defaults, query.toString()));
        assertEquals("complexity", violation.limit());
    }

    @Test
    void cyclicFragmentsDoNotLoop() {
        String query = "{ meetings { ...A } } fragment A on MeetingConnection { ...B } fragment B on MeetingConnection { ...A }";
        assertNull(check(defaults, query)); // validation refuses it afterwards
    }

    @Test
    void onlyTheNamedOperationIsMeasured() {
        String query = "query Small { meetings { totalCount } } query Deep " + nested(50);
        Document document = Parser.parse(query);
        assertNull(defaults.check(document, DocumentChecks.selected(document, "Small")));
        assertNotNull(defaults.check(document, DocumentChecks.selected(document, "Deep")));
    }
}
