package dev.policygraph.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything extracted from one article: a pure value, no database. Persistence writes it in one transaction.
 *
 * @param id             content hash of the raw text (SHA-256, hex): re-ingesting the same text is a no-op
 * @param publishedAt    from the dateline, or the caller's value, or null
 * @param publisher      from the dateline, or null
 * @param rawText        exactly as received
 * @param cleanText      after noise removal, as written (script kept); evidence offsets point here
 * @param simplifiedText cleanText in simplified script, same length and offsets (conversion is char for char)
 * @param documents      document titles named in 《…》
 */
public record ArticleGraph(String id, OffsetDateTime publishedAt, String publisher, String sourceUrl,
        String rawText, String cleanText, String simplifiedText, List<Warning> warnings,
        List<MeetingItem> meetings, List<OfficialRef> officials, List<OrganizationRef> organizations,
        List<InitiativeRef> initiatives, List<PartOf> partOf, List<String> documents) {
}
