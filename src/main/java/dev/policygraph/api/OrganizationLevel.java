package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganizationLevel")
@Description("Where a body sits in the hierarchy: 中央 CENTRAL, ministry MINISTRY, province PROVINCIAL, city MUNICIPAL,"
        + " county COUNTY; UNKNOWN when the name does not tell.")
public enum OrganizationLevel {
    CENTRAL, MINISTRY, PROVINCIAL, MUNICIPAL, COUNTY, UNKNOWN;

    static String stored(OrganizationLevel level) {
        return level == null ? null : level.name();
    }
}
