#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/tokens.hpp"

using namespace natocorpus::core;

struct Tok {
  std::string text;
  std::string kind;
  std::int64_t sentence;
  bool operator==(const Tok& o) const {
    return text == o.text && kind == o.kind && sentence == o.sentence;
  }
};

static std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "{" << t.text << "," << t.kind << "," << t.sentence << "}";
}

static std::vector<Tok> tokenize(const std::string& text) {
  Tokenizer t;
  t.reset(text);
  std::vector<Tok> out;
  Token tok;
  while (t.next(tok))
    out.push_back({text.substr(tok.span.begin, tok.span.size()), token_kind_name(tok.kind), tok.sentence});
  return out;
}

static std::vector<std::string> texts(const std::string& text) {
  std::vector<std::string> out;
  for (auto& t : tokenize(text)) out.push_back(t.text);
  return out;
}

TEST(Tokens, KindsAndSentences) {
  EXPECT_EQ(tokenize("Die NATO zahlt 1.000 €. Gut!"),
            (std::vector<Tok>{{"Die", "word", 1}, {"NATO", "word", 1}, {"zahlt", "word", 1},
                              {"1.000", "number", 1}, {"€", "symbol", 1}, {".", "punct", 1},
                              {"Gut", "word", 2}, {"!", "punct", 2}}));
}

TEST(Tokens, HyphenatedCompoundsAreOneWord) {
  EXPECT_EQ(texts("NATO-Generalsekretär und NATO-Ukraine-Rat, 2:1-Führung, G7-Staaten"),
            (std::vector<std::string>{"NATO-Generalsekretär", "und", "NATO-Ukraine-Rat", ",",
                                      "2:1-Führung", ",", "G7-Staaten"}));
  EXPECT_EQ(texts("Staats- und Regierungschefs"),
            (std::vector<std::string>{"Staats-", "und", "Regierungschefs"}));
  EXPECT_EQ(texts("2022-2023"), (std::vector<std::string>{"2022", "-", "2023"}));
}

TEST(Tokens, AbbreviationsAndOrdinalsKeepTheirFullStop) {
  EXPECT_EQ(texts("Dr. Meier kam am 5. Dezember z. B. mit u.a. Müller."),
            (std::vector<std::string>{"Dr.", "Meier", "kam", "am", "5.", "Dezember", "z.", "B.",
                                      "mit", "u.a.", "Müller", "."}));
}

TEST(Tokens, NumbersAndTimes) {
  auto t = tokenize("Um 18:05 Uhr stieg er um 3,5 Prozent.");
  EXPECT_EQ(t[1], (Tok{"18:05", "number", 1}));
  EXPECT_EQ(t[6], (Tok{"3,5", "number", 1}));
}

TEST(Tokens, EllipsisIsOneToken) {
  EXPECT_EQ(texts("Na ... gut"), (std::vector<std::string>{"Na", "...", "gut"}));
}

TEST(Tokens, QuotesArePunctuation) {
  auto t = tokenize("„Ja“, sagte er.");
  EXPECT_EQ(t[0], (Tok{"„", "punct", 1}));
  EXPECT_EQ(t[2], (Tok{"“", "punct", 1}));
}

TEST(Tokens, NoTokensInEmptyText) {
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize("   \n ").empty());
}

TEST(Tokens, NarrowNoBreakSpaceJoinsNumbersButIsNotPartOfAWord) {
  // ICU treats U+202F as ExtendNumLet: "10 000" is one number, but a word
  // never starts or ends with it (a fuzzer found "\"\u202Fr").
  EXPECT_EQ(texts("\"\u202Fr 10\u202F000 Euro\u202F"),
            (std::vector<std::string>{"\"", "r", "10\u202F000", "Euro"}));
  EXPECT_TRUE(tokenize("\u202F\u202F").empty());
}
