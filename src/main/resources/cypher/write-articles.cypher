// Writes a batch of extracted articles in one statement. $articles holds one row per article, built by
// dev.policygraph.graph.ArticleRows; each article runs in its own subquery and sees what the ones before it wrote,
// so a batch makes the same graph as writing its articles one by one in that order.
//
// Every node is MERGEd on its canonical key, so re-ingesting a text changes nothing and overlapping articles share
// nodes. Two rules keep the graph independent of ingest order; the subqueries below only MERGE and return what they
// touched, and the two rules are applied once, at the end of each article:
//   describedBy: a shared node's display fields come from the smallest article id that describes it (a placeholder
//                meeting, which only relays named, gives way to any article that reports it);
//   evidence:    a relationship several articles assert keeps the evidence of the smallest article id.
//
// replan=skip: compiling this statement costs seconds, and on a fast-growing store Neo4j would re-plan it every few
// batches as the statistics move. Every lookup is on a uniquely constrained key, so the first plan stays right.
CYPHER replan=skip
UNWIND $articles AS art
CALL {
  WITH art
  // Claim the article: MERGE on the unique id takes the index lock, so of concurrent writers of one text exactly
  // one creates it; the others wait for it, then see it taken.
  MERGE (a:Article {id: art.id})
    ON CREATE SET a.ingestedAt = datetime(), a.claimed = true
  WITH art, a, a.claimed IS NOT NULL AS created
  REMOVE a.claimed
  WITH art, a, created
  CALL {
    WITH art, a, created
    WITH art, a WHERE created
    SET a += art.props
    WITH art, a

    // Bodies the article names; a level extraction could not tell is taken from a later mention that can.
    CALL {
      WITH art, a
      UNWIND art.organizations AS o
      MERGE (g:Organization {key: o.key})
        ON CREATE SET g.id = o.id, g.level = o.level
      SET g.level = CASE WHEN g.level = 'UNKNOWN' THEN o.level ELSE g.level END
      MERGE (a)-[:MENTIONS]->(g)
      RETURN collect({node: g, display: o.display}) AS organizations
    }

    // The bodies above them where a name makes it plain (福建省邮政管理局 → 国家邮政局), created bare if new,
    // then the level read from the name of every body that has none yet.
    CALL {
      WITH art
      UNWIND art.hierarchy.links AS l
      MATCH (c:Organization {key: l.child})
      MERGE (p:Organization {key: l.parent})
        ON CREATE SET p.id = l.parentId, p.name = l.parent, p.simplifiedName = l.parent,
                      p.searchText = l.parent, p.level = l.level
      MERGE (c)-[s:SUBORDINATE_TO]->(p)
        ON CREATE SET s.confidence = l.confidence, s.basis = l.basis, s.evidence = l.basis
    }
    CALL {
      WITH art
      UNWIND art.hierarchy.levels AS b
      MATCH (g:Organization {key: b.key})
      WHERE coalesce(g.level, 'UNKNOWN') = 'UNKNOWN'
      SET g.level = b.level
    }

    CALL {
      WITH art, a
      UNWIND art.officials AS p
      MERGE (o:Official {key: p.key})
        ON CREATE SET o.id = p.id
      MERGE (a)-[m:MENTIONS]->(o)
      // titles the article gives with no body named (a body's are HELD edges below), as of the same day
      SET m.titlesWithoutBody = CASE WHEN size(p.titlesWithoutBody) > 0 THEN p.titlesWithoutBody END,
          m.asOf = CASE WHEN size(p.titlesWithoutBody) > 0 THEN p.asOf END
      RETURN collect({node: o, display: p.display}) AS officials,
             collect({rel: m, evidence: p.evidence}) AS officialMentions
    }
    // A title held at a body, as of the meeting's (else the publication) day.
    CALL {
      WITH art
      UNWIND art.titles AS t
      MATCH (o:Official {key: t.official}), (g:Organization {key: t.organization})
      MERGE (o)-[h:HELD {title: t.title, asOf: t.asOf}]->(g)
      RETURN collect({rel: h, evidence: t.evidence}) AS held
    }

    CALL {
      WITH art, a
      UNWIND art.initiatives AS i
      MERGE (n:Initiative {key: i.key})
        ON CREATE SET n.id = i.id
      MERGE (a)-[m:MENTIONS]->(n)
      RETURN collect({node: n, display: i.display}) AS initiatives,
             collect({rel: m, evidence: i.evidence}) AS initiativeMentions
    }
    CALL {
      WITH art
      UNWIND art.partOf AS p
      MATCH (c:Initiative {key: p.child}), (g:Initiative {key: p.parent})
      MERGE (c)-[r:PART_OF]->(g)
      RETURN collect({rel: r, evidence: p.evidence}) AS partOf
    }

    // The meetings it reports. A report replaces what relays said of a meeting, so a convener taken from a relay
    // goes before the reported one is written.
    CALL {
      WITH art, a
      UNWIND art.meetings AS mt
      MERGE (m:Meeting {key: mt.key})
        ON CREATE SET m.id = mt.id
      MERGE (a)-[r:REPORTS]->(m)
      WITH mt, m, r
      OPTIONAL MATCH ()-[relayed:CONVENED {fromRelay: true}]->(m)
      DELETE relayed
      WITH DISTINCT mt, m, r
      RETURN collect({node: m, display: mt.display}) AS meetings, collect({rel: r, evidence: mt.evidence}) AS reports
    }
    CALL {
      WITH art
      UNWIND art.conveners AS c
      MATCH (g:Organization {key: c.organization}), (m:Meeting {key: c.meeting})
      MERGE (g)-[r:CONVENED]->(m)
      RETURN collect({rel: r, evidence: c.evidence}) AS convened
    }
    // Who attended, chaired and spoke. (One subquery per type: a MERGE on a relationship type given as a value is
    // planned as a scan of every relationship.)
    CALL {
      WITH art
      UNWIND art.attended AS p
      MATCH (o:Official {key: p.official}), (m:Meeting {key: p.meeting})
      MERGE (o)-[r:ATTENDED]->(m)
      RETURN collect({rel: r, evidence: p.evidence}) AS attended
    }
    CALL {
      WITH art
      UNWIND art.chaired AS p
      MATCH (o:Official {key: p.official}), (m:Meeting {key: p.meeting})
      MERGE (o)-[r:CHAIRED]->(m)
      RETURN collect({rel: r, evidence: p.evidence}) AS chaired
    }
    CALL {
      WITH art
      UNWIND art.spoke AS p
      MATCH (o:Official {key: p.official}), (m:Meeting {key: p.meeting})
      MERGE (o)-[r:SPOKE_AT]->(m)
      RETURN collect({rel: r, evidence: p.evidence}) AS spoke
    }
    // Bodies that took part from a venue (主会场, 各分会场).
    CALL {
      WITH art
      UNWIND art.venues AS v
      MATCH (g:Organization {key: v.organization}), (m:Meeting {key: v.meeting})
      MERGE (g)-[t:TOOK_PART {venue: v.venue}]->(m)
      RETURN collect({rel: t, evidence: v.evidence}) AS tookPart
    }

    CALL {
      WITH art
      UNWIND art.directives AS d
      MATCH (m:Meeting {key: d.meeting})
      MERGE (x:Directive {key: d.key})
        ON CREATE SET x.id = d.id
      MERGE (m)-[i:IMPLEMENTS]->(x)
      RETURN collect({node: x, display: d.display}) AS directives, collect({rel: i, evidence: d.evidence}) AS implementing
    }
    // Who issued a directive: a body the article names, or a person created bare when no article has described them.
    CALL {
      WITH art
      UNWIND art.issuers AS s
      MATCH (x:Directive {key: s.directive})
      CALL {
        WITH art, s
        WITH art, s WHERE s.label = 'Official'
        MERGE (o:Official {key: s.key})
          ON CREATE SET o.id = s.id, o.name = s.name, o.simplifiedName = s.simplifiedName,
                        o.searchText = s.searchText, o.describedBy = art.id
        RETURN o AS issuer
        UNION
        WITH art, s
        WITH art, s WHERE s.label = 'Organization'
        MERGE (g:Organization {key: s.key})
          ON CREATE SET g.id = s.id, g.name = s.name, g.simplifiedName = s.simplifiedName,
                        g.searchText = s.searchText, g.level = s.level, g.describedBy = art.id
        RETURN g AS issuer
      }
      MERGE (issuer)-[r:ISSUED]->(x)
      RETURN collect({rel: r, evidence: s.evidence}) AS issued
    }

    // Tasks and requirements the meeting set, their actions, the initiatives they advance and who set them.
    CALL {
      WITH art
      UNWIND art.tasks AS t
      MATCH (m:Meeting {key: t.meeting})
      MERGE (x:Task {key: t.key})
        ON CREATE SET x.id = t.id
      MERGE (m)-[r:ASSIGNED]->(x)
      RETURN collect({node: x, display: t.display}) AS tasks, collect({rel: r, evidence: t.evidence}) AS assigned
    }
    CALL {
      WITH art
      UNWIND art.actions AS y
      MATCH (x:Task {key: y.task})
      MERGE (z:Task {key: y.key})
        ON CREATE SET z.id = y.id
      MERGE (x)-[h:HAS_ACTION]->(z)
      RETURN collect({node: z, display: y.display}) AS actions, collect({rel: h, evidence: y.evidence}) AS hasAction
    }
    CALL {
      WITH art
      UNWIND art.advances AS v
      MATCH (x:Task {key: v.task})
      MERGE (n:Initiative {key: v.initiative})
      MERGE (x)-[r:ADVANCES]->(n)
      RETURN collect({rel: r, evidence: v.evidence}) AS advances
    }
    CALL {
      WITH art
      UNWIND art.setters AS s
      MATCH (o:Official {key: s.official}), (x:Task {key: s.task})
      MERGE (o)-[r:SET]->(x)
      RETURN collect({rel: r, evidence: s.evidence}) AS setBy
    }

    // The two rules, one row at a time (each in its own subquery, so a later row sees an earlier one's write).
    WITH art, organizations + officials + initiatives + meetings + directives + tasks + actions AS described,
         officialMentions + held + initiativeMentions + partOf + reports + convened + attended + chaired + spoke
           + tookPart
           + implementing + issued + assigned + hasAction + advances + setBy AS evidenced
    CALL {
      WITH art, described
      UNWIND described AS d
      CALL {
        WITH art, d
        WITH art, d.node AS n, d.display AS display
        WHERE n.describedBy IS NULL OR art.id < n.describedBy OR n.placeholder = true
        SET n += display, n.describedBy = art.id
      }
    }
    CALL {
      WITH evidenced
      UNWIND evidenced AS e
      CALL {
        WITH e
        WITH e.rel AS r, e.evidence AS evidence
        WHERE r.article IS NULL OR evidence.article < r.article
        SET r += evidence
      }
    }
  }
  RETURN created
}
RETURN art.id AS id, created
