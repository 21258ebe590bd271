// A person's profile. Params: $id. One row (none for an unknown id). Columns:
// person (node); honours [{id, name, scope, level, category, year, evidence}];
// employers [{id, name, orgType, jobTitle, evidence}];
// events [{id, name, date, theme, campaign, talkTitle, venues [{id, name}], organisers [{id, name, role}], evidence}];
// articles [{id, title, date, source, role}].
// kuzu: an aggregate used inside a later collect must be a plain `collect(...) AS x` followed by
// `UNWIND [0] AS barrier`, else the binder reports a nested aggregation; filter nulls afterwards.
MATCH (p:Person)
WHERE p.id = $id
OPTIONAL MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
WITH p, list_filter(collect({id: h.id, name: h.name, scope: h.scope, level: h.level, category: h.category,
  year: hh.year, evidence: hh.evidence}), x -> x.id IS NOT NULL) AS honours
OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o:Organization)
WITH p, honours, list_filter(collect({id: o.id, name: o.name, orgType: o.orgType, jobTitle: w.jobTitle,
  evidence: w.evidence}), x -> x.id IS NOT NULL) AS employers
OPTIONAL MATCH (p)-[s:SPOKE_AT]->(e:Event)
OPTIONAL MATCH (e)-[:HELD_AT]->(v:Place)
WITH p, honours, employers, s, e, collect({id: v.id, name: v.name}) AS venues0
UNWIND [0] AS barrier1
OPTIONAL MATCH (e)-[ob:ORGANIZED_BY]->(org:Organization)
WITH p, honours, employers, s, e, venues0, collect({id: org.id, name: org.name, role: ob.role}) AS organisers0
UNWIND [0] AS barrier2
WITH p, honours, employers, list_filter(collect({id: e.id, name: e.name, date: e.date, theme: e.theme,
  campaign: e.campaign, talkTitle: s.talkTitle, venues: list_filter(venues0, x -> x.id IS NOT NULL),
  organisers: list_filter(organisers0, x -> x.id IS NOT NULL), evidence: s.evidence}),
  x -> x.id IS NOT NULL) AS events
OPTIONAL MATCH (p)-[rp:REPORTED]->(a:Article)
WITH p, honours, employers, events, list_filter(collect({id: a.id, title: a.title, date: a.date,
  source: a.source, role: rp.role}), x -> x.id IS NOT NULL) AS articles
RETURN p AS person, honours, employers, events, articles
