package dev.policygraph.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A filter on meetings in the vocabulary of {@code @neo4j/graphql}; every field set must hold. */
@Input("MeetingWhere")
@Description("Meetings whose fields all match: name_CONTAINS in either script, date_GTE/date_LTE bound the day, "
        + "convenedBy filters on the convening body.")
public record MeetingWhere(String name_CONTAINS, LocalDate date_GTE, LocalDate date_LTE, Boolean placeholder,
        DatePrecision datePrecision, OrganizationWhere convenedBy) {
}
