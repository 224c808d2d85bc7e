#include "time/timex.hpp"

#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "grammar/tense.hpp"

namespace natocorpus::core {

const char* timex_type_name(TimexType t) noexcept {
  switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

std::optional<PartialDate> parse_partial_date(std::string_view s) {
  auto digits = [&](std::size_t at, std::size_t n, int& v) {
    if (at + n > s.size()) return false;
    v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (s[k] < '0' || s[k] > '9') return false;
      v = v * 10 + (s[k] - '0');
    }
    return true;
  };
  PartialDate p;
  if (!digits(0, 4, p.y) || p.y < 1) return std::nullopt;
  std::size_t at = 4;
  if (at < s.size() && s[at] == '-') {
    if (!digits(at + 1, 2, p.m) || p.m < 1 || p.m > 12) return std::nullopt;
    at += 3;
    if (at < s.size() && s[at] == '-') {
      if (!digits(at + 1, 2, p.d) || !valid_date(p.y, p.m, p.d)) return std::nullopt;
      at += 3;
    }
  }
  if (at < s.size() && !(s[at] == 'T' || s[at] == ' ')) return std::nullopt;
  return p;
}

std::string format_partial_date(const PartialDate& p) {
  char buf[32];
  if (p.m == 0) std::snprintf(buf, sizeof buf, "%04d", p.y);
  else if (p.d == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", p.y, p.m);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.y, p.m, p.d);
  return buf;
}

namespace {

std::string day_value(const CivilDate& c) { return format_partial_date({c.y, c.m, c.d}); }
std::string month_value(int y, int m) { return format_partial_date({y, m, 0}); }
std::string year_value(int y) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}
std::string week_value(const CivilDate& c) {
  int y = 0, w = 0;
  iso_week(c, y, w);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return buf;
}
CivilDate add_days(const CivilDate& c, std::int64_t n) { return civil_from_days(days_from_civil(c) + n); }
void add_months(int& y, int& m, int n) {
  int total = y * 12 + (m - 1) + n;
  y = total / 12;
  m = total % 12 + 1;
}

bool starts_upper_word(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return w.substr(0, 2) == "\xc3\x84" || w.substr(0, 2) == "\xc3\x96" || w.substr(0, 2) == "\xc3\x9c";  // Ä Ö Ü
}

std::string_view strip_dot(std::string_view w) {
  return !w.empty() && w.back() == '.' ? w.substr(0, w.size() - 1) : w;
}

int month_of(std::string_view folded) {
  static const std::unordered_map<std::string_view, int> months = {
      {"januar", 1},   {"jänner", 1},    {"jan", 1},      {"februar", 2},  {"feber", 2},    {"feb", 2},
      {"märz", 3},     {"maerz", 3},     {"mär", 3},      {"mrz", 3},      {"april", 4},    {"apr", 4},
      {"mai", 5},      {"juni", 6},      {"jun", 6},      {"juli", 7},     {"jul", 7},      {"august", 8},
      {"aug", 8},      {"september", 9}, {"sept", 9},     {"sep", 9},      {"oktober", 10}, {"okt", 10},
      {"november", 11}, {"nov", 11},     {"dezember", 12}, {"dez", 12}};
  auto it = months.find(strip_dot(folded));
  return it == months.end() ? 0 : it->second;
}

// Abbreviations of months must carry their full stop ("Jan."); "Jan" alone is a name.
bool month_word(std::string_view folded, std::string_view raw) {
  int m = month_of(folded);
  if (m == 0) return false;
  std::string_view bare = strip_dot(folded);
  bool abbreviation = bare.size() <= 4 && bare != "mai" && bare != "juni" && bare != "juli" && bare != "märz";
  return !abbreviation || (!raw.empty() && raw.back() == '.');
}

// Weekday 1..7 and a part of the day ("dienstagabend" -> 2, "EV").
int weekday_of(std::string_view folded, std::string_view& part) {
  static const std::pair<std::string_view, int> days[] = {
      {"montag", 1}, {"dienstag", 2}, {"mittwoch", 3}, {"donnerstag", 4},
      {"freitag", 5}, {"samstag", 6}, {"sonnabend", 6}, {"sonntag", 7}};
  part = {};
  for (const auto& [name, n] : days) {
    if (folded.substr(0, name.size()) != name) continue;
    std::string_view rest = folded.substr(name.size());
    if (rest.empty()) return n;
    if (rest == "s") return -n;  // "montags": every Monday
    if (rest == "abend") part = "EV";
    else if (rest == "morgen" || rest == "vormittag" || rest == "früh") part = "MO";
    else if (rest == "nachmittag") part = "AF";
    else if (rest == "mittag") part = "MI";
    else if (rest == "nacht") part = "NI";
    else return 0;
    return n;
  }
  return 0;
}

std::string_view part_of_day(std::string_view folded) {
  if (folded == "abend" || folded == "abends") return "EV";
  if (folded == "morgen" || folded == "vormittag" || folded == "früh" || folded == "morgenstunden") return "MO";
  if (folded == "nachmittag") return "AF";
  if (folded == "mittag") return "MI";
  if (folded == "nacht") return "NI";
  return {};
}

enum class Unit { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century };

// The value of a period of `u` that has no reference to place it: "XXXX-WXX", "XX".
std::string unplaced(Unit u) {
  switch (u) {
    case Unit::Day: return "XXXX-XX-XX";
    case Unit::Week: return "XXXX-WXX";
    case Unit::Weekend: return "XXXX-WXX-WE";
    case Unit::Month: return "XXXX-XX";
    case Unit::Quarter: return "XXXX-QX";
    case Unit::Decade: return "XXX";
    case Unit::Century: return "XX";
    default: return "XXXX";
  }
}

Unit unit_of(std::string_view w, bool& plural) {
  static const std::unordered_map<std::string_view, std::pair<Unit, bool>> units = {
      {"sekunde", {Unit::Second, false}},   {"sekunden", {Unit::Second, true}},
      {"minute", {Unit::Minute, false}},    {"minuten", {Unit::Minute, true}},
      {"stunde", {Unit::Hour, false}},      {"stunden", {Unit::Hour, true}},
      {"tag", {Unit::Day, false}},          {"tage", {Unit::Day, true}},
      {"tagen", {Unit::Day, true}},         {"tages", {Unit::Day, false}},
      {"woche", {Unit::Week, false}},       {"wochen", {Unit::Week, true}},
      {"wochenende", {Unit::Weekend, false}}, {"wochenenden", {Unit::Weekend, true}},
      {"monat", {Unit::Month, false}},      {"monate", {Unit::Month, true}},
      {"monaten", {Unit::Month, true}},     {"monats", {Unit::Month, false}},
      {"quartal", {Unit::Quarter, false}},  {"quartale", {Unit::Quarter, true}},
      {"quartalen", {Unit::Quarter, true}}, {"quartals", {Unit::Quarter, false}},
      {"jahr", {Unit::Year, false}},        {"jahre", {Unit::Year, true}},
      {"jahren", {Unit::Year, true}},       {"jahres", {Unit::Year, false}},
      {"jahrzehnt", {Unit::Decade, false}}, {"jahrzehnte", {Unit::Decade, true}},
      {"jahrzehnten", {Unit::Decade, true}}, {"jahrzehnts", {Unit::Decade, false}},
      {"jahrhundert", {Unit::Century, false}}, {"jahrhunderte", {Unit::Century, true}},
      {"jahrhunderten", {Unit::Century, true}}, {"jahrhunderts", {Unit::Century, false}}};
  auto it = units.find(w);
  if (it == units.end()) {
    plural = false;
    return Unit::None;
  }
  plural = it->second.second;
  return it->second.first;
}

// "P3Y", "PT2H", "P1.5Y", "PXY".
std::string duration_value(std::optional<double> n, Unit u) {
  std::string num = "X";
  if (n) {
    char buf[32];
    if (std::fabs(*n - std::round(*n)) < 1e-9) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(*n)));
    else std::snprintf(buf, sizeof buf, "%g", *n);
    num = buf;
  }
  switch (u) {
    case Unit::Second: return "PT" + num + "S";
    case Unit::Minute: return "PT" + num + "M";
    case Unit::Hour: return "PT" + num + "H";
    case Unit::Day: return "P" + num + "D";
    case Unit::Week: return "P" + num + "W";
    case Unit::Weekend: return "P" + num + "WE";
    case Unit::Month: return "P" + num + "M";
    case Unit::Quarter: return "P" + num + "Q";
    case Unit::Year: return "P" + num + "Y";
    case Unit::Decade: return "P" + num + "DE";
    case Unit::Century: return "P" + num + "CE";
    case Unit::None: break;
  }
  return "P" + num;
}

// The stem of a declined adjective: "vergangenen" -> "vergangen".
bool adjective(std::string_view w, std::string_view stem) {
  if (w.substr(0, stem.size()) != stem) return false;
  std::string_view rest = w.substr(stem.size());
  return rest.empty() || rest == "e" || rest == "en" || rest == "er" || rest == "es" || rest == "em";
}

// -1 past (letzten, vergangenen, vorigen), 0 this (diesen, laufenden,
// heurigen), 1 next (nächsten, kommenden); 2 when none.
int relative_word(std::string_view w) {
  if (adjective(w, "letzt") || adjective(w, "vergangen") || adjective(w, "vorig") || adjective(w, "zurückliegend"))
    return -1;
  if (adjective(w, "dies") || adjective(w, "laufend") || adjective(w, "heurig") || adjective(w, "aktuell")) return 0;
  if (adjective(w, "nächst") || adjective(w, "kommend") || adjective(w, "folgend") || adjective(w, "bevorstehend"))
    return 1;
  return 2;
}

bool is_fuzzy(std::string_view w) {
  return w == "anfang" || w == "mitte" || w == "ende" || w == "beginn" || w == "ausgang" || w == "mitten";
}

