-- Pairs of entities named in the same sentence, counted: the edges of a
-- co-occurrence network. Each entity counts once per sentence, under its
-- canonical name. Replace 'fixtures' with your folder, file or glob.
--   sqlite3 -cmd '.load ./build/libnatocorpus' < sql/cooccurrence.sql
.mode box --wrap 0

WITH mentions AS (
  SELECT DISTINCT a.id AS article, e.sentence, e.label, e.canonical
  FROM articles('fixtures') a, entities(a.body) e
)
SELECT x.canonical AS entity_1, x.label AS label_1,
       y.canonical AS entity_2, y.label AS label_2,
       count(*) AS sentences
FROM mentions x JOIN mentions y
  ON x.article = y.article AND x.sentence = y.sentence
 AND (x.canonical, x.label) < (y.canonical, y.label)
GROUP BY 1, 2, 3, 4
ORDER BY sentences DESC, entity_1, entity_2
LIMIT 25;
