// An organisation's profile. Params: $id. One row (none for an unknown id). Columns:
// organization (node); employees [{id, name, jobTitle, honours [{id, name, level, category, year}], evidence}]
// (group by honours[].level for "employees by honour level"); events [{id, name, date, role, evidence}]
// (events it organised, with its role); honours [{id, name, level, category, year}] (its own honours).
MATCH (o:Organization)
WHERE o.id = $id
OPTIONAL MATCH (p:Person)-[w:WORKS_FOR]->(o)
OPTIONAL MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
WITH o, p, w, [x IN collect({id: h.id, name: h.name, level: h.level, category: h.category,
  year: hh.year}) WHERE x.id IS NOT NULL] AS honours
WITH o, [x IN collect({id: p.id, name: p.name, jobTitle: w.jobTitle, honours: honours,
  evidence: w.evidence}) WHERE x.id IS NOT NULL] AS employees
OPTIONAL MATCH (e:Event)-[ob:ORGANIZED_BY]->(o)
WITH o, employees, [x IN collect({id: e.id, name: e.name, date: e.date, role: ob.role,
  evidence: ob.evidence}) WHERE x.id IS NOT NULL] AS events
OPTIONAL MATCH (o)-[oh:HAS_HONOUR]->(h2:Honour)
WITH o, employees, events, [x IN collect({id: h2.id, name: h2.name, level: h2.level,
  category: h2.category, year: oh.year}) WHERE x.id IS NOT NULL] AS honours
RETURN o AS organization, employees, events, honours
