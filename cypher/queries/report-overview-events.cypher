// Reports (overview): number of events per date (YYYY-MM-DD, YYYY-MM, YYYY or null).
MATCH (e:Event)
RETURN e.date AS date, count(*) AS events
