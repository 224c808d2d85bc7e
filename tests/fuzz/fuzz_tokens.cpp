// libFuzzer target: natocorpus::core::Tokenizer.
//
// Invariants: tokens lie inside the text, are not empty, strictly increasing
// and non-overlapping, start and end on code point boundaries, and neither
// start nor end with white space; the sentence index is >= 1, non-decreasing,
// and names the sentence (as SentenceSplitter gives them) that holds the
// token's first character; tokenizing the same text again gives the same
// tokens.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "segment/chars.hpp"
#include "segment/sentences.hpp"
#include "segment/tokens.hpp"
#include "utf8_prefix.hpp"

using namespace natocorpus;
using natocorpus::fuzz::check_span;

namespace {

bool same(const core::Token& a, const core::Token& b) {
  return a.span == b.span && a.kind == b.kind && a.sentence == b.sentence;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::valid_utf8_prefix(data, size);

  static core::Tokenizer tokenizer;  // reused: reset() must start over cleanly
  static core::SentenceSplitter splitter;
  static std::vector<core::Span> sentences;
  static std::vector<core::Token> tokens;
  sentences.clear();
  tokens.clear();

  splitter.reset(text);
  core::Span s;
  while (splitter.next(s)) sentences.push_back(s);

  tokenizer.reset(text);
  core::Token t;
  std::size_t prev_end = 0;
  std::int64_t prev_sentence = 1;
  while (tokenizer.next(t)) {
    check_span(text, t.span, prev_end);
    std::size_t i = t.span.begin;
    FUZZ_CHECK(!core::is_space(core::next_code_point(text, i)));
    std::size_t j = t.span.end;
    FUZZ_CHECK(!core::is_space(core::prev_code_point(text, j)));
    FUZZ_CHECK(t.kind == core::TokenKind::Word || t.kind == core::TokenKind::Number ||
               t.kind == core::TokenKind::Punct || t.kind == core::TokenKind::Symbol);
    FUZZ_CHECK(t.sentence >= 1);
    FUZZ_CHECK(t.sentence >= prev_sentence);
    // A token starts on a character that is not white space, and every such
    // character lies in a sentence: the token's sentence must hold it.
    FUZZ_CHECK(static_cast<std::size_t>(t.sentence) <= sentences.size());
    const core::Span& holder = sentences[static_cast<std::size_t>(t.sentence) - 1];
    FUZZ_CHECK(holder.begin <= t.span.begin && t.span.begin < holder.end);
    prev_end = t.span.end;
    prev_sentence = t.sentence;
    tokens.push_back(t);
  }
  FUZZ_CHECK(!tokenizer.next(t));

  // Deterministic after reset().
  tokenizer.reset(text);
  std::size_t n = 0;
  while (tokenizer.next(t)) {
    FUZZ_CHECK(n < tokens.size());
    FUZZ_CHECK(same(t, tokens[n]));
    ++n;
  }
  FUZZ_CHECK(n == tokens.size());
  return 0;
}
