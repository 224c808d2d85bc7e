#include "segment/tokens.hpp"

#include <unicode/ubrk.h>

#include "lexicon/abbreviations.hpp"
#include "segment/chars.hpp"

namespace natocorpus::core {

const char* token_kind_name(TokenKind k) noexcept {
  switch (k) {
    case TokenKind::Word: return "word";
    case TokenKind::Number: return "number";
    case TokenKind::Punct: return "punct";
    case TokenKind::Symbol: return "symbol";
  }
  return "symbol";
}

void Tokenizer::reset(std::string_view text) {
  text_ = text;
  breaker_.reset(text);
  sentences_.reset(text);
  last_boundary_ = 0;
  text_done_ = text.empty();
  pieces_.clear();
  sentence_ = Span{};
  sentence_index_ = 0;
  sentences_done_ = false;
}

bool Tokenizer::fill(std::size_t n) {
  while (pieces_.size() < n && !text_done_) {
    long b = breaker_.next();
    if (b < 0) {
      text_done_ = true;
      break;
    }
    Span span{last_boundary_, static_cast<std::size_t>(b)};
    last_boundary_ = span.end;
    if (span.end == span.begin) continue;
    int status = breaker_.rule_status();
    Raw kind;
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT) {
      kind = status < UBRK_WORD_NUMBER_LIMIT ? Raw::Number : Raw::Word;
      // U+202F (narrow no-break space) joins words for ICU, as in "10 000";
      // at the edge of a word it is white space, not part of the token.
      Span word = span;
      while (word.begin < word.end) {
        std::size_t i = word.begin;
        if (!is_space(next_code_point(text_, i))) break;
        word.begin = i;
      }
      while (word.end > word.begin) {
        std::size_t i = word.end;
        if (!is_space(prev_code_point(text_, i))) break;
        word.end = i;
      }
      if (word.begin > span.begin) pieces_.push_back(Piece{{span.begin, word.begin}, Raw::Space});
      if (word.end > word.begin) pieces_.push_back(Piece{word, kind});
      if (span.end > word.end) pieces_.push_back(Piece{{word.end, span.end}, Raw::Space});
      continue;
    } else {
      std::size_t i = span.begin;
      char32_t c = next_code_point(text_, i);
      kind = is_space(c) ? Raw::Space : is_punct(c) ? Raw::Punct : Raw::Symbol;
    }
    pieces_.push_back(Piece{span, kind});
  }
  return pieces_.size() >= n;
}

const Tokenizer::Piece* Tokenizer::peek(std::size_t i) {
  return fill(i + 1) ? &pieces_[i] : nullptr;
}

bool Tokenizer::is_char(const Piece* p, char c) const noexcept {
  return p && p->span.size() == 1 && text_[p->span.begin] == c;
}

bool Tokenizer::is_hyphen_piece(const Piece* p) const noexcept {
  if (!p || p->kind != Raw::Punct) return false;
  std::size_t i = p->span.begin;
  char32_t c = next_code_point(text_, i);
  return i == p->span.end && is_hyphen(c);
}

bool Tokenizer::next(Token& out) {
  // Skip white space.
  while (true) {
    const Piece* p = peek(0);
    if (!p) return false;
    if (p->kind != Raw::Space) break;
    pieces_.pop_front();
  }
  Piece cur = pieces_.front();
  pieces_.pop_front();
  Span span = cur.span;
  TokenKind kind = cur.kind == Raw::Word     ? TokenKind::Word
                   : cur.kind == Raw::Number ? TokenKind::Number
                   : cur.kind == Raw::Punct  ? TokenKind::Punct
                                             : TokenKind::Symbol;

  if (kind == TokenKind::Word || kind == TokenKind::Number) {
    bool has_letter = kind == TokenKind::Word;
    while (true) {
      const Piece* a = peek(0);
      if (!a) break;
      // "Dr." and "z." keep their full stop; so does an ordinal ("5. Dezember").
      if (is_char(a, '.')) {
        std::string_view word = text_.substr(span.begin, span.size());
        bool take = false;
        if (kind == TokenKind::Word) {
          take = is_abbreviation(word);
        } else if (is_ordinal_number(word)) {
          // Only in the middle of a line: "... um 12." at a paragraph end is a number.
          const Piece* sp = peek(1);
          const Piece* after = peek(2);
          if (sp && sp->kind == Raw::Space && after) {
            take = true;
            for (std::size_t i = sp->span.begin; i < sp->span.end;) {
              if (is_line_break(next_code_point(text_, i))) take = false;
            }
          }
        }
        if (take) {
          span.end = a->span.end;
          pieces_.pop_front();
        }
        break;
      }
      // Hyphenated compounds.
      if (is_hyphen_piece(a)) {
        const Piece* b = peek(1);
        if (b && (b->kind == Raw::Word || (b->kind == Raw::Number && has_letter))) {
          span.end = b->span.end;
          has_letter = has_letter || b->kind == Raw::Word;
          kind = TokenKind::Word;
          pieces_.pop_front();
          pieces_.pop_front();
          continue;
        }
        if (has_letter && (!b || b->kind == Raw::Space || is_char(b, ','))) {
          span.end = a->span.end;  // "Staats- und Regierungschefs"
          pieces_.pop_front();
        }
        break;
      }
      // "18:05", "2:1".
      if (kind == TokenKind::Number && is_char(a, ':')) {
        const Piece* b = peek(1);
        if (b && b->kind == Raw::Number) {
          span.end = b->span.end;
          pieces_.pop_front();
          pieces_.pop_front();
          continue;
        }
      }
      break;
    }
  } else if (text_[span.begin] == '.') {
    // "..." is one token.
    while (is_char(peek(0), '.')) {
      span.end = pieces_.front().span.end;
      pieces_.pop_front();
    }
  }

  // The sentence that holds the token's first character.
  while (!sentences_done_ && (sentence_index_ == 0 || span.begin >= sentence_.end)) {
    if (sentences_.next(sentence_)) {
      ++sentence_index_;
    } else {
      sentences_done_ = true;
    }
  }
  out.span = span;
  out.kind = kind;
  out.sentence = sentence_index_ == 0 ? 1 : sentence_index_;
  return true;
}

}  // namespace natocorpus::core
