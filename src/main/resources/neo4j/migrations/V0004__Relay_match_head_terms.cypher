// Blocking terms gained a head term (the first four characters of the folded name), so that a name contained in
// another is found without asking for every bigram. Clear the old terms; the data step (MatchTermsBackfill) writes
// them again in pages.
MATCH (m:Meeting) WHERE m.matchText IS NOT NULL REMOVE m.matchText;
MATCH ()-[e:RELAYS]->() WHERE e.refMatch IS NOT NULL REMOVE e.refMatch;
