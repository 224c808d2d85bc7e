#include "time/dating.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "corpus/article.hpp"
#include "grammar/tense.hpp"
#include "lexicon/offices.hpp"
#include "lexicon/table.hpp"
#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

std::string day_string(std::int64_t days) {
  CivilDate c = civil_from_days(days);
  return format_partial_date({c.y, c.m, c.d});
}

namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::string folded = fold(s);
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t sp = folded.find(' ', i);
    if (sp == std::string::npos) sp = folded.size();
    if (sp > i) out.push_back(folded.substr(i, sp - i));
    i = sp + 1;
  }
  return out;
}

struct Office {
  std::string role, canonical;
  std::vector<std::vector<std::string>> names;  // folded words of each full name
  std::string surname;                          // folded
  std::int64_t from = DateClue::kOpenStart, to = DateClue::kOpenEnd;
};

struct Event {
  std::string canonical, kind;
  std::int64_t from = DateClue::kOpenStart, to = DateClue::kOpenEnd;
};

// The listed visits of one visitor to one place (visits.tsv), complete
// within [complete_from, complete_to].
struct VisitList {
  std::string visitor;                     // canonical
  std::string surname;                     // folded
  std::string place;                       // canonical
  std::unordered_set<std::string> places;  // folded names of the place
  std::vector<std::string> given;           // folded given names
  std::vector<std::pair<std::int64_t, std::int64_t>> days;  // first and last day of each visit
  std::int64_t complete_from = DateClue::kOpenStart, complete_to = DateClue::kOpenEnd;
};

struct Knowledge {
  std::vector<Office> offices;
  std::vector<VisitList> visits;
  std::unordered_set<std::string> first_names;  // folded
  std::unordered_set<std::int64_t> event_days;   // the first days of the dated events
  std::unordered_map<std::string, std::vector<std::size_t>> by_role;  // folded role, and its last part
  std::vector<std::int64_t> accessions;                               // NATO: days members joined, sorted
  std::vector<Event> events;
  std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, std::size_t>>> event_names;
  std::unordered_map<std::string, std::vector<std::size_t>> summits_by_place;  // folded host city -> summits
  std::unordered_map<std::string, std::vector<std::size_t>> bodies;  // folded one-word body name -> its meetings
};

// Office holders (lexicon/offices.hpp), at their terms' widest: a text may
// name them in office on any day they may have held it.
void load_offices(Knowledge& k) {
  for (const OfficeTerm& t : OfficeTable::builtin().terms()) {
    Office o;
    o.role = t.role;
    o.canonical = t.holder;
    o.from = t.earliest;
    o.to = t.latest == OfficeTerm::kOpenEnd ? DateClue::kOpenEnd : t.latest;
    o.names.push_back(split_words(o.canonical));
    for (const std::string& a : t.aliases)
      if (a.find(' ') != std::string::npos) o.names.push_back(split_words(a));
    o.surname = o.names.front().back();
    std::size_t idx = k.offices.size();
    k.by_role[o.role].push_back(idx);
    std::size_t dash = o.role.rfind('-');
    if (dash != std::string::npos) k.by_role[o.role.substr(dash + 1)].push_back(idx);
    k.offices.push_back(std::move(o));
  }
}

// NATO's members: the days they joined, sorted.
void load_members(Knowledge& k) {
  KnowledgeTable members("nato_members");
  for (std::size_t r = 0; r < members.rows(); ++r) {
    auto d = parse_partial_date(members.get(r, "joined"));
    if (d && d->d) k.accessions.push_back(days_from_civil(d->y, d->m, d->d));
  }
  std::sort(k.accessions.begin(), k.accessions.end());
}

// Dated events, their names, the summits by host city, the standing bodies' meetings.
void load_events(Knowledge& k) {
  KnowledgeTable events("events");
  for (std::size_t r = 0; r < events.rows(); ++r) {
    auto f = parse_partial_date(events.get(r, "from"));
    if (!f) continue;
    Event e;
    e.canonical = std::string(events.get(r, "canonical"));
    e.kind = std::string(events.get(r, "kind"));
    std::int64_t first = 0, last = 0;
    period_days(*f, first, last);
    e.from = first;
    e.to = last;
    if (auto t = parse_partial_date(events.get(r, "to"))) {
      period_days(*t, first, last);
      e.to = last;
    } else if (!events.get(r, "to").empty()) {
      continue;
    } else if (e.kind == "war") {
      e.to = DateClue::kOpenEnd;
    }
    std::size_t idx = k.events.size();
    if (f->d) k.event_days.insert(e.from);
    k.events.push_back(e);
    std::string_view place = events.get(r, "place");
    bool meeting = (e.kind.size() > 7 && e.kind.compare(e.kind.size() - 7, 7, "_summit") == 0) ||
                   e.kind == "nato_ministerial";
    if (!place.empty() && meeting)
      k.summits_by_place[fold(place)].push_back(idx);
    std::vector<std::string_view> names{events.get(r, "canonical")};
    for (auto a : events.list(r, "aliases")) names.push_back(a);
    if (e.kind == "council_meeting")
      for (auto a : events.list(r, "aliases"))
        if (a.find(' ') == std::string_view::npos) {
          auto& meetings = k.bodies[fold(a)];
          if (meetings.empty() || meetings.back() != idx) meetings.push_back(idx);  // "NATO-…", "Nato-…"
        }
    for (auto name : names) {
      auto words = split_words(name);
      if (words.size() < 2) continue;  // one word names too much ("Gipfel")
      std::string first_word = words.front();
      k.event_names[first_word].push_back({std::move(words), idx});
    }
  }
}

// The listed visits, by visitor and place.
void load_visits(Knowledge& k) {
  KnowledgeTable places("places"), visits("visits");
  auto day_of = [](std::string_view iso) -> std::optional<std::int64_t> {
    auto p = parse_partial_date(iso);
    if (!p || !p->d) return std::nullopt;
    return days_from_civil(p->y, p->m, p->d);
  };
  for (std::size_t r = 0; r < visits.rows(); ++r) {
    auto from = day_of(visits.get(r, "from")), to = day_of(visits.get(r, "to"));
    auto cfrom = day_of(visits.get(r, "complete_from")), cto = day_of(visits.get(r, "complete_to"));
    std::string_view visitor = visits.get(r, "visitor"), place = visits.get(r, "place");
    if (!from || !to || !cfrom || !cto || split_words(visitor).empty()) continue;
    auto list = std::find_if(k.visits.begin(), k.visits.end(),
                             [&](const VisitList& v) { return v.visitor == visitor && v.place == place; });
    if (list == k.visits.end()) {
      VisitList v;
      v.visitor = std::string(visitor);
      v.given = split_words(visitor);
      v.surname = v.given.back();
      v.given.pop_back();
      v.place = std::string(place);
      for (std::size_t p = 0; p < places.rows(); ++p) {
        if (places.get(p, "canonical") != place) continue;
        v.places.insert(fold(place));
        for (auto a : places.list(p, "aliases")) v.places.insert(fold(a));
      }
      v.complete_from = *cfrom;
      v.complete_to = *cto;
      k.visits.push_back(std::move(v));
      list = std::prev(k.visits.end());
    }
    list->days.push_back({*from, *to});
  }
}

const Knowledge& knowledge() {
  static const Knowledge k = [] {
    Knowledge k;
    load_offices(k);
    load_members(k);
    load_events(k);
    KnowledgeTable first_names("first_names");
    for (std::size_t r = 0; r < first_names.rows(); ++r) k.first_names.insert(fold(first_names.get(r, "name")));
    load_visits(k);
    return k;
  }();
  return k;
}

bool word_is(const std::string& token, const std::string& word) {
  if (token == word) return true;
  // A genitive: "NATO-Gipfels", "des Krieges".
  if (token.size() == word.size() + 1 && token.back() == 's' && token.compare(0, word.size(), word) == 0) return true;
  if (token.size() == word.size() + 2 && token.compare(token.size() - 2, 2, "es") == 0 &&
      token.compare(0, word.size(), word) == 0)
    return true;
  return false;
}


}  // namespace

DocumentDater::DocumentDater() { knowledge(); }

// The first token that starts at or after `byte`.
std::size_t DocumentDater::token_at(std::size_t byte) const {
  const auto& tokens = timex_.tokens();
  return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), byte,
                                                   [](const Token& t, std::size_t b) { return t.span.begin < b; }) -
                                  tokens.begin());
}

// The first time expression that starts at or after `byte`.
std::vector<TimeExpression>::const_iterator DocumentDater::expression_at(std::size_t byte) const {
  return std::lower_bound(found_.begin(), found_.end(), byte,
                          [](const TimeExpression& x, std::size_t b) { return x.span.begin < b; });
}