// Number words: "zwei" -> 2, "einundzwanzig" -> 21, "eineinhalb" -> 1.5.
std::optional<double> number_word(std::string_view w) {
  static const std::unordered_map<std::string_view, double> words = {
      {"ein", 1},       {"eine", 1},     {"einen", 1},     {"einem", 1},      {"einer", 1},     {"eines", 1},
      {"eins", 1},      {"zwei", 2},     {"beide", 2},     {"beiden", 2},     {"drei", 3},      {"vier", 4},
      {"fünf", 5},      {"sechs", 6},    {"sieben", 7},    {"acht", 8},       {"neun", 9},      {"zehn", 10},
      {"elf", 11},      {"zwölf", 12},   {"dreizehn", 13}, {"vierzehn", 14},  {"fünfzehn", 15}, {"sechzehn", 16},
      {"siebzehn", 17}, {"achtzehn", 18}, {"neunzehn", 19}, {"zwanzig", 20},  {"dreissig", 30}, {"vierzig", 40},
      {"fünfzig", 50},  {"sechzig", 60}, {"siebzig", 70},  {"achtzig", 80},   {"neunzig", 90},  {"hundert", 100},
      {"tausend", 1000}, {"eineinhalb", 1.5}, {"anderthalb", 1.5}, {"zweieinhalb", 2.5}, {"dreieinhalb", 3.5},
      {"halbes", 0.5},  {"halben", 0.5}, {"dutzend", 12}};
  auto it = words.find(w);
  if (it != words.end()) return it->second;
  // "einundzwanzig": ones + "und" + tens.
  std::size_t und = w.find("und");
  if (und != std::string_view::npos && und > 0) {
    auto ones = words.find(w.substr(0, und == 3 && w.substr(0, 3) == "ein" ? 3 : und));
    auto tens = words.find(w.substr(und + 3));
    if (ones != words.end() && tens != words.end() && ones->second < 10 && tens->second >= 20 && tens->second < 100)
      return ones->second + tens->second;
  }
  return std::nullopt;
}

// Digits: "14", "1.000", "3,5".
std::optional<double> number_digits(std::string_view w) {
  if (w.empty() || w.size() > 12 || w[0] < '0' || w[0] > '9') return std::nullopt;
  double v = 0, scale = 0;
  std::size_t group = 0;
  bool dots = false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    if (c >= '0' && c <= '9') {
      if (scale > 0) {
        v += (c - '0') / scale;
        scale *= 10;
      } else {
        v = v * 10 + (c - '0');
      }
      ++group;
    } else if (c == '.' && scale == 0 && k + 3 < w.size() + 0 && k + 4 <= w.size()) {
      // thousands separator: exactly three digits follow up to the next dot or the end
      std::size_t n = 0;
      while (k + 1 + n < w.size() && w[k + 1 + n] >= '0' && w[k + 1 + n] <= '9') ++n;
      if (n != 3) return std::nullopt;
      dots = true;
      group = 0;
    } else if (c == ',' && scale == 0 && !dots) {
      scale = 10;
    } else {
      return std::nullopt;
    }
  }
  (void)group;
  return v;
}

}  // namespace

bool declined_form(std::string_view w, std::string_view stem) { return adjective(w, stem); }

std::optional<double> german_number(std::string_view written, std::string_view folded) {
  if (!written.empty() && written[0] >= '0' && written[0] <= '9') return number_digits(written);
  return number_word(folded);
}

double unit_in_days(std::string_view folded) {
  bool plural = false;
  switch (unit_of(folded, plural)) {
    case Unit::Day: return 1;
    case Unit::Week: return 7;
    case Unit::Month: return 30.436875;
    case Unit::Year: return 365.2425;
    default: return 0;
  }
}

bool is_time_noun(std::string_view folded) {
  bool plural = false;
  std::string_view part;
  // Months written out only: "Jan", "Mai" and the like are names too short to tell.
  return unit_of(folded, plural) != Unit::None || weekday_of(folded, part) != 0 ||
         (folded.size() > 4 && folded.back() != '.' && month_of(folded) != 0);
}

int weekday_number(std::string_view folded) {
  std::string_view part;
  int wd = weekday_of(folded, part);
  return wd > 0 && part.empty() ? wd : 0;
}

struct TimexFinder::Match {
  std::size_t begin = 0, end = 0;  // tokens [begin, end)
  TimexType type = TimexType::Date;
  std::string value;
  bool absolute = false;
  PartialDate period;
  std::optional<CivilDate> day;  // the day it names, to anchor later times
};

// Fills a match for a date written out in full ("2023-07-12", "Juli 2023").
bool TimexFinder::take_absolute(Match& m, std::size_t begin, std::size_t end, const PartialDate& p) {
  take(m, begin, end, TimexType::Date, format_partial_date(p));
  m.absolute = true;
  m.period = p;
  if (p.d) m.day = CivilDate{p.y, p.m, p.d};
  return true;
}

// Fills a match (all else cleared) and reports it found.
bool TimexFinder::take(Match& m, std::size_t begin, std::size_t end, TimexType type, std::string value) {
  m = {};
  m.begin = begin;
  m.end = end;
  m.type = type;
  m.value = std::move(value);
  return true;
}

std::string_view TimexFinder::word(std::size_t i) const {
  return i < tokens_.size() ? text_.substr(tokens_[i].span.begin, tokens_[i].span.size()) : std::string_view();
}

std::optional<double> TimexFinder::number_at(std::size_t i, std::size_t& end) const {
  if (i >= tokens_.size()) return std::nullopt;
  end = i + 1;
  if (tokens_[i].kind == TokenKind::Number) return number_digits(word(i));
  if (tokens_[i].kind != TokenKind::Word) return std::nullopt;
  return number_word(folded_[i]);
}

// The tense of each sentence, weighed as a whole (TenseReach::Sentence).
void TimexFinder::read_tenses() {
  const std::size_t n = tokens_.size();
  std::int64_t sentences = n ? tokens_.back().sentence : 0;
  tense_.assign(static_cast<std::size_t>(sentences) + 1, 0);
  const TenseReader& reader = TenseReader::builtin();
  for (std::size_t lo = 0; lo < n;) {
    std::size_t hi = lo + 1;
    while (hi < n && tokens_[hi].sentence == tokens_[lo].sentence) ++hi;
    auto s = static_cast<std::size_t>(tokens_[lo].sentence);
    if (s < tense_.size())
      tense_[s] = static_cast<std::int8_t>(reader.read({folded_, lo, hi, hi}, TenseReach::Sentence).tense);
    lo = hi;
  }
}

int TimexFinder::sentence_tense(std::size_t i) const {
  std::int64_t s = tokens_[i].sentence;
  return s >= 0 && static_cast<std::size_t>(s) < tense_.size() ? tense_[static_cast<std::size_t>(s)] : 0;
}

// The year written with four digits (1000 to 2100) at token `end`, and `end`
// past it: "Juli 2023", "5. Dezember 1994"; 0 when there is none.
int TimexFinder::year_after(std::size_t& end) const {
  int y = 0;
  if (end < tokens_.size() && tokens_[end].kind == TokenKind::Number && word(end).size() == 4) {
    auto v = number_digits(word(end));
    if (v && *v >= 1000 && *v <= 2100) {
      y = static_cast<int>(*v);
      ++end;
    }
  }
  return y;
}

// Dates: "am 5. Dezember 1994", "5. Dez.", "13.04.2023", "13.4.23",
// "2023-07-12", "Montag, 5. Dezember", "11. bis 12. Juli 2023" (the first
// day), holidays. The readers, in the order they are tried:
bool TimexFinder::date_at(std::size_t i, Match& m) {
  if (tokens_[i].kind == TokenKind::Word && weekday_date_at(i, m)) return true;  // "Montag, 5. Dezember 2022"
  if (tokens_[i].kind != TokenKind::Number) return holiday_at(i, m);              // "Ostern 2023", "Silvester"
  return iso_day_at(i, m) ||       // "2023-07-12"
         iso_month_at(i, m) ||     // "2023-04"
         numeric_date_at(i, m) ||  // "13.04.2023", "13.4.23", "13.04."
         day_month_at(i, m);       // "5. Dezember 1994", "5. Dez.", "11. bis 12. Juli"
}

// A weekday before a date: "Montag, 5. Dezember 2022", "Montag, den 5. Dezember".
bool TimexFinder::weekday_date_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  std::string_view part;
  int wd = weekday_of(folded_[i], part);
  if (wd > 0 && part.empty()) {
    std::size_t j = i + 1;
    if (j < n && is(j, ",")) ++j;
    if (j < n && is(j, "den")) ++j;
    Match inner;
    if (j < n && j > i + 1 && date_at(j, inner) && inner.day) {
      m = inner;
      m.begin = i;
      return true;
    }
  }
  return false;
}

