// German closed-class words, once, for every stage: articles by case,
// pronouns, possessives, demonstratives, relatives, prepositions and the
// cases they govern, conjunctions, negation, the auxiliaries sein, haben,
// werden and the modals in all their finite forms, and Konjunktiv I forms.
// The words are data (ext/data/grammar.tsv, each row with its source); this
// class reads them once and answers named questions about a case-folded
// word ("dem" -> an oblique article, "sei" -> Konjunktiv I).
//
// Every predicate takes a folded word (lower case, ß -> ss: text/utf8.hpp's
// fold()). A word may have several readings ("der": article, relative
// pronoun); a predicate is true when any reading fits, unless it says
// otherwise.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace natocorpus::core {

enum class WordClass : std::uint8_t {
  Article,
  Pronoun,
  Possessive,  // a stem: "sein" (-, -e, -er, -es, -em, -en by rule)
  Demonstrative,
  Relative,
  Preposition,
  Subordinator,
  Coordinator,
  Negation,
  Auxiliary,  // sein, haben, werden
  Modal,
  Verb,  // a lexical verb's Konjunktiv I form
};

enum class WordKind : std::uint8_t { None, Definite, Indefinite, Negative, Personal, Reflexive };

// Bit sets of grammatical features: a reading may hold several ("die": nom and acc).
enum class Case : std::uint8_t { Nom = 1, Acc = 2, Dat = 4, Gen = 8 };
enum class Gender : std::uint8_t { Masc = 1, Fem = 2, Neut = 4 };
enum class Number : std::uint8_t { Sg = 1, Pl = 2 };
enum class Person : std::uint8_t { First = 1, Second = 2, Third = 4 };
template <class E>
constexpr bool has_feature(std::uint8_t set, E e) noexcept {
  return (set & static_cast<std::uint8_t>(e)) != 0;
}

// Tense: of a verb form, Present or Past (the stem: Konjunktiv II is formed
// from the past); of a clause, also Future. The values are the signs the
// time stages use: -1 past, 0 present or unclear, 1 future.
enum class Tense : std::int8_t { Past = -1, Present = 0, Future = 1 };
enum class Mood : std::uint8_t { None, Indicative, KonjunktivI, KonjunktivII };
enum class VerbForm : std::uint8_t { None, Finite, Infinitive, Participle };
// The auxiliaries and modals by lemma; Other for any other verb.
enum class VerbLemma : std::uint8_t { Other, Sein, Haben, Werden, Duerfen, Koennen, Moegen, Muessen, Sollen, Wollen };
// What a subordinator means.
enum class Sense : std::uint8_t {
  None,
  Complement,  // dass, ob
  Temporal,    // als, nachdem, seit, während, …
  Causal,
  Conditional,
  Concessive,
  Final,
  Consecutive,
  Modal,
  Comparative,
  Adversative,
};

// One reading of a word, one row of grammar.tsv.
struct Reading {
  WordClass word_class = WordClass::Article;
  WordKind kind = WordKind::None;
  std::uint8_t cases = 0, genders = 0, numbers = 0, persons = 0;  // bit sets; 0: not marked
  std::uint8_t governs = 0;                                       // a preposition's cases
  VerbForm form = VerbForm::None;
  Tense tense = Tense::Present;
  Mood mood = Mood::None;
  VerbLemma verb = VerbLemma::Other;
  Sense sense = Sense::None;
  std::string lemma;    // folded
  std::string article;  // the article a preposition is fused with ("zum": "dem"), folded
};

class Grammar {
 public:
  // The grammar of ext/data/grammar.tsv, read on first use.
  static const Grammar& builtin();
  // A grammar from TSV text in grammar.tsv's columns (tests).
  static Grammar from_tsv(std::string_view tsv);
  Grammar(Grammar&&) = default;
  Grammar(const Grammar&) = delete;  // words_ points into keys_
  Grammar& operator=(const Grammar&) = delete;

  // Every reading of a folded word (empty when it is no closed-class word).
  const std::vector<Reading>& readings(std::string_view folded) const;
  bool is(std::string_view folded, WordClass c) const;

