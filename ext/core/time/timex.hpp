// Temporal expressions in German news, normalised as TIMEX3 values the way
// KRAUTS annotates them: "am 5. Dezember 1994" -> 1994-12-05, "im Juli" ->
// 2023-07 (past or future by the sentence's tense), "am Dienstagabend" ->
// 2023-07-11TEV, "vor fast 14 Monaten" -> 2022-02, "mehr als 1.000 Tage" ->
// P1000D, "jeden Montag" -> XXXX-WXX-1, "derzeit" -> PRESENT_REF.
//
// Relative expressions are anchored on a reference day (the document date).
// Without one they keep X's: "am Mittwoch" -> XXXX-WXX-3, "im Juli" ->
// XXXX-07. Nothing reads the clock.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/tokens.hpp"
#include "text/utf8.hpp"
#include "time/calendar.hpp"

namespace natocorpus::core {

enum class TimexType { Date, Time, Duration, Set };
const char* timex_type_name(TimexType t) noexcept;  // "DATE", "TIME", "DURATION", "SET"

// 1 (Monday) … 7 (Sunday) for a case-folded weekday name, else 0.
int weekday_number(std::string_view folded);
// Whether a folded word is `stem` with an adjective ending: "vergangenen" of "vergangen".
bool declined_form(std::string_view folded, std::string_view stem);
// A number as written: "14", "1.000", "3,5", "zwei", "einundzwanzig", "eineinhalb".
std::optional<double> german_number(std::string_view written, std::string_view folded);
// The length in days of a folded unit word (Tag, Woche, Monat, Jahr, any case or number), else 0.
double unit_in_days(std::string_view folded);
// Whether a folded word names a time: a unit ("Jahre", "Stunden"), a month
// written out ("April"), a weekday with or without its part ("Dienstagabend").
bool is_time_noun(std::string_view folded);

struct TimeExpression {
  Span span;  // bytes of the expression in the text
  TimexType type = TimexType::Date;
  std::string value;  // TIMEX3 value
  std::int64_t sentence = 0;
  // What a reader learns from it about the day it speaks of, when that is a
  // calendar period written out in full ("am 5. Dezember 1994", "im Juli
  // 2023"), not resolved from the reference: used to date documents.
  bool absolute = false;
  PartialDate period;  // the period for absolute dates
  int tense = 0;       // of its sentence: -1 past, 0 present or unknown, 1 future
};

class TimexFinder {
 public:
  // The expressions of `text` (valid UTF-8) in text order, none overlapping.
  // `ref` anchors relative ones; empty: they keep their X's.
  void find(std::string_view text, const std::optional<PartialDate>& ref, std::vector<TimeExpression>& out);

  // The tokens of the text find() last read, and the tense of a sentence
  // (-1 past, 0 present or unknown, 1 future) by its index.
  const std::vector<Token>& tokens() const noexcept { return tokens_; }
  int tense_of_sentence(std::int64_t s) const noexcept {
    return s >= 0 && static_cast<std::size_t>(s) < tense_.size() ? tense_[static_cast<std::size_t>(s)] : 0;
  }

 private:
  struct Match;
  bool match_at(std::size_t i, Match& m);
  static bool take(Match& m, std::size_t begin, std::size_t end, TimexType type, std::string value);
  static bool take_absolute(Match& m, std::size_t begin, std::size_t end, const PartialDate& p);
  bool date_at(std::size_t i, Match& m);
  bool weekday_date_at(std::size_t i, Match& m);
  bool holiday_at(std::size_t i, Match& m);
  bool iso_day_at(std::size_t i, Match& m);
  bool iso_month_at(std::size_t i, Match& m);
  bool numeric_date_at(std::size_t i, Match& m);
  bool day_month_at(std::size_t i, Match& m);
  bool range_start_at(std::size_t i, int d, Match& m);
  bool yearless_day(std::size_t i, int d, int mo, Match& m);
  int year_after(std::size_t& end) const;
  bool month_at(std::size_t i, Match& m);
  bool part_of_year_at(std::size_t j, int& q, std::string_view& quarter) const;
  bool time_word_before(std::size_t i, int mo) const;
  bool year_at(std::size_t i, Match& m);
  bool relative_at(std::size_t i, Match& m);
  bool named_day_at(std::size_t i, int offset, Match& m);
  bool previous_period_at(std::size_t i, Match& m);
  bool relative_period_at(std::size_t i, Match& m);
  bool in_period_at(std::size_t i, Match& m);
  std::optional<CivilDate> ref_day() const;
  bool weekday_at(std::size_t i, Match& m);
  bool duration_at(std::size_t i, Match& m);
  bool duration_word_at(std::size_t i, Match& m);
  std::size_t duration_lead(std::size_t i) const;
  bool unnamed_count_at(std::size_t i, std::size_t j, Match& m);
  bool counted_duration_at(std::size_t i, std::size_t j, Match& m);
  bool bare_plural_at(std::size_t i, Match& m);
  bool half_unit_at(std::size_t i, std::size_t after, Match& m);
  bool adjective_before_unit(std::size_t after, bool one) const;
  bool set_at(std::size_t i, Match& m);
  bool clock_at(std::size_t i, Match& m);
  bool ref_word_at(std::size_t i, Match& m);
  bool part_of_day_at(std::size_t i, Match& m);
  void read_tenses();
  int sentence_tense(std::size_t i) const;
  std::optional<double> number_at(std::size_t i, std::size_t& end) const;
  std::string_view word(std::size_t i) const;
  bool is(std::size_t i, std::string_view folded) const { return i < folded_.size() && folded_[i] == folded; }

  Tokenizer tokenizer_;
  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<std::string> folded_;
  std::vector<std::int8_t> tense_;  // by sentence (1-based index)
  std::optional<PartialDate> ref_;
  std::optional<CivilDate> day_;    // the day the text speaks of last (for times)
  std::int64_t day_sentence_ = -1;  // the sentence that named it
};

}  // namespace natocorpus::core
