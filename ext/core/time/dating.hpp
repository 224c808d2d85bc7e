// The publication date of an article, inferred from its text, with the
// evidence for it: a header or dateline; dates written out in full, read by
// the tense around them; office-holders named with their office; NATO's
// member count; dated events; durations counted from them ("der Krieg, der
// mehr als 1.000 Tage dauert"); weekdays ("am Mittwoch").
//
// Each clue bounds the day: [earliest, latest]. The strongest clues are
// intersected first; a clue that contradicts those before it is left out.
// The answer is the most precise period (day, month or year) that holds the
// whole interval, or none: a wrong date is worse than a vaguer one.
#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/calendar.hpp"
#include "time/timex.hpp"

namespace natocorpus::core {

struct DateClue {
  static constexpr std::int64_t kOpenStart = std::numeric_limits<std::int64_t>::min();
  static constexpr std::int64_t kOpenEnd = std::numeric_limits<std::int64_t>::max();
  Span span;              // the clue as written
  std::string kind;       // header, dateline, date, office, members, event, duration, weekday
  std::string detail;     // what it says, for a reader: "NATO-Generalsekretär 2014-10-01 – 2024-09-30"
  std::int64_t earliest = kOpenStart;  // days since 1970-01-01, inclusive
  std::int64_t latest = kOpenEnd;
  int strength = 1;       // 3 header, 2 world knowledge, 1 the text's own dates, 0 weighed last (weekdays
                          // written with their dates, months or days with no year, weekdays, meetings
                          // told in the present tense, visits reported as news)
  bool used = false;      // doc_date's answer rests on it
  std::int64_t sentence = 0;
};

class DocumentDater {
 public:
  DocumentDater();
  // The publication date of `text` (valid UTF-8): "YYYY-MM-DD", "YYYY-MM" or
  // "YYYY" as a PartialDate, or nullopt without enough evidence.
  std::optional<PartialDate> date(std::string_view text);
  // The clues the last date() call weighed, in text order.
  const std::vector<DateClue>& clues() const noexcept { return clues_; }
  // The time expressions of the last date() call's text, found with no
  // reference (what TimexFinder::find gives without one).
  const std::vector<TimeExpression>& expressions() const noexcept { return found_; }

 private:
  void collect(std::string_view text);
  void header_clues(std::string_view text);
  void timex_clues(std::string_view text);
  void knowledge_clues(std::string_view text);
  void visit_clues();
  std::optional<PartialDate> decide();
  int clause_tense(const Span& span) const;
  struct Clause {
    std::size_t b = 0, e = 0;    // the span's tokens
    std::size_t lo = 0, hi = 0;  // its clause's
  };
  Clause clause_of(const Span& span) const;
  std::size_t token_at(std::size_t byte) const;
  std::vector<TimeExpression>::const_iterator expression_at(std::size_t byte) const;

  // A meeting named in the present tense, or a visit reported as news:
  // which occurrence, decide() finds. The article lies from `lead` days
  // before an occurrence to `lag` days after it.
  struct Meeting {
    Span span;
    std::int64_t sentence = 0;
    int weekday = 0;  // a weekday named with it
    std::string name;
    std::string told;  // how the text tells of it, for the clue's detail
    std::vector<std::pair<std::int64_t, std::int64_t>> occurrences;  // first and last day
    std::int64_t lead = 3, lag = 0;
    // The data lists every occurrence within these days only: of an
    // interval that reaches beyond them it says nothing.
    std::int64_t complete_from = DateClue::kOpenStart, complete_to = DateClue::kOpenEnd;
  };
  std::vector<Meeting> meetings_;
  // A standing body's meeting in a named month with no year ("hatte der
  // NATO-Russland-Rat im Jänner getagt"): which one, decide() finds.
  struct BodyMeeting {
    Span span;
    std::int64_t sentence = 0;
    int tense = 0;  // < 0 past, > 0 ahead
    std::string name;
    std::vector<std::int64_t> days;  // its meetings in that month, any year
    std::int64_t since = 0;          // the first meeting the data lists
  };
  std::vector<BodyMeeting> body_meetings_;
  // A weekday written with its date ("am Freitag, den 13. Oktober 2006"):
  // within two weeks of the article, weighed after the certain clues.
  std::vector<DateClue> near_days_;
  TimexFinder timex_;
  std::string_view text_;  // of the date() call under way
  std::vector<TimeExpression> found_;
  std::vector<DateClue> clues_;
  std::vector<std::string> folded_;
  std::vector<bool> lower_;  // whether each token was written in lower case
};

// "2023-07-12" for days since 1970-01-01.
std::string day_string(std::int64_t days);

}  // namespace natocorpus::core
