#include "quotes/marks.hpp"

#include <algorithm>

#include "segment/chars.hpp"

namespace natocorpus::core {

namespace {

// The marks, as bits: an opener lists the closers that end it.
enum Mark : unsigned {
  kLowDouble = 1u << 0,    // „ U+201E
  kLeftDouble = 1u << 1,   // “ U+201C
  kRightDouble = 1u << 2,  // ” U+201D
  kStraightDouble = 1u << 3,  // "
  kLowSingle = 1u << 4,    // ‚ U+201A
  kLeftSingle = 1u << 5,   // ‘ U+2018
  kRightSingle = 1u << 6,  // ’ U+2019
  kStraightSingle = 1u << 7,  // '
  kRightGuillemet = 1u << 8,  // » U+00BB
  kLeftGuillemet = 1u << 9,   // « U+00AB
};

unsigned mark_of(char32_t c) {
  switch (c) {
    case 0x201E: return kLowDouble;
    case 0x201C: return kLeftDouble;
    case 0x201D: return kRightDouble;
    case 0x22: return kStraightDouble;
    case 0x201A: return kLowSingle;
    case 0x2018: return kLeftSingle;
    case 0x2019: return kRightSingle;
    case 0x27: return kStraightSingle;
    case 0xBB: return kRightGuillemet;
    case 0xAB: return kLeftGuillemet;
    default: return 0;
  }
}

// The closers of a mark used as an opener (0: it never opens).
unsigned closers_of(unsigned m) {
  switch (m) {
    case kLowDouble: return kLeftDouble | kRightDouble | kStraightDouble;
    case kLeftDouble: return kRightDouble | kStraightDouble;
    case kRightDouble: return kRightDouble;  // Swedish ”…”
    case kStraightDouble: return kStraightDouble | kLeftDouble | kRightDouble;
    case kLowSingle: return kLeftSingle | kRightSingle | kStraightSingle;
    case kLeftSingle: return kRightSingle | kStraightSingle;
    case kStraightSingle: return kStraightSingle | kRightSingle;
    case kRightGuillemet: return kLeftGuillemet;
    case kLeftGuillemet: return kRightGuillemet;
    default: return 0;
  }
}

constexpr unsigned kSingles = kLowSingle | kLeftSingle | kRightSingle | kStraightSingle;
constexpr std::size_t kMaxDepth = 16;

bool is_open_context(char32_t c) {  // what may stand before an opening mark
  return c == 0 || is_space(c) || is_opening_bracket(c) || c == 0x2013 || c == 0x2014 || c == '-' ||
         c == '/' || c == ':' || mark_of(c) != 0;
}

bool is_close_context(char32_t c) {  // what may follow a closing mark
  return c == 0 || is_space(c) || is_punct(c) || mark_of(c) != 0 || c == 0x2013 || c == 0x2014;
}

struct Opener {
  Span mark;
  unsigned closers;
  bool paragraphs;
};

struct Pair {
  Span open, close;
  bool paragraphs;
};

// The outermost pairs, in text order, with the white space inside trimmed.
void outermost(std::string_view text, std::vector<Pair>& pairs, std::vector<QuotedSpan>& out) {
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.open.begin < b.open.begin; });
  std::size_t outer_end = 0;
  bool have_outer = false;
  for (const Pair& p : pairs) {
    if (have_outer && p.open.begin < outer_end) continue;
    have_outer = true;
    outer_end = p.close.end;
    QuotedSpan q;
    q.open = p.open;
    q.close = p.close;
    q.paragraphs = p.paragraphs;
    std::size_t b = p.open.end, e = p.close.begin;
    // Trim white space (ASCII and Unicode) at both ends.
    while (b < e) {
      std::size_t k = b;
      if (!is_space(next_code_point(text, k))) break;
      b = k;
    }
    while (e > b) {
      std::size_t s = e - 1;
      while (s > b && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
      std::size_t k = s;
      if (!is_space(next_code_point(text, k))) break;
      e = s;
    }
    q.inner = {b, e};
    out.push_back(q);
  }
}

}  // namespace

void find_quoted_spans(std::string_view text, std::vector<QuotedSpan>& out) {
  out.clear();
  std::vector<Opener> stack;
  std::vector<Pair> pairs;
  std::size_t skip_opener_at = static_cast<std::size_t>(-1);  // the mark that continues a quote
  char32_t prev = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t at = i;
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t c = byte < 0x80 ? (++i, char32_t{byte}) : next_code_point(text, i);  // ASCII inline: most of the text
    // A paragraph break: a blank line, or a line break after the end of a
    // sentence (a line wrapped in mid-sentence goes on).
    if (c == '\n') {
      std::size_t j = i;
      bool blank = false;
      char32_t first = 0;
      std::size_t first_at = text.size();
      while (j < text.size()) {
        std::size_t k = j;
        char32_t d = next_code_point(text, k);
        if (d == '\n') blank = true;
        else if (!is_space(d)) {
          first = d;
          first_at = j;
          break;
        }
        j = k;
      }
      bool wrapped = !blank && prev != 0 && (is_letter(prev) || prev == ',' || prev == '-');
      if (!wrapped && !stack.empty()) {
        unsigned m = mark_of(first);
        if (m && closers_of(m) && !(m & kSingles)) {
          for (auto& o : stack) o.paragraphs = true;
          skip_opener_at = first_at;
        } else {
          stack.clear();  // stray opening marks
        }
      }
      prev = c;
      i = j;  // the white space up to there holds no marks
      continue;
    }
    unsigned m = mark_of(c);
    if (!m) {
      prev = c;
      continue;
    }
    std::size_t k = i;
    char32_t next = i < text.size() ? next_code_point(text, k) : 0;
    Span span{at, i};
    if (at == skip_opener_at) {
      prev = c;
      continue;
    }
    bool between_letters = is_letter(prev) && is_letter(next);
    if ((m & (kRightSingle | kStraightSingle)) && between_letters) {  // an apostrophe: "geht's"
      prev = c;
      continue;
    }
    bool can_open = closers_of(m) != 0 && is_open_context(prev) && next != 0 && !is_space(next);
    bool can_close = prev != 0 && !is_space(prev) && is_close_context(next);
    // Close the innermost opener this mark closes, when the context allows.
    bool closed = false;
    if (can_close || !can_open) {
      for (std::size_t d = stack.size(); d-- > 0;) {
        if (!(stack[d].closers & m)) continue;
        if (!can_close && !(m & (kStraightDouble | kLeftDouble | kRightDouble | kLeftGuillemet | kRightGuillemet)))
          break;
        pairs.push_back({stack[d].mark, span, stack[d].paragraphs});
        stack.resize(d);  // anything opened inside and not closed was stray
        closed = true;
        break;
      }
    }
    if (!closed && can_open) {
      // A single mark opens only inside a double quote or as ‚ (not an apostrophe).
      bool single_ok = !(m & kSingles) || m == kLowSingle || !stack.empty();
      if (single_ok && stack.size() < kMaxDepth) stack.push_back({span, closers_of(m), false});
    }
    prev = c;
  }
  outermost(text, pairs, out);
}

}  // namespace natocorpus::core
