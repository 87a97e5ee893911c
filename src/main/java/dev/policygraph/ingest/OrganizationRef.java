package dev.policygraph.ingest;

/**
 * A body named in an article.
 *
 * @param name as written (display)
 * @param key  canonical simplified full name: identity across articles and scripts
 */
public record OrganizationRef(String name, String key, Level level) {
}
