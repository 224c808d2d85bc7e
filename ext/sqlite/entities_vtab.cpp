// entities(text): named entities with canonical names, one row per mention.
//
//   SELECT entity, label, form, canonical FROM entities('Die ukrainische Regierung in Kiew ...');
//
// Columns: entity (as written), label (PER, ORG, LOC, MISC), form (name,
// part, deriv), canonical, sentence, start (1-based character), length
// (characters), input HIDDEN. substr(input, start, length) = entity.
//
// The mentions come from the connection's cache (connection.hpp): quotes()
// of the same text, in the same query, reads them from there too.
#include <memory>
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
    explicit Rows(Connection& connection) : connection_(connection) {}
    void reset(std::string_view text) {
      text_ = text;
      analysis_ = connection_.entities.analyse(text);
      rewind();
    }
    void rewind() {
      position_.reset(text_);
      next_ = 0;
    }
    bool next() {
      const std::vector<core::EntityMention>& mentions = analysis_->mentions;
      if (next_ >= mentions.size()) return false;
      cur_ = &mentions[next_++];
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
    Connection& connection_;
    std::string_view text_;
    std::shared_ptr<const core::EntityAnalysis> analysis_;  // kept alive while the rows are read
    RowPosition position_;
    std::size_t next_ = 0;
    const core::EntityMention* cur_ = nullptr;
  };
};

}  // namespace

const sqlite3_module& entities_module() { return TextTableFunction<Entities>::module(); }

}  // namespace natocorpus::sqlite
