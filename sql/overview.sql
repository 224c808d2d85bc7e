-- What is in a corpus: articles per month, with their size, and the files that
-- could not be read. Replace 'fixtures' with your folder, file or glob.
--   sqlite3 -cmd '.load ./build/libnatocorpus' < sql/overview.sql
.mode box --wrap 0

SELECT coalesce(substr(date, 1, 7), '(no date)') AS month,
       count(*) AS articles,
       sum(words) AS words,
       sum(error IS NOT NULL) AS unreadable
FROM articles('fixtures')
GROUP BY 1 ORDER BY 1;

SELECT path, error FROM articles('fixtures') WHERE error IS NOT NULL;
