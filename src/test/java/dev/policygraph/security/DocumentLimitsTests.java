package dev.policygraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return "{ meetings { edges { node { " + "relays { ".repeat(levels) + "id" + " }".repeat(levels) + " } } } }";
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
        assertTrue(violation.message().contains("54 levels"), violation.message());
    }

    @Test
    void depthCountsFieldsInsideFragments() {
        String query = "{ meetings { ...A } } fragment A on MeetingConnection { edges { node { ...B } } }"
                + " fragment B on Meeting { relays { relays { relays { id } } } }";
        assertEquals("depth", check(new DocumentLimits(6, 400, 20), query).limit());
        assertNull(check(new DocumentLimits(7, 400, 20), query));
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
        // 1 + 3 fields, the fragment used twice: meetings(1) + 2 x (edges, node, id) = 7
        String query = "{ meetings { ...E ...E } } fragment E on MeetingConnection { edges { node { id } } }";
        assertEquals("complexity", check(new DocumentLimits(15, 6, 20), query).limit());
        assertNull(check(new DocumentLimits(15, 7, 20), query));
    }

    @Test
    void fragmentFanOutBombIsRefusedWithoutExpandingIt() {
        // Each fragment spreads the previous one ten times: 10^12 fields if expanded.
        var query = new StringBuilder("{ meetings { ...F12 } } fragment F0 on MeetingConnection { totalCount }");
        for (int i = 1; i <= 12; i++) {
            query.append(" fragment F").append(i).append(" on MeetingConnection {")
                    .append((" ...F" + (i - 1)).repeat(10)).append(" }");
        }
        long began = System.nanoTime();
        var violation = check(defaults, query.toString());
        assertEquals("complexity", violation.limit());
        assertTrue(System.nanoTime() - began < 1_000_000_000L, "took too long");
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
