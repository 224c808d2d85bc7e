#include "ner/features.hpp"

#include <charconv>

#include "lexicon/aliases.hpp"
#include "ner/model.hpp"
#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

// Lexicon bits of a token: NerLexicon's, and these.
constexpr std::uint32_t kPlaceAdjective = 32;
constexpr std::uint32_t kNameWords = NerLexicon::kLocationWord | NerLexicon::kOrgWord | NerLexicon::kPersonWord |
                                     NerLexicon::kMiscWord | NerLexicon::kPlaceListWord | NerLexicon::kOrgListWord;
// A token's bits: its own lexicon bits (bits 0-9), those of the head of a
// hyphenated compound (shifted by kHeadShift) and, for a word ending in "s"
// with no bits of its own, those of the word without it (kGenitiveShift).
constexpr int kHeadShift = 10;
constexpr int kGenitiveShift = 20;

std::string shape_of(std::string_view w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < w.size();) {
    char32_t c = next_code_point(w, i);
    char k;
    if (is_digit(c)) k = 'd';
    else if (is_letter(c)) k = is_lower(c) ? 'x' : 'X';
    else if (c < 0x80) k = static_cast<char>(c);
    else k = '*';
    // Runs longer than two collapse: "Xxxxxx" -> "Xxx".
    if (k == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = k;
    }
    s.push_back(k);
  }
  return s;
}

// First and last code points of a string, as substrings.
std::string_view prefix_chars(std::string_view s, int n) {
  std::size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) next_code_point(s, i);
  return s.substr(0, i);
}

std::string_view suffix_chars(std::string_view s, int n) {
  std::size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) prev_code_point(s, i);
  return s.substr(i);
}

std::uint32_t lookup(const NerLexicon& lex, std::string_view w) {
  const NerLexicon::Word* e = lex.find(w);
  return e ? e->bits : 0;
}

// Adjective stems match words with an ending: "ukrainischen" -> "ukrainisch".
bool is_place_adjective(const NerLexicon& lex, std::string_view w, const NerLexicon::Word* exact) {
  if (exact && exact->place_adjective) return true;
  if (lex.shortest_stem == 0) return false;
  for (std::size_t cut = 1; cut <= 3 && cut < w.size(); ++cut) {
    std::string_view stem = w.substr(0, w.size() - cut);
    if (stem.size() < lex.shortest_stem || !lex.stem_ends[static_cast<unsigned char>(stem.back())]) continue;
    const NerLexicon::Word* e = lex.find(stem);
    if (e && e->place_adjective) return true;
  }
  return false;
}

class Hasher {
 public:
  Hasher(std::uint32_t buckets, std::vector<std::uint32_t>& out) : buckets_(buckets), out_(out) {}
  void add(std::string_view name, std::string_view value) { emit(mix(mix(start(name), "\xff"), value)); }
  void add2(std::string_view name, std::string_view a, std::string_view b) {
    emit(mix(mix(mix(mix(start(name), "\xff"), a), "\x1f"), b));
  }

 private:
  static std::uint64_t start(std::string_view name) { return mix(1469598103934665603ULL, name); }
  static std::uint64_t mix(std::uint64_t h, std::string_view s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
  }
  void emit(std::uint64_t h) {
    h ^= h >> 29;
    out_.push_back(static_cast<std::uint32_t>(h % buckets_));
  }
  std::uint32_t buckets_;
  std::vector<std::uint32_t>& out_;
};

// Short keys of numbers, "3" and "-1:4", written into buf (no allocation).
std::string_view number_key(char (&buf)[24], long a) {
  auto r = std::to_chars(buf, buf + sizeof buf, a);
  return {buf, static_cast<std::size_t>(r.ptr - buf)};
}
std::string_view number_key(char (&buf)[24], long a, long b) {
  auto r = std::to_chars(buf, buf + sizeof buf, a);
  *r.ptr++ = ':';
  r = std::to_chars(r.ptr, buf + sizeof buf, b);
  return {buf, static_cast<std::size_t>(r.ptr - buf)};
}

const std::string kStart = "<s>";
const std::string kEnd = "</s>";

}  // namespace

