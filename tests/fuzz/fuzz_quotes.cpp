// libFuzzer target: natocorpus::core::find_quoted_spans and QuoteFinder.
//
// Invariants: quoted spans lie inside the text in order without overlapping,
// their marks enclose their inner text, and all of them sit on code point
// boundaries; quotations lie inside the text in order of their start, a speaker span is
// inside the text and not empty, every string is valid UTF-8, and finding the
// quotations again gives the same rows. Deep nesting and thousands of
// unbalanced marks are in the dictionary (german.dict) and the seeds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "quotes/quotes.hpp"
#include "utf8_prefix.hpp"

using namespace natocorpus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::valid_utf8_prefix(data, size);
  static std::vector<core::QuotedSpan> spans;
  core::find_quoted_spans(text, spans);
  std::size_t prev_end = 0;
  for (const auto& q : spans) {
    fuzz::check_span(text, q.open, prev_end);
    fuzz::check_span(text, q.close, q.open.end);
    FUZZ_CHECK(q.inner.begin >= q.open.end && q.inner.end <= q.close.begin && q.inner.begin <= q.inner.end);
    FUZZ_CHECK(fuzz::on_code_point_boundary(text, q.inner.begin));
    FUZZ_CHECK(fuzz::on_code_point_boundary(text, q.inner.end));
    prev_end = q.close.end;
  }

  static core::QuoteFinder finder;  // reused, as a cursor reuses it
  static std::vector<core::Quotation> first, second;
  finder.find(text, first);
  // Quotes come in order of their start; an indirect quote may hold a direct one.
  std::size_t prev_begin = 0;
  std::int64_t prev_sentence = 0;
  for (const auto& q : first) {
    fuzz::check_span(text, q.quote, 0);
    FUZZ_CHECK(q.quote.begin >= prev_begin);
    prev_begin = q.quote.begin;
    if (q.has_speaker) fuzz::check_span(text, q.speaker, 0);
    FUZZ_CHECK(core::find_invalid_utf8(q.canonical) == core::npos);
    FUZZ_CHECK(core::find_invalid_utf8(q.cue) == core::npos);
    FUZZ_CHECK(q.sentence >= 1 && q.sentence >= prev_sentence);
    prev_sentence = q.sentence;
  }
  finder.find(text, second);
  FUZZ_CHECK(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    FUZZ_CHECK(first[i].quote == second[i].quote);
    FUZZ_CHECK(first[i].speaker == second[i].speaker);
    FUZZ_CHECK(first[i].canonical == second[i].canonical);
  }
  return 0;
}
