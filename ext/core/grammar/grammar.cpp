#include "grammar/grammar.hpp"

#include "data.hpp"
#include "error.hpp"
#include "lexicon/tsv.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

template <class E>
struct Name {
  std::string_view name;
  E value;
};

constexpr Name<WordClass> kClasses[] = {
    {"article", WordClass::Article},         {"pronoun", WordClass::Pronoun},
    {"possessive", WordClass::Possessive},   {"demonstrative", WordClass::Demonstrative},
    {"relative", WordClass::Relative},       {"preposition", WordClass::Preposition},
    {"subordinator", WordClass::Subordinator}, {"coordinator", WordClass::Coordinator},
    {"negation", WordClass::Negation},       {"auxiliary", WordClass::Auxiliary},
    {"modal", WordClass::Modal},             {"verb", WordClass::Verb}};
constexpr Name<WordKind> kKinds[] = {{"definite", WordKind::Definite},   {"indefinite", WordKind::Indefinite},
                                     {"negative", WordKind::Negative},   {"personal", WordKind::Personal},
                                     {"reflexive", WordKind::Reflexive}};
constexpr Name<Case> kCases[] = {{"nom", Case::Nom}, {"acc", Case::Acc}, {"dat", Case::Dat}, {"gen", Case::Gen}};
constexpr Name<Gender> kGenders[] = {{"m", Gender::Masc}, {"f", Gender::Fem}, {"n", Gender::Neut}};
constexpr Name<Number> kNumbers[] = {{"sg", Number::Sg}, {"pl", Number::Pl}};
constexpr Name<Person> kPersons[] = {{"1", Person::First}, {"2", Person::Second}, {"3", Person::Third}};
constexpr Name<VerbForm> kForms[] = {
    {"finite", VerbForm::Finite}, {"infinitive", VerbForm::Infinitive}, {"participle", VerbForm::Participle}};
constexpr Name<Tense> kTenses[] = {{"present", Tense::Present}, {"past", Tense::Past}};
constexpr Name<Mood> kMoods[] = {
    {"indicative", Mood::Indicative}, {"konj1", Mood::KonjunktivI}, {"konj2", Mood::KonjunktivII}};
constexpr Name<Sense> kSenses[] = {
    {"complement", Sense::Complement}, {"temporal", Sense::Temporal},       {"causal", Sense::Causal},
    {"conditional", Sense::Conditional}, {"concessive", Sense::Concessive}, {"final", Sense::Final},
    {"consecutive", Sense::Consecutive}, {"modal", Sense::Modal},           {"comparative", Sense::Comparative},
    {"adversative", Sense::Adversative}};
constexpr Name<VerbLemma> kLemmas[] = {
    {"sein", VerbLemma::Sein},       {"haben", VerbLemma::Haben},     {"werden", VerbLemma::Werden},
    {"dürfen", VerbLemma::Duerfen},  {"können", VerbLemma::Koennen},  {"mögen", VerbLemma::Moegen},
    {"müssen", VerbLemma::Muessen},  {"sollen", VerbLemma::Sollen},   {"wollen", VerbLemma::Wollen}};

[[noreturn]] void bad_row(std::string_view word, std::string_view what) {
  throw Error("grammar.tsv: row \"" + std::string(word) + "\": " + std::string(what));
}

template <class E, std::size_t N>
E lookup(const Name<E> (&names)[N], std::string_view v, std::string_view word) {
  for (const auto& n : names)
    if (n.name == v) return n.value;
  bad_row(word, "unknown value \"" + std::string(v) + "\"");
}

// "nom+acc" -> the bit set of both.
template <class E, std::size_t N>
std::uint8_t bits(const Name<E> (&names)[N], std::string_view v, std::string_view word) {
  std::uint8_t set = 0;
  while (true) {
    std::size_t plus = v.find('+');
    set |= static_cast<std::uint8_t>(lookup(names, v.substr(0, plus), word));
    if (plus == std::string_view::npos) return set;
    v = v.substr(plus + 1);
  }
}

