-- People by the number of articles that mention them, each under one
-- canonical name ("Selenskyj", "Selenskyjs" and "Zelensky" count as one).
-- Replace 'fixtures' with your folder, file or glob.
--   sqlite3 -cmd '.load ./build/libnatocorpus' < sql/people.sql
.mode box --wrap 0

SELECT e.canonical AS person,
       count(DISTINCT a.id) AS articles,
       count(*) AS mentions
FROM articles('fixtures') a, entities(a.body) e
WHERE e.label = 'PER'
GROUP BY e.canonical
ORDER BY articles DESC, mentions DESC, person
LIMIT 25;
