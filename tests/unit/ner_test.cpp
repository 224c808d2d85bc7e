#include <gtest/gtest.h>

#include <vector>

#include "lexicon/table.hpp"
#include "ner/features.hpp"
#include "ner/model.hpp"

using namespace natocorpus::core;

TEST(KnowledgeTable, ReadsColumnsByName) {
  KnowledgeTable t("abbreviations");
  ASSERT_GT(t.rows(), 50u);
  bool found = false;
  for (std::size_t r = 0; r < t.rows(); ++r)
    if (t.get(r, "abbreviation") == "bzw") {
      found = true;
      EXPECT_EQ(t.get(r, "meaning"), "beziehungsweise");
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(t.get(0, "no such column"), "");
  EXPECT_EQ(KnowledgeTable("no such table").rows(), 0u);
}

TEST(NerTags, TransitionsFollowBio) {
  EXPECT_TRUE(ner_transition_allowed(-1, kBPer));
  EXPECT_FALSE(ner_transition_allowed(-1, kIPer));
  EXPECT_TRUE(ner_transition_allowed(kBPer, kIPer));
  EXPECT_TRUE(ner_transition_allowed(kIPer, kIPer));
  EXPECT_FALSE(ner_transition_allowed(kBOrg, kIPer));
  EXPECT_FALSE(ner_transition_allowed(kO, kILoc));
  EXPECT_STREQ(ner_label_name(kIMisc), "MISC");
  EXPECT_EQ(ner_tag_from_name("B-LOC"), kBLoc);
}

TEST(NerViterbi, PrefersTheBestAllowedPath) {
  // Two tokens; emissions favour I-PER at the start, which is not allowed.
  std::vector<float> em(2 * kNerTags, 0.f);
  em[kIPer] = 5;
  em[kBPer] = 1;
  em[kNerTags + kIPer] = 2;
  std::vector<float> tr((kNerTags + 1) * kNerTags, 0.f);
  std::vector<int> path;
  viterbi(em, tr.data(), 2, {}, path);
  EXPECT_EQ(path, (std::vector<int>{kBPer, kIPer}));
  // With a mask that only allows O at position 1.
  std::vector<std::uint8_t> allowed(2 * kNerTags, 1);
  for (int t = 0; t < kNerTags; ++t) allowed[kNerTags + t] = t == kO;
  viterbi(em, tr.data(), 2, allowed, path);
  EXPECT_EQ(path, (std::vector<int>{kBPer, kO}));
}

TEST(NerModel, SerialisesAndTags) {
  const std::uint32_t buckets = 64;
  std::vector<float> w(buckets * kNerTags, 0.f), tr((kNerTags + 1) * kNerTags, 0.f);
  w[7 * kNerTags + kBLoc] = 3.f;  // feature 7 says B-LOC
  NerModel m = NerModel::from_weights(buckets, w, tr);
  NerModel back = NerModel::parse(m.serialize());
  EXPECT_EQ(back.buckets(), buckets);
  std::vector<int> tags;
  back.tag({{7}, {1}}, tags);
  EXPECT_EQ(tags, (std::vector<int>{kBLoc, kO}));
  EXPECT_THROW(NerModel::parse("garbage"), std::exception);
}

TEST(NerFeatures, SameTokensGiveSameFeatures) {
  NerLexicon lex;
  std::vector<std::string_view> words = {"Jens", "Stoltenberg", "sagte", "."};
  std::vector<NerToken> toks;
  prepare_ner_tokens(words, lex, toks);
  EXPECT_EQ(toks[1].lower, "stoltenberg");
  EXPECT_EQ(toks[1].shape, "Xxx");
  std::vector<std::uint32_t> a, b;
  ner_features(toks, 1, 1u << 20, a);
  ner_features(toks, 1, 1u << 20, b);
  EXPECT_EQ(a, b);
  EXPECT_GT(a.size(), 20u);
  for (auto f : a) EXPECT_LT(f, 1u << 20);
}

TEST(NerDemote, LeavesTitlesAndDesignatorsOutOfNames) {
  const NerLexicon& lex = builtin_ner_lexicon();
  std::vector<std::string_view> words = {"Kaiser", "Wilhelm", "II.",    "besuchte", "den",   "Landkreis",
                                         "Coburg", ",",       "den",    "Kanton",   "Zürich", "und",
                                         "las",    "Herr",    "der",    "Ringe",    "."};
  std::vector<NerToken> toks;
  prepare_ner_tokens(words, lex, toks);
  std::vector<int> tags = {kBPer, kIPer, kIPer, kO, kO, kBLoc, kILoc, kO, kO,
                           kBLoc, kILoc, kO,    kO, kBMisc, kIMisc, kIMisc, kO};
  demote_non_names(toks, lex, tags);
  // The title and the designator go; a known name ("Kanton Zürich", as
  // against the city) and MISC names ("Herr der Ringe") stay whole.
  EXPECT_EQ(tags, (std::vector<int>{kO, kBPer, kIPer, kO, kO, kO, kBLoc, kO, kO, kBLoc, kILoc, kO, kO, kBMisc,
                                    kIMisc, kIMisc, kO}));
}
