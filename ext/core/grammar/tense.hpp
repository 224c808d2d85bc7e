// The tense and mood of a clause or a sentence, from its folded words: the
// one reader that time expressions (the year of "im Juli", the week of "am
// Mittwoch"), document dating (a date "told in the past tense") and quotes
// share. The auxiliaries and modals come from grammar.tsv, the other words
// that point to the past or the future ("sagte", "damals", "kommenden",
// "geplant") from tense_markers.tsv.
//
//   past:    war/wurde/hatte …, gewesen/worden, haben or sein with a
//            participle ("hat … unterzeichnet"), a modal with a perfect
//            infinitive ("soll … erschossen haben"), past markers;
//   future:  werden with no participle after it ("wird … übernehmen", not the
//            passive "wird … gesteckt"), sollen/wollen in the present,
//            future markers;
//   mood:    Konjunktiv I when a finite form is one ("sei", "habe",
//            "könne", "gebe"), else Konjunktiv II ("wäre", "hätte",
//            "würde"), else indicative.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grammar/grammar.hpp"

namespace natocorpus::core {

// How much text is weighed, and how.
enum class TenseReach : std::uint8_t {
  // The clause around a date or an event: its verbs and the markers of
  // reach "clause"; any sign against the other side leaves it Present
  // (unclear). Strict, for dating, where a wrong side is worse than none.
  Clause,
  // A whole sentence: every marker and every auxiliary by itself counts
  // ("hat", "sei", "würde" too), and the side with more wins (past on a
  // tie with some). For resolving "im Juli" or "am Mittwoch" to a side.
  Sentence,
};

struct TenseMood {
  Tense tense = Tense::Present;  // Present: present, or unclear
  Mood mood = Mood::Indicative;
};

// The words of a clause, folded: words[lo, hi). The words [hi, tail_end)
// follow it in its sentence (a passive's participle may stand there, after a
// relative clause). `lower`, when given, says for each word whether it was
// written in lower case (a participle is; "Die Staaten haben" holds none).
struct ClauseWords {
  const std::vector<std::string>& words;
  std::size_t lo = 0, hi = 0, tail_end = 0;
  const std::vector<bool>* lower = nullptr;
};

class TenseReader {
 public:
  // The reader over Grammar::builtin() and ext/data/tense_markers.tsv.
  static const TenseReader& builtin();
  // A reader over `grammar` and marker rows in tense_markers.tsv's columns (tests).
  TenseReader(const Grammar& grammar, std::string_view markers_tsv);

  TenseMood read(const ClauseWords& clause, TenseReach reach) const;
  // The mood of the finite verbs in words[lo, hi).
  Mood mood(const std::vector<std::string>& words, std::size_t lo, std::size_t hi) const;

  const Grammar& grammar() const noexcept { return grammar_; }

 private:
  struct Marker {
    Tense points = Tense::Present;  // Past or Future
    bool clause = false;            // reach "clause": counts for a clause too
  };
  struct Counts;
  void count_word(const ClauseWords& c, std::size_t k, TenseReach reach, Counts& n) const;
  bool perfect_infinitive(const ClauseWords& c, std::size_t k) const;
  bool participle_follows(const ClauseWords& c) const;

  const Grammar& grammar_;
  std::unordered_map<std::string, Marker> markers_;  // folded word
};

}  // namespace natocorpus::core
