// One full-text index over the simplified text of every searchable node: the CJK analyzer indexes
// bigrams, and queries are simplified first, so a search in either script finds the same node.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Meeting|Official|Organization|Directive|Task|Initiative|Article) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Time filters and time-ordered lists.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
