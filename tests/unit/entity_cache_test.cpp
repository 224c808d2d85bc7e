// The entity cache that entities() and quotes() of one connection share, and
// QuoteFinder reading entities found before: the same results as without.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "ner/entities.hpp"
#include "ner/entity_cache.hpp"
#include "quotes/quotes.hpp"
#include "time/calendar.hpp"

using namespace natocorpus::core;

namespace {

const char* const kTexts[] = {
    "„Die Zukunft der Ukraine ist in der NATO“, sagte Jens Stoltenberg am Donnerstag. „Wir stehen zusammen.“ "
    "Der NATO-Chef fügte hinzu: „Wir bleiben so lange wie nötig.“",
    "Der ukrainische Präsident Wolodymyr Selenskyj warnte, Unbestimmtheit sei ein Zeichen der Schwäche. Die "
    "ganze Ukraine warte auf die Zusage für einen NATO-Beitritt, betonte er.",
    "Die NATO berät. Der Chef des Bündnisses sagte: „Wir stehen zusammen.“",
    "Zum Schluss sagte er: »Das ist gut.« Dann: \"Wir sehen uns\", fügte Selenskyj hinzu.",
    "Jens Stoltenberg kam nach Kiew. Stoltenberg sprach dort.",
    "Jens Stoltenberg kam nach Kiev. Stoltenberg sprach dort.",  // one byte differs from the one before
};

bool same_mentions(const std::vector<EntityMention>& a, const std::vector<EntityMention>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].span.begin != b[i].span.begin || a[i].span.end != b[i].span.end ||
        std::string_view(a[i].label) != b[i].label || a[i].form != b[i].form || a[i].canonical != b[i].canonical ||
        a[i].sentence != b[i].sentence)
      return false;
  }
  return true;
}

bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].span.begin != b[i].span.begin || a[i].span.end != b[i].span.end || a[i].kind != b[i].kind ||
        a[i].sentence != b[i].sentence)
      return false;
  return true;
}

// Every field of every quotation, one line each.
std::vector<std::string> describe(const std::vector<Quotation>& quotes) {
  std::vector<std::string> out;
  for (const Quotation& q : quotes)
    out.push_back(std::to_string(q.quote.begin) + "-" + std::to_string(q.quote.end) + (q.direct ? " direct " : " indirect ") +
                  (q.has_speaker ? std::to_string(q.speaker.begin) + "-" + std::to_string(q.speaker.end) : "-") + " [" +
                  q.canonical + "] [" + q.cue + "] " + std::to_string(q.sentence) + " " +
                  quote_rule_name(q.sieve, q.step));
  return out;
}

}  // namespace

TEST(EntityCache, GivesWhatTheFinderFinds) {
  EntityCache cache;
  EntityFinder finder;
  for (const char* text : kTexts) {
    std::vector<EntityMention> mentions;
    finder.find(text, mentions);
    auto a = cache.analyse(text);
    EXPECT_TRUE(same_mentions(a->mentions, mentions)) << text;
    EXPECT_TRUE(same_tokens(a->tokens, finder.tokens())) << text;
  }
}

TEST(EntityCache, ReusesOnlyTheSameBytes) {
  EntityCache cache(4);
  std::string a = kTexts[4], b = kTexts[5];  // same length, one byte apart
  ASSERT_EQ(a.size(), b.size());
  auto first = cache.analyse(a);
  EXPECT_EQ(cache.misses(), 1u);
  EXPECT_EQ(cache.analyse(std::string(a)), first);  // a copy: the bytes count, not the address
  EXPECT_EQ(cache.hits(), 1u);
  auto other = cache.analyse(b);
  EXPECT_NE(other, first);
  EXPECT_EQ(cache.misses(), 2u);
  EXPECT_NE(first->mentions.back().canonical, "");
  EXPECT_EQ(cache.analyse(a.substr(0, 20))->tokens.back().span.end, 20u);  // a prefix is another text
  EXPECT_EQ(cache.misses(), 3u);
  EXPECT_EQ(cache.analyse(a), first);
  EXPECT_EQ(cache.analyse(b), other);
  EXPECT_EQ(cache.hits(), 3u);
}

TEST(EntityCache, KeepsTheLastTextsAndWhatCallersHold) {
  EntityCache cache(2);
  EntityFinder finder;
  auto held = cache.analyse(kTexts[0]);
  std::vector<EntityMention> expected;
  finder.find(kTexts[0], expected);
  cache.analyse(kTexts[1]);
  cache.analyse(kTexts[2]);  // kTexts[0] goes out
  cache.analyse(kTexts[3]);
  EXPECT_TRUE(same_mentions(held->mentions, expected));  // still whole while held
  std::uint64_t misses = cache.misses();
  cache.analyse(kTexts[3]);
  cache.analyse(kTexts[2]);
  EXPECT_EQ(cache.misses(), misses);
  cache.analyse(kTexts[0]);  // analysed again: it had gone
  EXPECT_EQ(cache.misses(), misses + 1);
  // Alternating between more texts than it keeps: each is found anew, right.
  for (int round = 0; round < 3; ++round)
    for (const char* text : kTexts) {
      std::vector<EntityMention> mentions;
      finder.find(text, mentions);
      EXPECT_TRUE(same_mentions(cache.analyse(text)->mentions, mentions)) << text;
    }
}

TEST(QuoteFinder, EntitiesFoundBeforeGiveTheSameQuotations) {
  QuoteFinder alone, given;
  EntityCache cache;
  for (const char* text : kTexts) {
    for (const char* date : {"", "2024-12-03", "2020-01"}) {
      QuoteFinder::DateSource source;
      if (*date) source = [date] { return parse_partial_date(date); };
      std::vector<Quotation> a, b;
      alone.find(text, a, source);
      given.find(text, *cache.analyse(text), b, source);
      EXPECT_EQ(describe(a), describe(b)) << text << " " << date;
    }
  }
}