void set_feature(Reading& r, std::string_view key, std::string_view v, std::string_view word) {
  if (key == "kind") r.kind = lookup(kKinds, v, word);
  else if (key == "case") r.cases = bits(kCases, v, word);
  else if (key == "gender") r.genders = bits(kGenders, v, word);
  else if (key == "number") r.numbers = bits(kNumbers, v, word);
  else if (key == "person") r.persons = bits(kPersons, v, word);
  else if (key == "governs") r.governs = bits(kCases, v, word);
  else if (key == "form") r.form = lookup(kForms, v, word);
  else if (key == "tense") r.tense = lookup(kTenses, v, word);
  else if (key == "mood") r.mood = lookup(kMoods, v, word);
  else if (key == "sense") r.sense = lookup(kSenses, v, word);
  else if (key == "article") r.article = fold(v);
  else bad_row(word, "unknown feature \"" + std::string(key) + "\"");
}

// The endings of possessives, as of the indefinite article.
constexpr std::string_view kPossessiveEndings[] = {"", "e", "er", "es", "em", "en"};

}  // namespace

const Grammar& Grammar::builtin() {
  static const Grammar g = from_tsv(data::table("grammar"));
  return g;
}

Grammar Grammar::from_tsv(std::string_view tsv) {
  Grammar g;
  for_each_tsv_row(tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 4) bad_row(f.empty() ? "" : f[0], "fewer than four columns");
    g.add(f[0], f[1], f[2], f[3]);
  });
  return g;
}

void Grammar::add(std::string_view word, std::string_view cls, std::string_view lemma, std::string_view features) {
  Reading r;
  r.word_class = lookup(kClasses, cls, word);
  r.lemma = fold(lemma);
  for (const auto& n : kLemmas)
    if (n.name == lemma) r.verb = n.value;
  while (!features.empty()) {
    std::size_t bar = features.find('|');
    std::string_view kv = features.substr(0, bar);
    std::size_t eq = kv.find('=');
    if (eq == std::string_view::npos) bad_row(word, "feature without '='");
    set_feature(r, kv.substr(0, eq), kv.substr(eq + 1), word);
    features = bar == std::string_view::npos ? std::string_view{} : features.substr(bar + 1);
  }
  if (r.form == VerbForm::Finite && r.mood == Mood::None) r.mood = Mood::Indicative;
  std::string key = fold(word);
  auto it = words_.find(key);
  if (it == words_.end()) {
    keys_.push_back(std::move(key));
    it = words_.emplace(keys_.back(), std::vector<Reading>{}).first;
  }
  it->second.push_back(std::move(r));
}

const std::vector<Reading>& Grammar::readings(std::string_view folded) const {
  static const std::vector<Reading> none;
  auto it = words_.find(folded);
  return it == words_.end() ? none : it->second;
}

template <class Pred>
bool Grammar::any(std::string_view w, Pred&& pred) const {
  for (const Reading& r : readings(w))
    if (pred(r)) return true;
  return false;
}

bool Grammar::is(std::string_view w, WordClass c) const {
  return any(w, [&](const Reading& r) { return r.word_class == c; });
}

// Articles.

namespace {
bool article_of(const Reading& r) {
  return r.word_class == WordClass::Article && (r.kind == WordKind::Definite || r.kind == WordKind::Indefinite);
}
}  // namespace

bool Grammar::is_article(std::string_view w) const { return any(w, article_of); }
bool Grammar::is_definite_article(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Article && r.kind == WordKind::Definite; });
}
bool Grammar::is_indefinite_article(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Article && r.kind == WordKind::Indefinite; });
}
bool Grammar::is_negative_article(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Article && r.kind == WordKind::Negative; });
}

std::uint8_t Grammar::article_cases(std::string_view w) const {
  std::uint8_t set = 0;
  for (const Reading& r : readings(w))
    if (article_of(r)) set |= r.cases;
  return set;
}

bool Grammar::is_oblique_article(std::string_view w) const {
  std::uint8_t cases = article_cases(w);
  return cases && !has_feature(cases, Case::Nom);
}
bool Grammar::is_nominative_article(std::string_view w) const { return has_feature(article_cases(w), Case::Nom); }

// Pronouns.

bool Grammar::is_personal_pronoun(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Pronoun && r.kind == WordKind::Personal; });
}

std::optional<Grammar::PersonalPronoun> Grammar::personal_pronoun(std::string_view w) const {
  PersonalPronoun p;
  for (const Reading& r : readings(w))
    if (r.word_class == WordClass::Pronoun && r.kind == WordKind::Personal) {
      p.persons |= r.persons;
      p.numbers |= r.numbers;
      p.cases |= r.cases;
    }
  if (!p.persons) return std::nullopt;
  return p;
}

