// Names and the canonical names researchers count under, from the knowledge
// tables in ext/data (countries, places, regions, organisations, people, misc):
// aliases and spellings ("Kyiv" -> "Kiew", "Zelensky" -> "Wolodymyr
// Selenskyj"), adjectives ("ukrainisch" -> "Ukraine"), inhabitant nouns
// ("Norweger" -> "Norwegen") and the "-er" forms of places ("Kiewer").
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
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

 private:
  void add(std::string alias, std::string_view canonical, std::string_view label, std::string kind,
           std::string_view source);
  std::vector<AliasEntry> entries_;
  std::unordered_map<std::string, std::size_t> exact_, folded_, derived_, surname_;
};

}  // namespace natocorpus::core