// "date 2023-04", "Datum: 13.04.2023", "Stand: 11.07.2023 18:05 Uhr",
// "Berlin, 30.11.2011 –".
void DocumentDater::header_clues(std::string_view text) {
  Header h = parse_header(text);
  if (h.date) {
    if (auto p = parse_partial_date(*h.date)) {
      DateClue c;
      c.kind = "header";
      // Where the header writes it: the first date in the header that reads the same.
      std::size_t limit = std::min<std::size_t>(text.size(), std::max<std::size_t>(h.body_offset, 1) + 40);
      for (std::size_t at = 0; at < limit; ++at) {
        if (text[at] < '0' || text[at] > '9' || (at > 0 && text[at - 1] >= '0' && text[at - 1] <= '9')) continue;
        std::size_t consumed = 0;
        auto iso = parse_iso_date(text.substr(at), &consumed);
        if (iso && iso->compare(0, h.date->size(), *h.date) == 0) {
          c.span = {at, at + consumed};
          while (c.span.end > c.span.begin && text[c.span.end - 1] == ' ') --c.span.end;
          break;
        }
      }
      period_days(*p, c.earliest, c.latest);
      c.detail = "header date " + format_partial_date(*p);
      c.strength = 3;
      clues_.push_back(c);
      return;
    }
  }
  // In the first 300 bytes: "Stand: <date>" or "<Place>, <date> –".
  std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 300));
  for (std::size_t at = 0; at < head.size(); ++at) {
    char ch = head[at];
    if (ch < '0' || ch > '9' || (at > 0 && head[at - 1] >= '0' && head[at - 1] <= '9')) continue;
    std::size_t consumed = 0;
    // A colon may end a dateline's date ("Wien, 30.11.2011: …"); times are not needed here.
    std::string probe(text.substr(at, 24));
    for (char& ch : probe)
      if (ch == ':') ch = ' ';
    auto iso = parse_iso_date(probe, &consumed);
    if (!iso || consumed < 8) continue;
    std::string_view before = head.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool stand = before.size() >= 6 && (before.substr(before.size() - 6) == "Stand:" ||
                                        before.substr(before.size() - 6) == "stand:");
    std::string_view after = text.substr(at + consumed);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    bool dash = after.substr(0, 1) == "-" || after.substr(0, 3) == "\xE2\x80\x93" || after.substr(0, 1) == ":" ||
                after.substr(0, 1) == "(";
    // A dateline opens a line with a place: "Berlin, …", "Wien (APA), …",
    // "Frankfurt am Main, …" — capitalised words, not a clause.
    bool place = !before.empty() && before.back() == ',' && before.find('.') == std::string_view::npos &&
                 before.size() < 60 && dash;
    if (place) {
      std::size_t line = before.rfind('\n');
      std::string_view name = before.substr(line == std::string_view::npos ? 0 : line + 1);
      name.remove_suffix(1);  // the comma
      std::size_t w = 0, words = 0;
      while (w < name.size()) {
        while (w < name.size() && (name[w] == ' ' || name[w] == '(' || name[w] == ')')) ++w;
        std::size_t e = w;
        while (e < name.size() && name[e] != ' ' && name[e] != '(' && name[e] != ')') ++e;
        std::string_view word = name.substr(w, e - w);
        bool small = !word.empty() && word[0] >= 'a' && word[0] <= 'z';
        if (small && word != "am" && word != "an" && word != "der" && word != "bei" && word != "im" && word != "ob")
          place = false;
        // A clause, not a place: "Der …", "Ein …" ("Den Haag" is a place).
        if (!word.empty() && ++words == 1 && (Grammar::builtin().is_nominative_article(fold(word)) || word == "Am"))
          place = false;
        if (!word.empty() && weekday_number(fold(word)) != 0) place = false;
        w = e;
      }
      if (words > 4) place = false;
      if (name.find_first_not_of(" ") == std::string_view::npos) place = false;
    }
    if (!stand && !place) continue;
    auto p = parse_partial_date(*iso);
    if (!p) continue;
    DateClue c;
    c.kind = stand ? "header" : "dateline";
    c.span = {at, at + consumed};
    period_days(*p, c.earliest, c.latest);
    c.detail = std::string(stand ? "\"Stand:\" " : "dateline ") + format_partial_date(*p);
    c.strength = 3;
    clues_.push_back(c);
    return;
  }
}

// The text's own dates, read by their tense: "am 5. Dezember 1994
// unterzeichnete" -> on or after it; "am 20. Januar … übernehmen soll" -> on
// or before it. Durations counted from a dated war, and "vor N Monaten am
// <date>". Weekdays are noted for the last step.
// (Every search here is bounded to a few dozen tokens, kReach, so a text
// with no punctuation stays linear.)
void DocumentDater::timex_clues(std::string_view text) {
  timex_.find(text, std::nullopt, found_);
  read_tokens(text);
  date_clues();
  if (std::optional<War> war = war_spoken_of()) {
    for (std::size_t i = 0; i < folded_.size(); ++i) {
      war_year_clue(*war, i);
      i = war_duration_clue(*war, i);
    }
    invasion_clue(*war);
  }
  time_since_clues();
}

// The folded words of the tokens timex_ read, and which were written in lower case.
void DocumentDater::read_tokens(std::string_view text) {
  const auto& tokens = timex_.tokens();
  folded_.resize(tokens.size());
  lower_.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    folded_[i].clear();
    fold_into(text.substr(tokens[i].span.begin, tokens[i].span.size()), folded_[i]);
    std::size_t at = tokens[i].span.begin;
    lower_[i] = is_lower(next_code_point(text, at));
  }
}

bool DocumentDater::in_header(const Span& sp) const {
  for (const auto& c : clues_)
    if ((c.kind == "header" || c.kind == "dateline") && sp.begin < c.span.end + 1 && c.span.begin < sp.end) return true;
  return false;
}

// The weekday written with a date: its first word ("Freitag, den 13.
// Oktober 2006"), or a weekday expression right before it; 0 for none.
// `at` is the weekday's token.
int DocumentDater::weekday_with(const TimeExpression& e, std::size_t& at) const {
  const auto& tokens = timex_.tokens();
  at = token_at(e.span.begin);
  if (at < tokens.size() && tokens[at].span.begin == e.span.begin)
    if (int wd = weekday_number(folded_[at])) return wd;
  auto it = expression_at(e.span.begin);
  if (it == found_.begin()) return 0;
  const TimeExpression& before = *std::prev(it);
  const std::string& v = before.value;
  if (v.size() == 10 && v.compare(0, 9, "XXXX-WXX-") == 0 && before.span.end <= e.span.begin &&
      e.span.begin - before.span.end <= 6) {
    at = token_at(before.span.end) - 1;
    return v[9] - '0';
  }
  return 0;
}

// A day the text may remember rather than report: the first day of a dated
// event ("am Dienstag, dem 11. September 2001"), or one named in or right
// before a sentence of remembrance ("Jahrestag", "jährt sich", "gedenken",
// "erinnern").
// Past the lead (the first three sentences), a weekday date may be
// background ("Er fand am Mittwoch, dem 5. Dezember 1945, statt").
bool DocumentDater::remembered(const TimeExpression& e, std::int64_t day) const {
  constexpr std::int64_t kLead = 3;
  if (e.sentence > kLead || knowledge().event_days.count(day)) return true;
  const auto& tokens = timex_.tokens();
  std::size_t t = token_at(e.span.begin);
  for (std::size_t x = t >= kReach ? t - kReach : 0; x < tokens.size() && x < t + 2 * kReach; ++x) {
    if (tokens[x].sentence != e.sentence && tokens[x].sentence != e.sentence + 1) continue;
    const std::string& w = folded_[x];
    if (w.find("jahrestag") != std::string::npos || w.compare(0, 5, "jährt") == 0 ||
        w.find("gedenk") != std::string::npos || w.find("erinner") != std::string::npos ||
        w.find("jubiläum") != std::string::npos)
      return true;
  }
  return false;
}

// Days and months written out in full, by the tense of their clause; a year
// alone says too little ("die WM 2011" is as often ahead as behind).
void DocumentDater::date_clues() {
  for (const auto& e : found_) {
    if (in_header(e.span)) continue;
    if (!e.absolute || e.type != TimexType::Date || !e.period.m) continue;
    int tense = clause_tense(e.span);
    std::int64_t first = 0, last = 0;
    if (!period_days(e.period, first, last)) continue;
    DateClue c;
    c.kind = "date";
    c.span = e.span;
    c.sentence = e.sentence;
    std::size_t at = 0;
    if (e.period.d && weekday_with(e, at) == iso_weekday(first) && !remembered(e, first) &&
        weekday_date_clue(e, c, at, first, tense))
      continue;
    if (tense == 0) continue;
    if (tense < 0) {
      c.earliest = first;
      c.detail = "past tense: on or after " + format_partial_date(e.period);
    } else {
      c.latest = last;
      c.detail = "future tense: on or before " + format_partial_date(e.period);
    }
    clues_.push_back(c);
  }
}

// "am Freitag, den 13. Oktober 2006": news names the weekday of a day close
// to it, within two weeks (after it in the past tense, before it ahead);
// "am heutigen Sonntag, den 5. Juni" is the day, "am gestrigen …" the day
// before: then the clue `c` is that day, taken, and true returned. Else the
// two weeks are noted for decide() and `tense` is the clause's around both;
// the date itself bounds the day as any other. (A weekday that does not
// match is a slip: the caller counts the date alone.)
bool DocumentDater::weekday_date_clue(const TimeExpression& e, DateClue& c, std::size_t at, std::int64_t first,
                                      int& tense) {
  constexpr std::int64_t kFortnight = 14;
  const auto& tokens = timex_.tokens();
  // The clause around both: "soll am Freitag, dem 12. Juni … erschossen haben".
  Span both{std::min(tokens[at].span.begin, e.span.begin), e.span.end};
  tense = clause_tense(both);
  const std::string& before = at > 0 ? folded_[at - 1] : folded_[at];
  int shift = -1;  // days from the date to the article, when said
  if (before == "heute" || declined_form(before, "heutig")) shift = 0;
  if (before == "gestern" || declined_form(before, "gestrig")) shift = 1;
  if (declined_form(before, "vergangen") || declined_form(before, "letzt") || declined_form(before, "vorig"))
    tense = -1;
  if (declined_form(before, "kommend") || declined_form(before, "nächst")) tense = 1;
  if (shift >= 0) {
    c.earliest = c.latest = first + shift;
    c.detail = std::string("a weekday with its date, ") + (shift == 0 ? "today: " : "yesterday: the day after ") +
               format_partial_date(e.period);
    clues_.push_back(c);
    return true;
  }
  // Weighed after the clues that bound the day for certain (see decide()).
  DateClue near = c;
  near.span = both;
  near.strength = 0;
  near.earliest = tense < 0 ? first : first - kFortnight;
  near.latest = tense > 0 ? first : first + kFortnight;
  near.detail = std::string("a weekday with its date, ") +
                (tense < 0   ? "past: within two weeks after "
                 : tense > 0 ? "ahead: within two weeks before "
                             : "within two weeks of ") +
                format_partial_date(e.period);
  near_days_.push_back(std::move(near));
  return false;
}

namespace {

const std::unordered_set<std::string_view>& war_words() {
  static const std::unordered_set<std::string_view> words = {
      "krieg", "krieges", "kriegs", "invasion", "angriffskrieg", "angriffskrieges", "angriffskriegs", "überfall",
      "überfalls", "kriegsbeginn", "kriegsbeginns", "vollinvasion", "ukrainekrieg", "ukrainekrieges", "ukrainekriegs",
      "ukraine-krieg", "ukraine-krieges", "ukraine-kriegs", "kriegsjahr", "kriegsjahres", "kriegsjahrs"};
  return words;
}

// Another war in the sentence: its durations are not this war's.
const std::unordered_set<std::string_view>& other_war_words() {
  static const std::unordered_set<std::string_view> words = {
      "gaza", "gazastreifen", "gaza-krieg", "israel", "israels", "nahost", "nahen", "hamas", "hisbollah", "syrien",
      "sudan", "jemen", "afghanistan", "irak", "iran", "libanon", "bergkarabach", "tschetschenien", "georgien",
      // the war in the Donbas since 2014, and Crimea's annexation
      "ostukraine", "donbass", "donbas", "separatisten", "prorussischen", "krim", "annexion",
      "weltkrieg", "weltkriegs", "weltkrieges", "weltkriegsende", "mauerfall", "mauerfalls"};
  return words;
}

}  // namespace