// Holidays: "Weihnachten", "Silvester 2023", "Ostermontag", "Mariä
// Himmelfahrt" (15 August), "Christi Himmelfahrt" (Easter + 39); without a
// year, the reference's.
bool TimexFinder::holiday_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  static const std::unordered_map<std::string_view, std::pair<int, int>> fixed = {
      {"weihnachten", {12, 24}}, {"heiligabend", {12, 24}}, {"silvester", {12, 31}}, {"neujahr", {1, 1}},
      {"neujahrstag", {1, 1}},   {"allerheiligen", {11, 1}}, {"nikolaustag", {12, 6}}, {"valentinstag", {2, 14}},
      {"mariä himmelfahrt", {8, 15}}};
  static const std::unordered_map<std::string_view, int> from_easter = {
      {"ostern", 0},     {"ostersonntag", 0}, {"ostermontag", 1}, {"karfreitag", -2}, {"gründonnerstag", -3},
      {"pfingsten", 49}, {"pfingstsonntag", 49}, {"pfingstmontag", 50}, {"himmelfahrt", 39}};
  std::size_t at = i;
  // "Mariä Himmelfahrt" (15 August), "Christi Himmelfahrt" (Easter + 39).
  bool assumption = (folded_[i] == "mariä" || folded_[i] == "maria") && i + 1 < n && is(i + 1, "himmelfahrt");
  if (assumption || (folded_[i] == "christi" && i + 1 < n && is(i + 1, "himmelfahrt"))) at = i + 1;
  auto f = assumption ? fixed.find("mariä himmelfahrt") : fixed.find(folded_[at]);
  auto e = assumption ? from_easter.end() : from_easter.find(folded_[at]);
  if (f == fixed.end() && e == from_easter.end()) return false;
  std::size_t end = at + 1;
  int y = year_after(end);
  bool absolute = y != 0;
  if (!y && ref_) y = ref_->y;
  m.begin = i;
  m.end = end;
  m.type = TimexType::Date;
  if (!y) {
    m.value = f != fixed.end() ? "XXXX-" + month_value(2000, f->second.first).substr(5) + "-" +
                                     day_value({2000, f->second.first, f->second.second}).substr(8)
                               : "XXXX-XX-XX";
    return true;
  }
  CivilDate c = f != fixed.end() ? CivilDate{y, f->second.first, f->second.second}
                                 : add_days(easter(y), e->second);
  m.value = day_value(c);
  m.day = c;
  if (absolute) {
    m.absolute = true;
    m.period = {c.y, c.m, c.d};
  }
  return true;
}

// ISO: "2023-07-12" as three numbers joined by hyphens with no space.
bool TimexFinder::iso_day_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  std::string_view w = word(i);
  if (w.size() == 4 && i + 4 < n && is(i + 1, "-") && is(i + 3, "-") && tokens_[i + 2].kind == TokenKind::Number &&
      tokens_[i + 4].kind == TokenKind::Number && tokens_[i + 1].span.begin == tokens_[i].span.end &&
      tokens_[i + 4].span.begin == tokens_[i + 3].span.end) {
    std::string iso(text_.substr(tokens_[i].span.begin, tokens_[i + 4].span.end - tokens_[i].span.begin));
    auto p = parse_partial_date(iso);
    if (p && p->d) {
      return take_absolute(m, i, i + 5, *p);
    }
  }
  return false;
}

// "2023-04": a year and a month joined by a hyphen.
bool TimexFinder::iso_month_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  std::string_view w = word(i);
  if (w.size() == 4 && i + 2 < n && is(i + 1, "-") && tokens_[i + 2].kind == TokenKind::Number &&
      word(i + 2).size() == 2 && tokens_[i + 1].span.begin == tokens_[i].span.end &&
      tokens_[i + 2].span.begin == tokens_[i + 1].span.end &&
      !(i + 3 < n && is(i + 3, "-") && tokens_[i + 3].span.begin == tokens_[i + 2].span.end)) {
    std::string iso(text_.substr(tokens_[i].span.begin, tokens_[i + 2].span.end - tokens_[i].span.begin));
    auto p = parse_partial_date(iso);
    if (p && p->m) {
      return take_absolute(m, i, i + 3, *p);
    }
  }
  return false;
}

// Numeric: "13.04.2023", "13.4.23", "13.04." (day and month, the year the
// reference's); "32.13.2023" is passed over.
bool TimexFinder::numeric_date_at(std::size_t i, Match& m) {
  std::string_view w = word(i);
  int parts[3] = {0, 0, 0};
  int lens[3] = {0, 0, 0};
  int k = 0;
  bool ok = !w.empty();
  for (char c : w) {
    if (c == '.') {
      if (++k > 2) {
        ok = false;
        break;
      }
    } else if (c >= '0' && c <= '9') {
      if (++lens[k] > 4) {  // no date part has more digits (and the int would overflow)
        ok = false;
        break;
      }
      parts[k] = parts[k] * 10 + (c - '0');
    } else {
      ok = false;
      break;
    }
  }
  bool numeric = ok && k == 2 && lens[0] >= 1 && lens[0] <= 2 && lens[1] >= 1 && lens[1] <= 2 &&
                 (lens[2] == 0 || lens[2] == 2 || lens[2] == 4);
  if (!numeric) return false;
  int d = parts[0], mo = parts[1], y = parts[2];
  if (lens[2] == 2) y += y <= 40 ? 2000 : 1900;
  if (lens[2] == 0) {
    // "13.04." needs a year from the reference.
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
    m = {};
    m.begin = i;
    m.end = i + 1;
    if (!ref_) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", mo, d);
      m.value = buf;
      return true;
    }
    if (!valid_date(ref_->y, mo, d)) return false;
    m.value = day_value({ref_->y, mo, d});
    m.day = CivilDate{ref_->y, mo, d};
    return true;
  }
  if (!valid_date(y, mo, d)) return take(m, i, i + 1, TimexType::Date, "");  // "32.13.2023": passed over
  return take_absolute(m, i, i + 1, {y, mo, d});
}

// "5. Dezember [1994]": an ordinal and a month. "31. Februar 2023" is passed
// over; with no year, yearless_day() places it.
bool TimexFinder::day_month_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  std::string_view w = word(i);
  if (w.size() < 2 || w.size() > 3 || w.back() != '.') return false;
  auto day = number_digits(w.substr(0, w.size() - 1));
  if (!day || *day < 1 || *day > 31) return false;
  int d = static_cast<int>(*day);
  std::size_t j = i + 1;
  if (range_start_at(i, d, m)) return true;  // "11. bis 12. Juli 2023"
  if (j >= n || !month_word(folded_[j], word(j))) return false;
  int mo = month_of(folded_[j]);
  std::size_t end = j + 1;
  int y = year_after(end);
  m = {};
  m.begin = i;
  m.end = end;
  m.type = TimexType::Date;
  // An impossible day ("31. Februar 2023") is no date at all: its words are
  // passed over (an empty value) rather than read as "Februar 2023".
  if (d > days_in_month(y ? y : 2000, mo)) {
    m.value.clear();
    return true;
  }
  if (y) {
    if (!valid_date(y, mo, d)) return false;
    return take_absolute(m, i, end, {y, mo, d});
  }
  return yearless_day(i, d, mo, m);
}

// "11. bis 12. Juli 2023", "11. und 12. Juli": the day `d` at token i with
// the month (and year) of the date that follows.
bool TimexFinder::range_start_at(std::size_t i, int d, Match& m) {
  std::size_t n = tokens_.size();
  std::size_t j = i + 1;
  if (j + 2 < n && (is(j, "bis") || is(j, "und") || is(j, "-") || is(j, "–") || is(j, "/")) &&
      tokens_[j + 1].kind == TokenKind::Number && word(j + 1).back() == '.') {
    Match other;
    if (date_at(j + 1, other) && other.day) {
      int y = other.day->y, mo = other.day->m;
      if (!valid_date(y, mo, d)) return false;
      m = {};
      m.begin = i;
      m.end = i + 1;
      m.value = day_value({y, mo, d});
      m.absolute = other.absolute;
      if (m.absolute) m.period = {y, mo, d};
      m.day = CivilDate{y, mo, d};
      return true;
    }
  }
  return false;
}

// A day and month with no year ("am 20. Januar"), in a match that spans it:
// the reference's year, or the one before or after by the sentence's tense.
bool TimexFinder::yearless_day(std::size_t i, int d, int mo, Match& m) {
  if (d > days_in_month(2000, mo)) return false;
  if (!ref_ || !ref_->m) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", mo, d);
    m.value = buf;
    if (ref_ && valid_date(ref_->y, mo, d)) m.value = day_value({ref_->y, mo, d});
    return true;
  }
  // The year by the sentence's tense: a day ahead of the reference is last
  // year's in the past tense, a day behind it next year's in the future.
  int ry = ref_->y, tense = sentence_tense(i);
  int here = mo * 100 + d, now = ref_->m * 100 + (ref_->d ? ref_->d : 15);
  if (tense < 0 && here > now + 1) --ry;
  if (tense > 0 && here < now - 1) ++ry;
  if (!valid_date(ry, mo, d)) return false;
  m.value = day_value({ry, mo, d});
  m.day = CivilDate{ry, mo, d};
  return true;
}

namespace {

// The year of a month, season, quarter or half with no year written, its
// `index` in the year and `now_index` the reference's (0 when the reference
// has no month): by the relative word `rel` ("letzten Juli", "diesen
// Sommer", "nächsten März"; 2 for none), else by the sentence's `tense`
// ("im Juli" in the past tense, with a reference in May: last year's). 0
// without a reference.
int year_of_period(const std::optional<PartialDate>& ref, int rel, int tense, int index, int now_index) {
  if (!ref) return 0;
  int ry = ref->y;
  if (!ref->m) return rel == 2 || rel == 0 ? ry : 0;
  if (rel == -1) return index < now_index ? ry : ry - 1;
  if (rel == 1) return index > now_index ? ry : ry + 1;
  if (rel == 0) return ry;
  if (tense < 0 && index > now_index) return ry - 1;
  if (tense > 0 && index < now_index) return ry + 1;
  return ry;
}

}  // namespace

