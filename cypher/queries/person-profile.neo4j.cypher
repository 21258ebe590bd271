// A person's profile. Params: $id. One row (none for an unknown id). Columns:
// person (node); honours [{id, name, scope, level, category, year, evidence}];
// employers [{id, name, orgType, jobTitle, evidence}];
// events [{id, name, date, theme, campaign, talkTitle, venues [{id, name}], organisers [{id, name, role}], evidence}];
// articles [{id, title, date, source, role}].
MATCH (p:Person)
WHERE p.id = $id
OPTIONAL MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
WITH p, [x IN collect({id: h.id, name: h.name, scope: h.scope, level: h.level, category: h.category,
  year: hh.year, evidence: hh.evidence}) WHERE x.id IS NOT NULL] AS honours
OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o:Organization)
WITH p, honours, [x IN collect({id: o.id, name: o.name, orgType: o.orgType, jobTitle: w.jobTitle,
  evidence: w.evidence}) WHERE x.id IS NOT NULL] AS employers
OPTIONAL MATCH (p)-[s:SPOKE_AT]->(e:Event)
OPTIONAL MATCH (e)-[:HELD_AT]->(v:Place)
WITH p, honours, employers, s, e, [x IN collect({id: v.id, name: v.name}) WHERE x.id IS NOT NULL] AS venues
OPTIONAL MATCH (e)-[ob:ORGANIZED_BY]->(org:Organization)
WITH p, honours, employers, s, e, venues,
  [x IN collect({id: org.id, name: org.name, role: ob.role}) WHERE x.id IS NOT NULL] AS organisers
WITH p, honours, employers, [x IN collect({id: e.id, name: e.name, date: e.date, theme: e.theme,
  campaign: e.campaign, talkTitle: s.talkTitle, venues: venues, organisers: organisers, evidence: s.evidence})
  WHERE x.id IS NOT NULL] AS events
OPTIONAL MATCH (p)-[rp:REPORTED]->(a:Article)
WITH p, honours, employers, events, [x IN collect({id: a.id, title: a.title, date: a.date,
  source: a.source, role: rp.role}) WHERE x.id IS NOT NULL] AS articles
RETURN p AS person, honours, employers, events, articles
