#include "segment/sentences.hpp"

#include "lexicon/abbreviations.hpp"
#include "segment/chars.hpp"

namespace natocorpus::core {

void SentenceSplitter::reset(std::string_view text) {
  text_ = text;
  breaker_.reset(text);
  pos_ = 0;
  done_ = text.empty();
  quote_pos_ = 0;
  quote_depth_ = 0;
}

bool SentenceSplitter::next(Span& out) {
  while (!done_) {
    long b = breaker_.next();
    std::size_t end = b < 0 ? text_.size() : static_cast<std::size_t>(b);
    bool last = end >= text_.size();
    if (!last && !keep_boundary(end)) continue;
    // Trim white space on both sides.
    std::size_t s = pos_, e = end;
    while (s < e) {
      std::size_t k = s;
      if (!is_space(next_code_point(text_, k))) break;
      s = k;
    }
    while (e > s) {
      std::size_t k = e;
      if (!is_space(prev_code_point(text_, k))) break;
      e = k;
    }
    pos_ = end;
    if (last) done_ = true;
    if (e > s) {
      out = Span{s, e};
      return true;
    }
  }
  return false;
}

// Counts quotation marks from quote_pos_ up to `upto`, so that quote_depth_
// says how many quotations are open there. A mark opens when it follows
// white space, the start of the text, an opening bracket or another mark;
// „ always opens. A line break closes everything: in German, a quotation that
// goes on in the next paragraph opens again with a new mark.
void SentenceSplitter::scan_quotes(std::size_t upto) {
  std::size_t i = quote_pos_;
  char32_t prev = ' ';
  if (i > 0) {
    std::size_t k = i;
    prev = prev_code_point(text_, k);
  }
  while (i < upto) {
    char32_t c = next_code_point(text_, i);
    if (is_line_break(c)) {
      quote_depth_ = 0;
    } else if (is_quote_mark(c)) {
      bool opens = c == 0x201E || is_space(prev) || is_opening_bracket(prev) ||
                   is_quote_mark(prev) || prev == 0x2013 || prev == 0x2014;
      if (opens) {
        if (quote_depth_ < 8) ++quote_depth_;
      } else if (quote_depth_ > 0) {
        --quote_depth_;
      }
    }
    prev = c;
  }
  if (upto > quote_pos_) quote_pos_ = upto;
}

bool SentenceSplitter::keep_boundary(std::size_t boundary) {
  // Walk back over the white space before the boundary, counting line breaks.
  std::size_t e = boundary;
  int line_breaks = 0;
  while (e > pos_) {
    std::size_t k = e;
    char32_t c = prev_code_point(text_, k);
    if (!is_space(c)) break;
    if (is_line_break(c) && !(c == '\r' && e < text_.size() && text_[e] == '\n')) ++line_breaks;
    e = k;
  }
  if (e == pos_) return true;  // only white space so far: trimmed away
  scan_quotes(e);

  // The character before the white space, past any closing marks.
  std::size_t t = e;
  bool closers = false;
  while (t > pos_) {
    std::size_t k = t;
    if (!is_closing(prev_code_point(text_, k))) break;
    closers = true;
    t = k;
  }
  if (t == pos_) return true;
  std::size_t k = t;
  const char32_t last = prev_code_point(text_, k);

  if (line_breaks > 0) {
    // One line break in the middle of a sentence (no final punctuation,
    // the next line goes on in lower case) only wraps the line.
    if (line_breaks > 1 || closers) return true;
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
        last == 0x2026)
      return true;
    std::size_t n = boundary;
    while (n < text_.size()) {
      std::size_t m = n;
      char32_t c = next_code_point(text_, m);
      if (!is_space(c)) return !is_lower(c);
      n = m;
    }
    return true;
  }

  if (last == 0x2026) return quote_depth_ == 0;  // … inside a quotation goes on
  if (last == '!' || last == '?') {
    // "Wir sind das Volk!“ und ...": what goes on in lower case is the same sentence.
    std::size_t n = boundary;
    if (n < text_.size()) return !is_lower(next_code_point(text_, n));
    return true;
  }
  if (last != '.') return true;

  // The word before the full stop. Only its last kMaxWordBytes bytes are
  // looked at: abbreviations and ordinals are short, and a rejected boundary
  // leaves pos_ where it is, so an unbounded walk back would make a long run
  // without white space ("中.中.中.…", "„A...A...…") quadratic.
  constexpr std::size_t kMaxWordBytes = 64;
  std::size_t ws = k;
  bool long_word = false;
  while (ws > pos_) {
    if (k - ws >= kMaxWordBytes) {
      long_word = true;
      break;
    }
    std::size_t m = ws;
    if (is_space(prev_code_point(text_, m))) break;
    ws = m;
  }
  std::string_view word = text_.substr(ws, k - ws);
  if (word.size() >= 2 && word.substr(word.size() - 2) == "..") return quote_depth_ == 0;
  if (closers) return true;  // "... 1994.“ Dann" ends the sentence
  if (long_word) return true;  // too long to be an abbreviation or an ordinal
  // Leading brackets and quotation marks are not part of the word.
  while (!word.empty()) {
    std::size_t m = 0;
    char32_t c = next_code_point(word, m);
    if (!is_quote_mark(c) && !is_opening_bracket(c) && c != '\'' && c != 0x201A && c != 0x2018)
      break;
    word.remove_prefix(m);
  }
  if (word.empty()) return true;
  return !(is_abbreviation(word) || is_ordinal_number(word) || is_day_and_month(word));
}

}  // namespace natocorpus::core
