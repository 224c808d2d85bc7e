-- The most frequent words, case-folded, with the number of articles each
-- appears in. Replace 'fixtures' with your folder, file or glob.
--   sqlite3 -cmd '.load ./build/libnatocorpus' < sql/word_frequencies.sql
.mode box --wrap 0

SELECT t.norm AS word, count(*) AS mentions, count(DISTINCT a.id) AS articles
FROM articles('fixtures') a, tokens(a.body) t
WHERE t.kind = 'word' AND length(t.norm) >= 5
GROUP BY t.norm
ORDER BY mentions DESC, word
LIMIT 20;
