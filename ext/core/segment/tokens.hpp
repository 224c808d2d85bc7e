// Tokens: ICU word boundaries with German rules on top. Hyphenated compounds
// ("NATO-Generalsekretär", "Staats-" in "Staats- und Regierungschefs") are one
// word; abbreviations keep their full stop ("Dr.", "z.", "B."), and so do
// ordinals ("5." in "am 5. Dezember"); "1.000", "3,5" and "18:05" are one
// number; "..." is one punctuation token. White space is not a token.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string_view>

#include "segment/icu_break.hpp"
#include "segment/sentences.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

enum class TokenKind { Word, Number, Punct, Symbol };
const char* token_kind_name(TokenKind k) noexcept;  // "word", "number", "punct", "symbol"

struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  std::int64_t sentence = 0;  // 1-based index of the sentence holding the token
};

class Tokenizer {
 public:
  Tokenizer() : breaker_(BreakKind::Word) {}

  // Starts over on `text` (valid UTF-8, kept alive by the caller).
  void reset(std::string_view text);
  bool next(Token& out);

 private:
  enum class Raw { Space, Word, Number, Punct, Symbol };
  struct Piece {
    Span span;
    Raw kind;
  };
  bool fill(std::size_t n);  // at least n pieces buffered, unless the text ends
  const Piece* peek(std::size_t i);
  bool is_char(const Piece* p, char c) const noexcept;
  bool is_hyphen_piece(const Piece* p) const noexcept;

  Utf8Breaker breaker_;
  SentenceSplitter sentences_;
  std::string_view text_;
  std::size_t last_boundary_ = 0;
  bool text_done_ = true;
  std::deque<Piece> pieces_;
  Span sentence_{};
  std::int64_t sentence_index_ = 0;
  bool sentences_done_ = false;
};

}  // namespace natocorpus::core
