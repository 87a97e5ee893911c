package dev.policygraph.ingest;

import java.util.List;

/**
 * A directive a meeting implements (深入學習貫徹 …精神, 認真貫徹落實 …決策部署).
 *
 * @param text     as written, e.g. 習近平總書記關於郵政快遞業重要指示批示精神
 * @param key      canonical simplified text
 * @param issuedBy who issued it, as written (習近平, 黨中央, 國務院); persons and bodies alike
 * @param verb     the implementing verb as written (深入學習貫徹)
 */
public record DirectiveRef(String text, String key, List<String> issuedBy, String verb, Evidence evidence) {
}