// The war in Ukraine (the open war of events.tsv), when the text speaks of Ukraine.
std::optional<DocumentDater::War> DocumentDater::war_spoken_of() const {
  static const std::unordered_set<std::string_view> ukraine_words = {"ukraine", "ukrainischen", "ukrainische",
                                                                     "ukrainekrieg", "ukraine-krieg"};
  std::optional<War> war;
  for (const auto& e : knowledge().events)
    if (e.kind == "war" && e.to == DateClue::kOpenEnd && fold(e.canonical).find("ukraine") != std::string::npos)
      war = War{e.from, e.canonical};
  bool about_ukraine = false;
  for (std::size_t i = 0; i < folded_.size() && !about_ukraine; ++i) about_ukraine = ukraine_words.count(folded_[i]) > 0;
  if (!about_ukraine) return std::nullopt;
  return war;
}

// The war's N-th anniversary of its first day.
std::int64_t DocumentDater::War::anniversary(int years) const {
  CivilDate w = civil_from_days(from);
  return days_from_civil(w.y + years, w.m, w.d);
}

// One of `words` in sentence s within kReach tokens of token `near`.
bool DocumentDater::sentence_has(std::int64_t s, std::size_t near,
                                 const std::unordered_set<std::string_view>& words) const {
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  for (std::size_t k = near; k < n && k < near + kReach && tokens[k].sentence == s; ++k)
    if (words.count(folded_[k])) return true;
  for (std::size_t k = near; k-- > 0 && near - k <= kReach && tokens[k].sentence == s;)
    if (words.count(folded_[k])) return true;
  return false;
}

// The war named close by, in the same clause or as the noun a relative
// clause follows ("der Krieg, der mehr als 1.000 Tage dauert"), and no
// other war in the sentence. "Die Ukraine wartet seit zwei Jahren auf
// Kampfjets, die ihr im Krieg helfen" counts nothing from the war.
bool DocumentDater::war_sentence(std::int64_t s, std::size_t near) const {
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  const auto& war = war_words();
  if (sentence_has(s, near, other_war_words())) return false;
  for (std::size_t k = near; k < n && k <= near + 10 && tokens[k].sentence == s; ++k) {
    if (war.count(folded_[k])) return true;
    if (folded_[k] == "," || folded_[k] == ";" || folded_[k] == ":") break;
  }
  for (std::size_t k = near; k-- > 0 && near - k <= 10 && tokens[k].sentence == s;) {
    if (war.count(folded_[k])) return true;
    if (folded_[k] == "," || folded_[k] == ";" || folded_[k] == ":") return k > 0 && war.count(folded_[k - 1]) > 0;
  }
  return false;
}

// "dritten" -> 3: an ordinal word or "3.".
int DocumentDater::ordinal_at(std::size_t k) const {
  static const std::pair<std::string_view, int> stems[] = {
      {"erst", 1},  {"zweit", 2}, {"dritt", 3}, {"viert", 4},  {"fünft", 5},
      {"sechst", 6}, {"siebt", 7}, {"acht", 8},  {"neunt", 9}, {"zehnt", 10}};
  const auto& tokens = timex_.tokens();
  if (k >= tokens.size()) return 0;
  for (const auto& [stem, v] : stems)
    if (folded_[k] != stem && declined_form(folded_[k], stem)) return v;
  std::string_view w = text_.substr(tokens[k].span.begin, tokens[k].span.size());
  if (w.size() >= 2 && w.size() <= 3 && w.back() == '.' && w[0] >= '1' && w[0] <= '9' &&
      (w.size() == 2 || (w[1] >= '0' && w[1] <= '9')))
    return w.size() == 2 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return 0;
}

// A number as written at token k: "14", "1.000", "zwei".
std::optional<double> DocumentDater::number_at(std::size_t k) const {
  const auto& tokens = timex_.tokens();
  if (k >= tokens.size()) return std::nullopt;
  return german_number(text_.substr(tokens[k].span.begin, tokens[k].span.size()), folded_[k]);
}

void DocumentDater::war_clue(std::size_t b, std::size_t e, std::int64_t earliest, std::int64_t latest,
                             std::string detail) {
  const auto& tokens = timex_.tokens();
  DateClue c;
  c.kind = "duration";
  c.span = {tokens[b].span.begin, tokens[e - 1].span.end};
  c.sentence = tokens[b].sentence;
  c.earliest = earliest;
  c.latest = latest;
  c.detail = std::move(detail);
  clues_.push_back(c);
}

// "im dritten Kriegsjahr", "im dritten Jahr des Krieges": that year of the
// war. "zum zweiten Jahrestag des Kriegsbeginns", "der Krieg geht in sein
// viertes Jahr": within about six weeks of that anniversary.
void DocumentDater::war_year_clue(const War& war, std::size_t i) {
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  const auto& words = war_words();
  int nth = ordinal_at(i);
  if (nth <= 0 || i + 1 >= n) return;
  const std::string& noun = folded_[i + 1];
  std::int64_t s = tokens[i].sentence;
  bool war_year = noun == "kriegsjahr" || noun == "kriegsjahres" || noun == "kriegsjahrs";
  bool year_of_war = false, into_year = false;
  if (noun == "jahr" || noun == "jahres") {
    for (std::size_t k = i + 2; k < n && k < i + 6 && tokens[k].sentence == s && !year_of_war; ++k)
      year_of_war = (folded_[i + 2] == "des" || folded_[i + 2] == "seit") && words.count(folded_[k]);
    // "geht in sein viertes Jahr", "tritt ins dritte Jahr"
    into_year = i > 0 && (folded_[i - 1] == "ins" ||
                          (i > 1 && folded_[i - 2] == "in" && declined_form(folded_[i - 1], "sein")));
  }
  bool jahrestag = noun == "jahrestag" || noun == "jahrestages" || noun == "jahrestags";
  if (jahrestag) {  // of the war's start: "des Kriegsbeginns", "des russischen Überfalls", "der Invasion"
    bool of_war = false;
    for (std::size_t k = i + 2; k < n && k < i + 6 && !of_war; ++k) of_war = words.count(folded_[k]) > 0;
    jahrestag = of_war;
  }
  if (nth > 10) war_year = year_of_war = into_year = jahrestag = false;  // not this war's
  std::string name = std::string(war.name);
  if ((war_year || year_of_war) && war_sentence(s, i)) {
    // Looked back on ("Das zweite Kriegsjahr war hart"), it may be over.
    bool past = timex_.tense_of_sentence(s) < 0;
    war_clue(i, i + 2, war.anniversary(nth - 1), past ? DateClue::kOpenEnd : war.anniversary(nth) - 1,
             "year " + std::to_string(nth) + " of " + name + " (" + day_string(war.from) + ")" +
                 (past ? ", told in the past tense: on or after its start" : ""));
  } else if ((into_year && war_sentence(s, i)) || (jahrestag && war_sentence(s, i))) {
    std::int64_t day = war.anniversary(into_year ? nth - 1 : nth);
    war_clue(i, i + 2, day - 45, day + 45,
             "about the " + day_string(day) +
                 (into_year ? ", when the war's year " + std::to_string(nth) + " began"
                            : ", anniversary " + std::to_string(nth) + " of its first day"));
  }
}

// A count of days, weeks, months or years at token i, with its lead word
// and hedge: "seit mehr als zwei Jahren", "vor zweieinhalb Jahren", "fast
// 14 Monate", "zwei Jahre nach".
std::optional<DocumentDater::Count> DocumentDater::count_at(std::size_t i) const {
  const std::size_t n = folded_.size();
  Count c;
  c.j = i;
  std::size_t& j = c.j;
  if (folded_[j] == "seit") {
    c.lead_seit = true;
    ++j;
  } else if (folded_[j] == "vor") {
    c.lead_vor = true;
    ++j;
  }
  if (j >= n) return std::nullopt;
  if (folded_[j] == "mehr" && j + 1 < n && folded_[j + 1] == "als") {
    j += 2;
    c.open_above = true;
  } else if (folded_[j] == "über") {
    ++j;
    c.open_above = true;
  } else if (folded_[j] == "fast" || folded_[j] == "knapp" || folded_[j] == "beinahe" || folded_[j] == "nahezu") {
    ++j;
    c.lower_slack = 1;
    c.upper_slack = 0;
  } else if (folded_[j] == "rund" || folded_[j] == "etwa" || folded_[j] == "gut" || folded_[j] == "ungefähr" ||
             folded_[j] == "circa") {
    ++j;
    c.lower_slack = 1;
  } else {
    c.hedged = false;
  }
  // "zwei Jahre nach Kriegsbeginn", with no hedge.
  if (!c.hedged && !c.lead_seit && !c.lead_vor && !(j + 2 < n && folded_[j + 2] == "nach")) return std::nullopt;
  auto num = number_at(j);
  if (!num || *num <= 0 || j + 1 >= n || (c.unit = unit_in_days(folded_[j + 1])) <= 0) return std::nullopt;
  c.num = *num;
  return c;
}

// "zwei Jahre nach Kriegsbeginn", "drei Jahre nach Beginn des russischen
// Angriffskriegs", "nach dem Überfall": the war's start right after "nach"
// at token j + 2.
bool DocumentDater::after_war_start(std::size_t j) const {
  const std::size_t n = folded_.size();
  const auto& words = war_words();
  bool after = false;
  for (std::size_t k = j + 3; k < n && k < j + 8 && !after; ++k) {
    const std::string& w = folded_[k];
    after = w == "kriegsbeginn" || w == "kriegsbeginns" || w == "überfall" || w == "überfalls" ||
            w == "einmarsch" || w == "einmarsches" || w == "invasion" || w == "vollinvasion" ||
            (w == "beginn" && k + 4 < n && [&] {
              for (std::size_t x = k + 1; x < k + 5; ++x)
                if (words.count(folded_[x])) return true;
              return false;
            }());
  }
  return after;
}