  // Articles. is_article: definite or indefinite ("der" … "einem"), not "kein".
  bool is_article(std::string_view w) const;
  bool is_definite_article(std::string_view w) const;
  bool is_indefinite_article(std::string_view w) const;
  bool is_negative_article(std::string_view w) const;  // kein, keine, …
  // A definite or indefinite article with no nominative reading: dem, den,
  // des, einem, einen, eines, einer. It opens no subject.
  bool is_oblique_article(std::string_view w) const;
  // A definite or indefinite article that may open a subject: der, die, das, ein, eine.
  bool is_nominative_article(std::string_view w) const;
  // The cases an article form may have (a bit set of Case); 0 for no article.
  std::uint8_t article_cases(std::string_view w) const;

  // Pronouns.
  struct PersonalPronoun {
    std::uint8_t persons = 0, numbers = 0, cases = 0;  // bit sets, over all its readings
  };
  bool is_personal_pronoun(std::string_view w) const;
  std::optional<PersonalPronoun> personal_pronoun(std::string_view w) const;
  // A personal pronoun that can be a subject: ich, du, er, sie, es, wir, ihr.
  bool is_subject_pronoun(std::string_view w) const;
  bool is_reflexive_pronoun(std::string_view w) const;
  // A possessive: a stem with an ending ("seinem", "ihre", "unseren").
  bool is_possessive(std::string_view w) const;
  bool is_demonstrative(std::string_view w) const;
  bool is_relative_pronoun(std::string_view w) const;

  // Prepositions, with the fused forms ("im", "zum", "beim").
  bool is_preposition(std::string_view w) const;
  // The cases a preposition governs (a bit set of Case); 0 for none.
  std::uint8_t governs(std::string_view w) const;
  // The article a preposition is fused with ("zum" -> "dem", "ins" -> "das"); "" for none.
  std::string_view fused_article(std::string_view w) const;
  // An article or a preposition fused with one: a noun follows ("am Morgen", "den Morgen").
  bool is_determiner(std::string_view w) const { return is_article(w) || !fused_article(w).empty(); }

  // Conjunctions and negation.
  bool is_subordinator(std::string_view w) const;
  bool is_subordinator(std::string_view w, Sense sense) const;
  bool is_coordinator(std::string_view w) const;
  // nicht, nie, niemals, … and the negative article (kein, keine, …).
  bool is_negation(std::string_view w) const;

  // Verbs: the auxiliaries sein, haben, werden and the modals.
  bool is_auxiliary(std::string_view w) const;         // any form
  bool is_finite_auxiliary(std::string_view w) const;  // ist, hat, wird, war, sei, wäre, …
  bool is_modal(std::string_view w) const;             // any form
  bool is_finite_modal(std::string_view w) const;
  // A finite form of `lemma` with that tense and mood (Mood::None: any mood).
  bool is_form_of(std::string_view w, VerbLemma lemma, Tense tense, Mood mood = Mood::None) const;
  // The participle of an auxiliary: gewesen, gehabt, geworden, worden.
  bool is_auxiliary_participle(std::string_view w) const;

  // Konjunktiv I where it differs from the indicative in the third person:
  // sei, seien, habe, werde, könne, müsse, solle, wolle, dürfe, möge, and the
  // listed lexical verbs (gebe, stehe, komme, …).
  bool is_konjunktiv_i(std::string_view w) const;
  // Konjunktiv II where it differs from the past indicative: wäre, hätte,
  // würde, könnte, müsste, dürfte, möchte (not sollte, wollte).
  bool is_konjunktiv_ii(std::string_view w) const;
  bool is_konjunktiv(std::string_view w) const { return is_konjunktiv_i(w) || is_konjunktiv_ii(w); }

  // Rules for open-class words, not listed:
  // a third person singular Konjunktiv I of a regular verb ends in -e, not -te ("plane", not "plante");
  static bool konjunktiv_i_ending(std::string_view w) noexcept;
  // a weak past participle: ge-…-t ("gesteckt", "getötet").
  static bool looks_participle(std::string_view w) noexcept;

 private:
  Grammar() = default;
  void add(std::string_view word, std::string_view cls, std::string_view lemma, std::string_view features);
  template <class Pred>
  bool any(std::string_view w, Pred&& pred) const;
  std::deque<std::string> keys_;  // folded words; a deque keeps them in place
  std::unordered_map<std::string_view, std::vector<Reading>> words_;
};

}  // namespace natocorpus::core
