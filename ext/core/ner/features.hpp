// Features of a token in its sentence, for the named-entity tagger. Each
// feature is a string hashed to a bucket; the model keeps one weight per
// bucket and tag. The trainer (tools/train_ner.cpp) and the tagger use this
// one extractor, so they always agree.
#pragma once
#include <cstdint>
#include <deque>
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
  // Everything known of one case-folded word.
  struct Word {
    std::uint32_t bits = 0;       // Bit values
    bool place_adjective = false;  // an adjective stem: "ukrainisch" (ukrainische, ukrainischen)
    bool phrase_start = false;     // the first word of a name in `phrases`
    bool name_prefix = false;      // a title or designator: "Kaiser", "Landkreis" (not part of a name)
  };
  // Names of several words, case-folded, their words joined by one space,
  // with their classes as bits (1 << (class - 1), class as in ner_class);
  // and their beginnings of two or more words, with kPhrasePrefix.
  static constexpr std::uint8_t kPhrasePrefix = 0x10;
  std::unordered_map<std::string, std::uint8_t> phrases;
  std::size_t longest_phrase = 0;  // in words
  // The last bytes and the shortest length of the adjective stems: most
  // words need no look-up for them.
  bool stem_ends[256] = {};
  std::size_t shortest_stem = 0;

  NerLexicon() = default;
  // The keys of words_ point into storage_: a copy would point into the
  // original. Moving keeps the deque's elements where they are.
  NerLexicon(const NerLexicon&) = delete;
  NerLexicon& operator=(const NerLexicon&) = delete;
  NerLexicon(NerLexicon&&) = default;
  NerLexicon& operator=(NerLexicon&&) = default;

  void add(std::string_view folded_word, Bit bit) { word(folded_word).bits |= bit; }
  Word& word(std::string_view folded_word) {
    auto it = words_.find(folded_word);
    if (it != words_.end()) return it->second;
    storage_.emplace_back(folded_word);
    return words_[storage_.back()];
  }
  const Word* find(std::string_view folded_word) const {
    auto it = words_.find(folded_word);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  std::deque<std::string> storage_;  // the keys of words_ (stable addresses)
  std::unordered_map<std::string_view, Word> words_;
};

// The lexicon compiled into the module (ext/data/*.tsv), built once.
const NerLexicon& builtin_ner_lexicon();

// Per-sentence token information the features need, computed once.
struct NerToken {
  std::string_view text;
  std::string lower;   // case-folded
  std::string shape;   // "Xxxx", "XXX-Xxxx", "dd.dd"
  std::uint32_t gaz = 0;  // bit set of NerLexicon hits
  // The known names of several words this token is in: bit class-1 when it
  // starts one, bit class+3 when it continues one.
  std::uint8_t phrase = 0;
  bool phrase_start = false;
};

void prepare_ner_tokens(const std::vector<std::string_view>& words, const NerLexicon& lex,
                        std::vector<NerToken>& out);

// Compounds and derived words are not names: a one-word entity the tagger
// found becomes O when it is a word derived from a place ("Hamburger") or a
// hyphenated compound ending in a word no name list knows ("CDU-Politiker",
// "WDR-Intendantin") and not a known name itself. Names of that form
// ("Baden-Württemberg", "Rolls-Royce") are in the lists.
// A title or designator that starts a name of several words is left out of
// it: "Kaiser Wilhelm II.", "Landkreis Coburg", "Firma Bristol Cars" (not in
// MISC names, "Herr der Ringe", nor in known names, "Kanton Zürich").
void demote_non_names(const std::vector<NerToken>& sentence, const NerLexicon& lex, std::vector<int>& tags);

// Appends the hashed features of token i to `out` (values < buckets).
void ner_features(const std::vector<NerToken>& sentence, std::size_t i, std::uint32_t buckets,
                  std::vector<std::uint32_t>& out);

}  // namespace natocorpus::core
