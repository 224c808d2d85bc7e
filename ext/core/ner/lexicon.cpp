#include <algorithm>
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

// Adds a name of several words to the phrases: "Frankfurt am Main".
void add_phrase(std::string_view name, NerLexicon& lex, int cls) {
  std::string folded = fold(name);
  std::size_t words = 1, first_end = folded.find(' ');
  if (first_end == std::string::npos) return;
  for (char c : folded) words += c == ' ';
  if (folded.find("  ") != std::string::npos) return;
  lex.phrases[folded] |= static_cast<std::uint8_t>(1u << (cls - 1));
  // Its beginnings of two words and more: "frankfurt am" of "frankfurt am main".
  for (std::size_t sp = folded.find(' ', first_end + 1); sp != std::string::npos; sp = folded.find(' ', sp + 1))
    lex.phrases[folded.substr(0, sp)] |= NerLexicon::kPhrasePrefix;
  lex.word(std::string_view(folded).substr(0, first_end)).phrase_start = true;
  lex.longest_phrase = std::max(lex.longest_phrase, words);
}

// cls: the names' class, 1 PER, 2 ORG, 3 LOC, 4 MISC (as ner_class).
void add_table(const char* table, const char* column, NerLexicon& lex, NerLexicon::Bit bit, int cls,
               bool aliases = true) {
  KnowledgeTable t(table);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    add_words(t.get(r, column), lex, bit);
    add_phrase(t.get(r, column), lex, cls);
    if (aliases)
      for (auto a : t.list(r, "aliases")) {
        add_words(a, lex, bit);
        add_phrase(a, lex, cls);
      }
  }
}

void add_stems(const char* table, NerLexicon& lex) {
  KnowledgeTable t(table);
  for (std::size_t r = 0; r < t.rows(); ++r)
    for (auto s : t.list(r, "adjective_stem")) {
      std::string stem = fold(s);
      if (stem.empty()) continue;
      lex.word(stem).place_adjective = true;
      lex.stem_ends[static_cast<unsigned char>(stem.back())] = true;
      if (lex.shortest_stem == 0 || stem.size() < lex.shortest_stem) lex.shortest_stem = stem.size();
    }
}

}  // namespace

const NerLexicon& builtin_ner_lexicon() {
  static const NerLexicon lex = [] {
    NerLexicon l;
    for (const char* t : {"countries", "places", "regions"}) {
      add_table(t, "canonical", l, NerLexicon::kLocationWord, 3);
      add_stems(t, l);
    }
    add_table("countries", "capital", l, NerLexicon::kLocationWord, 3, false);
    add_table("organisations", "canonical", l, NerLexicon::kOrgWord, 2);
    // People: every word of their names, and their surnames.
    add_table("people", "canonical", l, NerLexicon::kPersonWord, 1);
    KnowledgeTable names("first_names");
    for (std::size_t r = 0; r < names.rows(); ++r)
      if (!names.get(r, "name").empty()) l.add(fold(names.get(r, "name")), NerLexicon::kFirstName);
    // The general lists (lex_*.tsv): features only, never aliases.
    add_table("lex_places", "name", l, NerLexicon::kPlaceListWord, 3, false);
    add_table("lex_organisations", "name", l, NerLexicon::kOrgListWord, 2, false);
    add_table("misc", "canonical", l, NerLexicon::kMiscWord, 4);
    add_table("lex_misc", "name", l, NerLexicon::kMiscWord, 4, false);
    add_table("lex_people", "name", l, NerLexicon::kPersonWord, 1, false);
    KnowledgeTable more_names("lex_first_names");
    for (std::size_t r = 0; r < more_names.rows(); ++r)
      if (more_names.get(r, "common_word").empty()) l.add(fold(more_names.get(r, "name")), NerLexicon::kFirstName);
    KnowledgeTable surnames("lex_surnames");
    for (std::size_t r = 0; r < surnames.rows(); ++r)
      if (surnames.get(r, "common_word").empty()) add_words(surnames.get(r, "name"), l, NerLexicon::kSurname);
    KnowledgeTable roles("role_nouns");
    for (std::size_t r = 0; r < roles.rows(); ++r)
      if (!roles.get(r, "noun").empty()) {
        l.add(fold(roles.get(r, "noun")), NerLexicon::kRole);
        l.word(fold(roles.get(r, "noun"))).name_prefix = true;
      }
    KnowledgeTable designators("designators");
    for (std::size_t r = 0; r < designators.rows(); ++r)
      if (!designators.get(r, "word").empty()) l.word(fold(designators.get(r, "word"))).name_prefix = true;
    return l;
  }();
  return lex;
}

}  // namespace natocorpus::core
