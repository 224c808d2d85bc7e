// Proleptic Gregorian calendar arithmetic on civil dates, with no clock:
// days since 1970-01-01 (Howard Hinnant's algorithms), ISO weekdays and
// weeks, month lengths and Easter (the anonymous Gregorian algorithm).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace natocorpus::core {

struct CivilDate {
  int y = 0, m = 0, d = 0;  // m 1..12, d 1..31
  friend bool operator==(const CivilDate& a, const CivilDate& b) { return a.y == b.y && a.m == b.m && a.d == b.d; }
};

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int days_in_month(int y, int m) noexcept {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : (m >= 1 && m <= 12 ? days[m - 1] : 0);
}

constexpr bool valid_date(int y, int m, int d) noexcept {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// Days since 1970-01-01.
constexpr std::int64_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
inline std::int64_t days_from_civil(const CivilDate& c) noexcept { return days_from_civil(c.y, c.m, c.d); }

constexpr CivilDate civil_from_days(std::int64_t z) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

// ISO weekday: 1 Monday … 7 Sunday.
constexpr int iso_weekday(std::int64_t days) noexcept {
  std::int64_t w = (days + 3) % 7;  // 1970-01-01 was a Thursday (3 from Monday)
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

// ISO week-numbering year and week of a day.
inline void iso_week(const CivilDate& c, int& year, int& week) noexcept {
  std::int64_t days = days_from_civil(c);
  std::int64_t thursday = days - iso_weekday(days) + 4;
  CivilDate t = civil_from_days(thursday);
  year = t.y;
  week = static_cast<int>((thursday - days_from_civil(t.y, 1, 1)) / 7) + 1;
}

// Easter Sunday (Gregorian).
constexpr CivilDate easter(int y) noexcept {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

// A date with the precision the text gives: year only (m == 0), year and
// month (d == 0), or a day.
struct PartialDate {
  int y = 0, m = 0, d = 0;
  bool empty() const noexcept { return y == 0; }
};

// The first and the last day of a partial date ("2014" -> 2014-01-01 … 2014-12-31),
// as days since 1970-01-01; false for an empty one.
inline bool period_days(const PartialDate& p, std::int64_t& first, std::int64_t& last) noexcept {
  if (p.empty()) return false;
  if (p.d) {
    first = last = days_from_civil(p.y, p.m, p.d);
  } else if (p.m) {
    first = days_from_civil(p.y, p.m, 1);
    last = days_from_civil(p.y, p.m, days_in_month(p.y, p.m));
  } else {
    first = days_from_civil(p.y, 1, 1);
    last = days_from_civil(p.y, 12, 31);
  }
  return true;
}

// "2023-07-12", "2023-07", "2023" (a time after the day, "T18:05", is read
// past); nullopt for anything else or an impossible date.
std::optional<PartialDate> parse_partial_date(std::string_view s);

// "2023", "2023-07", "2023-07-12".
std::string format_partial_date(const PartialDate& p);

}  // namespace natocorpus::core