void prepare_ner_tokens(const std::vector<std::string_view>& words, const NerLexicon& lex,
                        std::vector<NerToken>& out) {
  out.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    NerToken& t = out[i];
    t.text = words[i];
    t.lower.clear();
    fold_into(words[i], t.lower);
    t.shape = shape_of(words[i]);
    std::string_view lower = t.lower;
    const NerLexicon::Word* known = lex.find(lower);
    t.gaz = known ? known->bits : 0;
    t.phrase_start = known && known->phrase_start;
    // A genitive: "russlands" looks up "russland" too.
    if (t.gaz == 0 && lower.size() > 3 && lower.back() == 's')
      t.gaz = lookup(lex, lower.substr(0, lower.size() - 1)) << kGenitiveShift;
    if (is_place_adjective(lex, lower, known)) t.gaz |= kPlaceAdjective;
    t.phrase = 0;
    // Parts of a hyphenated compound: "NATO-Staaten" looks up "nato".
    std::size_t dash = lower.find('-');
    if (dash != std::string::npos && dash > 0) {
      std::uint32_t head = lookup(lex, lower.substr(0, dash));
      t.gaz |= (head & kNameWords) << kHeadShift;
    }
  }
  // Known names of several words: the longest one starting at each token.
  if (lex.phrases.empty()) return;
  std::string key;
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (!out[i].phrase_start) continue;
    key = out[i].lower;
    std::size_t best = 0;
    std::uint8_t classes = 0;
    for (std::size_t j = i + 1; j < out.size() && j - i < lex.longest_phrase; ++j) {
      key += ' ';
      key += out[j].lower;
      auto it = lex.phrases.find(key);
      if (it == lex.phrases.end()) break;  // no name goes on like this
      if (std::uint8_t c = it->second & 0x0f) {
        best = j;
        classes = c;
      }
      if (!(it->second & NerLexicon::kPhrasePrefix)) break;
    }
    if (!best) continue;
    out[i].phrase |= classes;
    for (std::size_t j = i + 1; j <= best; ++j) out[j].phrase |= static_cast<std::uint8_t>(classes << 4);
  }
}

namespace {

// A name particle may follow a title: "Marschall de Richelieu".
bool name_particle(std::string_view w) {
  for (std::string_view p : {"de", "von", "van", "di", "da", "du", "le", "la", "al", "el", "ibn", "bin"})
    if (w == p) return true;
  return false;
}

}  // namespace

void demote_non_names(const std::vector<NerToken>& s, const NerLexicon& lex, std::vector<int>& tags) {
  constexpr std::uint32_t kAnyName = kNameWords | NerLexicon::kFirstName | NerLexicon::kSurname;
  // Titles and designators before a name of several words.
  for (std::size_t i = 0; i + 1 < s.size() && i + 1 < tags.size(); ++i) {
    if (tags[i] == kO || ner_is_inside(tags[i]) || !ner_is_inside(tags[i + 1])) continue;
    if (ner_class(tags[i]) == 4 || (s[i].phrase & 0x0f) || s[i].shape.empty() || s[i].shape[0] != 'X') continue;
    const NerLexicon::Word* w = lex.find(s[i].lower);
    if (!w || !w->name_prefix) continue;
    bool capital = !s[i + 1].shape.empty() && s[i + 1].shape[0] == 'X';
    if (!capital && !name_particle(s[i + 1].text)) continue;
    tags[i + 1] = tags[i];  // its B- tag
    tags[i] = kO;
  }
  for (std::size_t i = 0; i < s.size() && i < tags.size(); ++i) {
    if (tags[i] == kO || ner_is_inside(tags[i])) continue;
    if (i + 1 < tags.size() && ner_is_inside(tags[i + 1])) continue;
    const NerToken& t = s[i];
    // A word derived from a place: "Hamburger", "Kölner" (not "Hannover").
    const AliasIndex& aliases = AliasIndex::builtin();
    if (aliases.find_derived(t.lower) && !aliases.find_name(t.text)) {
      tags[i] = kO;
      continue;
    }
    std::size_t dash = t.text.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= t.text.size()) continue;
    if (t.gaz & kAnyName) continue;
    std::string_view tail = t.text.substr(dash + 1);
    std::size_t k = 0;
    char32_t first = next_code_point(tail, k);
    if (!is_letter(first) || is_lower(first)) continue;
    bool lower_rest = k < tail.size();
    while (k < tail.size()) lower_rest = is_lower(next_code_point(tail, k)) && lower_rest;
    if (!lower_rest) continue;
    std::string_view lower_tail = std::string_view(t.lower).substr(t.lower.rfind('-') + 1);
    const NerLexicon::Word* w = lex.find(lower_tail);
    if (w && (w->bits & kAnyName)) continue;
    tags[i] = kO;
  }
}

