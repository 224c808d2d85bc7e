// UTF-8 checking, normalisation and the byte -> character position map.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace natocorpus::core {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// 0-based byte offset of the first byte that does not start a well-formed
// UTF-8 sequence (overlongs, surrogates and code points above U+10FFFF are
// ill-formed), or npos when the whole string is valid.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

// Throws InvalidUtf8 when `s` is not valid UTF-8.
void require_utf8(std::string_view s);

// Decodes the code point at s[i] (s must be valid UTF-8) and advances i.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept;
// Decodes the code point that ends just before s[i] and moves i back to its start.
char32_t prev_code_point(std::string_view s, std::size_t& i) noexcept;

// Number of code points (SQLite's characters) in valid UTF-8.
std::size_t count_chars(std::string_view s) noexcept;

// True when `s` is in NFC already (a quick scan, then ICU's check on UTF-8).
bool is_nfc(std::string_view s);

// Unicode NFC (utf8proc); text already in NFC is copied as it is. Input must
// be valid UTF-8.
std::string nfc(std::string_view s);

// Case folding plus NFC (utf8proc): "Straße" -> "strasse". Input must be valid UTF-8.
std::string fold(std::string_view s);
// Same, appending to `out` (no allocation when out has capacity and s is ASCII).
void fold_into(std::string_view s, std::string& out);

// Maps increasing byte offsets of one text to 0-based character offsets in
// amortised O(1): rows come in text order, so each byte is counted once.
class CharPositions {
 public:
  explicit CharPositions(std::string_view text = {}) noexcept : text_(text) {}
  void reset(std::string_view text) noexcept {
    text_ = text;
    byte_ = 0;
    chars_ = 0;
  }
  // Characters before byte offset `byte` (which must start a code point).
  std::size_t at(std::size_t byte) noexcept;

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t chars_ = 0;
};

// A span of bytes in a text, [begin, end).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const noexcept { return end - begin; }
  bool operator==(const Span& o) const noexcept { return begin == o.begin && end == o.end; }
};

}  // namespace natocorpus::core