// "Kriegsbeginn vor zwei Jahren", "seit dem Überfall vor zweieinhalb
// Jahren", "Der Krieg begann vor zwei Jahren": the war's start just before
// "vor" at token i. "vor fast 14 Monaten am 24. Februar 2022" (a day written
// out) is no such count: time_since_clues reads it.
bool DocumentDater::war_started_before(std::size_t i) const {
  static const std::unordered_set<std::string_view> start_nouns = {
      "kriegsbeginn", "kriegsbeginns", "überfall", "überfalls", "einmarsch", "einmarsches", "invasion",
      "vollinvasion", "angriffskrieg", "angriffskriegs", "angriffskrieges", "krieg", "krieges", "kriegs"};
  // "seit dem russischen Überfall auf die Ukraine vor zweieinhalb Jahren": past its complement.
  static const std::unordered_set<std::string_view> complement = {"auf", "gegen", "in", "ukraine", "russlands",
                                                                   "moskaus"};
  auto in_complement = [&](const std::string& w) {
    return complement.count(w) > 0 || Grammar::builtin().is_definite_article(w);
  };
  bool started = i > 0 && start_nouns.count(folded_[i - 1]);
  for (std::size_t k = i; !started && k-- > 0 && i - k <= 5 && in_complement(folded_[k]);)
    started = k > 0 && start_nouns.count(folded_[k - 1]) > 0;
  if (!started && i > 1 && (folded_[i - 1] == "begann" || folded_[i - 1] == "startete"))
    started = start_nouns.count(folded_[i - 2]) > 0;
  if (!started) return false;
  const auto& tokens = timex_.tokens();
  std::int64_t s = tokens[i].sentence;
  bool dated = false;
  auto from = expression_at(tokens[i].span.begin);
  for (auto it = from; it != found_.end() && it->sentence == s && it - from < 4; ++it)
    dated |= it->absolute && it->period.d;
  return !dated;
}

// Durations counted from the war's first day: "seit mehr als zwei Jahren",
// "der seit knapp drei Jahren andauernde Krieg", "Kriegsbeginn vor
// zweieinhalb Jahren", "zwei Jahre nach Kriegsbeginn", "mehr als 1.000
// Tage". Returns the token to go on from (the count's unit when taken).
std::size_t DocumentDater::war_duration_clue(const War& war, std::size_t i) {
  // A war going on for that long: "der Krieg, der mehr als 1.000 Tage dauert".
  // Verbs of the war's lasting: not "seit" or "schon" alone ("Seit drei
  // Monaten kämpft die Armee im Krieg um Bachmut" is not the war's age).
  static const std::unordered_set<std::string_view> lasting = {
      "dauert", "dauern", "dauerte", "andauernden", "andauernde", "andauert", "tobt", "toben", "tobenden",
      "tobende", "währt", "währende", "währenden", "läuft", "führt", "führen", "verteidigt", "wehrt"};
  std::optional<Count> count = count_at(i);
  if (!count) return i;
  const Count& c = *count;
  const std::size_t j = c.j, n = folded_.size();
  std::int64_t s = timex_.tokens()[i].sentence;
  bool future = i > 0 && (folded_[i - 1] == "in" || folded_[i - 1] == "etwas");
  if (future || !war_sentence(s, i)) return i;
  bool after = false;
  if (j + 2 < n && folded_[j + 2] == "nach") {
    after = after_war_start(j);
    if (!after) return i;
  }
  if (c.lead_vor) {
    if (!war_started_before(i)) return i;
  } else if (!after && !sentence_has(s, i, lasting)) {
    return i;
  }
  double low = (c.num - c.lower_slack) * c.unit, high = (c.num + c.upper_slack) * c.unit;
  // "zwei Jahre nach" is said from a little before
  if (after && !c.hedged) low -= c.unit >= 365 ? 31 : c.unit >= 28 ? 7 : 0;
  std::int64_t latest = DateClue::kOpenEnd;
  // "mehr als zwei Jahre" is less than three (else "mehr als drei"); a
  // round count of days or weeks ("mehr als 1.000 Tage") stays open.
  if (c.open_above && c.unit >= 28) high = (c.num + 1) * c.unit + (c.unit >= 365 ? 31 : 15);
  if (!c.open_above || c.unit >= 28) latest = war.from + static_cast<std::int64_t>(std::ceil(high)) + 1;
  war_clue(i, j + 2, war.from + static_cast<std::int64_t>(std::floor(low)), latest,
           "counted from " + std::string(war.name) + " (" + day_string(war.from) + ")");
  return j + 1;
}

// An invasion of Ukraine spoken of as possible or feared, in a text that
// never speaks of the war as going on: written before the war began.
void DocumentDater::invasion_clue(const War& war) {
  static const std::unordered_set<std::string_view> invasion = {
      "einmarsch", "einmarsches", "einmarschs", "invasion", "angriff", "angriffs", "überfall", "einmarschpläne"};
  static const std::unordered_set<std::string_view> ongoing = {
      "krieg", "krieges", "kriegs", "kriegsbeginn", "kriegsbeginns", "angriffskrieg", "angriffskrieges",
      "ukrainekrieg", "ukraine-krieg", "kriegsverbrechen", "front", "kriegsparteien"};
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  bool war_named = false;
  for (std::size_t i = 0; i < n && !war_named; ++i) war_named = ongoing.count(folded_[i]) > 0;
  std::size_t at = n;
  for (std::size_t i = 0; i < n && !war_named && at == n; ++i) {
    if (!invasion.count(folded_[i])) continue;
    // "möglichen Angriff", "wird befürchtet, dass … Einmarsch", "droht ein Einmarsch".
    for (std::size_t k = i >= 8 ? i - 8 : 0; k < n && k < i + 8; ++k) {
      const std::string& w = folded_[k];
      if (declined_form(w, "möglich") || w == "befürchtet" || w == "befürchten" || declined_form(w, "drohend") ||
          w == "droht" || declined_form(w, "bevorstehend") || w == "erwägung" || declined_form(w, "befürchtet")) {
        at = i;
        break;
      }
    }
  }
  if (at == n) return;
  DateClue c;
  c.kind = "event";
  c.span = {tokens[at].span.begin, tokens[at].span.end};
  c.sentence = tokens[at].sentence;
  c.latest = war.from - 1;
  c.detail = "an invasion spoken of as possible, and no war going on: before " + day_string(war.from);
  clues_.push_back(c);
}

// "vor fast 14 Monaten am 24. Februar 2022": the day written out, plus the time since.
void DocumentDater::time_since_clues() {
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (folded_[i] != "vor") continue;
    std::size_t j = i + 1;
    int lower_slack = 1, upper_slack = 1;
    if (folded_[j] == "fast" || folded_[j] == "knapp" || folded_[j] == "beinahe") {
      ++j;
      upper_slack = 0;
    } else if (folded_[j] == "mehr" && j + 1 < n && folded_[j + 1] == "als") {
      j += 2;
      lower_slack = 0;
      upper_slack = 2;
    } else if (folded_[j] == "über") {
      ++j;
      lower_slack = 0;
      upper_slack = 2;
    } else if (folded_[j] == "genau") {
      ++j;
      lower_slack = upper_slack = 0;
    }
    auto num = number_at(j);
    double unit = 0;
    if (!num || j + 1 >= n || (unit = unit_in_days(folded_[j + 1])) <= 0) continue;
    std::int64_t s = tokens[i].sentence;
    // The expressions of the same sentence near it (found_ is in text order).
    auto from = expression_at(tokens[i].span.begin);
    for (auto it = from; it != found_.end() && it - from < 4; ++it) {
      const auto& e = *it;
      if (e.sentence != s || !e.absolute || !e.period.d) continue;
      std::int64_t d = days_from_civil(e.period.y, e.period.m, e.period.d);
      DateClue c;
      c.kind = "duration";
      c.span = {tokens[i].span.begin, std::max(tokens[j + 1].span.end, e.span.end)};
      c.sentence = s;
      c.earliest = d + static_cast<std::int64_t>(std::floor((*num - lower_slack) * unit));
      c.latest = d + static_cast<std::int64_t>(std::ceil((*num + upper_slack) * unit)) + 1;
      c.detail = "time since " + format_partial_date(e.period);
      clues_.push_back(c);
      break;
    }
  }
}

// The tokens [lo, hi) of the clause around a span: up to a comma, semicolon
// or colon, within its sentence, at most 40 tokens each way; and the tokens
// [b, e) of the span itself.
DocumentDater::Clause DocumentDater::clause_of(const Span& span) const {
  const auto& tokens = timex_.tokens();
  Clause c;
  c.b = token_at(span.begin);
  c.e = token_at(span.end);
  std::int64_t s = c.b < tokens.size() ? tokens[c.b].sentence : 0;
  c.lo = c.b;
  c.hi = c.e;
  auto boundary = [&](std::size_t k) { return folded_[k] == "," || folded_[k] == ";" || folded_[k] == ":"; };
  while (c.lo > 0 && c.b - c.lo < kReach && tokens[c.lo - 1].sentence == s && !boundary(c.lo - 1)) --c.lo;
  while (c.hi < tokens.size() && c.hi - c.e < kReach && tokens[c.hi].sentence == s && !boundary(c.hi)) ++c.hi;
  return c;
}

// The tense of the clause around a span (TenseReader, TenseReach::Clause):
// past with war/wurde/hatte or hat/ist and a participle, future with
// wird/soll/will (not "wird … gesteckt", a passive); "seit" before it is
// past, "bis" or "ab" unclear. 0 when unclear or mixed. Every search is
// bounded (40 tokens each way).
int DocumentDater::clause_tense(const Span& span) const {
  const auto& tokens = timex_.tokens();
  const Clause clause = clause_of(span);
  const std::size_t b = clause.b;
  if (b > 0 && (folded_[b - 1] == "seit" || folded_[b - 1] == "seitdem")) return -1;
  if (b > 0 && (folded_[b - 1] == "bis" || folded_[b - 1] == "ab")) return 0;
  std::int64_t s = b < tokens.size() ? tokens[b].sentence : 0;
  std::size_t tail_end = clause.hi;
  while (tail_end < tokens.size() && tail_end < clause.hi + kReach && tokens[tail_end].sentence == s) ++tail_end;
  ClauseWords words{folded_, clause.lo, clause.hi, tail_end, &lower_};
  return static_cast<int>(TenseReader::builtin().read(words, TenseReach::Clause).tense);
}

