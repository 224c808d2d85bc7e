// German-aware sentence splitting: ICU's sentence rules, then German rules on
// top of them. No break after abbreviations ("Dr.", "z. B."), initials,
// ordinals ("am 5. Dezember") or an ellipsis inside a quotation; a quotation
// mark after a full stop stays with its sentence; a line break ends a
// sentence (a headline is its own sentence) unless it only wraps a line in
// the middle of a sentence.
#pragma once
#include <cstddef>
#include <string_view>

#include "segment/icu_break.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

class SentenceSplitter {
 public:
  SentenceSplitter() : breaker_(BreakKind::Sentence) {}

  // Starts over on `text` (valid UTF-8, kept alive by the caller).
  void reset(std::string_view text);
  // The next sentence, without the white space around it; false at the end.
  bool next(Span& out);

 private:
  bool keep_boundary(std::size_t boundary);
  void scan_quotes(std::size_t upto);

  Utf8Breaker breaker_;
  std::string_view text_;
  std::size_t pos_ = 0;  // start of the sentence being built
  bool done_ = true;
  std::size_t quote_pos_ = 0;  // quotation marks are counted up to here
  int quote_depth_ = 0;        // open quotations in the current paragraph
};

}  // namespace natocorpus::core
