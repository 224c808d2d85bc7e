#include <string>

#include "lexicon/table.hpp"
#include "ner/features.hpp"
#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

// Adds the words of a name: "Sankt Petersburg" -> sankt, petersburg. Words
// that start in lower case ("von der Leyen") or have fewer than three
// characters are left out: they say little.
void add_words(std::string_view name, NerLexicon& lex, NerLexicon::Bit bit) {
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    i = j;
    if (w.empty() || count_chars(w) < 3) continue;
    std::size_t k = 0;
    if (is_lower(next_code_point(w, k))) continue;
    lex.add(fold(w), bit);
  }
}

void add_table(const char* table, const char* column, NerLexicon& lex, NerLexicon::Bit bit,
               bool aliases = true) {
  KnowledgeTable t(table);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    add_words(t.get(r, column), lex, bit);
    if (aliases)
      for (auto a : t.list(r, "aliases")) add_words(a, lex, bit);
  }
}

void add_stems(const char* table, std::unordered_set<std::string>& set) {
  KnowledgeTable t(table);
  for (std::size_t r = 0; r < t.rows(); ++r)
    for (auto s : t.list(r, "adjective_stem")) set.insert(fold(s));
}

}  // namespace

const NerLexicon& builtin_ner_lexicon() {
  static const NerLexicon lex = [] {
    NerLexicon l;
    for (const char* t : {"countries", "places", "regions"}) {
      add_table(t, "canonical", l, NerLexicon::kLocationWord);
      add_stems(t, l.place_adjectives);
    }
    add_table("countries", "capital", l, NerLexicon::kLocationWord, false);
    add_table("organisations", "canonical", l, NerLexicon::kOrgWord);
    // People: every word of their names, and their surnames.
    add_table("people", "canonical", l, NerLexicon::kPersonWord);
    KnowledgeTable names("first_names");
    for (std::size_t r = 0; r < names.rows(); ++r)
      if (!names.get(r, "name").empty()) l.add(fold(names.get(r, "name")), NerLexicon::kFirstName);
    KnowledgeTable roles("role_nouns");
    for (std::size_t r = 0; r < roles.rows(); ++r)
      if (!roles.get(r, "noun").empty()) l.add(fold(roles.get(r, "noun")), NerLexicon::kRole);
    return l;
  }();
  return lex;
}

}  // namespace natocorpus::core
