// entities(text): named entities with canonical names, one row per mention.
//
//   SELECT entity, label, form, canonical FROM entities('Die ukrainische Regierung in Kiew ...');
//
// Columns: entity (as written), label (PER, ORG, LOC, MISC), form (name,
// part, deriv), canonical, sentence, start (1-based character), length
// (characters), input HIDDEN. substr(input, start, length) = entity.
#include <vector>

#include "ner/entities.hpp"
#include "objects.hpp"
#include "table_function.hpp"

namespace natocorpus::sqlite {

namespace {

struct Entities {
  static constexpr const char* kName = "entities";
  static constexpr const char* kSchema =
      "CREATE TABLE x(entity TEXT, label TEXT, form TEXT, canonical TEXT, sentence INTEGER, "
      "start INTEGER, length INTEGER, input HIDDEN)";
  static constexpr int kInputColumn = 7;

  class Rows {
   public:
    void reset(std::string_view text) {
      text_ = text;
      finder_.find(text, mentions_);
      position_.reset(text);
      next_ = 0;
    }
    bool next() {
      if (next_ >= mentions_.size()) return false;
      cur_ = &mentions_[next_++];
      position_.locate(cur_->span);
      return true;
    }
    void column(sqlite3_context* ctx, int col) const {
      switch (col) {
        case 0: result_text(ctx, text_.substr(cur_->span.begin, cur_->span.size())); break;
        case 1: sqlite3_result_text(ctx, cur_->label, -1, SQLITE_STATIC); break;
        case 2: sqlite3_result_text(ctx, core::entity_form_name(cur_->form), -1, SQLITE_STATIC); break;
        case 3: result_text(ctx, cur_->canonical); break;
        case 4: sqlite3_result_int64(ctx, cur_->sentence); break;
        case 5: position_.result_start(ctx); break;
        case 6: position_.result_length(ctx); break;
        default: break;
      }
    }

   private:
    std::string_view text_;
    core::EntityFinder finder_;
    std::vector<core::EntityMention> mentions_;  // reused across texts
    RowPosition position_;
    std::size_t next_ = 0;
    const core::EntityMention* cur_ = nullptr;
  };
};

}  // namespace

const sqlite3_module& entities_module() { return TextTableFunction<Entities>::module(); }

}  // namespace natocorpus::sqlite
