// libFuzzer target: natocorpus::core::TimexFinder and DocumentDater.
//
// Invariants: expressions lie inside the text, in order, without overlapping,
// on code point boundaries, with a known type and a non-empty value in
// printable ASCII; finding them again gives the same rows; the first bytes
// of the input choose a reference date (or none), so relative expressions
// are normalised across years, months and weekdays; doc_date is a valid
// partial date, every clue lies inside the text with earliest <= latest, and
// a second call gives the same answer.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "time/dating.hpp"
#include "time/timex.hpp"
#include "utf8_prefix.hpp"

using namespace natocorpus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<core::PartialDate> ref;
  if (size >= 3 && data[0] % 4 != 0) {
    int y = 1 + (data[1] * 37 + data[2]) % 2500;
    int m = data[0] % 4 == 1 ? 0 : 1 + data[1] % 12;
    int d = data[0] % 4 == 3 ? 1 + data[2] % core::days_in_month(y, m ? m : 1) : 0;
    if (!m) d = 0;
    ref = core::PartialDate{y, m, d};
    data += 3;
    size -= 3;
  }
  std::string_view text = fuzz::valid_utf8_prefix(data, size);
  static core::TimexFinder finder;  // reused, as a cursor reuses it
  static std::vector<core::TimeExpression> first, second;
  finder.find(text, ref, first);
  std::size_t prev_end = 0;
  for (const auto& e : first) {
    fuzz::check_span(text, e.span, prev_end);
    FUZZ_CHECK(e.span.begin < e.span.end);
    prev_end = e.span.end;
    FUZZ_CHECK(!e.value.empty());
    for (char c : e.value) FUZZ_CHECK(c >= 0x20 && c < 0x7f);
    std::string_view type = core::timex_type_name(e.type);
    FUZZ_CHECK(type == "DATE" || type == "TIME" || type == "DURATION" || type == "SET");
    if (e.absolute) FUZZ_CHECK(core::valid_date(e.period.y, e.period.m ? e.period.m : 1, e.period.d ? e.period.d : 1));
  }
  finder.find(text, ref, second);
  FUZZ_CHECK(first.size() == second.size());
  for (std::size_t i = 0; i < first.size() && i < second.size(); ++i) {
    FUZZ_CHECK(first[i].span == second[i].span);
    FUZZ_CHECK(first[i].value == second[i].value);
  }

  static core::DocumentDater dater;
  auto d1 = dater.date(text);
  for (const auto& c : dater.clues()) {
    FUZZ_CHECK(c.span.begin <= c.span.end && c.span.end <= text.size());
    FUZZ_CHECK(c.earliest <= c.latest);
    FUZZ_CHECK(core::find_invalid_utf8(c.detail) == core::npos);
  }
  if (d1) {
    FUZZ_CHECK(core::parse_partial_date(core::format_partial_date(*d1)).has_value());
  }
  auto d2 = dater.date(text);
  FUZZ_CHECK(d1.has_value() == d2.has_value());
  if (d1 && d2) FUZZ_CHECK(core::format_partial_date(*d1) == core::format_partial_date(*d2));
  return 0;
}
