// Blocking for the relay linker (see cascade.MatchTerms): the terms of every reported meeting and of every relay
// reference, so linking asks for a handful of candidates instead of scanning a year of meetings or edges.
// Whitespace analyzer: the terms are built in Java and must reach Lucene unchanged.
CREATE FULLTEXT INDEX meeting_match IF NOT EXISTS
FOR (n:Meeting) ON EACH [n.matchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX relay_match IF NOT EXISTS
FOR ()-[r:RELAYS]-() ON EACH [r.refMatch]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
