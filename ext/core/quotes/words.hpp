// The words the quote stages share: closed-class words (articles,
// prepositions and sentence adverbs, pronouns), Konjunktiv I forms, role
// nouns, and the nouns that tell what a speaker phrase names (people,
// bodies, documents). Internal to ext/core/quotes.
#pragma once
#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace natocorpus::core::quote_words {

// A quick test before a lookup in a set of words, for words most of which are
// not in it: a bit for the hash of each word of the set (FNV-1a, cheaper than
// the set's own hash and lookup). A word whose bit is clear is not in the set.
class WordFilter {
 public:
  void add(std::string_view w) { bits_.set(key(w)); }
  bool may_hold(std::string_view w) const { return bits_.test(key(w)); }

 private:
  static std::size_t key(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 16)) & 0xFFFF;
  }
  std::bitset<(1 << 16)> bits_;
};

// The same for a set of word ends: a bit for the last four bytes of each.
class WordEnds {
 public:
  void add(std::string_view w) {
    if (w.size() >= 4) bits_.set(key(w));
    longest_ = std::max(longest_, w.size());
  }
  bool may_end(std::string_view w) const { return w.size() >= 4 && bits_.test(key(w)); }
  std::size_t longest() const { return longest_; }

 private:
  static std::size_t key(std::string_view w) {
    std::uint32_t last;
    std::memcpy(&last, w.data() + w.size() - 4, 4);
    return (last * 2654435761u) >> 16;
  }
  std::bitset<(1 << 16)> bits_;
  std::size_t longest_ = 0;
};

struct Knowledge {
  std::deque<std::string> role_storage;                      // the keys of roles
  std::unordered_set<std::string_view> roles;                // folded role nouns
  WordEnds role_ends;                                        // their last bytes
  std::unordered_map<std::string, std::string> country_of;   // person -> country
  WordFilter cue_words;                                      // the first words of speech cues
  std::unordered_set<std::string_view> statement_nouns;      // cues that are one noun ("erklärung")
};
// role_nouns.tsv, the countries of people.tsv and the speech cues' words, built once.
const Knowledge& knowledge();

// Closed-class words come from the shared grammar (grammar/grammar.hpp,
// ext/data/grammar.tsv); these name the uses quotes make of them.
bool is_article(std::string_view w);
// Prepositions, conjunctions and the adverbs that may open a sentence.
bool is_preposition(std::string_view w);
// A personal pronoun that can be a speaker: er, sie, ich, wir (case-folded).
bool is_pronoun(std::string_view w);
// A finite form of haben, sein or werden: hat, war, sei, wird, wäre, …
bool is_finite_auxiliary(std::string_view w);
// A finite auxiliary or modal: hat, wird, will, soll, kann, …
bool is_finite_verb(std::string_view w);
// A finite form of passive "werden": wird, wurde, werden, wurden.
bool is_passive_auxiliary(std::string_view w);
// Any finite form of "werden", Konjunktiv too: with a participle, a passive
// ("Die neuen Tarife würden … veröffentlicht").
bool is_werden(std::string_view w);
// A word that opens a subordinate or verb-first clause: "wenn", "dass",
// "sofern", "Sollte …", "Hätte …".
bool is_subordinate_opener(std::string_view w);
// A view or statement after which "nach" gives a source: "Angaben",
// "Ansicht", "Polizeiangaben" (the noun, or a compound ending in it).
bool is_according_noun(std::string_view w);
// A newspaper or agency, spoken to in the dative: "der Zeitung", "der APA".
bool is_medium_word(std::string_view w);
// An event, after which "nach" is a time: "Pressekonferenz", "Sitzung".
bool is_event_noun(std::string_view w);
// Such a compound, its holder in front: "Armeeangaben", "Polizeiangaben".
bool holder_in_compound(std::string_view w);
// A noun or adverb of time: "Jahre", "Ende", "April", "Dienstagabend".
bool is_time_word(std::string_view w);
// A number or quantity word that opens a time phrase: "sechs", "einige", "letzten".
bool is_number_word(std::string_view w);
// A capitalised word, or a noun made with a number ("58-Jährige").
bool starts_upper(std::string_view w);
inline bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
// An inflected adjective's ending: -e, -en, -er, -es, -em.
bool looks_adjective(std::string_view lower);
// The role noun a word ends in: "nato-chef" -> "chef" (empty: none).
std::string_view role_head(std::string_view folded);
bool is_people_noun(std::string_view folded);
bool is_document_noun(std::string_view folded);
bool is_body_noun(std::string_view folded);
// A finite verb in Konjunktiv I (or II): "sei", "habe", "werde", "wäre".
bool is_konjunktiv(std::string_view w);
// Words before a quoted name, title or term: "die Zeitung „Die Welt“".
bool names_what_follows(std::string_view w);

}  // namespace natocorpus::core::quote_words
