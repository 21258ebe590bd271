// An organisation's profile. Params: $id. One row (none for an unknown id). Columns:
// organization (node); employees [{id, name, jobTitle, honours [{id, name, level, category, year}], evidence}]
// (group by honours[].level for "employees by honour level"); events [{id, name, date, role, evidence}]
// (events it organised, with its role); honours [{id, name, level, category, year}] (its own honours).
// kuzu: an aggregate used inside a later collect must be a plain `collect(...) AS x` followed by
// `UNWIND [0] AS barrier`, else the binder reports a nested aggregation; filter nulls afterwards.
MATCH (o:Organization)
WHERE o.id = $id
OPTIONAL MATCH (p:Person)-[w:WORKS_FOR]->(o)
OPTIONAL MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
WITH o, p, w, collect({id: h.id, name: h.name, level: h.level, category: h.category, year: hh.year}) AS honours0
UNWIND [0] AS barrier
WITH o, list_filter(collect({id: p.id, name: p.name, jobTitle: w.jobTitle,
  honours: list_filter(honours0, x -> x.id IS NOT NULL), evidence: w.evidence}), x -> x.id IS NOT NULL) AS employees
OPTIONAL MATCH (e:Event)-[ob:ORGANIZED_BY]->(o)
WITH o, employees, list_filter(collect({id: e.id, name: e.name, date: e.date, role: ob.role,
  evidence: ob.evidence}), x -> x.id IS NOT NULL) AS events
OPTIONAL MATCH (o)-[oh:HAS_HONOUR]->(h2:Honour)
WITH o, employees, events, list_filter(collect({id: h2.id, name: h2.name, level: h2.level,
  category: h2.category, year: oh.year}), x -> x.id IS NOT NULL) AS honours
RETURN o AS organization, employees, events, honours
