// Times SentenceSplitter and Tokenizer on adversarial inputs at growing
// sizes, to catch super-linear behaviour. Run by hand:
//
//   segment_timing [MAX_BYTES]        (default 1 MiB)
//   segment_timing --dump FILE        prints the sentences and tokens of FILE
//                                     (e.g. a fuzzer reproducer)
//
// Each case is built at MAX/4, MAX/2 and MAX bytes; the "x2" columns give
// the time ratio for doubling the input: about 2 is linear, about 4 is
// quadratic. Lines with a ratio above 3 (and a time above 0.25 s) are marked
// "SUPERLINEAR", and the exit status is then 1. Times below a second are the
// best of three runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "segment/sentences.hpp"
#include "segment/tokens.hpp"
#include "text/utf8.hpp"

using namespace natocorpus::core;

namespace {

struct Case {
  const char* name;
  std::function<std::string(std::size_t)> make;  // text of about n bytes
};

std::string repeat(const std::string& unit, std::size_t n, const std::string& head = "",
                   const std::string& tail = "") {
  std::string s = head;
  while (s.size() + unit.size() <= n) s += unit;
  return s + tail;
}

// Seconds to run a segmenter (SentenceSplitter with Span, Tokenizer with
// Token) over the whole text; `count` gets the number of items.
template <class Segmenter, class Item>
double time_segmenter(const std::string& text, std::size_t& count) {
  Segmenter seg;
  auto t0 = std::chrono::steady_clock::now();
  seg.reset(text);
  Item item;
  count = 0;
  while (seg.next(item)) ++count;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double time_sentences(const std::string& text, std::size_t& count) {
  return time_segmenter<SentenceSplitter, Span>(text, count);
}

double time_tokens(const std::string& text, std::size_t& count) {
  return time_segmenter<Tokenizer, Token>(text, count);
}


void print_span(const char* what, std::size_t n, const std::string& text, const Span& sp,
                const char* extra) {
  std::printf("%s %zu [%zu,%zu)%s: \"", what, n, sp.begin, sp.end, extra);
  for (std::size_t i = sp.begin; i < sp.end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') std::printf("\\n");
    else if (c < 0x20 || c == 0x7F) std::printf("\\x%02x", c);
    else std::putchar(c);
  }
  std::printf("\"\n");
}

int dump(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", path);
    return 1;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t bad = find_invalid_utf8(text);
  if (bad != npos) {
    std::printf("invalid UTF-8 at byte %zu: using the first %zu bytes\n", bad, bad);
    text.resize(bad);
  }
  SentenceSplitter s;
  s.reset(text);
  Span sp;
  for (std::size_t n = 1; s.next(sp); ++n) print_span("sentence", n, text, sp, "");
  Tokenizer t;
  t.reset(text);
  Token tok;
  for (std::size_t n = 1; t.next(tok); ++n) {
    char extra[64];
    std::snprintf(extra, sizeof extra, " %s s%lld", token_kind_name(tok.kind),
                  static_cast<long long>(tok.sentence));
    print_span("token", n, text, tok.span, extra);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--dump") == 0) return dump(argv[2]);
  std::size_t max = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : (1u << 20);
  const std::string nest = "„‚»«‘“";  // 16 bytes
  std::vector<Case> cases = {
      {"unbalanced „ (x n/3)", [](std::size_t n) { return repeat("„", n); }},
      {"unbalanced \" (x n)", [](std::size_t n) { return repeat("\"", n); }},
      {"„word  (unbalanced, spaced)", [](std::size_t n) { return repeat("„Wort ", n); }},
      {"quotes + sentences", [](std::size_t n) { return repeat("„Er kam. Sie ging. ", n); }},
      {"dots .....", [](std::size_t n) { return repeat(".", n); }},
      {"dots with spaces . . .", [](std::size_t n) { return repeat(". ", n); }},
      {"a-a-a-", [](std::size_t n) { return repeat("a-", n); }},
      {"a- a- a-", [](std::size_t n) { return repeat("a- ", n); }},
      {"no spaces (letters)", [](std::size_t n) { return repeat("abcdefghij", n); }},
      {"no spaces Wort.Wort.", [](std::size_t n) { return repeat("Wort.", n); }},
      {"no spaces A.B.C.", [](std::size_t n) { return repeat("A.", n); }},
      {"nesting „‚»«‘“ then text", [&](std::size_t n) { return repeat(nest, n, "", " Text."); }},
      {"nesting „‚»«‘“Wort. ", [&](std::size_t n) { return repeat(nest + "Wort. ", n); }},
      {"Dr. Dr. Dr.", [](std::size_t n) { return repeat("Dr. ", n); }},
      {"5. 5. 5.", [](std::size_t n) { return repeat("5. ", n); }},
      {"z. B. z. B.", [](std::size_t n) { return repeat("z. B. ", n); }},
      {"newlines \\n", [](std::size_t n) { return repeat("\n", n, "x"); }},
      {"a\\nb\\n (wrapped lines)", [](std::size_t n) { return repeat("a\n", n); }},
      {"spaces then x", [](std::size_t n) { return repeat(" ", n, "x.", "x"); }},
      {"„A..A..A.. (no spaces)", [](std::size_t n) { return repeat("A..", n, "„"); }},
      {"„A...A... (no spaces)", [](std::size_t n) { return repeat("A...", n, "„"); }},
      {"א.א.א. (no spaces)", [](std::size_t n) { return repeat("א.", n); }},
      {"中.中.中. (no spaces)", [](std::size_t n) { return repeat("中.", n); }},
      {"ب.ب.ب. (no spaces)", [](std::size_t n) { return repeat("ب.", n); }},
      {"„x...x... (no spaces)", [](std::size_t n) { return repeat("x...", n, "„"); }},
      {"„A... A... (spaced)", [](std::size_t n) { return repeat("A... ", n, "„"); }},
      {"x.“X.“ (no spaces)", [](std::size_t n) { return repeat("x.“X", n); }},
      {"Staats- und", [](std::size_t n) { return repeat("Staats- und ", n); }},
      {"1.000,5:3", [](std::size_t n) { return repeat("1.000,5:3 ", n); }},
  };

  std::printf("%-30s %9s | %10s %8s %6s | %10s %8s %6s\n", "case", "bytes", "sentences", "sec",
              "x2", "tokens", "sec", "x2");
  bool any_flagged = false;
  for (const Case& c : cases) {
    double prev_s = 0, prev_t = 0;
    bool flagged = false;
    for (std::size_t n : {max / 4, max / 2, max}) {
      std::string text = c.make(n);
      require_utf8(text);
      std::size_t ns = 0, nt = 0;
      double s = time_sentences(text, ns);
      double t = time_tokens(text, nt);
      // Best of three for short times, which noise (other processes) inflates.
      for (int rep = 0; rep < 2 && s < 1; ++rep) s = std::min(s, time_sentences(text, ns));
      for (int rep = 0; rep < 2 && t < 1; ++rep) t = std::min(t, time_tokens(text, nt));
      double rs = prev_s > 0 ? s / prev_s : 0, rt = prev_t > 0 ? t / prev_t : 0;
      // Ratios are noisy for small times; only flag when the time is material.
      bool bad = (rs > 3 && s > 0.25) || (rt > 3 && t > 0.25);
      flagged = flagged || bad;
      std::printf("%-30s %9zu | %10zu %8.3f %6.2f | %10zu %8.3f %6.2f%s\n", c.name, text.size(), ns,
                  s, rs, nt, t, rt, bad ? "  SUPERLINEAR" : "");
      std::fflush(stdout);
      prev_s = s;
      prev_t = t;
      if (s > 60 || t > 60) break;  // clearly broken; do not wait for the biggest size
    }
    any_flagged = any_flagged || flagged;
  }
  return any_flagged ? 1 : 0;
}