void ner_features(const std::vector<NerToken>& s, std::size_t i, std::uint32_t buckets,
                  std::vector<std::uint32_t>& out) {
  Hasher h(buckets, out);
  const NerToken& t = s[i];
  auto lower_at = [&](long j) -> const std::string& {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(s.size())) return kEnd;
    return s[static_cast<std::size_t>(j)].lower;
  };
  auto shape_at = [&](long j) -> const std::string& {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(s.size())) return kEnd;
    return s[static_cast<std::size_t>(j)].shape;
  };
  long k = static_cast<long>(i);
  h.add("b", "");
  h.add("w", t.lower);
  h.add("W", t.text);
  h.add("sh", t.shape);
  for (int n = 1; n <= 4; ++n) h.add(n == 1 ? "p1" : n == 2 ? "p2" : n == 3 ? "p3" : "p4", prefix_chars(t.lower, n));
  for (int n = 1; n <= 5; ++n)
    h.add(n == 1 ? "s1" : n == 2 ? "s2" : n == 3 ? "s3" : n == 4 ? "s4" : "s5", suffix_chars(t.lower, n));
  bool first = i == 0;
  h.add2("fc", first ? "1" : "0", t.shape.substr(0, 1));
  h.add("w-1", lower_at(k - 1));
  h.add("w+1", lower_at(k + 1));
  h.add("w-2", lower_at(k - 2));
  h.add("w+2", lower_at(k + 2));
  h.add2("w-1w", lower_at(k - 1), t.lower);
  h.add2("ww+1", t.lower, lower_at(k + 1));
  h.add("sh-1", shape_at(k - 1));
  h.add("sh+1", shape_at(k + 1));
  h.add2("sh-1sh", shape_at(k - 1), t.shape);
  h.add2("shsh+1", t.shape, shape_at(k + 1));
  h.add("s3-1", suffix_chars(lower_at(k - 1), 3));
  h.add("s3+1", suffix_chars(lower_at(k + 1), 3));
  h.add("sh-2", shape_at(k - 2));
  h.add("sh+2", shape_at(k + 2));
  h.add2("w-1sh", lower_at(k - 1), t.shape);
  h.add2("shw+1", t.shape, lower_at(k + 1));
  h.add2("w-2w-1", lower_at(k - 2), lower_at(k - 1));
  h.add2("w+1w+2", lower_at(k + 1), lower_at(k + 2));
  std::size_t len = count_chars(t.text);
  h.add("len", len <= 2 ? "1" : len <= 4 ? "2" : len <= 7 ? "3" : len <= 12 ? "4" : "5");
  // Lexicon hits of the token and its neighbours.
  char g[24];
  for (long d = -2; d <= 2; ++d) {
    long j = k + d;
    if (j < 0 || j >= static_cast<long>(s.size())) continue;
    std::uint32_t gaz = s[static_cast<std::size_t>(j)].gaz;
    if (!gaz) continue;
    for (int bit = 0; bit < 32; ++bit) {
      if (!(gaz & (1u << bit))) continue;
      h.add("gz", number_key(g, d, bit));
    }
  }
  // The token's lexicon hits with its shape and with the word before it:
  // "nach" + a place word, a name word in capitals.
  for (int bit = 0; bit < 32; ++bit) {
    if (!(t.gaz & (1u << bit))) continue;
    std::string_view key = number_key(g, bit);
    h.add2("gzsh", key, t.shape);
    h.add2("gzw-1", key, lower_at(k - 1));
  }
  // Known names of several words around.
  for (long d = -1; d <= 1; ++d) {
    long j = k + d;
    if (j < 0 || j >= static_cast<long>(s.size())) continue;
    std::uint8_t ph = s[static_cast<std::size_t>(j)].phrase;
    for (int bit = 0; bit < 8; ++bit) {
      if (!(ph & (1u << bit))) continue;
      h.add("ph", number_key(g, d, bit));
    }
  }
  // Parts of a hyphenated compound.
  std::size_t dash = t.lower.find('-');
  if (dash != std::string::npos && dash > 0 && dash + 1 < t.lower.size()) {
    h.add("hd", t.lower.substr(0, dash));
    std::size_t last = t.lower.rfind('-');
    h.add("tl", t.lower.substr(last + 1));
  }
}

}  // namespace natocorpus::core
