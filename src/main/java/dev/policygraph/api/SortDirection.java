package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Enum;

@Enum("SortDirection")
public enum SortDirection {
    ASC, DESC
}
