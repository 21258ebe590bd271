// An event's profile. Params: $id. One row (none for an unknown id). Columns:
// event (node); venues [{id, name, evidence}]; organisers [{id, name, orgType, role, evidence}];
// speakers [{id, label, name, talkTitle, honours [{id, name, level, category, year}],
// employers [{id, name, jobTitle}], evidence}].
MATCH (e:Event)
WHERE e.id = $id
OPTIONAL MATCH (e)-[ha:HELD_AT]->(v:Place)
WITH e, [x IN collect({id: v.id, name: v.name, evidence: ha.evidence}) WHERE x.id IS NOT NULL] AS venues
OPTIONAL MATCH (e)-[ob:ORGANIZED_BY]->(o:Organization)
WITH e, venues, [x IN collect({id: o.id, name: o.name, orgType: o.orgType, role: ob.role,
  evidence: ob.evidence}) WHERE x.id IS NOT NULL] AS organisers
OPTIONAL MATCH (sp)-[s:SPOKE_AT]->(e)
OPTIONAL MATCH (sp)-[hh:HAS_HONOUR]->(h:Honour)
WITH e, venues, organisers, sp, s, [x IN collect({id: h.id, name: h.name, level: h.level,
  category: h.category, year: hh.year}) WHERE x.id IS NOT NULL] AS honours
OPTIONAL MATCH (sp)-[w:WORKS_FOR]->(emp:Organization)
WITH e, venues, organisers, sp, s, honours,
  [x IN collect({id: emp.id, name: emp.name, jobTitle: w.jobTitle}) WHERE x.id IS NOT NULL] AS employers
WITH e, venues, organisers, [x IN collect({id: sp.id, label: labels(sp)[0], name: sp.name,
  talkTitle: s.talkTitle, honours: honours, employers: employers, evidence: s.evidence})
  WHERE x.id IS NOT NULL] AS speakers
RETURN e AS event, venues, organisers, speakers
