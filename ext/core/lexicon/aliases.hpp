// Names and the canonical names researchers count under, from the knowledge
// tables in ext/data (countries, places, regions, organisations, people, misc):
// aliases and spellings ("Kyiv" -> "Kiew", "Zelensky" -> "Wolodymyr
// Selenskyj"), adjectives ("ukrainisch" -> "Ukraine"), inhabitant nouns
// ("Norweger" -> "Norwegen") and the "-er" forms of places ("Kiewer").
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace natocorpus::core {

struct AliasEntry {
  std::string alias;      // as written
  std::string canonical;
  std::string label;      // PER, ORG, LOC, MISC
  std::string kind;       // name, adjective, inhabitant, er_form
  std::string source;     // the table row's source
};

class AliasIndex {
 public:
  // The index over the tables compiled into the module, built once.
  static const AliasIndex& builtin();

  const std::vector<AliasEntry>& entries() const noexcept { return entries_; }

  // A name: exact, then case-insensitively ("Nato" -> NATO).
  const AliasEntry* find_name(std::string_view name) const;
  // A derived word, case-folded: an adjective with its ending
  // ("ukrainischen"), an inhabitant noun ("norwegern"), an "-er" form ("kiewer").
  const AliasEntry* find_derived(std::string_view folded_word) const;
  // The one person in the tables with this surname, or null (none, or several).
  const AliasEntry* find_surname(std::string_view surname) const;
  // False when no name of several words starts with these two words in any
  // case ("kalten", "krieges" may start "Kalter Krieg"): a cheap test before
  // trying phrases. The words are case-folded.
  bool may_start_phrase(std::string_view first, std::string_view second) const;
  // False when no one-word name of 4+ characters (not a person's) is a
  // prefix of `word`'s first four bytes: a cheap test before looking for
  // the head of a closed compound ("Kremlsprecher").
  bool may_head_compound(std::string_view word) const;

 private:
  void add(std::string alias, std::string_view canonical, std::string_view label, std::string kind,
           std::string_view source);
  std::vector<AliasEntry> entries_;
  std::unordered_map<std::string, std::size_t> exact_, folded_, derived_, surname_;
  std::unordered_set<std::string> phrase_starts_;  // stems of the first two words of multi-word names
  std::unordered_set<std::string> compound_starts_;  // first 4 bytes of one-word names
  std::unordered_set<std::string> derived_starts_;   // first 4 bytes of derived words
};

}  // namespace natocorpus::core
