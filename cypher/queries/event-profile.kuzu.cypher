// An event's profile. Params: $id. One row (none for an unknown id). Columns:
// event (node); venues [{id, name, evidence}]; organisers [{id, name, orgType, role, evidence}];
// speakers [{id, label, name, talkTitle, honours [{id, name, level, category, year}],
// employers [{id, name, jobTitle}], evidence}].
// kuzu: an aggregate used inside a later collect must be a plain `collect(...) AS x` followed by
// `UNWIND [0] AS barrier`, else the binder reports a nested aggregation; filter nulls afterwards.
MATCH (e:Event)
WHERE e.id = $id
OPTIONAL MATCH (e)-[ha:HELD_AT]->(v:Place)
WITH e, list_filter(collect({id: v.id, name: v.name, evidence: ha.evidence}), x -> x.id IS NOT NULL) AS venues
OPTIONAL MATCH (e)-[ob:ORGANIZED_BY]->(o:Organization)
WITH e, venues, list_filter(collect({id: o.id, name: o.name, orgType: o.orgType, role: ob.role,
  evidence: ob.evidence}), x -> x.id IS NOT NULL) AS organisers
OPTIONAL MATCH (sp)-[s:SPOKE_AT]->(e)
OPTIONAL MATCH (sp)-[hh:HAS_HONOUR]->(h:Honour)
WITH e, venues, organisers, sp, s, collect({id: h.id, name: h.name, level: h.level,
  category: h.category, year: hh.year}) AS honours0
UNWIND [0] AS barrier1
OPTIONAL MATCH (sp)-[w:WORKS_FOR]->(emp:Organization)
WITH e, venues, organisers, sp, s, honours0,
  collect({id: emp.id, name: emp.name, jobTitle: w.jobTitle}) AS employers0
UNWIND [0] AS barrier2
WITH e, venues, organisers, list_filter(collect({id: sp.id, label: label(sp), name: sp.name,
  talkTitle: s.talkTitle, honours: list_filter(honours0, x -> x.id IS NOT NULL),
  employers: list_filter(employers0, x -> x.id IS NOT NULL), evidence: s.evidence}),
  x -> x.id IS NOT NULL) AS speakers
RETURN e AS event, venues, organisers, speakers
