// dates(text [, ref]): temporal expressions normalised to TIMEX3 values, one
// row per expression, in text order.
//
//   SELECT expr, type, value FROM dates('Am Mittwoch sagte er …', '2023-07-13');
//
// Columns: expr (as written), type (DATE, TIME, DURATION, SET), value
// (TIMEX3: 2023-07-12, 2023-W28, 2022-SP, 2023-07-11TEV, P14M, PRESENT_REF,
// XXXX-07 …), sentence, start (1-based character), length (characters),
// input HIDDEN, ref HIDDEN. substr(input, start, length) = expr.
// ref, an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), anchors relative
// expressions; without it they are anchored on doc_date(input), and when
// that is NULL they keep their X's.
#include <vector>

#include "objects.hpp"
#include "table_function.hpp"
#include "time/dating.hpp"
#include "time/timex.hpp"

namespace natocorpus::sqlite {

namespace {

struct Dates {
  static constexpr const char* kName = "dates";
  static constexpr const char* kSchema =
      "CREATE TABLE x(expr TEXT, type TEXT, value TEXT, sentence INTEGER, start INTEGER, length INTEGER, "
      "input HIDDEN, ref HIDDEN)";
  static constexpr int kInputColumn = 6;
  static constexpr int kRefColumn = 7;

  class Rows {
   public:
    void reset(std::string_view text, std::optional<std::string_view> ref) {
      text_ = text;
      std::optional<core::PartialDate> anchor;
      if (ref) {
        anchor = core::parse_partial_date(*ref);
        if (!anchor)
          throw UsageError("ref must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got '" + std::string(*ref) + "'");
      } else {
        anchor = dater_.date(text);
        if (!anchor) {
          // Undated: the expressions the dater found with no reference are the rows.
          found_ = dater_.expressions();
          position_.reset(text);
          next_ = 0;
          return;
        }
      }
      finder_.find(text, anchor, found_);
      position_.reset(text);
      next_ = 0;
    }
    bool next() {
      if (next_ >= found_.size()) return false;
      cur_ = &found_[next_++];
      position_.locate(cur_->span);
      return true;
    }
    void column(sqlite3_context* ctx, int col) const {
      switch (col) {
        case 0: result_text(ctx, text_.substr(cur_->span.begin, cur_->span.size())); break;
        case 1: sqlite3_result_text(ctx, core::timex_type_name(cur_->type), -1, SQLITE_STATIC); break;
        case 2: result_text(ctx, cur_->value); break;
        case 3: sqlite3_result_int64(ctx, cur_->sentence); break;
        case 4: position_.result_start(ctx); break;
        case 5: position_.result_length(ctx); break;
        default: break;
      }
    }

   private:
    std::string_view text_;
    core::TimexFinder finder_;
    core::DocumentDater dater_;
    std::vector<core::TimeExpression> found_;  // reused across texts
    RowPosition position_;
    std::size_t next_ = 0;
    const core::TimeExpression* cur_ = nullptr;
  };
};

}  // namespace

const sqlite3_module& dates_module() { return TextTableFunction<Dates>::module(); }

}  // namespace natocorpus::sqlite
