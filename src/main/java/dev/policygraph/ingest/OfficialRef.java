package dev.policygraph.ingest;

import java.util.List;

/**
 * A person holding office, as introduced in the article (titles come before the name: 局黨組書記、局長張偉).
 *
 * @param name         as written
 * @param key          identity: simplified name plus the organisation's key, so namesakes in two provinces stay two
 * @param titles       titles as written, in order
 * @param organization the body the titles belong to; may be null when the article does not say
 */
public record OfficialRef(String name, String key, String simplifiedName, List<String> titles,
        OrganizationRef organization, Evidence evidence) {
}
