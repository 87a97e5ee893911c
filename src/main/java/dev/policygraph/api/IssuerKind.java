package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("IssuerKind")
@Description("Who issued a directive: an OFFICIAL (resolve with official(id)) or an ORGANIZATION (organization(id)).")
public enum IssuerKind {
    OFFICIAL, ORGANIZATION
}
