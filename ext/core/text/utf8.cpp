#include "text/utf8.hpp"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

#include <unicode/normalizer2.h>
#include <utf8proc.h>

#include "error.hpp"

namespace natocorpus::core {

namespace {

inline bool is_cont(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence at s[i], or 0 when it is ill-formed
// (Unicode Table 3-7).
inline std::size_t sequence_length(const unsigned char* p, std::size_t left) noexcept {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (left >= 2 && is_cont(p[1])) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !is_cont(p[1]) || !is_cont(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;   // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || !is_cont(p[1]) || !is_cont(p[2]) || !is_cont(p[3])) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] > 0x8F) return 0;   // above U+10FFFF
    return 4;
  }
  return 0;
}

struct FreeDeleter {
  void operator()(void* p) const noexcept { std::free(p); }
};

std::string utf8proc_transform(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(out);
  if (n < 0) {
    if (n == UTF8PROC_ERROR_NOMEM) throw std::bad_alloc();
    throw Error(std::string("utf8proc: ") + utf8proc_errmsg(n));
  }
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

bool is_ascii(std::string_view s) noexcept {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    std::size_t len = sequence_length(p + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return npos;
}

void require_utf8(std::string_view s) {
  std::size_t bad = find_invalid_utf8(s);
  if (bad != npos) throw InvalidUtf8(bad);
}

char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c < 0xE0) {
    char32_t cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    i += 2;
    return cp;
  }
  if (c < 0xF0) {
    char32_t cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    i += 3;
    return cp;
  }
  char32_t cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
                (p[i + 3] & 0x3Fu);
  i += 4;
  return cp;
}

char32_t prev_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t j = i;
  do {
    --j;
  } while (j > 0 && is_cont(p[j]));
  std::size_t k = j;
  char32_t cp = next_code_point(s, k);
  i = j;
  return cp;
}

std::size_t count_chars(std::string_view s) noexcept {
  std::size_t n = 0;
  for (unsigned char c : s) n += !is_cont(c);
  return n;
}

bool is_nfc(std::string_view s) {
  // Code points below U+0300 are all NFC_Quick_Check=Yes, so text made only
  // of them (lead bytes below 0xCC) is in NFC; otherwise ask ICU, which checks
  // UTF-8 in place (utf8proc has no quick check).
  bool simple = true;
  for (unsigned char c : s)
    if (c >= 0xCC) {
      simple = false;
      break;
    }
  if (simple) return true;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || s.size() > static_cast<std::size_t>(INT32_MAX)) return false;
  UBool yes = n->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  return U_SUCCESS(status) && yes;
}

std::string nfc(std::string_view s) {
  if (is_nfc(s)) return std::string(s);
  return utf8proc_transform(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

namespace {

// Below U+0300 no character decomposes or combines under NFC, and case
// folding is lower-casing but for these, which fold to something else
// (tests/unit/utf8_test.cpp checks the whole range against utf8proc).
inline bool folds_simply(char32_t c) noexcept {
  return c < 0x300 && c != 0xB5 && c != 0xDF && c != 0x130 && c != 0x149 && c != 0x17F &&
         c != 0x1F0;
}

inline void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c),
                                            reinterpret_cast<utf8proc_uint8_t*>(buf));
  out.append(buf, static_cast<std::size_t>(n));
}

}  // namespace

void fold_into(std::string_view s, std::string& out) {
  if (is_ascii(s)) {
    std::size_t at = out.size();
    out.resize(at + s.size());
    char* d = out.data() + at;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      d[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return;
  }
  // Most German words ("Außenminister" aside) take the fast path: code point
  // by code point, no allocation.
  std::size_t mark = out.size();
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if (!folds_simply(c)) {
      out.resize(mark);
      out += utf8proc_transform(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
      return;
    }
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
    } else {
      append_utf8(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
    }
  }
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  fold_into(s, out);
  return out;
}

std::size_t CharPositions::at(std::size_t byte) noexcept {
  if (byte < byte_) {  // moving back: restart (rare; rows come in order)
    byte_ = 0;
    chars_ = 0;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  std::size_t n = chars_;
  for (std::size_t i = byte_; i < byte; ++i) n += !is_cont(p[i]);
  byte_ = byte;
  chars_ = n;
  return n;
}

}  // namespace natocorpus::core
