#include "lexicon/offices.hpp"

#include <algorithm>
#include <limits>

#include "lexicon/table.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

// The knowledge cut-off of people.tsv: a term with no end is known to last
// to this day, not beyond.
constexpr std::int64_t kKnownTo = days_from_civil(2025, 12, 31);

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// "amtierender NATO-Generalsekretär" -> "NATO-Generalsekretär" (folded).
std::string_view without_acting(std::string_view folded_role) {
  for (std::string_view acting : {"amtierender ", "amtierende "})
    if (folded_role.substr(0, acting.size()) == acting) return folded_role.substr(acting.size());
  return folded_role;
}

}  // namespace

const OfficeTable& OfficeTable::builtin() {
  static const OfficeTable table;
  return table;
}

OfficeTable::OfficeTable() {
  KnowledgeTable titles("office_titles");
  for (std::size_t r = 0; r < titles.rows(); ++r) {
    std::string word(titles.get(r, "word")), scope(titles.get(r, "scope"));
    std::string_view kind = titles.get(r, "kind");
    if (kind == "prefix") {
      prefixes_.emplace_back(word, scope);
    } else if (kind == "body") {
      bodies_.emplace_back(word, scope);
    } else {
      Title t{word, {}, scope, kind == "scoped_title"};
      for (auto o : titles.list(r, "office")) t.offices.emplace_back(o);
      titles_.push_back(std::move(t));
    }
  }
  KnowledgeTable people("people");
  // Titles first (masculine() reads them), then the terms.
  for (std::size_t r = 0; r < people.rows(); ++r) {
    std::string role(without_acting(fold(people.get(r, "role"))));
    if (std::size_t dash = role.find('-'); dash != std::string::npos) role = role.substr(dash + 1);
    if (!role.empty()) known_titles_.push_back(role);
  }
  std::sort(known_titles_.begin(), known_titles_.end());
  known_titles_.erase(std::unique(known_titles_.begin(), known_titles_.end()), known_titles_.end());
  for (std::size_t r = 0; r < people.rows(); ++r) {
    std::string_view role = people.get(r, "role"), from = people.get(r, "from"), to = people.get(r, "to");
    if (role.empty() || from.empty()) continue;
    auto f = parse_partial_date(from);
    if (!f) continue;
    OfficeTerm t;
    t.holder = std::string(people.get(r, "canonical"));
    t.role = fold(role);
    t.office = key_of(t.role, people.get(r, "country"));
    for (auto a : people.list(r, "aliases")) t.aliases.emplace_back(a);
    std::int64_t first = 0, last = 0;
    period_days(*f, first, last);
    t.earliest = first;
    t.from = last;  // the narrowest reading of a term given to the month or year
    t.to = kKnownTo;
    t.latest = OfficeTerm::kOpenEnd;
    if (!to.empty()) {
      auto e = parse_partial_date(to);
      if (!e) continue;
      period_days(*e, first, last);
      t.to = std::min(first, kKnownTo);
      t.latest = last;
    }
    terms_.push_back(std::move(t));
  }
}

// "verteidigungsministerin" -> "verteidigungsminister", where that is a title.
std::string OfficeTable::masculine(std::string_view folded) const {
  if (ends_with(folded, "in") && folded.size() > 4) {
    std::string stem(folded.substr(0, folded.size() - 2));
    bool titled = std::binary_search(known_titles_.begin(), known_titles_.end(), stem);
    for (const Title& t : titles_) titled |= t.word == stem;
    if (titled) return stem;
  }
  return std::string(folded);
}

// A title as people.tsv or a text writes it, read as an office: its scope is
// the prefix's ("US-", "NATO-"), else `country`.
OfficeKey OfficeTable::key_of(std::string_view folded_title, std::string_view country) const {
  // An acting holder holds the office; any other words make another one
  // ("stellvertretender NATO-Generalsekretär", "Generalsekretär des Europarats").
  std::string_view title = without_acting(folded_title);
  OfficeKey key;
  key.scope = std::string(country);
  if (std::size_t dash = title.find('-'); dash != std::string_view::npos && dash + 1 < title.size()) {
    std::string_view prefix = title.substr(0, dash);
    for (const auto& [p, scope] : prefixes_)
      if (p == prefix) {
        key.scope = scope;
        title = title.substr(dash + 1);
        break;
      }
  }
  key.title = masculine(title);
  return key;
}

std::vector<OfficeKey> OfficeTable::offices_of(std::string_view folded_word, std::string_view scope) const {
  std::vector<OfficeKey> out;
  OfficeKey key = key_of(folded_word, {});
  bool prefixed = !key.scope.empty();
  if (!prefixed) key.scope = std::string(scope);
  for (const Title& t : titles_) {
    if (t.word != key.title) continue;
    if (t.scoped && key.scope != t.scope) return out;  // "der Chef" of what?
    for (const std::string& o : t.offices) out.push_back({o, t.scope.empty() ? key.scope : t.scope});
    return out;
  }
  if (std::binary_search(known_titles_.begin(), known_titles_.end(), key.title)) out.push_back(std::move(key));
  return out;
}

std::string_view OfficeTable::body_of(std::string_view folded_word) const {
  // The genitive too: "des Bündnisses", "des Nordatlantikpakts".
  for (std::string_view ending : {"", "ses", "es", "s"}) {
    if (!ends_with(folded_word, ending)) continue;
    std::string_view stem = folded_word.substr(0, folded_word.size() - ending.size());
    for (const auto& [noun, body] : bodies_)
      if (noun == stem) return body;
  }
  return {};
}

namespace {

bool matches(const OfficeKey& term, const std::vector<OfficeKey>& offices) {
  for (const OfficeKey& o : offices)
    if (o.title == term.title && (o.scope.empty() || o.scope == term.scope)) return true;
  return false;
}

}  // namespace

std::vector<std::string_view> OfficeTable::holders(const std::vector<OfficeKey>& offices, std::int64_t first,
                                                   std::int64_t last) const {
  std::vector<std::string_view> out;
  for (const OfficeTerm& t : terms_)
    if (t.from <= first && last <= t.to && matches(t.office, offices) &&
        std::find(out.begin(), out.end(), t.holder) == out.end())
      out.push_back(t.holder);
  return out;
}

bool OfficeTable::ever_held(std::string_view person, const std::vector<OfficeKey>& offices) const {
  for (const OfficeTerm& t : terms_)
    if (t.from <= t.to && t.holder == person && matches(t.office, offices)) return true;
  return false;
}

}  // namespace natocorpus::core