// Months and seasons: "im Juli", "Juli 2023", "letzten Juli", "Mitte Juli",
// "im Frühjahr 2022", "im ersten Quartal 2023".
bool TimexFinder::month_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  if (tokens_[i].kind != TokenKind::Word) return false;
  std::size_t j = i;
  int rel = relative_word(folded_[j]);
  if (rel != 2) ++j;
  if (j >= n) return false;
  static const std::unordered_map<std::string_view, std::string_view> seasons = {
      {"frühjahr", "SP"}, {"frühling", "SP"}, {"sommer", "SU"}, {"herbst", "FA"}, {"winter", "WI"},
      {"frühjahrs", "SP"}, {"frühlings", "SP"}, {"sommers", "SU"}, {"herbstes", "FA"}, {"winters", "WI"}};
  int mo = month_word(folded_[j], word(j)) ? month_of(folded_[j]) : 0;
  auto season = seasons.find(folded_[j]);
  std::string_view quarter;
  int q = 0;
  if (!mo && season == seasons.end()) {
    if (!part_of_year_at(j, q, quarter)) return false;  // "ersten Quartal", "zweiten Halbjahr"
    ++j;
  }
  std::size_t end = j + 1;
  // "des Jahres 2023" / "2023" after it.
  if (end + 2 < n && (quarter.size() || season != seasons.end()) && is(end, "des") && is(end + 1, "jahres")) end += 2;
  int y = year_after(end);
  if (!y && rel == 2 && !time_word_before(i, mo)) return false;  // "August" alone may be a first name
  m = {};
  m.begin = i;
  m.end = end;
  m.type = TimexType::Date;
  int tense = sentence_tense(i);
  if (mo) {
    if (y) return take_absolute(m, i, end, {y, mo, 0});
    int ry = year_of_period(ref_, rel, tense, mo, ref_ && ref_->m ? ref_->m : 0);
    if (!ry) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", mo);
      m.value = buf;
      return true;
    }
    m.value = month_value(ry, mo);
    return true;
  }
  if (season != seasons.end()) {
    static const std::unordered_map<std::string_view, int> order = {{"SP", 1}, {"SU", 2}, {"FA", 3}, {"WI", 4}};
    int idx = order.at(season->second);
    int now = ref_ && ref_->m ? (ref_->m <= 2 || ref_->m == 12 ? 4 : ref_->m <= 5 ? 1 : ref_->m <= 8 ? 2 : 3) : 0;
    int ry = y ? y : year_of_period(ref_, rel, tense, idx, now);
    m.value = (ry ? year_value(ry) : std::string("XXXX")) + "-" + std::string(season->second);
    if (y) {
      m.absolute = true;
      m.period = {y, 0, 0};
    }
    return true;
  }
  // Quarters and halves.
  int now = ref_ && ref_->m ? (quarter == "Q" ? (ref_->m - 1) / 3 + 1 : (ref_->m <= 6 ? 1 : 2)) : 0;
  int ry = y ? y : year_of_period(ref_, rel, tense, q, now);
  m.value = (ry ? year_value(ry) : std::string("XXXX")) + "-" + std::string(quarter) + std::to_string(q);
  if (y) {
    m.absolute = true;
    m.period = {y, 0, 0};
  }
  return true;
}

// A quarter or a half of the year at token j, an ordinal and its noun:
// "ersten Quartal" (Q1), "dritten Jahresviertel" (Q3), "zweiten Halbjahr"
// (H2), "letzten Halbjahr" (H2). `q` its number, `quarter` "Q" or "H".
bool TimexFinder::part_of_year_at(std::size_t j, int& q, std::string_view& quarter) const {
  static const std::pair<std::string_view, int> ordinals[] = {
      {"erst", 1}, {"zweit", 2}, {"dritt", 3}, {"viert", 4}, {"letzt", 4}};
  for (const auto& [stem, k] : ordinals)
    if (adjective(folded_[j], stem)) q = k;
  if (!q || j + 1 >= tokens_.size()) return false;
  const std::string& u = folded_[j + 1];
  if (u == "quartal" || u == "quartals" || u == "jahresviertel") quarter = "Q";
  else if ((u == "halbjahr" || u == "halbjahres" || u == "jahreshälfte") && q <= 2) quarter = "H";
  else if ((u == "halbjahr" || u == "halbjahres" || u == "jahreshälfte") && adjective(folded_[j], "letzt")) {
    quarter = "H";
    q = 2;
  } else return false;
  return true;
}

// Without a year or a relative word, a month or season at token i needs a
// word before it that makes it a time ("im Juli", "seit März", "Mitte
// Juli", "Juni und Juli"): "August" alone may be a first name. `mo` the
// month, 0 for a season or a part of the year.
bool TimexFinder::time_word_before(std::size_t i, int mo) const {
  std::string_view before = i > 0 ? std::string_view(folded_[i - 1]) : std::string_view();
  bool context = before == "im" || before == "in" || before == "seit" || before == "bis" || before == "ab" ||
                 before == "vom" || before == "zum" || before == "des" || before == "anfang" || before == "mitte" ||
                 before == "ende" || before == "beginn" || before == "jeden" || before == "diesen" ||
                 before == "über" || before == "monat" || before == "noch" || before == "und" || before == "oder";
  if (!context) return false;
  if (mo && (before == "und" || before == "oder") && !(i > 1 && month_of(folded_[i - 2]))) return false;
  return true;
}

// Years, decades and centuries: "1997", "im Jahr 1991", "1990er Jahre",
// "den neunziger Jahren", "im 20. Jahrhundert".
bool TimexFinder::year_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  std::string_view w = word(i);
  std::size_t j = i;
  if ((is(j, "jahr") || is(j, "jahre") || is(j, "jahres")) && j + 1 < n && tokens_[j + 1].kind == TokenKind::Number)
    ++j;
  std::string_view y4 = word(j);
  // Centuries: "20. Jahrhundert".
  if (j == i && tokens_[i].kind == TokenKind::Number && w.size() >= 2 && w.size() <= 3 && w.back() == '.' &&
      i + 1 < n && (is(i + 1, "jahrhundert") || is(i + 1, "jahrhunderts"))) {
    auto c = number_digits(w.substr(0, w.size() - 1));
    if (!c || *c < 1 || *c > 21) return false;
    m = {};
    m.begin = i;
    m.end = i + 2;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(*c) - 1);
    m.value = buf;
    return true;
  }
  // Decades: "1990er Jahre", "90er Jahre", "neunziger Jahre".
  if (i + 1 < n && (is(i + 1, "jahre") || is(i + 1, "jahren") || is(i + 1, "jahrzehnt"))) {
    const std::string& f = folded_[i];
    static const std::unordered_map<std::string_view, int> tens = {
        {"zwanziger", 2}, {"dreissiger", 3}, {"vierziger", 4}, {"fünfziger", 5},
        {"sechziger", 6}, {"siebziger", 7}, {"achtziger", 8}, {"neunziger", 9}};
    int century = 19, decade = -1;
    auto t = tens.find(f);
    if (t != tens.end()) decade = t->second;
    if (f.size() == 6 && f.compare(4, 2, "er") == 0 && std::isdigit(static_cast<unsigned char>(f[0]))) {
      century = (f[0] - '0') * 10 + (f[1] - '0');
      decade = f[2] - '0';
      if (f[3] != '0') decade = -1;
    } else if (f.size() == 4 && f.compare(2, 2, "er") == 0 && std::isdigit(static_cast<unsigned char>(f[0]))) {
      decade = f[0] - '0';
      if (f[1] != '0') decade = -1;
      if (decade >= 0 && decade <= 2) century = 20;
    }
    if (decade >= 0) {
      m = {};
      m.begin = i;
      m.end = i + 2;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%02d%d", century, decade);
      m.value = buf;
      return true;
    }
  }
  // Three digits only after "Jahr": "im Jahr 578".
  if (j >= n || tokens_[j].kind != TokenKind::Number || (y4.size() != 4 && !(j > i && y4.size() == 3)))
    return false;
  auto v = number_digits(y4);
  if (!v || *v < (y4.size() == 3 ? 100 : 1000) || *v > 2100) return false;
  // "im Jahr 578 kamen die Mönche", not "braucht im Jahr 300 neue Panzer"
  // (a count before its noun, or its adjective and noun).
  if (y4.size() == 3 && j + 1 < n && tokens_[j + 1].kind == TokenKind::Word) {
    auto capital = [&](std::size_t k) {
      return k < n && tokens_[k].kind == TokenKind::Word && std::isupper(static_cast<unsigned char>(word(k)[0]));
    };
    if (capital(j + 1) || capital(j + 2)) return false;
  }
  int y = static_cast<int>(*v);
  // A number, not a year: "2000 Soldaten", "1000 Euro", "Nr. 1997".
  std::string_view before = i > 0 ? std::string_view(folded_[i - 1]) : std::string_view();
  bool context = j > i || before == "im" || before == "seit" || before == "bis" || before == "von" || before == "vom" ||
                 before == "ab" || before == "nach" || before == "vor" || before == "um" || before == "anfang" ||
                 before == "mitte" || before == "ende" || before == "beginn" || before == "jahr" || before == "jahres" ||
                 before == "sommer" || before == "winter" || before == "herbst" || before == "frühjahr" ||
                 before == "und" || before == "in" || before == "zwischen" || before == "(";
  if (before == "nr." || before == "nummer" || before == "§" || before == "artikel" || before == "platz" ||
      before == "paragraf" || before == "paragraph")
    return false;
  if (j + 1 < n) {
    std::string_view next = word(j + 1);
    bool slash = next == "/" && tokens_[j + 1].span.begin == tokens_[j].span.end;
    if (slash) return false;  // "2013/14", "1997/98"
    if (!context && tokens_[j + 1].kind == TokenKind::Word && !next.empty() &&
        std::isupper(static_cast<unsigned char>(next[0])) && !month_of(folded_[j + 1]))
      return false;
    static const std::unordered_set<std::string_view> measures = {
        "euro", "dollar", "prozent", "menschen", "mal", "kilometer", "meter", "franken", "mark", "schilling",
        "personen", "stück", "tonnen", "einwohner", "soldaten", "mitglieder", "teilnehmer"};
    if (measures.count(folded_[j + 1])) return false;
  }
  return take_absolute(m, i, j + 1, {y, 0, 0});
}

