package dev.policygraph.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("One ingested news article, its text as received and as cleaned, and what was repaired or not understood.")
public record Article(@Id @NonNull String id,
        @Description("SHA-256 of the raw text: the same text is never stored twice") @NonNull String contentHash,
        OffsetDateTime publishedAt, String publisher, String sourceUrl, String rawText, String cleanText,
        List<ArticleWarning> warnings,
        @Description("Document titles named in 《…》") List<String> documents) {

    static final String PROJECTION = """
            {.id, .contentHash, .publishedAt, .publisher, .sourceUrl, .rawText, .cleanText, .documents,
             .warningCodes, .warningMessages, .warningStarts, .warningEnds}""";

    static Article of(Value v) {
        List<String> codes = Values.strings(v, "warningCodes");
        List<String> messages = Values.strings(v, "warningMessages");
        List<Integer> starts = v.get("warningStarts").isNull() ? List.of() : v.get("warningStarts").asList(Value::asInt);
        List<Integer> ends = v.get("warningEnds").isNull() ? List.of() : v.get("warningEnds").asList(Value::asInt);
        var warnings = new ArrayList<ArticleWarning>();
        for (int i = 0; i < codes.size(); i++) {
            warnings.add(new ArticleWarning(codes.get(i), messages.get(i), starts.get(i), ends.get(i)));
        }
        return new Article(Values.string(v, "id"), Values.string(v, "contentHash"), Values.dateTime(v, "publishedAt"),
                Values.string(v, "publisher"), Values.string(v, "sourceUrl"), Values.string(v, "rawText"),
                Values.string(v, "cleanText"), warnings, Values.strings(v, "documents"));
    }
}
