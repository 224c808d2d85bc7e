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

// Word lists the features look words up in: each case-folded word with the
// lists it is in, as bits.
struct NerLexicon {
  enum Bit : std::uint32_t {
    kFirstName = 1,     // given names
    kPersonWord = 2,    // words of the names of known people
    kLocationWord = 4,  // words of place names
    kOrgWord = 8,       // words of organisation names
    kRole = 16,         // Präsident, Außenminister, ...
    // 32 is the features' own: an adjective of a place.
    kMiscWord = 64,     // words of MISC names (treaties, events, products, works)
    kSurname = 128,     // common family names that are not also common words
    kPlaceListWord = 256,  // words of the general place list (lex_places)
    kOrgListWord = 512,    // words of the general organisation list (lex_organisations)
  };
  std::unordered_map<std::string, std::uint32_t> bits;
  std::unordered_set<std::string> place_adjectives;  // stems: ukrainisch, russisch, ...
  void add(std::string folded_word, Bit bit) { bits[std::move(folded_word)] |= bit; }
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