// Weekdays: "am Mittwoch", "vergangenen Freitag", "am Dienstagabend",
// "Dienstag Abend".
bool TimexFinder::weekday_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  std::size_t j = i;
  int rel = relative_word(folded_[j]);
  if (rel != 2) ++j;
  if (j >= n || tokens_[j].kind != TokenKind::Word) return false;
  // "am Wochenende", "übers Wochenende": the weekend the tense points to, the
  // week's own when it is unclear.
  if (rel == 2 && (folded_[j] == "wochenende" || folded_[j] == "wochenendes") && j > 0 &&
      (is(j - 1, "am") || is(j - 1, "übers") || is(j - 1, "zum") || is(j - 1, "vom"))) {
    m = {};
    m.begin = j;
    m.end = j + 1;
    m.type = TimexType::Date;
    if (!ref_ || !ref_->d) {
      m.value = "XXXX-WXX-WE";
      return true;
    }
    std::int64_t rd = days_from_civil(CivilDate{ref_->y, ref_->m, ref_->d});
    int rw = iso_weekday(rd);
    int tense = is(j - 1, "vom") ? -1 : sentence_tense(i);  // "die Ergebnisse vom Wochenende"
    std::int64_t in_week = rd;  // a day in the weekend's ISO week
    if (tense < 0 && rw < 6) in_week = rd - 7;
    if (tense > 0 && rw == 7) in_week = rd + 7;
    m.value = week_value(civil_from_days(in_week)) + "-WE";
    return true;
  }
  std::string_view part;
  int wd = weekday_of(folded_[j], part);
  if (wd <= 0) return false;
  std::size_t end = j + 1;
  if (part.empty() && end < n) {
    std::string_view p = part_of_day(folded_[end]);
    if (!p.empty()) {
      part = p;
      ++end;
    }
  }
  m = {};
  m.begin = i;
  m.end = end;
  m.type = part.empty() ? TimexType::Date : TimexType::Time;
  std::string suffix = part.empty() ? std::string() : "T" + std::string(part);
  if (!ref_ || !ref_->d) {
    m.value = "XXXX-WXX-" + std::to_string(wd) + suffix;
    return true;
  }
  CivilDate r{ref_->y, ref_->m, ref_->d};
  std::int64_t rd = days_from_civil(r);
  int rw = iso_weekday(rd);
  int back = (rw - wd + 7) % 7;   // 0..6 days back to that weekday
  int ahead = (wd - rw + 7) % 7;  // 0..6 days ahead
  int tense = sentence_tense(i);
  std::int64_t day;
  if (rel == -1) day = rd - (back == 0 ? 7 : back);
  else if (rel == 1) day = rd + (ahead == 0 ? 7 : ahead);
  else if (rel == 0) day = rd - (rw - wd);  // this week
  else if (tense > 0) day = rd + ahead;
  else if (tense < 0) day = rd - back;
  else day = back <= ahead ? rd - back : rd + ahead;
  CivilDate c = civil_from_days(day);
  m.value = day_value(c) + suffix;
  m.day = c;
  return true;
}

namespace {

// Days named from today: "heute" 0, "gestern" -1, "übermorgen" 2.
const std::unordered_map<std::string_view, int>& named_days() {
  static const std::unordered_map<std::string_view, int> days = {
      {"heute", 0},      {"heutigen", 0}, {"gestern", -1}, {"gestrigen", -1}, {"vorgestern", -2},
      {"übermorgen", 2}, {"morgen", 1},   {"morgigen", 1}};
  return days;
}

}  // namespace

// The reference day, when the reference names one.
std::optional<CivilDate> TimexFinder::ref_day() const {
  if (ref_ && ref_->d) return CivilDate{ref_->y, ref_->m, ref_->d};
  return std::nullopt;
}

// Relative days and periods: "heute", "gestern Abend", "letzte Woche",
// "im vergangenen Jahr", "im Vorjahr", "in zwei Wochen", "am nächsten Tag".
bool TimexFinder::relative_at(std::size_t i, Match& m) {
  const std::string& f = folded_[i];
  auto day = named_days().find(f);
  if (day != named_days().end()) return named_day_at(i, day->second, m);
  // "heuer" (Austrian and Bavarian: this year).
  if (f == "heuer") return take(m, i, i + 1, TimexType::Date, ref_ ? year_value(ref_->y) : std::string("XXXX"));
  return previous_period_at(i, m) || relative_period_at(i, m) || in_period_at(i, m);
}

// A day named from today (`offset` days from it): "heute", "gestern Abend",
// "am heutigen Tag", "morgen früh".
bool TimexFinder::named_day_at(std::size_t i, int offset, Match& m) {
  const std::size_t n = tokens_.size();
  const std::string& f = folded_[i];
  const std::optional<CivilDate> rday = ref_day();
  // "morgen" is tomorrow in lower case; "am Morgen", "den Morgen", "jeden
  // Morgen" are the morning.
  if (f == "morgen" && (word(i)[0] == 'M' || (i > 0 && (Grammar::builtin().is_determiner(folded_[i - 1]) ||
                                                      is(i - 1, "jeden") || is(i - 1, "guten")))))
    return false;
  // "am heutigen Tag", "des gestrigen Tages": adjective forms need their noun.
  std::size_t end = i + 1;
  bool adj = f == "heutigen" || f == "gestrigen" || f == "morgigen";
  if (adj) {
    if (end < n && (is(end, "tag") || is(end, "tages") || is(end, "abend") || is(end, "montag"))) ++end;
    else return false;
  }
  std::string_view part;
  if (end < n) part = part_of_day(folded_[end]);
  if (!part.empty()) ++end;
  m = {};
  m.begin = i;
  m.end = end;
  m.type = part.empty() ? TimexType::Date : TimexType::Time;
  std::string suffix = part.empty() ? std::string() : "T" + std::string(part);
  // "heute" in a sentence in the present tense means nowadays; with a
  // past or future verb, a part of the day or a clock time ("heute um 18
  // Uhr", "heute 15-20 Uhr"), it is the day.
  bool clock = false;
  for (std::size_t x = end; x + 1 < n && x < end + 6 && !clock; ++x)
    clock = tokens_[x].kind == TokenKind::Number && is(x + 1, "uhr") && tokens_[x].sentence == tokens_[i].sentence;
  if (f == "heute" && part.empty() && !clock && (!rday || sentence_tense(i) == 0)) {
    m.value = "PRESENT_REF";
    return true;
  }
  if (!rday) {
    m.value = "XXXX-XX-XX" + suffix;
    return true;
  }
  CivilDate c = add_days(*rday, offset);
  m.value = day_value(c) + suffix;
  m.day = c;
  return true;
}

// "im Vorjahr", "des Vorjahres", "im Vormonat", "in der Vorwoche", "am Vortag".
bool TimexFinder::previous_period_at(std::size_t i, Match& m) {
  const std::string& f = folded_[i];
  const std::optional<CivilDate> rday = ref_day();
  static const std::unordered_map<std::string_view, Unit> previous = {
      {"vorjahr", Unit::Year},   {"vorjahres", Unit::Year},  {"vormonat", Unit::Month},
      {"vormonats", Unit::Month}, {"vorwoche", Unit::Week},  {"vortag", Unit::Day},
      {"vortages", Unit::Day},   {"folgetag", Unit::Day},    {"folgejahr", Unit::Year}};
  auto it = previous.find(f);
  if (it == previous.end()) return false;
  int step = f.compare(0, 5, "folge") == 0 ? 1 : -1;
  m = {};
  m.begin = i;
  m.end = i + 1;
  CivilDate base = day_ ? *day_ : (rday ? *rday : CivilDate{});
  if (it->second == Unit::Day) {
    if (!base.y) return m.value = "XXXX-XX-XX", true;
    CivilDate c = add_days(base, step);
    m.value = day_value(c);
    m.day = c;
    return true;
  }
  if (!ref_) return m.value = unplaced(it->second), true;
  if (it->second == Unit::Year) m.value = year_value(ref_->y + step);
  else if (it->second == Unit::Month && ref_->m) {
    int y = ref_->y, mo = ref_->m;
    add_months(y, mo, step);
    m.value = month_value(y, mo);
  } else if (it->second == Unit::Week && rday) {
    m.value = week_value(add_days(*rday, 7 * step));
  } else {
    m.value = unplaced(it->second);
  }
  return true;
}

// "letzte Woche", "im vergangenen Jahr", "nächsten Monat", "dieses Wochenende",
// "am nächsten Tag", "Ende des Jahres".
bool TimexFinder::relative_period_at(std::size_t i, Match& m) {
  const std::size_t n = tokens_.size();
  const std::string& f = folded_[i];
  const std::optional<CivilDate> rday = ref_day();
  std::size_t j = i;
  int rel = relative_word(f);
  bool this_one = false;
  if (rel == 2 && (f == "des" || f == "dieses" || f == "diesem" || f == "diese" || f == "diesen")) {
    // "Ende des Jahres" (through is_fuzzy), "dieses Jahr".
    rel = f == "des" ? 0 : 0;
    this_one = f != "des";
    if (f == "des" && !(i > 0 && is_fuzzy(folded_[i - 1]))) rel = 2;
  }
  if (rel != 2 && j + 1 < n) {
    bool plural = false;
    Unit u = unit_of(folded_[j + 1], plural);
    if (u == Unit::Second || u == Unit::Minute || u == Unit::Hour) u = Unit::None;  // "in der letzten Stunde"
    if (u != Unit::None && !plural) {
      m = {};
      m.begin = i;
      m.end = j + 2;
      int step = rel;
      if (u == Unit::Day) {
        // "am nächsten Tag", "am folgenden Tag", "am vorigen Tag": from the day spoken of.
        CivilDate base = day_ ? *day_ : (rday ? *rday : CivilDate{});
        if (!base.y) return m.value = "XXXX-XX-XX", true;
        CivilDate c = add_days(base, step);
        m.value = day_value(c);
        m.day = c;
        return true;
      }
      if (!ref_) return m.value = unplaced(u), true;
      switch (u) {
        case Unit::Year: m.value = year_value(ref_->y + step); break;
        case Unit::Month: {
          if (!ref_->m) return m.value = "XXXX-XX", true;
          int y = ref_->y, mo = ref_->m;
          add_months(y, mo, step);
          m.value = month_value(y, mo);
          break;
        }
        case Unit::Week:
        case Unit::Weekend:
          if (!rday) return m.value = "XXXX-WXX", true;
          m.value = week_value(add_days(*rday, 7 * step)) + (u == Unit::Weekend ? "-WE" : "");
          break;
        case Unit::Decade: {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%03d", ref_->y / 10 + step);
          m.value = buf;
          break;
        }
        case Unit::Century: {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%02d", ref_->y / 100 + step);
          m.value = buf;
          break;
        }
        case Unit::Quarter: {
          if (!ref_->m) return m.value = "XXXX-QX", true;
          int qn = (ref_->m - 1) / 3 + step, y = ref_->y;
          while (qn < 0) qn += 4, --y;
          while (qn > 3) qn -= 4, ++y;
          m.value = year_value(y) + "-Q" + std::to_string(qn + 1);
          break;
        }
        default: return false;
      }
      (void)this_one;
      return true;
    }
  }
  return false;
}

