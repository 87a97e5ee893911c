package dev.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper: a written text extracted with no address and no publication time, and what tests look up in it. */
final class Extracted {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private Extracted() {
    }

    static ArticleGraph extract(String text) {
        return EXTRACTOR.extract(new ArticleInput(text, null, null));
    }

    /** The one meeting the text reports (fails, listing them, when there are more or none). */
    static MeetingItem only(ArticleGraph g) {
        assertEquals(1, g.meetings().size(), g.meetings().toString());
        return g.meetings().get(0);
    }

    static OfficialRef official(ArticleGraph g, String name) {
        return g.officials().stream().filter(o -> o.simplifiedName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + g.officials()));
    }
}
