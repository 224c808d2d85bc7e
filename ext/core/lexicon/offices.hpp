// Who held which office when (ext/data/people.tsv), and how the press names
// an office (ext/data/office_titles.tsv): "der ukrainische Präsident" in
// 2023 is Wolodymyr Selenskyj, "der Chef des Bündnisses" in December 2024
// Mark Rutte. Quotes read role nouns with it at the article's date.
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "time/calendar.hpp"

namespace natocorpus::core {

// An office: a title and the country or body it serves, ("präsident",
// "Ukraine"), ("generalsekretär", "NATO"), ("bundeskanzler", "Österreich").
// The title is folded, masculine and without its scope prefix ("US-").
struct OfficeKey {
  std::string title;
  std::string scope;  // a canonical country or body; empty: not known
};

// One person's term in one office (a row of people.tsv); days since
// 1970-01-01, both inclusive.
struct OfficeTerm {
  // A term not ended lasts to the knowledge cut-off and no further.
  static constexpr std::int64_t kOpenEnd = std::numeric_limits<std::int64_t>::max();
  std::string holder;  // canonical
  OfficeKey office;
  // The narrowest reading, for who held the office on a day: a term whose
  // ends are given only to the month or year lasts from the last day it may
  // have begun to the first it may have ended; an open one to the cut-off
  // (end of 2025). Empty (from > to) when those cross.
  std::int64_t from = 0, to = 0;
  // The widest reading, for when a text that names the holder in office may
  // have been written: from the first day the term may have begun to the
  // last it may have ended, kOpenEnd when it has no end.
  std::int64_t earliest = 0, latest = 0;
  std::string role;                  // folded, as people.tsv writes it: "nato-generalsekretär"
  std::vector<std::string> aliases;  // the holder's other names
};

class OfficeTable {
 public:
  static const OfficeTable& builtin();

  // The offices a title word may name ("US-Präsidentin" -> (präsident, USA);
  // "Kremlchef" -> (präsident, Russland); "Kanzler" -> (bundeskanzler, ""));
  // `scope` is the country or body the words around it name ("der ukrainische",
  // "des Bündnisses"), used where the word names none. Empty when the word is
  // no office title (a generic role such as "Sprecher" or "Experte").
  std::vector<OfficeKey> offices_of(std::string_view folded_word, std::string_view scope) const;
  // The body a common noun stands for ("bündnis" -> NATO); empty when none.
  std::string_view body_of(std::string_view folded_word) const;
  // Those who held one of `offices` on every day of [first, last].
  std::vector<std::string_view> holders(const std::vector<OfficeKey>& offices, std::int64_t first,
                                        std::int64_t last) const;
  // Whether `person` held one of `offices` at some time.
  bool ever_held(std::string_view person, const std::vector<OfficeKey>& offices) const;
  // Every term of people.tsv with a role and a start, in its order.
  const std::vector<OfficeTerm>& terms() const noexcept { return terms_; }

 private:
  OfficeTable();
  OfficeKey key_of(std::string_view folded_title, std::string_view country) const;
  std::string masculine(std::string_view folded) const;
  std::vector<OfficeTerm> terms_;
  std::vector<std::pair<std::string, std::string>> prefixes_;  // folded prefix -> scope
  std::vector<std::pair<std::string, std::string>> bodies_;    // folded noun -> body
  struct Title {
    std::string word;
    std::vector<std::string> offices;
    std::string scope;
    bool scoped = false;  // names the office only with that scope
  };
  std::vector<Title> titles_;
  std::vector<std::string> known_titles_;  // folded titles of people.tsv, sorted
};

}  // namespace natocorpus::core
