// Quotation marks: which stretches of a text stand between a pair of them.
//
// Marks handled: German „…“ (and „…” „…"), ‚…‘, English “…” and ‘…’,
// straight "…" and '…', guillemets »…« and «…». Whether a mark opens or
// closes comes from its kind and from what stands on either side of it
// (space before and a letter after: it opens). Quotes nest; only the
// outermost are reported, with what is inside them.
//
// Paragraphs: a quote that is still open where a paragraph ends goes on when
// the next paragraph opens with a mark (the German convention for a quote of
// several paragraphs); otherwise its opening mark was stray and is dropped,
// so a broken mark never swallows the rest of the text. A closing mark with
// no opening one is ignored. Time is linear in the length of the text.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace natocorpus::core {

struct QuotedSpan {
  Span open;     // the opening mark
  Span close;    // the closing mark
  Span inner;    // between the marks, without white space at either end
  bool paragraphs = false;  // runs over more than one paragraph
};

// The outermost quoted spans of `text` (valid UTF-8), in text order.
void find_quoted_spans(std::string_view text, std::vector<QuotedSpan>& out);

}  // namespace natocorpus::core
