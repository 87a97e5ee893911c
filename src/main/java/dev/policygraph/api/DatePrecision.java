package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How much of a meeting's date the article gives: DAY, MONTH (日前, 近日: the day is the month's first), YEAR.")
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