namespace {

// A word before an office that says its holder is not in it now: "der
// frühere", "ehemalige", "designierte", "als", "zum"; or "Ex-Kanzler".
bool not_in_office_now(const std::vector<std::string>& folded, std::size_t i) {
  bool not_now = false;
  if (i > 0) {
    const std::string& b = folded[i - 1];
    not_now = declined_form(b, "früher") || declined_form(b, "ehemalig") || declined_form(b, "damalig") ||
              declined_form(b, "designiert") || declined_form(b, "künftig") || declined_form(b, "gewählt") ||
              declined_form(b, "zukünftig") || declined_form(b, "einstig") || declined_form(b, "vormalig") ||
              declined_form(b, "verstorben") || declined_form(b, "letzt") || declined_form(b, "erst") ||
              declined_form(b, "neu") || declined_form(b, "nächst") || declined_form(b, "vorig") ||
              b == "als" || b == "zum" || b == "zur";
  }
  if (folded[i].compare(0, 3, "ex-") == 0) not_now = true;
  return not_now;
}

// A noun that counts NATO's members by itself: "NATO-Mitglieder",
// "Alliierte", "Bündnispartner".
bool nato_member_noun(const std::string& noun) {
  return noun == "bündnismitglieder" || noun == "bündnismitgliedern" || noun == "bündnisstaaten" ||
         noun == "nato-mitgliedsländer" || noun == "nato-mitgliedsländern" || noun == "nato-mitglieder" ||
         noun == "nato-mitgliedern" || noun == "nato-staaten" || noun == "nato-länder" || noun == "nato-ländern" ||
         noun == "nato-mitgliedstaaten" || noun == "nato-mitgliedsstaaten" || noun == "nato-partner" ||
         noun == "nato-partnern" || noun == "alliierten" || noun == "alliierte" || noun == "bündnispartner" ||
         noun == "bündnispartnern" || noun == "nato-verbündeten" || noun == "verbündeten";
}

// A noun that counts members of any body: "Mitglieder", "Mitgliedstaaten",
// "Länder" (NATO's only with NATO near it).
bool member_noun(const std::string& noun) {
  return noun == "mitglieder" || noun == "mitgliedern" || noun == "mitgliedstaaten" || noun == "mitgliedsstaaten" ||
         noun == "mitgliedsländer" || noun == "mitgliedsländern" || noun == "mitgliedländer" || noun == "staaten" ||
         noun == "länder" || noun == "ländern";
}

// A summit word: "Gipfel", "Gipfeltreffens", "NATO-Gipfel", "Bündnisgipfel".
bool summit_word(const std::string& f) {
  return f == "gipfel" || f == "gipfels" || f == "gipfeltreffen" || f == "gipfeltreffens" || f == "nato-gipfel" ||
         f == "nato-gipfels" || f == "nato-gipfeltreffen" || f == "nato-gipfeltreffens" || f == "bündnisgipfel" ||
         f == "bündnisgipfels";
}

// Meetings and votes are spoken of before they happen ("beim Gipfel in
// Vilnius im Juli"); wars, attacks and treaties are named once they have.
bool spoken_of_ahead(const std::string& kind) {
  return kind == "nato_summit" || kind == "nato_ministerial" || kind == "council_meeting" || kind == "eu_summit" ||
         kind == "g7_summit" || kind == "g20_summit" || kind == "election" || kind == "inauguration" ||
         kind == "accession" || kind == "other";
}

}  // namespace

// The bytes of the tokens [b, e).
Span DocumentDater::span_of(std::size_t b, std::size_t e) const {
  const auto& tokens = timex_.tokens();
  return Span{tokens[b].span.begin, tokens[e - 1].span.end};
}

// Office-holders named with their office, NATO's member count, dated events,
// a standing body's meeting: the rules tried at each token, in this order.
void DocumentDater::knowledge_clues(std::string_view text) {
  const std::size_t n = timex_.tokens().size();
  for (std::size_t i = 0; i < n; ++i) {
    body_meeting_clue(i);                          // "Der NATO-Russland-Rat … im Jänner"
    if (std::size_t end = office_clue(text, i)) {  // "NATO-Generalsekretär Jens Stoltenberg"
      i = end - 1;
      continue;
    }
    member_count_clue(text, i);  // "die 31 NATO-Mitglieder"
    i = event_clue(i);           // "beim NATO-Gipfel in Vilnius"
  }
}

// A standing body at token i and, in its sentence or the next, its meeting
// in a month with no year: "Der NATO-Russland-Rat … Bei der ersten Tagung …
// hatten sich beide Seiten im Jänner ausgetauscht". Which meeting, decide()
// finds.
void DocumentDater::body_meeting_clue(std::size_t i) {
  const Knowledge& k = knowledge();
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  if (k.bodies.empty()) return;
  auto body = k.bodies.find(folded_[i]);
  if (body == k.bodies.end() && folded_[i].size() > 3 && folded_[i].compare(folded_[i].size() - 2, 2, "es") == 0)
    body = k.bodies.find(folded_[i].substr(0, folded_[i].size() - 2));
  if (body == k.bodies.end() && folded_[i].size() > 2 && folded_[i].back() == 's')
    body = k.bodies.find(folded_[i].substr(0, folded_[i].size() - 1));
  if (body == k.bodies.end()) return;
  static const std::unordered_set<std::string_view> meeting_words = {
      "tagung", "sitzung", "treffen", "zusammenkunft", "tagte", "tagten", "getagt", "zusammengekommen"};
  std::int64_t s = tokens[i].sentence;
  bool met[2] = {false, false};  // a meeting word in its sentence, in the next
  for (std::size_t x = i >= 30 ? i - 30 : 0; x < n && x < i + 60 && tokens[x].sentence <= s + 1; ++x)
    if (tokens[x].sentence >= s && meeting_words.count(folded_[x])) met[tokens[x].sentence - s] = true;
  auto from = expression_at(tokens[i].span.begin);
  for (int back = 0; back < 12 && from != found_.begin() && std::prev(from)->sentence == s; ++back) --from;
  for (auto it = from; it != found_.end() && it->sentence <= s + 1 && it - from < 12; ++it) {
    const TimeExpression& e = *it;
    if (e.sentence < s || !met[e.sentence - s]) continue;
    const std::string& v = e.value;
    if (e.type != TimexType::Date || v.size() != 7 || v.compare(0, 5, "XXXX-") != 0) continue;
    int mo = (v[5] - '0') * 10 + (v[6] - '0');
    BodyMeeting bm;
    bm.span = e.span;
    bm.sentence = e.sentence;
    bm.tense = clause_tense(e.span);
    bm.name = k.events[body->second.front()].canonical;
    bm.since = DateClue::kOpenEnd;
    for (std::size_t idx : body->second) {
      bm.since = std::min(bm.since, k.events[idx].from);
      if (civil_from_days(k.events[idx].from).m == mo) bm.days.push_back(k.events[idx].from);
    }
    if (bm.tense != 0 && !bm.days.empty()) body_meetings_.push_back(std::move(bm));
    break;
  }
}

// "NATO-Generalsekretär Jens Stoltenberg", "US-Präsident Joe Biden",
// "Bundeskanzlerin Angela Merkel" at token i — not "der frühere", "Ex-",
// "designierte" (not_in_office_now): the holder's terms bound the day. The
// token past the name when taken, else 0.
std::size_t DocumentDater::office_clue(std::string_view text, std::size_t i) {
  const Knowledge& k = knowledge();
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  auto it = k.by_role.find(folded_[i]);
  if (it == k.by_role.end() || i + 1 >= n) return 0;
  bool not_now = not_in_office_now(folded_, i);
  std::int64_t lo = DateClue::kOpenEnd, hi = DateClue::kOpenStart;
  std::size_t end = 0;
  std::string who;
  for (std::size_t oi : it->second) {
    const Office& o = k.offices[oi];
    bool full_role = o.role == folded_[i];
    for (const auto& name : o.names) {
      bool same = true;
      for (std::size_t w = 0; w < name.size() && same; ++w)
        same = i + 1 + w < n && word_is(folded_[i + 1 + w], name[w]);
      // The surname alone goes with the full role only ("NATO-Generalsekretär Stoltenberg").
      std::size_t len = name.size();
      if (!same && full_role && i + 1 < n && word_is(folded_[i + 1], o.surname) &&
          !(i + 2 < n && tokens[i + 2].kind == TokenKind::Word &&
            std::isupper(static_cast<unsigned char>(text[tokens[i + 2].span.begin])))) {
        same = true;
        len = 1;
      }
      if (!same) continue;
      lo = std::min(lo, o.from);
      hi = std::max(hi, o.to);
      end = std::max(end, i + 1 + len);
      who = o.canonical;
      break;
    }
  }
  if (!end || not_now) return 0;
  DateClue c;
  c.kind = "office";
  c.span = span_of(i, end);
  c.sentence = tokens[i].sentence;
  c.earliest = lo;
  c.latest = hi;
  c.strength = 2;
  c.detail = who + " in office: " + day_string(lo) + " – " + (hi == DateClue::kOpenEnd ? "" : day_string(hi));
  clues_.push_back(c);
  return end;
}

// "die 31 NATO-Mitglieder", "32 Alliierte", "der 30 Mitgliedstaaten" (with
// NATO in the sentence) at token i: the days on which NATO had that many
// members.
void DocumentDater::member_count_clue(std::string_view text, std::size_t i) {
  const Knowledge& k = knowledge();
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  if (tokens[i].kind != TokenKind::Number || k.accessions.empty() || i + 1 >= n) return;
  std::string_view w = text.substr(tokens[i].span.begin, tokens[i].span.size());
  if (w.size() != 2 || w[0] < '1' || w[0] > '4' || w[1] < '0' || w[1] > '9') return;
  int count = (w[0] - '0') * 10 + (w[1] - '0');
  const std::string& noun = folded_[i + 1];
  bool nato_near = false;
  for (std::size_t x = i; x < n && x < i + 6 && !nato_near; ++x)
    nato_near = folded_[x] == "nato" || folded_[x] == "allianz" || folded_[x] == "bündnisses" ||
                folded_[x] == "bündnis" || folded_[x] == "militärbündnisses" || folded_[x] == "nordatlantikpakts";
  for (std::size_t x = i; x-- > 0 && x + 3 > i && !nato_near;)
    nato_near = folded_[x].compare(0, 4, "nato") == 0 || folded_[x] == "allianz" || folded_[x] == "bündnis";
  if (!nato_member_noun(noun) && !(member_noun(noun) && nato_near)) return;
  // The days on which NATO had exactly `count` members.
  std::int64_t lo = DateClue::kOpenEnd, hi = DateClue::kOpenStart;
  std::size_t members = 0;
  for (std::size_t a = 0; a < k.accessions.size();) {
    std::size_t b = a;
    while (b < k.accessions.size() && k.accessions[b] == k.accessions[a]) ++b;
    members = b;
    if (static_cast<int>(members) == count) {
      lo = k.accessions[a];
      hi = b < k.accessions.size() ? k.accessions[b] - 1 : DateClue::kOpenEnd;
    }
    a = b;
  }
  if (lo == DateClue::kOpenEnd) return;
  DateClue c;
  c.kind = "members";
  c.span = span_of(i, i + 2);
  c.sentence = tokens[i].sentence;
  c.earliest = lo;
  c.latest = hi;
  c.strength = 2;
  c.detail = "NATO had " + std::to_string(count) + " members: " + day_string(lo) + " – " +
             (hi == DateClue::kOpenEnd ? "" : day_string(hi));
  clues_.push_back(c);
}

