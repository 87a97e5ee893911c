package dev.policygraph.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ParticipationRole")
@Description("An official's part in a meeting: CHAIRED (主持), SPOKE (讲话, 强调, 指出) or ATTENDED (出席).")
public enum ParticipationRole {
    CHAIRED, SPOKE, ATTENDED
}
