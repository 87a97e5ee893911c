package dev.policygraph.ingest;

/**
 * A named programme or slogan (“快遞進村”, “放管服”改革, 三大攻堅戰).
 *
 * @param name as written, without quotes
 * @param key  canonical simplified name after alias resolution (lexicon)
 */
public record InitiativeRef(String name, String key, Evidence evidence) {
}
