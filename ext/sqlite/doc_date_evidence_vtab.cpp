// doc_date_evidence(text): why doc_date(text) dates an article as it does,
// one row per clue, in text order.
//
//   SELECT clue, kind, earliest, latest, used FROM doc_date_evidence(body);
//
// Columns: clue (as written), kind (header, dateline, date, office, members,
// event, duration), detail (what it says), earliest and latest (the days it
// allows, 'YYYY-MM-DD'; NULL when open), used (1 when doc_date rests on it),
// sentence, start (1-based character), length (characters), input HIDDEN.
#include <vector>

#include "objects.hpp"
#include "table_function.hpp"
#include "time/dating.hpp"

namespace natocorpus::sqlite {

namespace {

struct DocDateEvidence {
  static constexpr const char* kName = "doc_date_evidence";
  static constexpr const char* kSchema =
      "CREATE TABLE x(clue TEXT, kind TEXT, detail TEXT, earliest TEXT, latest TEXT, used INTEGER, "
      "sentence INTEGER, start INTEGER, length INTEGER, input HIDDEN)";
  static constexpr int kInputColumn = 9;

  class Rows {
   public:
    void reset(std::string_view text) {
      text_ = text;
      dater_.date(text);
      clues_ = dater_.clues();  // in text order
      // Clues may nest ("am 24. Februar 2022" in "vor 14 Monaten am 24. Februar
      // 2022"): the character positions of all their ends, counted in one pass.
      positions_.clear();
      for (const auto& c : clues_) positions_.add(c.span);
      positions_.count(text);
      next_ = 0;
    }
    bool next() {
      if (next_ >= clues_.size()) return false;
      cur_ = &clues_[next_++];
      return true;
    }
    void column(sqlite3_context* ctx, int col) const {
      const core::DateClue& c = *cur_;
      switch (col) {
        case 0: result_text(ctx, text_.substr(c.span.begin, c.span.size())); break;
        case 1: result_text(ctx, c.kind); break;
        case 2: result_text(ctx, c.detail); break;
        case 3:
          if (c.earliest == core::DateClue::kOpenStart) sqlite3_result_null(ctx);
          else result_text(ctx, core::day_string(c.earliest));
          break;
        case 4:
          if (c.latest == core::DateClue::kOpenEnd) sqlite3_result_null(ctx);
          else result_text(ctx, core::day_string(c.latest));
          break;
        case 5: sqlite3_result_int(ctx, c.used ? 1 : 0); break;
        case 6: sqlite3_result_int64(ctx, c.sentence); break;
        case 7: positions_.result_start(ctx, c.span); break;
        case 8: positions_.result_length(ctx, c.span); break;
        default: break;
      }
    }

   private:
    std::string_view text_;
    core::DocumentDater dater_;
    std::vector<core::DateClue> clues_;
    SpanPositions positions_;
    std::size_t next_ = 0;
    const core::DateClue* cur_ = nullptr;
  };
};

}  // namespace

const sqlite3_module& doc_date_evidence_module() { return TextTableFunction<DocDateEvidence>::module(); }

}  // namespace natocorpus::sqlite
