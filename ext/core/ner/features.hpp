// Features of a token in its sentence, for the named-entity tagger. Each
// feature is a string hashed to a bucket; the model keeps one weight per
// bucket and tag. The trainer (tools/train_ner.cpp) and the tagger use this
// one extractor, so they always agree.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace natocorpus::core {

// Word lists the features look words up in. Each set holds case-folded words.
struct NerLexicon {
  std::unordered_set<std::string> first_names;  // given names
  std::unordered_set<std::string> person_words;  // surnames and name parts of known people
  std::unordered_set<std::string> location_words;  // words of place names
  std::unordered_set<std::string> org_words;  // words of organisation names
  std::unordered_set<std::string> role_nouns;  // Präsident, Außenminister, ...
  std::unordered_set<std::string> place_adjectives;  // stems: ukrainisch, russisch, ...
  // The sets above as one map from word to bits (see features.cpp), built by
  // index(): one look-up per word instead of five.
  std::unordered_map<std::string, std::uint32_t> bits;
  void index();
};

// The lexicon compiled into the module (ext/data/*.tsv), built once.
const NerLexicon& builtin_ner_lexicon();

// Per-sentence token information the features need, computed once.
struct NerToken {
  std::string_view text;
  std::string lower;   // case-folded
  std::string shape;   // "Xxxx", "XXX-Xxxx", "dd.dd"
  std::uint32_t gaz = 0;  // bit set of NerLexicon hits
};

void prepare_ner_tokens(const std::vector<std::string_view>& words, const NerLexicon& lex,
                        std::vector<NerToken>& out);

// Appends the hashed features of token i to `out` (values < buckets).
void ner_features(const std::vector<NerToken>& sentence, std::size_t i, std::uint32_t buckets,
                  std::vector<std::uint32_t>& out);

}  // namespace natocorpus::core