bool Grammar::is_subject_pronoun(std::string_view w) const {
  auto p = personal_pronoun(w);
  return p && has_feature(p->cases, Case::Nom);
}

bool Grammar::is_reflexive_pronoun(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Pronoun && r.kind == WordKind::Reflexive; });
}

bool Grammar::is_possessive(std::string_view w) const {
  for (std::string_view ending : kPossessiveEndings) {
    if (w.size() <= ending.size() || w.substr(w.size() - ending.size()) != ending) continue;
    if (is(w.substr(0, w.size() - ending.size()), WordClass::Possessive)) return true;
  }
  return false;
}

bool Grammar::is_demonstrative(std::string_view w) const { return is(w, WordClass::Demonstrative); }
bool Grammar::is_relative_pronoun(std::string_view w) const { return is(w, WordClass::Relative); }

// Prepositions, conjunctions, negation.

bool Grammar::is_preposition(std::string_view w) const { return is(w, WordClass::Preposition); }

std::uint8_t Grammar::governs(std::string_view w) const {
  std::uint8_t set = 0;
  for (const Reading& r : readings(w))
    if (r.word_class == WordClass::Preposition) set |= r.governs;
  return set;
}

std::string_view Grammar::fused_article(std::string_view w) const {
  for (const Reading& r : readings(w))
    if (r.word_class == WordClass::Preposition && !r.article.empty()) return r.article;
  return {};
}

bool Grammar::is_subordinator(std::string_view w) const { return is(w, WordClass::Subordinator); }
bool Grammar::is_subordinator(std::string_view w, Sense sense) const {
  return any(w, [&](const Reading& r) { return r.word_class == WordClass::Subordinator && r.sense == sense; });
}
bool Grammar::is_coordinator(std::string_view w) const { return is(w, WordClass::Coordinator); }
bool Grammar::is_negation(std::string_view w) const { return is(w, WordClass::Negation) || is_negative_article(w); }

// Verbs.

bool Grammar::is_auxiliary(std::string_view w) const { return is(w, WordClass::Auxiliary); }
bool Grammar::is_finite_auxiliary(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Auxiliary && r.form == VerbForm::Finite; });
}
bool Grammar::is_modal(std::string_view w) const { return is(w, WordClass::Modal); }
bool Grammar::is_finite_modal(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Modal && r.form == VerbForm::Finite; });
}

bool Grammar::is_form_of(std::string_view w, VerbLemma lemma, Tense tense, Mood mood) const {
  return any(w, [&](const Reading& r) {
    return r.verb == lemma && r.form == VerbForm::Finite && r.tense == tense && (mood == Mood::None || r.mood == mood);
  });
}

bool Grammar::is_auxiliary_participle(std::string_view w) const {
  return any(w, [](const Reading& r) { return r.word_class == WordClass::Auxiliary && r.form == VerbForm::Participle; });
}

namespace {
// The finite third-person readings of a verb form in `mood`, and whether
// the indicative has the same form for the same number.
bool distinct_third_person(const std::vector<Reading>& rs, Mood mood, Tense indicative_tense) {
  for (const Reading& r : rs) {
    if (r.form != VerbForm::Finite || r.mood != mood || !has_feature(r.persons, Person::Third)) continue;
    bool same = false;
    for (const Reading& o : rs)
      same |= o.form == VerbForm::Finite && o.mood == Mood::Indicative && o.tense == indicative_tense &&
              has_feature(o.persons, Person::Third) && (o.numbers & r.numbers) != 0;
    if (!same) return true;
  }
  return false;
}
}  // namespace

bool Grammar::is_konjunktiv_i(std::string_view w) const {
  return distinct_third_person(readings(w), Mood::KonjunktivI, Tense::Present);
}
bool Grammar::is_konjunktiv_ii(std::string_view w) const {
  return distinct_third_person(readings(w), Mood::KonjunktivII, Tense::Past);
}

bool Grammar::konjunktiv_i_ending(std::string_view w) noexcept {
  return w.size() > 3 && w.back() == 'e' && w.substr(w.size() - 2) != "te";
}

bool Grammar::looks_participle(std::string_view w) noexcept {
  return w.size() > 4 && w.substr(0, 2) == "ge" && w.back() == 't';
}

}  // namespace natocorpus::core
