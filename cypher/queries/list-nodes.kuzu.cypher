// Every searchable node (all labels but Article) for the search index.
// Columns: id, label, name, aliases, pinyin, initials, date (events), level (honours), orgType.
MATCH (n)
WHERE label(n) <> 'Article'
RETURN n.id AS id, label(n) AS label, n.name AS name, n.aliases AS aliases, n.pinyin AS pinyin,
  n.initials AS initials, n.date AS date, n.level AS level, n.orgType AS orgType
ORDER BY id
