package dev.policygraph.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("A meeting (會議) reported by one or more articles, or only referred to by a relaying meeting (placeholder).")
public record Meeting(@Id @NonNull String id, @NonNull String name, String simplifiedName,
        @Description("The meeting day; with datePrecision MONTH only the month is known (日前, 近日).") LocalDate date,
        DatePrecision datePrecision,
        @Description("e.g. 電視電話會議 (teleconference), 黨組會議, 局長辦公會") String form,
        @Description("True while no ingested article reports this meeting: it is known only from a relay reference.") boolean placeholder) {

    static final String PROJECTION = "{.id, .name, .simplifiedName, .date, .datePrecision, .form, .placeholder}";

    static Meeting of(Value v) {
        return new Meeting(Values.string(v, "id"), Values.string(v, "name"), Values.string(v, "simplifiedName"),
                Values.date(v, "date"), Values.enumValue(v, "datePrecision", DatePrecision.class, null), Values.string(v, "form"),
                Values.bool(v, "placeholder"));
    }
}
