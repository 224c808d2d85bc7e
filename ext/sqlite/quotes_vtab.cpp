// quotes(text [, date]): quotations with their speakers, one row per quotation.
//
//   SELECT canonical, quote FROM quotes('„Wir sind bereit“, sagte Stoltenberg.');
//
// Columns: quote (direct: the text between the marks), kind (direct or
// indirect), speaker (as the text names them; NULL when it names no one),
// speaker_start, speaker_length, canonical (who the speaker is; NULL when
// unknown), cue ("sagte", "fügte … hinzu"; NULL when none), sentence, start
// (1-based character), length (characters), rule (the sieve and the step
// that attributed it: "cue_after/pronoun_after_cue"), input HIDDEN, date
// HIDDEN. date, an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), is the article's:
// a speaker named by an office the text does not fill ("der Kanzler") is
// its holder then; without it, doc_date(input) is asked, only when needed.
// substr(input, start, length) = quote and
// substr(input, speaker_start, speaker_length) = speaker.
//
// The entities come from the connection's cache (connection.hpp): with
// entities() of the same text in the same query, the tagger runs once.
#include <memory>
#include <vector>

#include "objects.hpp"
#include "quotes/quotes.hpp"
#include "table_function.hpp"
#include "time/dating.hpp"

namespace natocorpus::sqlite {

namespace {

struct Quotes {
  static constexpr const char* kName = "quotes";
  static constexpr const char* kSchema =
      "CREATE TABLE x(quote TEXT, kind TEXT, speaker TEXT, speaker_start INTEGER, speaker_length INTEGER, "
      "canonical TEXT, cue TEXT, sentence INTEGER, start INTEGER, length INTEGER, rule TEXT, input HIDDEN, "
      "date HIDDEN)";
  static constexpr int kInputColumn = 11;
  static constexpr int kRefColumn = 12;

  class Rows {
   public:
    explicit Rows(Connection& connection) : connection_(connection) {}
    void reset(std::string_view text, std::optional<std::string_view> date) {
      text_ = text;
      std::optional<core::PartialDate> given;
      if (date) {
        given = core::parse_partial_date(*date);
        if (!given)
          throw UsageError("date must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got '" + std::string(*date) + "'");
      }
      std::shared_ptr<const core::EntityAnalysis> entities = connection_.entities.analyse(text);
      if (date) {
        finder_.find(text, *entities, quotes_, [given] { return given; });
      } else {
        finder_.find(text, *entities, quotes_, [this, text] { return dater_.date(text); });
      }
      // Character positions of every span end, counted in one pass.
      positions_.clear();
      for (const auto& q : quotes_) {
        positions_.add(q.quote);
        if (q.has_speaker) positions_.add(q.speaker);
      }
      positions_.count(text);
      rewind();
    }
    void rewind() { next_ = 0; }
    bool next() {
      if (next_ >= quotes_.size()) return false;
      cur_ = &quotes_[next_++];
      return true;
    }
    void column(sqlite3_context* ctx, int col) const {
      const core::Quotation& q = *cur_;
      switch (col) {
        case 0: result_text(ctx, text_.substr(q.quote.begin, q.quote.size())); break;
        case 1: sqlite3_result_text(ctx, q.direct ? "direct" : "indirect", -1, SQLITE_STATIC); break;
        case 2:
          if (q.has_speaker) result_text(ctx, text_.substr(q.speaker.begin, q.speaker.size()));
          else sqlite3_result_null(ctx);
          break;
        case 3:
          if (q.has_speaker) positions_.result_start(ctx, q.speaker);
          else sqlite3_result_null(ctx);
          break;
        case 4:
          if (q.has_speaker) positions_.result_length(ctx, q.speaker);
          else sqlite3_result_null(ctx);
          break;
        case 5:
          if (q.canonical.empty()) sqlite3_result_null(ctx);
          else result_text(ctx, q.canonical);
          break;
        case 6:
          if (q.cue.empty()) sqlite3_result_null(ctx);
          else result_text(ctx, q.cue);
          break;
        case 7: sqlite3_result_int64(ctx, q.sentence); break;
        case 8: positions_.result_start(ctx, q.quote); break;
        case 9: positions_.result_length(ctx, q.quote); break;
        case 10: result_text(ctx, core::quote_rule_name(q.sieve, q.step)); break;
        default: break;
      }
    }

   private:
    Connection& connection_;
    std::string_view text_;
    core::QuoteFinder finder_;
    core::DocumentDater dater_;
    std::vector<core::Quotation> quotes_;  // reused across texts
    SpanPositions positions_;
    std::size_t next_ = 0;
    const core::Quotation* cur_ = nullptr;
  };
};

}  // namespace

const sqlite3_module& quotes_module() { return TextTableFunction<Quotes>::module(); }

}  // namespace natocorpus::sqlite
