-- Who said what: each quotation with its speaker (the canonical name), the
-- article it is in, and the entities the quotation itself mentions.
-- Replace 'fixtures' with your folder, file or glob.
--   sqlite3 -cmd '.load ./build/libnatocorpus' < sql/who_said_what.sql
.mode box --wrap 60

WITH q AS (
  SELECT a.id AS article, ifnull(q.canonical, q.speaker) AS speaker, q.kind, q.cue,
         q.quote, q.start, q.length, a.body
  FROM articles('fixtures') a, quotes(a.body) q
)
SELECT q.speaker, q.article, q.quote,
       (SELECT group_concat(DISTINCT e.canonical)
        FROM entities(q.body) e
        WHERE e.start >= q.start AND e.start + e.length <= q.start + q.length) AS mentions
FROM q
ORDER BY q.speaker IS NULL, q.speaker, q.article, q.start;
