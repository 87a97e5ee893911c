package dev.policygraph.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleWhere")
@Description("Articles whose fields all match: text_CONTAINS in either script; publishedAt_GTE/publishedAt_LTE bound "
        + "the day of publication (Asia/Shanghai); sourceUrl_STARTS_WITH, e.g. urn:policygraph:demo: for the demo set.")
public record ArticleWhere(String text_CONTAINS, LocalDate publishedAt_GTE, LocalDate publishedAt_LTE,
        String sourceUrl_STARTS_WITH) {
}
