-- Timeline: how often an entity is mentioned, month by month, by the date of
-- the article (articles.date: the header's date, else doc_date(body), which
-- may only know the year). Articles with no date at all are counted under
-- 'undated'. Change 'NATO' to the canonical name you follow (see
-- natocorpus_aliases) and 'fixtures' to your folder, file or glob.
--   sqlite3 -cmd '.load ./build/libnatocorpus' < sql/timeline.sql
.mode box

SELECT coalesce(substr(a.date, 1, 7), 'undated') AS month,
       count(DISTINCT a.id) AS articles,
       count(*) AS mentions
FROM articles('fixtures') a, entities(a.body) e
WHERE e.canonical = 'NATO'
GROUP BY month
ORDER BY month = 'undated', month;