// "in zwei Wochen", "in etwas mehr als einem Monat". ("vor zwei Jahren" is
// annotated as a duration, "zwei Jahren", P2Y, in KRAUTS and TimeML:
// duration_at reads it; doc_date counts back from it.)
bool TimexFinder::in_period_at(std::size_t i, Match& m) {
  const std::size_t n = tokens_.size();
  const std::string& f = folded_[i];
  const std::optional<CivilDate> rday = ref_day();
  if (f == "in" && i + 2 < n) {
    std::size_t j = i + 1;
    static const std::unordered_set<std::string_view> hedges = {
        "fast", "knapp", "rund", "etwa", "gut", "genau", "über", "mehr", "als", "weniger", "etwas", "ungefähr",
        "circa", "ca.", "zirka", "nur", "erst", "bereits", "schon", "kaum", "mindestens", "höchstens", "gut"};
    while (j < n && j < i + 5 && hedges.count(folded_[j])) ++j;
    std::size_t after = j;
    auto num = number_at(j, after);
    bool plural = false;
    Unit u = after < n ? unit_of(folded_[after], plural) : Unit::None;
    if (num && u != Unit::None && u != Unit::Second && u != Unit::Minute && u != Unit::Hour) {
      int sign = f == "vor" ? -1 : 1;
      int k = static_cast<int>(std::lround(*num));
      if (k < 0 || k > 10000 || std::fabs(*num - k) > 1e-9) return false;
      m = {};
      m.begin = i + 1;  // without "vor" / "in"
      m.end = after + 1;
      m.type = TimexType::Date;
      if (f == "vor") m.begin = i + 1;
      if (!ref_) {
        m.value = unplaced(u);
        return true;
      }
      switch (u) {
        case Unit::Day:
          if (!rday) return m.value = "XXXX-XX-XX", true;
          m.day = add_days(*rday, sign * k);
          m.value = day_value(*m.day);
          break;
        case Unit::Week:
        case Unit::Weekend:
          if (!rday) return m.value = "XXXX-WXX", true;
          m.value = week_value(add_days(*rday, 7 * sign * k));
          break;
        case Unit::Month: {
          if (!ref_->m) return m.value = "XXXX-XX", true;
          int y = ref_->y, mo = ref_->m;
          add_months(y, mo, sign * k);
          m.value = month_value(y, mo);
          break;
        }
        case Unit::Quarter: m.value = year_value(ref_->y); break;
        case Unit::Year: m.value = year_value(ref_->y + sign * k); break;
        case Unit::Decade: {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%03d", (ref_->y + sign * 10 * k) / 10);
          m.value = buf;
          break;
        }
        case Unit::Century: {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%02d", (ref_->y + sign * 100 * k) / 100);
          m.value = buf;
          break;
        }
        default: return false;
      }
      // "in" with an article ("in den vergangenen zwei Jahren") is a duration, not handled here.
      return true;
    }
  }
  return false;
}

// Parts of the day: "am Abend", "am frühen Nachmittag", "in der Nacht" (of
// the day named last, else the reference day).
bool TimexFinder::part_of_day_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  const std::string& f = folded_[i];
  std::size_t j = i;
  if (f == "am" || f == "gegen" || f == "zum") ++j;
  else if (f == "in" && i + 1 < n && is(i + 1, "der")) j += 2;
  else return false;
  if (j < n && (is(j, "frühen") || is(j, "späten") || is(j, "späteren"))) ++j;
  if (j >= n) return false;
  std::string_view part = part_of_day(folded_[j]);
  if (part.empty() || folded_[j] == "abends" || folded_[j] == "früh") return false;
  if (part == "NI" && f != "in") return false;  // "zum Nacht…" is no time
  m = {};
  m.begin = i + (f == "in" ? 2 : 1);
  m.end = j + 1;
  m.type = TimexType::Time;
  std::optional<CivilDate> base = day_;
  if (!base && ref_ && ref_->d) base = CivilDate{ref_->y, ref_->m, ref_->d};
  m.value = (base ? day_value(*base) : std::string("XXXX-XX-XX")) + "T" + std::string(part);
  return true;
}

// Durations: "zwei Tage", "mehr als 1.000 Tage", "fast 14 Monate",
// "drei Jahre und vier Monate", "jahrelang", "seit Jahren", "ein halbes Jahr".
// The readers, in the order they are tried:
bool TimexFinder::duration_at(std::size_t i, Match& m) {
  if (duration_word_at(i, m)) return true;  // "jahrelang", "14-Tage"
  std::size_t j = duration_lead(i);         // past "mehr als", "fast", "die"
  return unnamed_count_at(i, j, m) ||       // "in den vergangenen Wochen"
         counted_duration_at(i, j, m);      // "zwei Tage", "einige Monate", "seit Jahren", "ein halbes Jahr"
}

// A duration in one word: "jahrelang", "monatelangen"; a number and a unit
// joined by a hyphen: "14-Tage", "24-Stunden".
bool TimexFinder::duration_word_at(std::size_t i, Match& m) {
  const std::string& f = folded_[i];
  static const std::unordered_map<std::string_view, std::string_view> adverbs = {
      {"jahrelang", "PXY"},  {"jahrelangen", "PXY"}, {"jahrelange", "PXY"}, {"monatelang", "PXM"},
      {"monatelangen", "PXM"}, {"monatelange", "PXM"}, {"wochenlang", "PXW"}, {"wochenlangen", "PXW"},
      {"wochenlange", "PXW"}, {"tagelang", "PXD"},    {"tagelangen", "PXD"}, {"tagelange", "PXD"},
      {"stundenlang", "PTXH"}, {"stundenlangen", "PTXH"}, {"stundenlange", "PTXH"}, {"jahrzehntelang", "PXDE"},
      {"jahrzehntelangen", "PXDE"}, {"jahrzehntelange", "PXDE"}};
  auto adv = adverbs.find(f);
  if (adv != adverbs.end()) {
    return take(m, i, i + 1, TimexType::Duration, std::string(adv->second));
  }
  // "14-Tage", "24-Stunden": a number and a unit in one word.
  if (tokens_[i].kind == TokenKind::Word) {
    std::size_t dash = f.find('-');
    if (dash != std::string::npos && dash > 0 && dash < 6) {
      auto num = number_digits(std::string_view(f).substr(0, dash));
      bool plural = false;
      Unit u = unit_of(std::string_view(f).substr(dash + 1), plural);
      if (num && u != Unit::None) {
        return take(m, i, i + 1, TimexType::Duration, duration_value(num, u));
      }
    }
  }
  return false;
}

