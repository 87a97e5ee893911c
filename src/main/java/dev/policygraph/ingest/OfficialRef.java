package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A person holding office, as introduced in the article (titles come before the name: 局黨組書記、局長張偉).
 *
 * @param name         as written
 * @param key          identity: simplified name plus the organisation's key, so namesakes in two provinces stay two
 * @param titles       titles as written, in order
 * @param organization the official's body (the first a title gives), part of the key; null when the article does not say
 * @param bodies       each title's own body, in the titles' order, null where the article does not say
 *                     (区委副书记、区长: the 区委's, and the district government's, which it does not name)
 */
public record OfficialRef(String name, String key, String simplifiedName, List<String> titles,
        OrganizationRef organization, Evidence evidence, List<OrganizationRef> bodies) {

    public OfficialRef {
        bodies = Collections.unmodifiableList(new ArrayList<>(bodies)); // nulls allowed: List.copyOf refuses them
    }

    /** Every title of the official's own body. */
    public OfficialRef(String name, String key, String simplifiedName, List<String> titles,
            OrganizationRef organization, Evidence evidence) {
        this(name, key, simplifiedName, titles, organization, evidence,
                Collections.nCopies(titles.size(), organization));
    }

    /** This official with each title's body. */
    public OfficialRef withBodies(List<OrganizationRef> titleBodies) {
        return new OfficialRef(name, key, simplifiedName, titles, organization, evidence, titleBodies);
    }
}