// Dated events at token i: "beim NATO-Gipfel in Vilnius" by name
// (events_named_at), or a summit word with a host city near it ("ihr
// Gipfeltreffen in der litauischen Hauptstadt Vilnius", summit_in_city_at).
// An event that happened more than once (the summits in Brussels) stands for
// all its occurrences. The token to go on from: the last of the clue.
std::size_t DocumentDater::event_clue(std::size_t i) {
  std::vector<std::size_t> matched;
  std::size_t begin = i, end = i;
  events_named_at(i, matched, end);
  if (matched.empty()) summit_in_city_at(i, matched, begin, end);
  if (matched.empty()) return i;
  event_named(matched, begin, end);
  return end - 1;
}

// The events named from token i ("NATO-Gipfel in Vilnius", a genitive
// first word: "des NATO-Gipfels in Vilnius"): all occurrences of the first
// that matches, and `end` past its name.
void DocumentDater::events_named_at(std::size_t i, std::vector<std::size_t>& matched, std::size_t& end) const {
  const Knowledge& k = knowledge();
  const std::size_t n = timex_.tokens().size();
  auto ev = k.event_names.find(folded_[i]);
  if (ev == k.event_names.end()) {
    // a genitive first word: "des NATO-Gipfels in Vilnius"
    const std::string& f = folded_[i];
    if (f.size() > 3 && f.compare(f.size() - 2, 2, "es") == 0) ev = k.event_names.find(f.substr(0, f.size() - 2));
    if (ev == k.event_names.end() && f.size() > 1 && f.back() == 's') ev = k.event_names.find(f.substr(0, f.size() - 1));
  }
  if (ev == k.event_names.end()) return;
  for (const auto& [words, idx] : ev->second) {
    if (i + words.size() > n) continue;
    bool same = true;
    for (std::size_t w = 0; w < words.size() && same; ++w) same = word_is(folded_[i + w], words[w]);
    if (!same || (!matched.empty() && i + words.size() != end)) continue;
    if (matched.empty() || k.events[matched.front()].canonical == k.events[idx].canonical) {
      matched.push_back(idx);
      end = i + words.size();
    }
  }
}

// A summit word at token i with a host city near it: "in Brüssel zu einem
// zweitägigen Gipfeltreffen" (the clue from the city, `begin`), "ihr
// Gipfeltreffen in der litauischen Hauptstadt Vilnius"; NATO's summits when
// NATO is near, the ministers' meetings when ministers are.
void DocumentDater::summit_in_city_at(std::size_t i, std::vector<std::size_t>& matched, std::size_t& begin,
                                      std::size_t& end) const {
  const Knowledge& k = knowledge();
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  const std::string& f = folded_[i];
  if (!summit_word(f)) return;
  bool nato = f.compare(0, 4, "nato") == 0 || f.compare(0, 7, "bündnis") == 0;
  for (std::size_t x = i >= 12 ? i - 12 : 0; x < n && x < i + 12 && !nato; ++x)
    nato = folded_[x] == "nato" || folded_[x] == "allianz" || folded_[x] == "verteidigungsbündnisses" ||
           folded_[x] == "bündnisses" || folded_[x] == "militärbündnisses";
  // Foreign or defence ministers meeting: only their meetings.
  std::string ministry;
  for (std::size_t x = i >= 25 ? i - 25 : 0; x < n && x < i + 8 && ministry.empty(); ++x) {
    if (tokens[x].sentence != tokens[i].sentence) continue;
    if (folded_[x].find("aussenminister") != std::string::npos) ministry = "Außenminister";
    if (folded_[x].find("verteidigungsminister") != std::string::npos) ministry = "Verteidigungsminister";
  }
  auto take = [&](const std::vector<std::size_t>& events) {
    for (std::size_t idx : events) {
      const Event& ev = k.events[idx];
      if (nato && ev.kind != "nato_summit" && ev.kind != "nato_ministerial") continue;
      if (!ministry.empty() && (ev.kind != "nato_ministerial" || ev.canonical.find(ministry) == std::string::npos))
        continue;
      if (ministry.empty() && ev.kind == "nato_ministerial") continue;
      matched.push_back(idx);
    }
  };
  // "in Brüssel zu einem zweitägigen Gipfeltreffen": a host city a few words before it.
  for (std::size_t x = i; x-- > 0 && x + 7 > i && matched.empty();) {
    if (folded_[x] == "," || folded_[x] == "." || tokens[x].sentence != tokens[i].sentence) break;
    auto place = k.summits_by_place.find(folded_[x]);
    if (place == k.summits_by_place.end() || x == 0 || folded_[x - 1] != "in") continue;
    take(place->second);
    if (!matched.empty()) end = i + 1;
    if (!matched.empty()) begin = x;  // the clue spans the city and the word
  }
  // "in"/"von" and a host city within a few words after it.
  for (std::size_t x = i + 1; x < n && x < i + 7 && matched.empty(); ++x) {
    if (folded_[x] == "," || folded_[x] == "." || tokens[x].sentence != tokens[i].sentence) break;
    auto place = k.summits_by_place.find(folded_[x]);
    if (place == k.summits_by_place.end()) continue;
    bool preposition = false;
    for (std::size_t y = i + 1; y < x; ++y) preposition |= folded_[y] == "in" || folded_[y] == "von";
    if (!preposition) break;
    take(place->second);
    end = x + 1;
  }
}

// A weekday named in sentence `s`, near token i ("setzt am Mittwoch ihr
// Gipfeltreffen fort"): 1..7, 0 for none.
int DocumentDater::weekday_in_sentence(std::size_t i, std::int64_t s) const {
  const auto& tokens = timex_.tokens();
  int weekday = 0;
  auto from = expression_at(tokens[i >= 15 ? i - 15 : 0].span.begin);
  for (auto it = from; it != found_.end() && it->sentence <= s && it - from < 6; ++it)
    if (it->sentence == s && it->value.size() >= 10 && it->value.compare(0, 9, "XXXX-WXX-") == 0)
      weekday = it->value[9] - '0';
  return weekday;
}

// The events `matched` named in tokens [begin, end), by the tense they are
// told in: ahead, the article is on or before the last day; past (or an
// event not spoken of ahead, spoken_of_ahead), on or after the first. A
// meeting told in the present tense is reported while it goes on (or just
// before): which occurrence, the other clues decide (see decide()).
void DocumentDater::event_named(const std::vector<std::size_t>& matched, std::size_t begin, std::size_t end) {
  const Knowledge& k = knowledge();
  const auto& tokens = timex_.tokens();
  std::int64_t first = DateClue::kOpenEnd, last = DateClue::kOpenStart;
  for (std::size_t idx : matched) {
    first = std::min(first, k.events[idx].from);
    last = std::max(last, k.events[idx].to);
  }
  const Event& e = k.events[matched.front()];
  std::int64_t s = tokens[begin].sentence;
  int tense = timex_.tense_of_sentence(s);
  int weekday = weekday_in_sentence(begin, s);
  DateClue c;
  c.kind = "event";
  c.span = span_of(begin, end);
  c.sentence = s;
  c.strength = 2;
  std::string name = e.canonical + (matched.size() > 1 ? " (" + std::to_string(matched.size()) + " times)" : "");
  bool ahead_too = spoken_of_ahead(e.kind);
  int clause = clause_tense(c.span);
  if (tense < 0 && clause == 0) tense = 0;  // the sentence's past is not the event's
  if (clause != 0) tense = clause;
  if (tense > 0) {
    c.latest = last;
    c.detail = name + " ahead: on or before " + (last == DateClue::kOpenEnd ? "" : day_string(last));
  } else if (!ahead_too || (tense < 0 && (matched.size() > 1 || last == DateClue::kOpenEnd))) {
    c.earliest = first;
    c.detail = name + " (" + day_string(first) + "): on or after it";
  } else if (tense < 0) {
    c.earliest = first;
    c.detail = name + " (" + day_string(first) + "), told in the past tense: on or after it";
  } else {
    // Told in the present tense: reported while it goes on (or just
    // before); which occurrence, the other clues decide (see decide()).
    Meeting mt;
    mt.span = c.span;
    mt.sentence = s;
    mt.weekday = weekday;
    mt.name = e.canonical;
    mt.told = "told in the present tense";
    for (std::size_t idx : matched) mt.occurrences.push_back({k.events[idx].from, k.events[idx].to});
    meetings_.push_back(std::move(mt));
    return;
  }
  clues_.push_back(c);
}