// Hedges and articles that belong to a duration from token i ("mehr als",
// "fast", "rund", "die", "vergangenen"), at most four tokens: the token
// past them.
std::size_t TimexFinder::duration_lead(std::size_t i) const {
  const std::size_t n = tokens_.size();
  std::size_t j = i;
  static const std::unordered_set<std::string_view> lead = {
      "fast", "knapp", "rund", "etwa", "gut", "genau", "über", "weniger", "ungefähr", "circa", "ca.", "zirka",
      "mindestens", "höchstens", "ganze", "ganzen", "die", "den", "der", "des", "vergangenen", "letzten", "ersten",
      "nächsten", "kommenden", "folgenden", "vorigen", "zurückliegenden", "all", "alle", "diese", "dieser",
      "weiteren", "weitere"};
  while (j < n && j < i + 4) {
    if (lead.count(folded_[j])) {
      ++j;
    } else if ((is(j, "mehr") || is(j, "weniger")) && is(j + 1, "als")) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

// "in den vergangenen Wochen", "den letzten Jahren": an unnamed number of
// them (the unit at token j, after the lead from token i).
bool TimexFinder::unnamed_count_at(std::size_t i, std::size_t j, Match& m) {
  const std::size_t n = tokens_.size();
  if (j > i && j < n && (relative_word(folded_[j - 1]) == -1 || relative_word(folded_[j - 1]) == 1)) {
    bool plural = false;
    Unit u = unit_of(folded_[j], plural);
    if (u != Unit::None && plural && u != Unit::Second) {
      return take(m, i, j + 1, TimexType::Duration, duration_value(std::nullopt, u));
    }
  }
  return false;
}

// A count and its unit, the count at token j (after the lead from token i):
// "zwei Tage", "mehr als 1.000 Tage", "einige Monate" (PXM), "17 lange
// Jahre", "drei Jahre und vier Monate" (P3Y4M); with no count, "seit
// Jahren"; "ein halbes Jahr" (P6M).
bool TimexFinder::counted_duration_at(std::size_t i, std::size_t j, Match& m) {
  const std::size_t n = tokens_.size();
  std::size_t after = j;
  auto num = number_at(j, after);
  static const std::unordered_set<std::string_view> vague = {"einige", "einigen", "mehrere", "mehreren", "viele",
                                                             "vielen", "wenige", "wenigen", "lange", "langen",
                                                             "paar", "zahlreiche", "zahlreichen"};
  bool x = false;
  if (!num && j < n && vague.count(folded_[j])) {
    x = true;
    after = j + 1;
  }
  if (!num && !x) return bare_plural_at(i, m);                                  // "seit Jahren"
  if (num && *num == 1 && half_unit_at(i, after, m)) return true;               // "ein halbes Jahr"
  bool plural = false;
  Unit u = after < n ? unit_of(folded_[after], plural) : Unit::None;
  if (u == Unit::None && num && after + 1 < n && adjective_before_unit(after, *num == 1)) {  // "17 lange Jahre"
    u = unit_of(folded_[after + 1], plural);
    if (u != Unit::None) ++after;
  }
  if (u == Unit::None) return false;
  // "ein Jahr" is a duration, "einem Jahr" too; a bare "Jahr" after "im" is a set or a date (elsewhere).
  if (num && (*num < 0 || *num > 100000)) return false;
  std::string value = x ? duration_value(std::nullopt, u) : duration_value(num, u);
  std::size_t end = after + 1;
  // "zwei Jahre und vier Monate": P2Y4M.
  if (!x && end + 2 < n && is(end, "und")) {
    std::size_t a2 = end + 1;
    auto n2 = number_at(end + 1, a2);
    bool p2 = false;
    Unit u2 = a2 < n ? unit_of(folded_[a2], p2) : Unit::None;
    if (n2 && u2 != Unit::None && u2 < u && u2 > Unit::Hour && u > Unit::Hour) {
      std::string tail = duration_value(n2, u2).substr(1);
      value += tail;
      end = a2 + 1;
    }
  }
  // A number before a weekday or month is not a duration ("zwei Tage" yes, "1 Tag" yes).
  return take(m, i, end, TimexType::Duration, value);
}

// "seit Jahren", "vor Monaten": a bare plural unit at token i after "seit"
// or "vor".
bool TimexFinder::bare_plural_at(std::size_t i, Match& m) {
  bool plural = false;
  Unit u = unit_of(folded_[i], plural);
  if (u != Unit::None && plural && i > 0 && (is(i - 1, "seit") || is(i - 1, "vor")) && u != Unit::Second) {
    return take(m, i, i + 1, TimexType::Duration, duration_value(std::nullopt, u));
  }
  return false;
}

// "ein halbes Jahr" (P6M), "einen halben Tag" (PT12H), "eine halbe Stunde"
// (PT30M): "halbes" at token `after`, the count "ein" from token i.
bool TimexFinder::half_unit_at(std::size_t i, std::size_t after, Match& m) {
  const std::size_t n = tokens_.size();
  if (after < n && (is(after, "halbes") || is(after, "halbe") || is(after, "halben"))) {
    bool plural = false;
    Unit u = after + 1 < n ? unit_of(folded_[after + 1], plural) : Unit::None;
    if (u == Unit::Year || u == Unit::Day || u == Unit::Hour) {
      return take(m, i, after + 2, TimexType::Duration, u == Unit::Year ? "P6M" : u == Unit::Day ? "PT12H" : "PT30M");
    }
  }
  return false;
}

// A word between a count and its unit, at token `after`: "17 lange Jahre",
// "zwei weitere Jahre", "drei volle Tage"; after "ein" (`one`), any
// adjective in lower case ("ein ereignisreiches Jahr").
bool TimexFinder::adjective_before_unit(std::size_t after, bool one) const {
  static const std::unordered_set<std::string_view> between = {
      "lange", "langen", "weitere", "weiteren", "volle", "vollen", "ganze", "ganzen", "harte", "harten",
      "lange", "schwierige", "schwierigen", "letzte", "letzten", "ersten", "erste", "folgenden", "kommenden"};
  bool adjective_word = folded_[after].size() > 4 && tokens_[after].kind == TokenKind::Word &&
                        !starts_upper_word(word(after)) &&
                        (folded_[after].back() == 's' || folded_[after].back() == 'e' ||
                         folded_[after].compare(folded_[after].size() - 2, 2, "en") == 0);
  return between.count(folded_[after]) || (one && adjective_word);
}

// Sets: "jährlich", "jeden Montag", "jedes Jahr", "alle vier Jahre", "pro Jahr",
// "montags", "Jahr für Jahr".
bool TimexFinder::set_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  const std::string& f = folded_[i];
  static const std::unordered_map<std::string_view, std::string_view> adverbs = {
      {"jährlich", "P1Y"},   {"jährliche", "P1Y"},   {"jährlichen", "P1Y"},   {"jährlicher", "P1Y"},
      {"jährliches", "P1Y"}, {"alljährlich", "P1Y"}, {"alljährlichen", "P1Y"}, {"alljährliche", "P1Y"},
      {"monatlich", "P1M"},  {"monatliche", "P1M"},  {"monatlichen", "P1M"},  {"monatlicher", "P1M"},
      {"wöchentlich", "P1W"}, {"wöchentliche", "P1W"}, {"wöchentlichen", "P1W"}, {"täglich", "P1D"},
      {"tägliche", "P1D"},   {"täglichen", "P1D"},   {"täglicher", "P1D"},    {"tagtäglich", "P1D"},
      {"stündlich", "PT1H"}, {"stündliche", "PT1H"}, {"stündlichen", "PT1H"}};
  auto adv = adverbs.find(f);
  if (adv != adverbs.end()) {
    return take(m, i, i + 1, TimexType::Set, std::string(adv->second));
  }
  std::string_view part;
  int wd = weekday_of(f, part);
  if (wd < 0) {  // "montags"
    return take(m, i, i + 1, TimexType::Set, "XXXX-WXX-" + std::to_string(-wd));
  }
  // "jeden Montag", "jedes Jahr", "jede Woche", "jeden Tag", "jeden Sommer".
  if ((f == "jeden" || f == "jede" || f == "jedes" || f == "jedem") && i + 1 < n) {
    int d = weekday_of(folded_[i + 1], part);
    bool plural = false;
    Unit u = unit_of(folded_[i + 1], plural);
    m = {};
    m.begin = i;
    m.end = i + 2;
    m.type = TimexType::Set;
    if (d > 0) {
      m.value = "XXXX-WXX-" + std::to_string(d) + (part.empty() ? "" : "T" + std::string(part));
      return true;
    }
    if (u != Unit::None && !plural) {
      m.value = duration_value(1.0, u);
      return true;
    }
    int mo = month_of(folded_[i + 1]);
    if (mo) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", mo);
      m.value = buf;
      return true;
    }
    return false;
  }
  // "alle vier Jahre", "alle zwei Wochen".
  if (f == "alle" && i + 2 < n) {
    std::size_t after = i + 1;
    auto num = number_at(i + 1, after);
    bool plural = false;
    Unit u = after < n ? unit_of(folded_[after], plural) : Unit::None;
    if (num && u != Unit::None && *num > 1) {
      return take(m, i, after + 1, TimexType::Set, duration_value(num, u));
    }
  }
  // "pro Jahr", "je Monat", "Jahr für Jahr", "Tag für Tag".
  if ((f == "pro" || f == "je") && i + 1 < n) {
    bool plural = false;
    Unit u = unit_of(folded_[i + 1], plural);
    if (u != Unit::None && !plural) {
      return take(m, i, i + 2, TimexType::Set, duration_value(1.0, u));
    }
  }
  {
    bool plural = false;
    Unit u = unit_of(f, plural);
    if (u != Unit::None && !plural && i + 2 < n && (is(i + 1, "für") || is(i + 1, "um")) && folded_[i + 2] == f) {
      return take(m, i, i + 3, TimexType::Set, duration_value(1.0, u));
    }
  }
  return false;
}

