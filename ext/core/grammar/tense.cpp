#include "grammar/tense.hpp"

#include "data.hpp"
#include "error.hpp"
#include "lexicon/tsv.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// What one word's readings say, looked up once.
struct Verb {
  const std::vector<Reading>& rs;
  template <class Pred>
  bool any(Pred&& p) const {
    for (const Reading& r : rs)
      if (p(r)) return true;
    return false;
  }
  bool finite(VerbLemma lemma, Tense tense, Mood mood = Mood::None) const {
    return any([&](const Reading& r) {
      return r.verb == lemma && r.form == VerbForm::Finite && r.tense == tense && (mood == Mood::None || r.mood == mood);
    });
  }
  // war, wurde, hatte …: the past indicative of sein, haben, werden.
  bool past_auxiliary() const {
    return any([](const Reading& r) {
      return r.word_class == WordClass::Auxiliary && r.form == VerbForm::Finite && r.tense == Tense::Past &&
             r.mood == Mood::Indicative;
    });
  }
  // gewesen, worden, geworden, gehabt.
  bool auxiliary_participle() const {
    return any([](const Reading& r) { return r.word_class == WordClass::Auxiliary && r.form == VerbForm::Participle; });
  }
  // ist, hat, sind, haben …: the auxiliary of a perfect, in the present indicative.
  bool perfect_auxiliary() const {
    return finite(VerbLemma::Haben, Tense::Present, Mood::Indicative) ||
           finite(VerbLemma::Sein, Tense::Present, Mood::Indicative);
  }
  // wird, werden, werde: werden in the present (a future, or a passive).
  bool werden() const { return finite(VerbLemma::Werden, Tense::Present); }
  // soll, will …: a plan or an intention, ahead.
  bool intends() const { return finite(VerbLemma::Sollen, Tense::Present) || finite(VerbLemma::Wollen, Tense::Present); }
  bool finite_modal() const {
    return any([](const Reading& r) { return r.word_class == WordClass::Modal && r.form == VerbForm::Finite; });
  }
  // A sentence weighed as a whole counts these by themselves: every form of
  // haben (mostly a perfect's), sei (reported speech of the past) and the
  // past and participles of the auxiliaries …
  bool sentence_past() const {
    return past_auxiliary() || auxiliary_participle() || finite(VerbLemma::Haben, Tense::Present) ||
           finite(VerbLemma::Haben, Tense::Past, Mood::KonjunktivII) ||
           finite(VerbLemma::Sein, Tense::Present, Mood::KonjunktivI);
  }
  // … and werden and würde, soll and will.
  bool sentence_future() const {
    return werden() || finite(VerbLemma::Werden, Tense::Past, Mood::KonjunktivII) || intends();
  }
};

}  // namespace

struct TenseReader::Counts {
  int past = 0, future = 0, werden = 0;
  bool perfect = false, participle = false, perfect_infinitive = false;
};

const TenseReader& TenseReader::builtin() {
  static const TenseReader reader(Grammar::builtin(), data::table("tense_markers"));
  return reader;
}

TenseReader::TenseReader(const Grammar& grammar, std::string_view markers_tsv) : grammar_(grammar) {
  for_each_tsv_row(markers_tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 4 || (f[2] != "past" && f[2] != "future") || (f[3] != "clause" && f[3] != "sentence"))
      throw Error("tense_markers.tsv: bad row \"" + std::string(f.empty() ? "" : f[0]) + "\"");
    markers_[fold(f[0])] = Marker{f[2] == "past" ? Tense::Past : Tense::Future, f[3] == "clause"};
  });
}

// "soll … erschossen haben", "will … gesehen haben", "soll … getötet worden
// sein": a modal with a perfect infinitive reports the past. "sein" after
// any other word is a state ahead ("soll … offen sein").
bool TenseReader::perfect_infinitive(const ClauseWords& c, std::size_t k) const {
  if (k <= c.lo) return false;
  const std::string& w = c.words[k];
  const std::string& p = c.words[k - 1];
  bool infinitive = w == "haben" || (w == "sein" && Verb{grammar_.readings(p)}.auxiliary_participle());
  if (!infinitive) return false;
  bool modal = false;
  for (std::size_t x = c.lo; x < c.hi && !modal; ++x) modal = Verb{grammar_.readings(c.words[x])}.finite_modal();
  if (!modal) return false;
  // a participle: lower case ("Die Staaten haben" is no perfect infinitive)
  bool lower = !c.lower || (*c.lower)[k - 1];
  return lower && p.size() > 4 && (ends_with(p, "en") || ends_with(p, "iert") || ends_with(p, "t"));
}

void TenseReader::count_word(const ClauseWords& c, std::size_t k, TenseReach reach, Counts& n) const {
  const std::string& w = c.words[k];
  Verb v{grammar_.readings(w)};
  auto marker = markers_.find(w);
  bool marks = marker != markers_.end() && (reach == TenseReach::Sentence || marker->second.clause);
  if (reach == TenseReach::Sentence) {
    n.past += v.sentence_past() || (marks && marker->second.points == Tense::Past);
    n.future += v.sentence_future() || (marks && marker->second.points == Tense::Future);
    return;
  }
  n.perfect_infinitive |= perfect_infinitive(c, k);
  if (v.past_auxiliary() || v.auxiliary_participle()) ++n.past;
  if (v.perfect_auxiliary()) n.perfect = true;
  bool participle = Grammar::looks_participle(w);
  n.participle |= participle;
  if (v.werden()) ++n.werden;
  else if (v.intends() || (marks && marker->second.points == Tense::Future)) ++n.future;
  if (n.perfect && participle) ++n.past;
}

// "wird … in Brand gesteckt" is a passive, not a future: a participle after
// the clause (it may stand after a relative clause).
bool TenseReader::participle_follows(const ClauseWords& c) const {
  for (std::size_t k = c.hi; k < c.tail_end; ++k)
    if (Grammar::looks_participle(c.words[k])) return true;
  return false;
}

TenseMood TenseReader::read(const ClauseWords& c, TenseReach reach) const {
  Counts n;
  for (std::size_t k = c.lo; k < c.hi; ++k) count_word(c, k, reach, n);
  TenseMood out;
  out.mood = mood(c.words, c.lo, c.hi);
  if (reach == TenseReach::Sentence) {
    out.tense = n.future > n.past ? Tense::Future : n.past > 0 ? Tense::Past : Tense::Present;
    return out;
  }
  if (n.werden && !n.participle && !participle_follows(c)) n.future += n.werden;
  if (n.perfect_infinitive) {
    ++n.past;
    n.future = 0;
  }
  if (n.past && !n.future) out.tense = Tense::Past;
  if (n.future && !n.past) out.tense = Tense::Future;
  return out;
}

Mood TenseReader::mood(const std::vector<std::string>& words, std::size_t lo, std::size_t hi) const {
  Mood m = Mood::Indicative;
  for (std::size_t k = lo; k < hi; ++k) {
    if (grammar_.is_konjunktiv_i(words[k])) return Mood::KonjunktivI;
    if (grammar_.is_konjunktiv_ii(words[k])) m = Mood::KonjunktivII;
  }
  return m;
}

}  // namespace natocorpus::core
