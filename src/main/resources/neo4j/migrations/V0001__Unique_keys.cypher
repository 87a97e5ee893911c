// Every node is identified by a canonical key (script-independent) and exposes a short opaque id.
// MERGE on these keys is what makes re-ingest idempotent and concurrent ingest safe.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_key IF NOT EXISTS FOR (n:Official) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directive_key IF NOT EXISTS FOR (n:Directive) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_key IF NOT EXISTS FOR (n:Initiative) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
