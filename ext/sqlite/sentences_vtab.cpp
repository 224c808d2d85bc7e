// sentences(text): the sentences of a text, German-aware.
//
//   SELECT sentence, text, start, length FROM sentences('Dr. Meier kam. Er ging.');
//   -- 1 | Dr. Meier kam. | 1  | 14
//   -- 2 | Er ging.       | 16 | 8
//
// Columns: sentence (1-based), text, start (1-based character), length
// (characters), input HIDDEN. substr(input, start, length) = text.
#include "objects.hpp"
#include "segment/sentences.hpp"
#include "table_function.hpp"

namespace natocorpus::sqlite {

namespace {

struct Sentences {
  static constexpr const char* kName = "sentences";
  static constexpr const char* kSchema =
      "CREATE TABLE x(sentence INTEGER, text TEXT, start INTEGER, length INTEGER, input HIDDEN)";
  static constexpr int kInputColumn = 4;

  class Rows {
   public:
    void reset(std::string_view text) {
      text_ = text;
      splitter_.reset(text);
      position_.reset(text);
      index_ = 0;
    }
    bool next() {
      if (!splitter_.next(span_)) return false;
      ++index_;
      position_.locate(span_);
      return true;
    }
    void column(sqlite3_context* ctx, int col) const {
      switch (col) {
        case 0: sqlite3_result_int64(ctx, index_); break;
        case 1: result_text(ctx, text_.substr(span_.begin, span_.size())); break;
        case 2: position_.result_start(ctx); break;
        case 3: position_.result_length(ctx); break;
        default: break;
      }
    }

   private:
    std::string_view text_;
    core::SentenceSplitter splitter_;
    RowPosition position_;
    core::Span span_{};
    sqlite3_int64 index_ = 0;
  };
};

}  // namespace

const sqlite3_module& sentences_module() { return TextTableFunction<Sentences>::module(); }

}  // namespace natocorpus::sqlite
