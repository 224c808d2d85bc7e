// Shared helpers for the libFuzzer targets: an invariant check that prints
// what failed and traps (libFuzzer then saves the input as a crash), and the
// span checks both segmenters share.
#pragma once
#include <cstddef>
#include <cstdio>
#include <string_view>

#include "segment/chars.hpp"
#include "text/utf8.hpp"

#define FUZZ_CHECK(cond)                                                              \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #cond); \
      __builtin_trap();                                                               \
    }                                                                                 \
  } while (0)

namespace natocorpus::fuzz {

inline bool is_cont_byte(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

// True when byte offset `i` of valid UTF-8 `s` starts a code point (or is the end).
inline bool on_code_point_boundary(std::string_view s, std::size_t i) noexcept {
  return i == s.size() || (i < s.size() && !is_cont_byte(static_cast<unsigned char>(s[i])));
}

// Every code point in [b, e) is White_Space.
inline bool all_space(std::string_view s, std::size_t b, std::size_t e) noexcept {
  while (b < e) {
    if (!core::is_space(core::next_code_point(s, b))) return false;
  }
  return true;
}

// The span checks both segmenters share: inside the text, not empty, after
// the previous span (non-overlapping, strictly increasing) and on code point
// boundaries.
inline void check_span(std::string_view text, const core::Span& sp, std::size_t prev_end) {
  FUZZ_CHECK(sp.begin < sp.end);
  FUZZ_CHECK(sp.end <= text.size());
  FUZZ_CHECK(sp.begin >= prev_end);
  FUZZ_CHECK(on_code_point_boundary(text, sp.begin));
  FUZZ_CHECK(on_code_point_boundary(text, sp.end));
}

}  // namespace natocorpus::fuzz

namespace natocorpus::fuzz {

// A slow, obviously correct UTF-8 validator (Unicode Table 3-7) to check
// find_invalid_utf8 against: the offset of the first byte that does not
// start a well-formed sequence, or npos.
inline std::size_t reference_invalid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned c = p[i];
    std::size_t len;
    unsigned lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c <= 0x7F) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (n - i < len) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    i += len;
  }
  return core::npos;
}

}  // namespace natocorpus::fuzz
