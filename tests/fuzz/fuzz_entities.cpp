// libFuzzer target: natocorpus::core::EntityFinder.
//
// Invariants: mentions lie inside the text, are not empty, come in text order
// without overlapping, start and end on code point boundaries, have a label
// from PER/ORG/LOC/MISC and a non-empty canonical name; finding them again in
// the same text gives the same mentions.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "ner/entities.hpp"
#include "utf8_prefix.hpp"

using namespace natocorpus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::valid_utf8_prefix(data, size);
  static core::EntityFinder finder;  // reused, as a cursor reuses it
  static std::vector<core::EntityMention> first, second;

  finder.find(text, first);
  std::size_t prev_end = 0;
  std::int64_t prev_sentence = 0;
  for (const auto& m : first) {
    fuzz::check_span(text, m.span, prev_end);
    prev_end = m.span.end;
    std::string_view label(m.label);
    FUZZ_CHECK(label == "PER" || label == "ORG" || label == "LOC" || label == "MISC");
    FUZZ_CHECK(!m.canonical.empty());
    FUZZ_CHECK(core::find_invalid_utf8(m.canonical) == core::npos);
    FUZZ_CHECK(m.sentence >= 1 && m.sentence >= prev_sentence);
    prev_sentence = m.sentence;
  }
  finder.find(text, second);
  FUZZ_CHECK(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    FUZZ_CHECK(first[i].span == second[i].span);
    FUZZ_CHECK(first[i].canonical == second[i].canonical);
  }
  return 0;
}
