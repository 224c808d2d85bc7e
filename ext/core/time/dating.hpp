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
#include <unordered_set>
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
  // How far a search around a token goes, each way: a text with no
  // punctuation stays linear.
  static constexpr std::size_t kReach = 40;

  void collect(std::string_view text);
  void header_clues(std::string_view text);
  void timex_clues(std::string_view text);
  void read_tokens(std::string_view text);

  // The text's own dates by their tense (timex_clues).
  bool in_header(const Span& sp) const;
  int weekday_with(const TimeExpression& e, std::size_t& at) const;
  bool remembered(const TimeExpression& e, std::int64_t day) const;
  void date_clues();
  bool weekday_date_clue(const TimeExpression& e, DateClue& c, std::size_t at, std::int64_t first, int& tense);
  void time_since_clues();

  // Counting from the war in Ukraine (timex_clues).
  struct War {
    std::int64_t from = 0;  // its first day
    std::string_view name;  // canonical
    std::int64_t anniversary(int years) const;
  };
  // A count of days, weeks, months or years with its lead word and hedge.
  struct Count {
    std::size_t j = 0;  // the number's token; its unit follows
    double num = 0, unit = 0;  // unit: in days
    int lower_slack = 0, upper_slack = 1;  // units of doubt below and above
    bool open_above = false, hedged = true, lead_seit = false, lead_vor = false;
  };
  std::optional<War> war_spoken_of() const;
  bool sentence_has(std::int64_t s, std::size_t near, const std::unordered_set<std::string_view>& words) const;
  bool war_sentence(std::int64_t s, std::size_t near) const;
  int ordinal_at(std::size_t k) const;
  std::optional<double> number_at(std::size_t k) const;
  std::optional<Count> count_at(std::size_t i) const;
  bool after_war_start(std::size_t j) const;
  bool war_started_before(std::size_t i) const;
  void war_clue(std::size_t b, std::size_t e, std::int64_t earliest, std::int64_t latest, std::string detail);
  void war_year_clue(const War& war, std::size_t i);
  std::size_t war_duration_clue(const War& war, std::size_t i);
  void invasion_clue(const War& war);

  // Knowledge: office-holders, NATO's member count, dated events, standing
  // bodies (knowledge_clues).
  void knowledge_clues(std::string_view text);
  void body_meeting_clue(std::size_t i);
  std::size_t office_clue(std::string_view text, std::size_t i);
  void member_count_clue(std::string_view text, std::size_t i);
  std::size_t event_clue(std::size_t i);
  void events_named_at(std::size_t i, std::vector<std::size_t>& matched, std::size_t& end) const;
  void summit_in_city_at(std::size_t i, std::vector<std::size_t>& matched, std::size_t& begin,
                         std::size_t& end) const;
  int weekday_in_sentence(std::size_t i, std::int64_t s) const;
  void event_named(const std::vector<std::size_t>& matched, std::size_t begin, std::size_t end);
  Span span_of(std::size_t b, std::size_t e) const;

  void visit_clues();
  bool visit_clue(std::size_t v, std::size_t i);
  bool visit_day(std::size_t begin, std::size_t end, int& weekday) const;
  // Weighing the clues (decide): the days left so far, [lo, hi].
  struct Interval {
    std::int64_t lo = DateClue::kOpenStart, hi = DateClue::kOpenEnd;
  };
  std::optional<PartialDate> decide();
  std::optional<PartialDate> no_answer();
  Interval weigh_certain();
  void narrow(Interval& iv, DateClue&& c);
  void weigh_near_days(Interval& iv);
  void weigh_meetings(Interval& iv);
  void weigh_body_meetings(Interval& iv);
  void weigh_yearless_dates(Interval& iv);
  void weigh_weekday_dates(Interval& iv);
  void weigh_reported_weekday(Interval& iv);
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
