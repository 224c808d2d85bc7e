// tokens(text): the tokens of a text, with their sentence.
//
//   SELECT token, norm, kind, sentence FROM tokens('Die NATO-Staaten zahlen 1.000 €.');
//   -- Die | die | word | 1
//   -- NATO-Staaten | nato-staaten | word | 1
//   -- zahlen | zahlen | word | 1
//   -- 1.000 | 1.000 | number | 1
//   -- € | € | symbol | 1
//   -- . | . | punct | 1
//
// Columns: token, norm (case-folded NFC, utf8proc), kind (word, number,
// punct, symbol), sentence (1-based, as in sentences()), start (1-based
// character), length (characters), input HIDDEN.
#include <string>

#include "objects.hpp"
#include "segment/tokens.hpp"
#include "table_function.hpp"

namespace natocorpus::sqlite {

namespace {

struct Tokens {
  static constexpr const char* kName = "tokens";
  static constexpr const char* kSchema =
      "CREATE TABLE x(token TEXT, norm TEXT, kind TEXT, sentence INTEGER, start INTEGER, "
      "length INTEGER, input HIDDEN)";
  static constexpr int kInputColumn = 6;

  class Rows {
   public:
    void reset(std::string_view text) {
      text_ = text;
      tokenizer_.reset(text);
      position_.reset(text);
    }
    bool next() {
      if (!tokenizer_.next(token_)) return false;
      position_.locate(token_.span);
      return true;
    }
    void column(sqlite3_context* ctx, int col) {
      std::string_view tok = text_.substr(token_.span.begin, token_.span.size());
      switch (col) {
        case 0: result_text(ctx, tok); break;
        case 1:
          norm_.clear();
          core::fold_into(tok, norm_);
          result_text(ctx, norm_);
          break;
        case 2: sqlite3_result_text(ctx, core::token_kind_name(token_.kind), -1, SQLITE_STATIC); break;
        case 3: sqlite3_result_int64(ctx, token_.sentence); break;
        case 4: position_.result_start(ctx); break;
        case 5: position_.result_length(ctx); break;
        default: break;
      }
    }

   private:
    std::string_view text_;
    core::Tokenizer tokenizer_;
    RowPosition position_;
    core::Token token_{};
    std::string norm_;  // reused across rows
  };
};

}  // namespace

const sqlite3_module& tokens_module() { return TextTableFunction<Tokens>::module(); }

}  // namespace natocorpus::sqlite
