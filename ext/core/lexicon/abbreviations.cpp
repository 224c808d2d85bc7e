#include "lexicon/abbreviations.hpp"

#include <string>
#include <unordered_set>

#include "data.hpp"
#include "lexicon/tsv.hpp"
#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

const std::unordered_set<std::string_view>& abbreviation_set() {
  // Built once, immutable afterwards; the views point into the embedded table.
  static const std::unordered_set<std::string_view> set = [] {
    std::unordered_set<std::string_view> s;
    for_each_tsv_row(data::table("abbreviations"),
                     [&](const std::vector<std::string_view>& f) { s.insert(f[0]); });
    return s;
  }();
  return set;
}

// One code point, a letter.
bool is_single_letter(std::string_view w) noexcept {
  if (w.empty()) return false;
  std::size_t i = 0;
  char32_t c = next_code_point(w, i);
  return i == w.size() && is_letter(c);
}

// "z.B", "u.a", "d.h", "U.S": letter groups of one or two letters joined by dots.
bool is_dotted(std::string_view w) noexcept {
  if (w.find('.') == std::string_view::npos) return false;
  std::size_t group = 0;
  for (std::size_t i = 0; i < w.size();) {
    if (w[i] == '.') {
      if (group == 0) return false;
      group = 0;
      ++i;
      continue;
    }
    if (!is_letter(next_code_point(w, i)) || ++group > 2) return false;
  }
  return group > 0;
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  if (is_single_letter(word) || is_dotted(word)) return true;
  const auto& set = abbreviation_set();
  if (set.count(word)) return true;
  // "Ca." at the start of a sentence is "ca.".
  if (word.size() > 1 && word[0] >= 'A' && word[0] <= 'Z') {
    std::string lower(word);
    lower[0] = static_cast<char>(lower[0] + 32);
    return set.count(lower) > 0;
  }
  return false;
}

bool is_ordinal_number(std::string_view word) noexcept {
  if (word.empty() || word.size() > 2) return false;
  for (char c : word)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_day_and_month(std::string_view word) noexcept {
  std::size_t dot = word.find('.');
  if (dot == std::string_view::npos) return false;
  return is_ordinal_number(word.substr(0, dot)) && is_ordinal_number(word.substr(dot + 1));
}

}  // namespace natocorpus::core