namespace {

// What denies, plans or looks back on a visit: negation ("nicht", "kein"),
// a modal ("soll", "will", "könnte"), the past of haben or sein ("hatte",
// "war … gereist"), and these words.
bool blocks_visit(const std::string& w) {
  static const std::unordered_set<std::string_view> words = {
      "geplant", "geplante", "geplanten", "plant", "plante", "planen", "möglich", "mögliche", "möglichen", "möglicher",
      "einladung", "eingeladen", "erwartet", "erwarteten", "abgesagt", "verschoben", "abgelehnt", "lehnte", "damals",
      "zuvor", "einst", "zuletzt", "vorigen", "letzten", "letzter", "letzte", "früheren", "frühere", "vorherigen",
      "vorherige", "jüngsten", "bisher", "bislang", "einmal", "erst", "mehrfach", "mehrmals", "zweimal", "dreimal",
      "kommenden", "kommende", "nächsten", "nächste"};
  const Grammar& g = Grammar::builtin();
  return words.count(w) > 0 || g.is_negation(w) || g.is_finite_modal(w) ||
         g.is_form_of(w, VerbLemma::Haben, Tense::Past, Mood::Indicative) ||
         g.is_form_of(w, VerbLemma::Sein, Tense::Past, Mood::Indicative);
}

// Whether the surname at token i names the visitor as a subject: past the
// visitor's own given names, another given name is another person ("Camilla
// Stoltenberg"); past an office, a preposition governs the name ("von
// Kanzler Scholz").
bool names_visitor(const std::vector<std::string>& folded, std::size_t lo, std::size_t i, const VisitList& list,
                   const Knowledge& k) {
  std::size_t j = i;
  while (j > lo && std::find(list.given.begin(), list.given.end(), folded[j - 1]) != list.given.end()) --j;
  if (j > lo && k.first_names.count(folded[j - 1])) return false;
  if (j > lo && k.by_role.count(folded[j - 1])) --j;
  return !(j > lo && Grammar::builtin().is_preposition(folded[j - 1]));
}

// The words of visiting in folded[lo, hi): a verb ("besuchte", "eingetroffen")
// or a visit noun after "bei", "beim", "während" ("bei einem
// Überraschungsbesuch"); `blocked` when a word blocks it (blocks_visit).
struct VisitWords {
  bool visit = false, blocked = false;
  std::size_t verb = 0;              // "besuchte", "besucht": the city may be its object; `none` for none
  std::size_t first = 0, last = 0;   // the words of the visit, with the name at token i
};

VisitWords visit_words(const std::vector<std::string>& folded, std::size_t lo, std::size_t hi, std::size_t i,
                       std::size_t none) {
  static const std::unordered_set<std::string_view> visit_verbs = {
      "besuchte", "besuchten", "besucht", "eingetroffen", "angekommen", "reiste", "gereist"};
  VisitWords v;
  v.verb = none;
  v.first = v.last = i;
  for (std::size_t x = lo; x < hi && !v.blocked; ++x) {
    const std::string& w = folded[x];
    v.blocked = blocks_visit(w);
    bool hit = visit_verbs.count(w) > 0;
    if (hit && v.verb == none && w.compare(0, 6, "besuch") == 0) v.verb = x;
    if (!hit && (w.find("besuch") != std::string::npos || w.find("visite") != std::string::npos))
      // "bei einem Überraschungsbesuch", "während seines Besuchs"
      for (std::size_t y = x; y-- > lo && x - y <= 3 && !hit;)
        hit = folded[y] == "bei" || folded[y] == "beim" || folded[y] == "während";
    v.visit |= hit;
    if (hit) {
      v.first = std::min(v.first, x);
      v.last = std::max(v.last, x);
    }
  }
  return v;
}

// "Der Außenminister besuchte am Montag Kanzler Scholz": a subject before
// the verb, the visitor its object.
bool subject_before(const std::vector<std::string>& folded, std::size_t lo, std::size_t verb) {
  const Grammar& g = Grammar::builtin();
  for (std::size_t y = lo; y < verb; ++y)
    if (g.is_nominative_article(folded[y]) || g.is_subject_pronoun(folded[y])) return true;
  return false;
}

// The city in folded[lo, hi): after "in" or "nach" ("in der ukrainischen
// Hauptstadt Kiew"), or the object of "besuchte"; it widens v's words.
bool city_named(const std::vector<std::string>& folded, std::size_t lo, std::size_t hi, const VisitList& list,
                bool object_verb, VisitWords& v) {
  bool place = false;
  for (std::size_t x = lo; x < hi; ++x) {
    const std::string& w = folded[x];
    bool at = list.places.count(w) > 0 ||
              (w.size() > 1 && w.back() == 's' && list.places.count(w.substr(0, w.size() - 1)) > 0);
    if (!at) continue;
    bool preposition = false;
    for (std::size_t y = x; y-- > lo && x - y <= 4 && !preposition;)
      preposition = folded[y] == "in" || folded[y] == "nach";
    if (!preposition && !object_verb) continue;
    place = true;
    v.first = std::min(v.first, x);
    v.last = std::max(v.last, x);
  }
  return place;
}

}  // namespace

// A listed visit reported as news: the visitor's surname, a word of visiting
// and the city in one clause, with the day named by a weekday, "heute" or
// "gestern" ("Stoltenberg besuchte am Donnerstag Kiew", "sagte Scholz am
// Montag bei einem Überraschungsbesuch in Kiew"), told in the past or the
// present; the visitor its subject (not "Camilla Stoltenberg", not "von
// Kanzler Scholz zugesagte …"); nothing that denies, plans or looks back on
// it ("nicht", "soll", "hatte", "war … gereist", "seit", "bisher", "am
// kommenden …", "bei seinem letzten Besuch"); no other time in the clause.
// News reports a visit within a week of it; which visit, decide() finds.
void DocumentDater::visit_clues() {
  const Knowledge& k = knowledge();
  std::vector<bool> done(k.visits.size(), false);
  for (std::size_t i = 0; i < folded_.size(); ++i)
    for (std::size_t v = 0; v < k.visits.size(); ++v)
      if (!done[v] && word_is(folded_[i], k.visits[v].surname)) done[v] = visit_clue(v, i);
}

// The day of a visit told in the bytes [begin, end): a weekday, "heute" or
// "gestern", and no other time; `weekday` 1..7, 0 for "heute" or "gestern".
bool DocumentDater::visit_day(std::size_t begin, std::size_t end, int& weekday) const {
  const auto& tokens = timex_.tokens();
  weekday = 0;
  bool day = false, other_time = false;
  for (auto it = expression_at(begin); it != found_.end() && it->span.begin < end && !other_time; ++it) {
    const std::string& val = it->value;
    if (val.size() >= 10 && val.compare(0, 9, "XXXX-WXX-") == 0 && val[9] >= '1' && val[9] <= '7') {
      weekday = val[9] - '0';
      day = true;
    } else {
      std::size_t t = token_at(it->span.begin);
      day = t < tokens.size() && it->span.end == tokens[t].span.end &&
            (folded_[t] == "heute" || folded_[t] == "gestern");
      other_time = !day;
    }
  }
  return day && !other_time;
}

// The visits of knowledge().visits[v] reported in the clause of token i
// (the visitor's surname): true when taken.
bool DocumentDater::visit_clue(std::size_t v, std::size_t i) {
  const VisitList& list = knowledge().visits[v];
  const auto& tokens = timex_.tokens();
  const std::size_t n = tokens.size();
  const Clause clause = clause_of(tokens[i].span);
  if (!names_visitor(folded_, clause.lo, i, list, knowledge())) return false;
  VisitWords words = visit_words(folded_, clause.lo, clause.hi, i, n);
  if (words.blocked || !words.visit || Grammar::builtin().is_subordinator(folded_[clause.lo], Sense::Temporal))
    return false;
  if (words.verb < i && subject_before(folded_, clause.lo, words.verb)) return false;
  if (!city_named(folded_, clause.lo, clause.hi, list, words.verb != n, words)) return false;
  int weekday = 0;
  if (!visit_day(tokens[clause.lo].span.begin, tokens[clause.hi - 1].span.end, weekday)) return false;
  // Future in its clause: ahead, not reported. Past in its clause or
  // its sentence ("sagte X bei einem Besuch in Kiew"): from that day on.
  int tense = clause_tense(tokens[i].span);
  if (tense > 0) return false;
  if (tense == 0) tense = std::min(0, timex_.tense_of_sentence(tokens[i].sentence));
  Meeting mt;
  mt.span = {tokens[words.first].span.begin, tokens[words.last].span.end};
  mt.sentence = tokens[i].sentence;
  mt.weekday = weekday;
  mt.name = "Besuch von " + list.visitor + " in " + list.place;
  mt.lead = tense < 0 ? 0 : 1;
  mt.lag = 6;
  mt.told = tense < 0 ? "reported as news: within a week after it"
                      : "reported as news: from the day before to a week after it";
  mt.occurrences = list.days;
  mt.complete_from = list.complete_from;
  mt.complete_to = list.complete_to;
  meetings_.push_back(std::move(mt));
  return true;
}

void DocumentDater::collect(std::string_view text) {
  text_ = text;
  clues_.clear();
  meetings_.clear();
  body_meetings_.clear();
  near_days_.clear();
  header_clues(text);  // strongest; the other clues may narrow it
  timex_clues(text);
  knowledge_clues(text);
  visit_clues();
  std::sort(clues_.begin(), clues_.end(), [](const DateClue& a, const DateClue& b) { return a.span.begin < b.span.begin; });
}

namespace {

// How far from the article news places a month, a day or a standing body's
// meeting named with no year: about half a year, in days.
constexpr std::int64_t kHalfYear = 183;

}  // namespace

// The clues weighed in this order, each narrowing the days the ones before
// it leave; a clue that contradicts them is left out. The answer is the
// period (day, month or year) that holds all the days left, or none.
std::optional<PartialDate> DocumentDater::decide() {
  if (clues_.empty() && meetings_.empty() && near_days_.empty()) return std::nullopt;
  Interval iv = weigh_certain();  // header, knowledge, the text's own dates: strongest first
  weigh_near_days(iv);            // "am Samstag, dem 14. Mai 2011"
  weigh_meetings(iv);             // "Stoltenberg besuchte am Donnerstag Kiew", "Der Gipfel beginnt"
  if (iv.lo == DateClue::kOpenStart || iv.hi == DateClue::kOpenEnd) return no_answer();
  weigh_body_meetings(iv);   // "hatte der NATO-Russland-Rat im Jänner getagt"
  weigh_yearless_dates(iv);  // "im Jänner", "am 20. Januar"
  weigh_weekday_dates(iv);   // "am Montag, dem 19. Dezember"
  std::sort(clues_.begin(), clues_.end(), [](const DateClue& x, const DateClue& y) { return x.span.begin < y.span.begin; });
  weigh_reported_weekday(iv);  // "sagte Stoltenberg am Mittwoch"
  CivilDate a = civil_from_days(iv.lo), b = civil_from_days(iv.hi);
  if (a == b) return PartialDate{a.y, a.m, a.d};
  if (a.y == b.y && a.m == b.m) return PartialDate{a.y, a.m, 0};
  if (a.y == b.y) return PartialDate{a.y, 0, 0};
  return no_answer();
}

// No answer: no clue is used.
std::optional<PartialDate> DocumentDater::no_answer() {
  for (auto& c : clues_) c.used = false;
  return std::nullopt;
}

// The clues collected: strongest first, then in text order; a clue that
// contradicts those taken is left out.
DocumentDater::Interval DocumentDater::weigh_certain() {
  std::vector<std::size_t> order(clues_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return clues_[a].strength > clues_[b].strength; });
  Interval iv;
  std::int64_t& lo = iv.lo;
  std::int64_t& hi = iv.hi;
  for (std::size_t i : order) {
    DateClue& c = clues_[i];
    std::int64_t nlo = std::max(lo, c.earliest), nhi = std::min(hi, c.latest);
    if (nlo > nhi) continue;
    lo = nlo;
    hi = nhi;
    c.used = true;
  }
  return iv;
}

// A clue weighed after the first pass: taken, and the interval narrowed,
// when it agrees with the interval so far.
void DocumentDater::narrow(Interval& iv, DateClue&& c) {
  std::int64_t nlo = std::max(iv.lo, c.earliest), nhi = std::min(iv.hi, c.latest);
  if (nlo > nhi) return;
  iv.lo = nlo;
  iv.hi = nhi;
  c.used = true;
  clues_.push_back(std::move(c));
}

