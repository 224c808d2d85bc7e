#include <string>
#include <unordered_set>

#include "lexicon/table.hpp"
#include "ner/features.hpp"
#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

// Function words of names ("Der Spiegel", "Bank of America", "La Stampa"):
// they say nothing of a name, so no name list lends them its bit.
bool is_function_word(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "und", "für", "von", "vom",
      "zu", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "mit", "nach", "über", "unter",
      "the", "of", "and", "for", "on", "at", "to", "a", "le", "la", "les", "del", "della", "di", "du",
      "de", "el", "los", "las", "y", "e", "et", "il", "lo", "van", "het", "st", "sankt"};
  return kWords.count(w) > 0;
}

// Adds the words of a name: "Sankt Petersburg" -> petersburg. Words that
// start in lower case ("von der Leyen"), function words and words of fewer
// than three characters (unless in capitals: "VW", "EU") are left out: they
// say little.
void add_words(std::string_view name, NerLexicon& lex, NerLexicon::Bit bit) {
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    i = j;
    std::size_t n = count_chars(w);
    if (w.empty()) continue;
    std::size_t k = 0;
    char32_t first = next_code_point(w, k);
    if (is_lower(first)) continue;
    if (n < 3) {
      bool caps = n == 2;
      for (std::size_t q = 0; q < w.size();)
        if (is_lower(next_code_point(w, q))) caps = false;
      if (!caps) continue;
    }
    std::string folded = fold(w);
    if (is_function_word(folded)) continue;
    lex.add(std::move(folded), bit);
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
    // The general lists (lex_*.tsv): features only, never aliases.
    add_table("lex_places", "name", l, NerLexicon::kPlaceListWord, false);
    add_table("lex_organisations", "name", l, NerLexicon::kOrgListWord, false);
    add_table("misc", "canonical", l, NerLexicon::kMiscWord);
    add_table("lex_misc", "name", l, NerLexicon::kMiscWord, false);
    KnowledgeTable surnames("lex_surnames");
    for (std::size_t r = 0; r < surnames.rows(); ++r)
      if (surnames.get(r, "common_word").empty()) add_words(surnames.get(r, "name"), l, NerLexicon::kSurname);
    KnowledgeTable roles("role_nouns");
    for (std::size_t r = 0; r < roles.rows(); ++r)
      if (!roles.get(r, "noun").empty()) l.add(fold(roles.get(r, "noun")), NerLexicon::kRole);
    return l;
  }();
  return lex;
}

}  // namespace natocorpus::core
