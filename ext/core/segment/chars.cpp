#include "segment/chars.hpp"

#include <unicode/uchar.h>

namespace natocorpus::core {

bool is_space(char32_t c) noexcept {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_line_break(char32_t c) noexcept {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}

bool is_lower(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c));
}

bool is_digit(char32_t c) noexcept {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}

bool is_punct(char32_t c) noexcept { return u_ispunct(static_cast<UChar32>(c)); }

bool is_hyphen(char32_t c) noexcept { return c == '-' || c == 0x2010 || c == 0x2011; }

bool is_quote_mark(char32_t c) noexcept {
  return c == '"' || c == 0x201E || c == 0x201C || c == 0x201D || c == 0x00BB || c == 0x00AB;
}

bool is_opening_bracket(char32_t c) noexcept { return c == '(' || c == '[' || c == '{'; }

bool is_closing(char32_t c) noexcept {
  return is_quote_mark(c) || c == ')' || c == ']' || c == '}' || c == '\'' || c == 0x2019 ||
         c == 0x2018 || c == 0x203A || c == 0x2039;
}

}  // namespace natocorpus::core
