// libFuzzer target: natocorpus::core::SentenceSplitter.
//
// Invariants: sentences lie inside the text, are not empty, strictly
// increasing and non-overlapping, start and end on code point boundaries,
// are trimmed of white space, and only white space lies between them (no
// text is lost); splitting the same text again gives the same sentences.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "segment/chars.hpp"
#include "segment/sentences.hpp"
#include "utf8_prefix.hpp"

using namespace natocorpus;
using natocorpus::fuzz::all_space;
using natocorpus::fuzz::check_span;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::valid_utf8_prefix(data, size);

  static core::SentenceSplitter splitter;  // reused: reset() must start over cleanly
  static std::vector<core::Span> spans;
  spans.clear();

  splitter.reset(text);
  core::Span sp;
  std::size_t prev_end = 0;
  while (splitter.next(sp)) {
    check_span(text, sp, prev_end);
    // Trimmed: neither the first nor the last code point is white space.
    std::size_t i = sp.begin;
    FUZZ_CHECK(!core::is_space(core::next_code_point(text, i)));
    std::size_t j = sp.end;
    FUZZ_CHECK(!core::is_space(core::prev_code_point(text, j)));
    // Nothing but white space was dropped before this sentence.
    FUZZ_CHECK(all_space(text, prev_end, sp.begin));
    prev_end = sp.end;
    spans.push_back(sp);
  }
  FUZZ_CHECK(all_space(text, prev_end, text.size()));
  // The end is sticky.
  FUZZ_CHECK(!splitter.next(sp));

  // Deterministic after reset().
  splitter.reset(text);
  std::size_t n = 0;
  while (splitter.next(sp)) {
    FUZZ_CHECK(n < spans.size());
    FUZZ_CHECK(sp == spans[n]);
    ++n;
  }
  FUZZ_CHECK(n == spans.size());
  return 0;
}
