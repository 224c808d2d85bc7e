// Calendar arithmetic, the time-expression finder and the document dater.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/offices.hpp"
#include "time/calendar.hpp"
#include "time/dating.hpp"
#include "time/timex.hpp"

using namespace natocorpus::core;

TEST(Calendar, DaysRoundTripOverFourCenturies) {
  for (std::int64_t d = days_from_civil(1800, 1, 1); d <= days_from_civil(2200, 12, 31); d += 1) {
    CivilDate c = civil_from_days(d);
    ASSERT_TRUE(valid_date(c.y, c.m, c.d));
    ASSERT_EQ(days_from_civil(c), d);
  }
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28), 2);  // 2000 was a leap year
  EXPECT_EQ(days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28), 1);  // 1900 was not
}

TEST(Calendar, WeekdaysAndIsoWeeks) {
  EXPECT_EQ(iso_weekday(days_from_civil(2023, 7, 12)), 3);  // a Wednesday
  EXPECT_EQ(iso_weekday(days_from_civil(2022, 2, 24)), 4);  // a Thursday
  int y = 0, w = 0;
  iso_week({2023, 1, 1}, y, w);  // a Sunday: the last week of 2022
  EXPECT_EQ(y, 2022);
  EXPECT_EQ(w, 52);
  iso_week({2020, 12, 31}, y, w);
  EXPECT_EQ(y, 2020);
  EXPECT_EQ(w, 53);
  iso_week({2024, 12, 30}, y, w);  // a Monday: week 1 of 2025
  EXPECT_EQ(y, 2025);
  EXPECT_EQ(w, 1);
}

TEST(Calendar, Easter) {
  EXPECT_EQ(easter(2023), (CivilDate{2023, 4, 9}));
  EXPECT_EQ(easter(2024), (CivilDate{2024, 3, 31}));
  EXPECT_EQ(easter(2025), (CivilDate{2025, 4, 20}));
  EXPECT_EQ(easter(2000), (CivilDate{2000, 4, 23}));
}

TEST(Calendar, PartialDates) {
  auto p = parse_partial_date("2023-07-12");
  ASSERT_TRUE(p);
  EXPECT_EQ(format_partial_date(*p), "2023-07-12");
  EXPECT_EQ(format_partial_date(*parse_partial_date("2023-07")), "2023-07");
  EXPECT_EQ(format_partial_date(*parse_partial_date("2023")), "2023");
  EXPECT_EQ(format_partial_date(*parse_partial_date("2023-07-12T18:05")), "2023-07-12");
  EXPECT_FALSE(parse_partial_date("2023-02-29"));
  EXPECT_FALSE(parse_partial_date("2023-13"));
  EXPECT_FALSE(parse_partial_date("gestern"));
  EXPECT_FALSE(parse_partial_date(""));
}

static std::vector<std::string> values(const std::string& text, const char* ref) {
  TimexFinder finder;
  std::vector<TimeExpression> found;
  finder.find(text, ref ? parse_partial_date(ref) : std::nullopt, found);
  std::vector<std::string> out;
  for (const auto& e : found) out.push_back(e.value);
  return out;
}

TEST(Timex, WeekdaysFollowTheTense) {
  // The reference is a Thursday.
  EXPECT_EQ(values("Am Montag hatte er gesprochen.", "2023-07-13"), std::vector<std::string>{"2023-07-10"});
  EXPECT_EQ(values("Am Montag wird er sprechen.", "2023-07-13"), std::vector<std::string>{"2023-07-17"});
  EXPECT_EQ(values("Am kommenden Donnerstag.", "2023-07-13"), std::vector<std::string>{"2023-07-20"});
  EXPECT_EQ(values("Am vergangenen Donnerstag.", "2023-07-13"), std::vector<std::string>{"2023-07-06"});
}

TEST(Timex, MonthsAcrossTheYearBoundary) {
  EXPECT_EQ(values("Im Dezember war er in Wien.", "2024-01-10"), std::vector<std::string>{"2023-12"});
  EXPECT_EQ(values("Im Januar wird er in Wien sein.", "2023-12-10"), std::vector<std::string>{"2024-01"});
}