// Weekdays written with their dates ("am Samstag, dem 14. Mai 2011"): the
// latest first, as news reports the latest; one that contradicts the
// interval so far is left out.
void DocumentDater::weigh_near_days(Interval& iv) {
  std::stable_sort(near_days_.begin(), near_days_.end(),
                   [](const DateClue& x, const DateClue& y) { return x.earliest > y.earliest; });
  for (const DateClue& c : near_days_) narrow(iv, DateClue(c));
}

// Meetings told in the present tense and visits reported as news: the one
// occurrence the other clues leave (or the only one); the article from
// `lead` days before it to `lag` days after, and from the day of a
// weekday named with it.
void DocumentDater::weigh_meetings(Interval& iv) {
  const std::int64_t& lo = iv.lo;
  const std::int64_t& hi = iv.hi;
  for (const Meeting& mt : meetings_) {
    if (lo < mt.complete_from || hi > mt.complete_to) continue;
    const std::pair<std::int64_t, std::int64_t>* only = nullptr;
    std::size_t fits = 0;
    for (const auto& o : mt.occurrences)
      if (o.first - mt.lead <= hi && o.second + mt.lag >= lo) {
        ++fits;
        only = &o;
      }
    if (fits != 1) continue;
    DateClue c;
    c.kind = "event";
    c.span = mt.span;
    c.sentence = mt.sentence;
    c.strength = 0;
    c.earliest = only->first - mt.lead;
    c.latest = only->second + mt.lag;
    c.detail = mt.name + " (" + day_string(only->first) +
               (only->second != only->first ? " – " + day_string(only->second) : std::string()) + "), " + mt.told;
    if (mt.weekday) {
      std::size_t hits = 0;
      std::int64_t day = 0;
      for (std::int64_t d = only->first; d <= only->second; ++d)
        if (iso_weekday(d) == mt.weekday) {
          ++hits;
          day = d;
        }
      if (hits == 1) {
        c.earliest = day - std::min<std::int64_t>(mt.lead, 1);
        c.latest = day + mt.lag;
        c.detail += ", on its " + day_string(day);
      }
    }
    narrow(iv, std::move(c));
  }
}

// A body's meeting in a month with no year ("hatte der NATO-Russland-Rat im
// Jänner getagt"): the one meeting in that month the interval leaves, with
// the article within half a year after it (past tense) or before it
// (ahead).
void DocumentDater::weigh_body_meetings(Interval& iv) {
  const std::int64_t& lo = iv.lo;
  const std::int64_t& hi = iv.hi;
  for (const BodyMeeting& bm : body_meetings_) {
    // The data lists the body's meetings from some year on: of an interval
    // that reaches further back it says nothing.
    if (bm.days.empty() || lo < bm.since - kHalfYear) continue;
    std::size_t fits = 0;
    std::int64_t day = 0;
    for (std::int64_t d : bm.days) {
      bool fit = bm.tense < 0 ? d <= hi && d + kHalfYear >= lo : d >= lo && d - kHalfYear <= hi;
      if (fit) {
        ++fits;
        day = d;
      }
    }
    if (fits != 1) continue;
    DateClue c;
    c.kind = "event";
    c.span = bm.span;
    c.sentence = bm.sentence;
    c.strength = 0;
    c.earliest = bm.tense < 0 ? day : day - kHalfYear;
    c.latest = bm.tense < 0 ? day + kHalfYear : day;
    c.detail = bm.name + " (" + day_string(day) + "), the one in that month the other clues leave, " +
               (bm.tense < 0 ? "past: within half a year after it" : "ahead: within half a year before it");
    narrow(iv, std::move(c));
  }
}

// A month or a day with no year ("im Jänner", "am 20. Januar"): news
// speaks so of one within about half a year, before the article when the
// clause is in the past tense, after it when in the future. Once the
// other clues bound the day on that side, that places it.
void DocumentDater::weigh_yearless_dates(Interval& iv) {
  std::int64_t& lo = iv.lo;
  std::int64_t& hi = iv.hi;
  for (const auto& e : found_) {
    const std::string& v = e.value;
    bool month_only = v.size() == 7 && v.compare(0, 5, "XXXX-") == 0;
    bool day_month = v.size() == 10 && v.compare(0, 5, "XXXX-") == 0 && v[7] == '-';
    if (e.type != TimexType::Date || (!month_only && !day_month)) continue;
    int mo = (v[5] - '0') * 10 + (v[6] - '0');
    int d = day_month ? (v[8] - '0') * 10 + (v[9] - '0') : 0;
    if (mo < 1 || mo > 12) continue;
    int tense = clause_tense(e.span);
    if (tense == 0 || lo == DateClue::kOpenStart || hi == DateClue::kOpenEnd || hi - lo > 3 * 366) continue;
    // The day lies within half a year after (past) or before (future) some
    // occurrence of that month or day: the part of [lo, hi] so covered.
    std::int64_t wlo = DateClue::kOpenEnd, whi = DateClue::kOpenStart;
    for (int y = civil_from_days(lo).y - 1; y <= civil_from_days(hi).y + 1; ++y) {
      if (d && !valid_date(y, mo, d)) continue;
      std::int64_t first = days_from_civil(y, mo, d ? d : 1);
      std::int64_t last = days_from_civil(y, mo, d ? d : days_in_month(y, mo));
      std::int64_t a = tense < 0 ? first : first - kHalfYear, b = tense < 0 ? first + kHalfYear : last;
      a = std::max(a, lo);
      b = std::min(b, hi);
      if (a > b) continue;
      wlo = std::min(wlo, a);
      whi = std::max(whi, b);
    }
    if (wlo > whi) continue;
    std::int64_t nlo = std::max(lo, wlo), nhi = std::min(hi, whi);
    if (nlo > nhi) continue;
    DateClue c;
    c.kind = "date";
    c.span = e.span;
    c.sentence = e.sentence;
    c.earliest = wlo;
    c.latest = whi;
    c.strength = 0;
    c.used = true;
    c.detail = std::string(d ? "a day" : "a month") + " with no year, " + (tense < 0 ? "past" : "ahead") +
               ": within half a year " + (tense < 0 ? "after" : "before") + " it";
    lo = nlo;
    hi = nhi;
    clues_.push_back(c);
  }
}

// A weekday with a day and month ("am Montag, dem 19. Dezember"): the
// years in which that day was that weekday; within the interval the others
// leave (up to a dozen years) usually one, and the article follows (past)
// or precedes (future) it within half a year.
void DocumentDater::weigh_weekday_dates(Interval& iv) {
  std::int64_t& lo = iv.lo;
  std::int64_t& hi = iv.hi;
  if (lo == DateClue::kOpenStart || hi == DateClue::kOpenEnd || hi - lo > 12 * 366) return;
  for (std::size_t k = 0; k + 1 < found_.size(); ++k) {
    const TimeExpression& wd = found_[k];
    const TimeExpression& dm = found_[k + 1];
    if (wd.value.size() != 10 || wd.value.compare(0, 9, "XXXX-WXX-") != 0) continue;
    if (dm.value.size() != 10 || dm.value.compare(0, 5, "XXXX-") != 0 || dm.value[7] != '-') continue;
    if (dm.span.begin < wd.span.end || dm.span.begin - wd.span.end > 6) continue;  // ", ", ", den ", " dem "
    int weekday = wd.value[9] - '0';
    int mo = (dm.value[5] - '0') * 10 + (dm.value[6] - '0'), d = (dm.value[8] - '0') * 10 + (dm.value[9] - '0');
    int tense = clause_tense(dm.span);
    if (tense == 0) tense = wd.tense;
    if (tense == 0) continue;
    std::int64_t wlo = DateClue::kOpenEnd, whi = DateClue::kOpenStart;
    std::size_t years = 0;
    for (int y = civil_from_days(lo).y - 1; y <= civil_from_days(hi).y + 1; ++y) {
      if (!valid_date(y, mo, d)) continue;
      std::int64_t day = days_from_civil(y, mo, d);
      if (iso_weekday(day) != weekday) continue;
      std::int64_t a = tense < 0 ? day : day - kHalfYear, b = tense < 0 ? day + kHalfYear : day;
      a = std::max(a, lo);
      b = std::min(b, hi);
      if (a > b) continue;
      ++years;
      wlo = std::min(wlo, a);
      whi = std::max(whi, b);
    }
    if (years != 1) continue;
    DateClue c;
    c.kind = "date";
    c.span = {wd.span.begin, dm.span.end};
    c.sentence = dm.sentence;
    c.earliest = wlo;
    c.latest = whi;
    c.strength = 0;
    c.used = true;
    c.detail = std::string("the one year in which that day was that weekday, ") +
               (tense < 0 ? "within half a year after it" : "within half a year before it");
    lo = std::max(lo, wlo);
    hi = std::min(hi, whi);
    clues_.push_back(c);
  }
}

// A weekday the text reports an event on ("sagte Stoltenberg am Mittwoch"):
// when the interval is short and holds exactly one such day, the article
// is of that day, as news reports name the day of the event they report.
void DocumentDater::weigh_reported_weekday(Interval& iv) {
  std::int64_t& lo = iv.lo;
  std::int64_t& hi = iv.hi;
  if (!(hi > lo && hi - lo <= 10)) return;
  for (const auto& e : found_) {
    if (e.value.size() < 10 || e.value.compare(0, 9, "XXXX-WXX-") != 0 || e.tense > 0) continue;
    int wd = e.value[9] - '0';
    if (wd < 1 || wd > 7) continue;
    std::size_t hits = 0;
    std::int64_t day = 0;
    for (std::int64_t d = lo; d <= hi; ++d)
      if (iso_weekday(d) == wd) {
        ++hits;
        day = d;
      }
    if (hits != 1) break;  // the first weekday reported decides, or nothing
    DateClue c;
    c.kind = "weekday";
    c.span = e.span;
    c.sentence = e.sentence;
    c.strength = 0;
    c.earliest = c.latest = day;
    c.detail = "the only such weekday in " + day_string(lo) + " – " + day_string(hi);
    c.used = true;
    clues_.push_back(c);
    std::sort(clues_.begin(), clues_.end(),
              [](const DateClue& x, const DateClue& y) { return x.span.begin < y.span.begin; });
    lo = hi = day;
    break;
  }
}

std::optional<PartialDate> DocumentDater::date(std::string_view text) {
  collect(text);
  return decide();
}

}  // namespace natocorpus::core
