// Input handling both segmenter fuzzers share: invalid UTF-8 must make
// require_utf8 throw InvalidUtf8 at the offset find_invalid_utf8 reports
// (checked against a reference validator); the segmenters then run on the
// longest valid prefix, so random bytes still exercise them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "error.hpp"
#include "fuzz_check.hpp"
#include "text/utf8.hpp"

namespace natocorpus::fuzz {

inline std::string_view valid_utf8_prefix(const std::uint8_t* data, std::size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  std::size_t bad = core::find_invalid_utf8(s);
  FUZZ_CHECK(bad == reference_invalid_utf8(s));
  if (bad == core::npos) {
    core::require_utf8(s);  // must not throw: an exception escaping is a crash
    return s;
  }
  FUZZ_CHECK(bad < s.size());
  bool threw = false;
  try {
    core::require_utf8(s);
  } catch (const core::InvalidUtf8& e) {
    threw = true;
    FUZZ_CHECK(e.offset() == bad);
  }
  FUZZ_CHECK(threw);
  std::string_view prefix = s.substr(0, bad);
  FUZZ_CHECK(core::find_invalid_utf8(prefix) == core::npos);
  return prefix;
}

}  // namespace natocorpus::fuzz