TEST(Timex, UnplacedPeriodsKeepTheirGranularity) {
  // With no reference, a relative period keeps the shape of its unit.
  EXPECT_EQ(values("Im vorigen Jahrhundert und in diesem Jahrzehnt.", nullptr),
            (std::vector<std::string>{"XX", "XXX"}));
  EXPECT_EQ(values("In der Vorwoche und am nächsten Wochenende.", nullptr),
            (std::vector<std::string>{"XXXX-WXX", "XXXX-WXX-WE"}));
  EXPECT_EQ(values("Im Vormonat und im vergangenen Quartal.", nullptr), (std::vector<std::string>{"XXXX-XX", "XXXX-QX"}));
  // With one, they are placed.
  EXPECT_EQ(values("Im vorigen Jahrhundert und in der Vorwoche.", "1995-04-07"),
            (std::vector<std::string>{"18", "1995-W13"}));
}

TEST(Timex, LongDigitRunsAreNoDates) {
  // Found by fuzz_dates: the digits overflowed an int before the length check stopped them.
  EXPECT_TRUE(values("-39999999999999?{", nullptr).empty());
  EXPECT_TRUE(values("Am 1.399999999999999.2023 kam er.", "2023-07-13").empty());
}

TEST(Timex, LongTextWithNoSentenceEndStaysLinear) {
  // 300,000 tokens in one "sentence": every search is bounded.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "am 5. Mai 2023 hat er vor 2 Jahren und seit 3 Tagen ";
  TimexFinder finder;
  std::vector<TimeExpression> found;
  finder.find(text, parse_partial_date("2023-07-13"), found);
  EXPECT_EQ(found.size(), 60000u);
  DocumentDater dater;
  dater.date(text);
  for (const auto& c : dater.clues()) EXPECT_LE(c.span.end, text.size());
}

// people.tsv is read once, by OfficeTable: the narrowest reading of a term
// (who held it on a day) and the widest (when a text naming the holder in
// office may have been written), which the dater uses.
TEST(Offices, TermsHaveTheNarrowestAndTheWidestReading) {
  const OfficeTerm* wilhelm = nullptr;
  const OfficeTerm* putin = nullptr;
  for (const OfficeTerm& t : OfficeTable::builtin().terms()) {
    if (t.holder == "Ulrich Wilhelm" && t.role == "regierungssprecher") wilhelm = &t;
    if (t.holder == "Wladimir Putin" && t.role == "präsident" && t.latest == OfficeTerm::kOpenEnd) putin = &t;
  }
  ASSERT_TRUE(wilhelm);  // 2005-11 – 2010-08, to the month
  EXPECT_EQ(wilhelm->earliest, days_from_civil(2005, 11, 1));
  EXPECT_EQ(wilhelm->from, days_from_civil(2005, 11, 30));
  EXPECT_EQ(wilhelm->to, days_from_civil(2010, 8, 1));
  EXPECT_EQ(wilhelm->latest, days_from_civil(2010, 8, 31));
  ASSERT_TRUE(putin);  // no end: to the cut-off, or open
  EXPECT_EQ(putin->to, days_from_civil(2025, 12, 31));
  EXPECT_EQ(putin->latest, OfficeTerm::kOpenEnd);
  EXPECT_EQ(putin->earliest, putin->from);
  EXPECT_EQ(putin->aliases, (std::vector<std::string>{"Vladimir Putin", "Wladimir Wladimirowitsch Putin"}));
}

TEST(DocumentDater, AnOfficeBoundsTheDayAtItsTermsWidest) {
  DocumentDater dater;
  dater.date("Regierungssprecher Ulrich Wilhelm sagte, die Lage sei ernst.");
  const DateClue* office = nullptr;
  for (const DateClue& c : dater.clues())
    if (c.kind == "office") office = &c;
  ASSERT_TRUE(office);
  EXPECT_EQ(office->earliest, days_from_civil(2005, 11, 1));
  EXPECT_EQ(office->latest, days_from_civil(2010, 8, 31));
}