// Clock times: "18:05 Uhr", "18 Uhr", "8.30 Uhr", "halb neun", "gegen 20 Uhr".
bool TimexFinder::clock_at(std::size_t i, Match& m) {
  std::size_t n = tokens_.size();
  int hh = -1, mm = 0;
  std::size_t end = i;
  // "18", "8.30", "18:05" as a time of day.
  auto clock_number = [&](std::size_t k, int& h_out, int& m_out) {
    if (tokens_[k].kind != TokenKind::Number) return false;
    std::string_view w = word(k);
    std::size_t sep = w.find_first_of(":.");
    if (sep == std::string_view::npos ? w.size() > 2 : sep == 0 || sep > 2) return false;
    auto h = number_digits(w.substr(0, sep));
    if (!h || *h > 24) return false;
    h_out = static_cast<int>(*h);
    m_out = 0;
    if (sep != std::string_view::npos) {
      std::string_view mins = w.substr(sep + 1);
      auto mn = mins.size() == 2 ? number_digits(mins) : std::nullopt;
      if (!mn || *mn > 59) return false;
      m_out = static_cast<int>(*mn);
    }
    return true;
  };
  // The first times of a range or list that ends in "Uhr": "von 14.30-18 Uhr",
  // "zwischen 10 und 12 Uhr", "8.30-12 und 14.30-16.30 Uhr".
  auto starts_clock_range = [&](std::size_t k) {
    int h = 0, mi = 0;
    if (!clock_number(k, h, mi)) return false;
    // "und" joins times after "von", "zwischen", "ab" or a range's end ("8.30-12 und 14.30-16.30 Uhr").
    int h0 = 0, m0 = 0;
    bool opened = k > 0 && (is(k - 1, "von") || is(k - 1, "zwischen") || is(k - 1, "ab") ||
                            ((is(k - 1, "bis") || word(k - 1) == "-" || word(k - 1) == "\xE2\x80\x93") && k > 1 &&
                             clock_number(k - 2, h0, m0)));
    for (std::size_t x = k + 1, numbers = 1; x + 1 < n && numbers < 6; x += 2, ++numbers) {
      std::string_view link = word(x);
      bool dash = link == "-" || link == "\xE2\x80\x93";
      if (!dash && !is(x, "bis") && !(is(x, "und") && (opened || numbers > 1))) return false;
      if (!clock_number(x + 1, h, mi)) return false;
      if (x + 2 < n && is(x + 2, "uhr")) return true;
    }
    return false;
  };
  if (tokens_[i].kind == TokenKind::Number && i + 1 < n && !is(i + 1, "uhr") && starts_clock_range(i)) {
    clock_number(i, hh, mm);
    end = i + 1;
  } else if (tokens_[i].kind == TokenKind::Number && i + 1 < n && is(i + 1, "uhr")) {
    if (!clock_number(i, hh, mm)) return false;
    end = i + 2;
    // "18 Uhr 30"
    if (word(i).find_first_of(":.") == std::string_view::npos && end < n && tokens_[end].kind == TokenKind::Number && word(end).size() == 2) {
      auto mn = number_digits(word(end));
      if (mn && *mn < 60) {
        mm = static_cast<int>(*mn);
        ++end;
      }
    }
  } else if (tokens_[i].kind == TokenKind::Word && i + 1 < n) {
    // "neun Uhr", "halb neun", "Viertel nach acht".
    std::size_t after = i + 1;
    if (is(i + 1, "uhr")) {
      auto h = number_word(folded_[i]);
      if (!h || *h > 24 || folded_[i] == "ein" || folded_[i] == "eine") return false;
      hh = static_cast<int>(*h);
      end = i + 2;
    } else if (folded_[i] == "halb") {
      auto h = number_at(i + 1, after);
      if (!h || *h < 1 || *h > 24 || std::fabs(*h - std::round(*h)) > 1e-9) return false;
      hh = static_cast<int>(*h) - 1;
      mm = 30;
      end = after;
      if (end < n && is(end, "uhr")) ++end;
    } else if (folded_[i] == "viertel" && i + 2 < n && (is(i + 1, "nach") || is(i + 1, "vor"))) {
      auto h = number_at(i + 2, after);
      if (!h || *h < 1 || *h > 24) return false;
      hh = static_cast<int>(*h) - (is(i + 1, "vor") ? 1 : 0);
      mm = is(i + 1, "vor") ? 45 : 15;
      end = after;
    } else {
      return false;
    }
  } else {
    return false;
  }
  if (hh < 0 || hh > 24 || mm < 0 || mm > 59) return false;
  m = {};
  m.begin = i;
  m.end = end;
  m.type = TimexType::Time;
  // The day named earlier in the same sentence, else the reference day.
  std::optional<CivilDate> base;
  if (day_ && day_sentence_ == tokens_[i].sentence) base = day_;
  if (!base && ref_ && ref_->d) base = CivilDate{ref_->y, ref_->m, ref_->d};
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hh, mm);
  m.value = (base ? day_value(*base) : std::string("XXXX-XX-XX")) + buf;
  return true;
}

// PRESENT_REF, PAST_REF, FUTURE_REF: "derzeit", "damals", "künftig", "in Zukunft".
bool TimexFinder::ref_word_at(std::size_t i, Match& m) {
  const std::string& f = folded_[i];
  static const std::unordered_map<std::string_view, std::string_view> words = {
      // As KRAUTS annotates them: not "zurzeit", "gegenwärtig", "seinerzeit" or
      // "künftig", which it leaves out.
      {"jetzt", "PRESENT_REF"},     {"derzeit", "PRESENT_REF"},  {"heutzutage", "PRESENT_REF"},
      {"damals", "PAST_REF"},       {"einst", "PAST_REF"},       {"ehemals", "PAST_REF"},
      {"vormals", "PAST_REF"},      {"einstmals", "PAST_REF"},   {"bald", "FUTURE_REF"},
      {"demnächst", "FUTURE_REF"}};
  std::size_t n = tokens_.size();
  m = {};
  m.begin = i;
  m.type = TimexType::Date;
  auto it = words.find(f);
  if (it != words.end()) {
    // "künftige", "bald" as parts of other words are not in this table.
    m.end = i + 1;
    m.value = std::string(it->second);
    return true;
  }
  if (f == "kürzlich" || f == "neulich") {
    m.end = i + 1;
    m.value = "PAST_REF";
    return true;
  }
  // "die Vergangenheit", "der Zukunft", "die Gegenwart", "im Moment", "zur
  // Stunde", "in letzter Zeit".
  if ((f == "die" || f == "der") && i + 1 < n &&
      (is(i + 1, "vergangenheit") || is(i + 1, "zukunft") || is(i + 1, "gegenwart"))) {
    m.end = i + 2;
    m.value = is(i + 1, "vergangenheit") ? "PAST_REF" : is(i + 1, "zukunft") ? "FUTURE_REF" : "PRESENT_REF";
    return true;
  }
  if ((f == "im" && i + 1 < n && is(i + 1, "moment")) || (f == "zur" && i + 1 < n && is(i + 1, "stunde"))) {
    m.end = i + 2;
    m.value = "PRESENT_REF";
    return true;
  }
  if (f == "in" && i + 2 < n && is(i + 1, "letzter") && is(i + 2, "zeit")) {
    m.begin = i + 1;
    m.end = i + 3;
    m.value = "PAST_REF";
    return true;
  }
  if (f == "zur" && i + 1 < n && is(i + 1, "zeit")) {
    m.end = i + 2;
    m.value = "PRESENT_REF";
    return true;
  }
  if (f == "in" && i + 1 < n && is(i + 1, "zukunft")) {
    m.end = i + 2;
    m.value = "FUTURE_REF";
    return true;
  }
  if (f == "in" && i + 2 < n && is(i + 1, "der") && (is(i + 2, "zukunft") || is(i + 2, "vergangenheit"))) {
    m.end = i + 3;
    m.value = is(i + 2, "zukunft") ? "FUTURE_REF" : "PAST_REF";
    return true;
  }
  if (f == "früher" && !(i + 1 < n && (is(i + 1, "als") || tokens_[i + 1].kind == TokenKind::Number))) {
    m.end = i + 1;
    m.value = "PAST_REF";
    return true;
  }
  return false;
}

bool TimexFinder::match_at(std::size_t i, Match& m) {
  if (tokens_[i].kind == TokenKind::Punct || tokens_[i].kind == TokenKind::Symbol) return false;
  // "Anfang Juli", "Mitte 2024", "Ende des Jahres", "Ende letzter Woche": the
  // period's value, with the fuzzy word in the span.
  if (is_fuzzy(folded_[i]) && i + 1 < tokens_.size()) {
    Match inner;
    // "Mitte der neunziger Jahre", "Anfang der Woche": the article before it.
    std::size_t j = i + 1;
    if ((is(j, "der") || is(j, "des")) && j + 1 < tokens_.size()) {
      bool plural = false;
      Unit u = unit_of(folded_[j + 1], plural);
      if (u == Unit::Week || u == Unit::Month || u == Unit::Year || u == Unit::Weekend) {
        // the current one
        Match rel;
        std::size_t save = j;
        (void)save;
        if (ref_) {
          rel.begin = i;
          rel.end = j + 2;
          rel.type = TimexType::Date;
          CivilDate r{ref_->y, ref_->m ? ref_->m : 1, ref_->d ? ref_->d : 1};
          if (u == Unit::Year) rel.value = year_value(ref_->y);
          else if (u == Unit::Month) rel.value = ref_->m ? month_value(ref_->y, ref_->m) : "XXXX-XX";
          else rel.value = ref_->d ? week_value(r) + (u == Unit::Weekend ? "-WE" : "") : "XXXX-WXX";
        } else {
          rel.begin = i;
          rel.end = j + 2;
          rel.value = unplaced(u);
        }
        m = rel;
        return true;
      }
      if (year_at(j + 1, inner)) {
        m = inner;
        m.begin = i;
        m.absolute = false;
        return true;
      }
    }
    if (month_at(i + 1, inner) || year_at(i + 1, inner) || relative_at(i + 1, inner) || date_at(i + 1, inner)) {
      m = inner;
      m.begin = i;
      m.absolute = false;  // "Ende 2024" is not the whole year
      return true;
    }
  }
  return clock_at(i, m) || date_at(i, m) || set_at(i, m) || weekday_at(i, m) || month_at(i, m) ||
         relative_at(i, m) || year_at(i, m) || duration_at(i, m) || ref_word_at(i, m) || part_of_day_at(i, m);
}

void TimexFinder::find(std::string_view text, const std::optional<PartialDate>& ref,
                       std::vector<TimeExpression>& out) {
  out.clear();
  text_ = text;
  ref_ = ref;
  if (ref_ && ref_->empty()) ref_.reset();
  day_.reset();
  day_sentence_ = -1;
  if (ref_ && ref_->d) day_ = CivilDate{ref_->y, ref_->m, ref_->d};
  tokens_.clear();
  tokenizer_.reset(text);
  Token t;
  while (tokenizer_.next(t)) tokens_.push_back(t);
  std::size_t n = tokens_.size();
  folded_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    folded_[i].clear();
    fold_into(text.substr(tokens_[i].span.begin, tokens_[i].span.size()), folded_[i]);
  }
  read_tenses();
  for (std::size_t i = 0; i < n;) {
    Match m;
    if (!match_at(i, m) || m.end <= m.begin) {
      ++i;
      continue;
    }
    if (m.value.empty()) {  // words that look like a date but are none
      i = m.end;
      continue;
    }
    TimeExpression e;
    e.span = {tokens_[m.begin].span.begin, tokens_[m.end - 1].span.end};
    e.type = m.type;
    e.value = std::move(m.value);
    e.sentence = tokens_[m.begin].sentence;
    e.absolute = m.absolute;
    e.period = m.period;
    e.tense = sentence_tense(m.begin);
    if (m.day) {
      day_ = m.day;
      day_sentence_ = e.sentence;
    }
    out.push_back(std::move(e));
    i = m.end;
  }
}

}  // namespace natocorpus::core
