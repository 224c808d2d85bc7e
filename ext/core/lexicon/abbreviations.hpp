// Abbreviations that take a full stop without ending a sentence.
#pragma once
#include <string_view>

namespace natocorpus::core {

// True when `word` (without its full stop) is an abbreviation, so "word." does
// not end a sentence: an entry of ext/data/abbreviations.tsv, a single letter
// ("z", "B", an initial), or dotted letters ("z.B", "u.a", "U.S").
bool is_abbreviation(std::string_view word);

// True when `word` is a number of one or two digits, read as an ordinal before
// a full stop ("am 5. Dezember", "der 2. Weltkrieg").
bool is_ordinal_number(std::string_view word) noexcept;

// True for a day and month without the year, "12.2" in "am 12.2. 2016" or
// "am 7.9. in Wien": the full stop after it does not end a sentence.
bool is_day_and_month(std::string_view word) noexcept;

}  // namespace natocorpus::core
