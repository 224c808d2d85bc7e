// One template for the eponymous table-valued functions that take a text,
// such as sentences(text) and tokens(text).
//
//   SELECT * FROM sentences('Ein Satz. Noch einer.');
//   -- is the same as
//   SELECT * FROM sentences WHERE input = 'Ein Satz. Noch einer.';
//
// The text is the HIDDEN column `input`, after the visible columns.
//   idxNum 1: input is given (argv[0]).
//   idxNum 0: no input; a plan of huge cost, and an error in xFilter.
// An input that is not usable yet (it comes from a table joined later) makes
// xBestIndex answer SQLITE_CONSTRAINT, so SQLite puts that table in the
// outer loop.
//
// Impl provides:
//   static constexpr const char* kName;     // SQL name
//   static constexpr const char* kSchema;   // CREATE TABLE x(..., input HIDDEN)
//   static constexpr int kInputColumn;      // index of the hidden column
//   class Rows {                            // one per cursor, reused across xFilter
//     void reset(std::string_view text);    // text is owned by the cursor
//     bool next();                          // advance; false at the end
//     void column(sqlite3_context*, int);   // a visible column of the current row
//   };
//
// An Impl may also take an optional second argument, such as dates(text, ref):
//   static constexpr int kRefColumn;        // index of a second HIDDEN column
//   void Rows::reset(std::string_view text, std::optional<std::string_view> ref);
// idxNum bit 2 says it is given (argv[1]).
//
// A Rows that reads the connection's shared state (connection.hpp) is
// constructed from it:
//   explicit Rows(Connection&);
// and the module is registered with that state as its client data.
//
// A Rows whose rows depend only on the arguments may provide
//   void rewind();                          // the rows of the last reset() again
// Called again with the same text (and second argument), as the inner table
// of a join is, once per outer row, it then replays the rows it has instead
// of reading the text again.
#pragma once
#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "connection.hpp"
#include "glue.hpp"

namespace natocorpus::sqlite {

template <class T, class = void>
struct RefColumn : std::integral_constant<int, -1> {};
template <class T>
struct RefColumn<T, std::void_t<decltype(T::kRefColumn)>> : std::integral_constant<int, T::kRefColumn> {};

template <class T, class = void>
struct CanRewind : std::false_type {};
template <class T>
struct CanRewind<T, std::void_t<decltype(std::declval<T&>().rewind())>> : std::true_type {};

// The `start` (1-based) and `length` columns, in characters, of byte spans
// that come in text order: each byte of the text is counted once.
class RowPosition {
 public:
  void reset(std::string_view text) noexcept { chars_.reset(text); }
  void locate(core::Span span) noexcept {
    start_ = chars_.at(span.begin);
    length_ = chars_.at(span.end) - start_;
  }
  void result_start(sqlite3_context* ctx) const { sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(start_ + 1)); }
  void result_length(sqlite3_context* ctx) const { sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(length_)); }

 private:
  core::CharPositions chars_;
  std::size_t start_ = 0, length_ = 0;
};

// The `start` and `length` columns of byte spans in any order (they may nest
// or overlap): every end is noted, then all are counted in one pass.
class SpanPositions {
 public:
  void clear() noexcept { bytes_.clear(); }
  void add(core::Span span) {
    bytes_.push_back(span.begin);
    bytes_.push_back(span.end);
  }
  void count(std::string_view text) {
    std::sort(bytes_.begin(), bytes_.end());
    bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
    chars_.resize(bytes_.size());
    core::CharPositions counter(text);
    for (std::size_t i = 0; i < bytes_.size(); ++i) chars_[i] = counter.at(bytes_[i]);
  }
  void result_start(sqlite3_context* ctx, core::Span span) const {
    sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(char_at(span.begin) + 1));
  }
  void result_length(sqlite3_context* ctx, core::Span span) const {
    sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(char_at(span.end) - char_at(span.begin)));
  }

 private:
  std::size_t char_at(std::size_t byte) const {
    return chars_[static_cast<std::size_t>(std::lower_bound(bytes_.begin(), bytes_.end(), byte) - bytes_.begin())];
  }
  std::vector<std::size_t> bytes_, chars_;
};

template <class Impl>
class TextTableFunction {
 public:
  static const sqlite3_module& module() {
    static const sqlite3_module m = make_module<TextTableFunction>(/*eponymous_only=*/true);
    return m;
  }

 private:
  friend sqlite3_module make_module<TextTableFunction>(bool);

  using Rows = typename Impl::Rows;
  static constexpr int kRef = RefColumn<Impl>::value;
  static constexpr bool kUsesConnection = std::is_constructible_v<Rows, Connection&>;
  static constexpr bool kRewind = CanRewind<Rows>::value;

  struct Table {
    sqlite3_vtab base{};
    ConnectionRef connection;  // the module's client data (when the Impl uses it)
  };

  struct Cursor {
    template <class... Args>
    explicit Cursor(Args&... args) : rows(args...) {}
    sqlite3_vtab_cursor base{};
    std::string text;  // a copy of the argument: SQLite may free the value
    std::optional<std::string> ref;  // the second argument, when the Impl takes one
    Rows rows;
    bool ready = false;  // rows holds the rows of text (and ref): rewind() may replay them
    sqlite3_int64 row = 0;
    bool at_end = true;
  };

  static int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out,
                     char** err) noexcept {
    return guard(Impl::kName, err, [&] {
      auto table = std::make_unique<Table>();
      if constexpr (kUsesConnection) {
        if (!aux) throw std::logic_error("registered without the connection's state");
        table->connection = *static_cast<const ConnectionRef*>(aux);
      }
      int rc = sqlite3_declare_vtab(db, Impl::kSchema);
      if (rc != SQLITE_OK) return rc;
      sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
      *out = &table.release()->base;
      return SQLITE_OK;
    });
  }

  static int disconnect(sqlite3_vtab* vt) noexcept {
    delete reinterpret_cast<Table*>(vt);
    return SQLITE_OK;
  }

  static int best_index(sqlite3_vtab*, sqlite3_index_info* info) noexcept {
    switch (use_argument(info, Impl::kInputColumn)) {
      case Argument::Given:
        if constexpr (kRef >= 0) {
          bool unusable = false;
          for (int i = 0; i < info->nConstraint; ++i) {
            const auto& c = info->aConstraint[i];
            if (c.iColumn != kRef) continue;
            if (!c.usable) {
              unusable = true;
            } else if (c.op == SQLITE_INDEX_CONSTRAINT_EQ && !(info->idxNum & 2)) {
              info->aConstraintUsage[i].argvIndex = 2;
              info->aConstraintUsage[i].omit = 1;
              info->idxNum |= 2;
            }
          }
          if (unusable && !(info->idxNum & 2)) return SQLITE_CONSTRAINT;
        }
        info->estimatedCost = 100;
        info->estimatedRows = 100;
        return SQLITE_OK;
      case Argument::NotYet: return SQLITE_CONSTRAINT;
      case Argument::Missing: break;
    }
    info->estimatedCost = 1e300;  // xFilter reports the missing argument
    info->estimatedRows = 1;
    return SQLITE_OK;
  }

  static int open(sqlite3_vtab* vt, sqlite3_vtab_cursor** out) noexcept {
    return guard(Impl::kName, &vt->zErrMsg, [&] {
      std::unique_ptr<Cursor> cur;
      if constexpr (kUsesConnection) {
        cur = std::make_unique<Cursor>(*reinterpret_cast<Table*>(vt)->connection);
      } else {
        cur = std::make_unique<Cursor>();
      }
      *out = &cur.release()->base;
      return SQLITE_OK;
    });
  }

  static int close(sqlite3_vtab_cursor* c) noexcept {
    delete reinterpret_cast<Cursor*>(c);
    return SQLITE_OK;
  }

  static int filter(sqlite3_vtab_cursor* c, int idx_num, const char*, int argc,
                    sqlite3_value** argv) noexcept {
    auto* cur = reinterpret_cast<Cursor*>(c);
    return guard(Impl::kName, &c->pVtab->zErrMsg, [&] {
      cur->at_end = true;
      cur->row = 0;
      if (!(idx_num & 1) || argc < 1)
        throw UsageError(std::string("missing argument: the text to read, as in ") + Impl::kName +
                         "(body)");
      auto text = text_argument(argv[0]);
      std::optional<std::string_view> ref;
      if constexpr (kRef >= 0) {
        if ((idx_num & 2) && argc >= 2) ref = text_argument(argv[1]);
      }
      bool again = false;  // the arguments of the last call, byte for byte
      if constexpr (kRewind) {
        again = cur->ready && text && *text == cur->text &&
                (ref ? cur->ref && *ref == *cur->ref : !cur->ref);
      }
      if (again) {
        if constexpr (kRewind) cur->rows.rewind();
      } else {
        cur->ready = false;
        if constexpr (kRef >= 0) {
          cur->ref.reset();
          if (ref) cur->ref.emplace(ref->data(), ref->size());
        }
        if (!text || text->empty()) return SQLITE_OK;  // NULL or '': no rows
        cur->text.assign(text->data(), text->size());
        if constexpr (kRef >= 0) {
          cur->rows.reset(cur->text, cur->ref ? std::optional<std::string_view>(*cur->ref) : std::nullopt);
        } else {
          cur->rows.reset(cur->text);
        }
        cur->ready = true;
      }
      cur->at_end = !cur->rows.next();
      cur->row = 1;
      return SQLITE_OK;
    });
  }

  static int next(sqlite3_vtab_cursor* c) noexcept {
    auto* cur = reinterpret_cast<Cursor*>(c);
    return guard(Impl::kName, &c->pVtab->zErrMsg, [&] {
      cur->at_end = !cur->rows.next();
      ++cur->row;
      return SQLITE_OK;
    });
  }

  static int eof(sqlite3_vtab_cursor* c) noexcept {
    return reinterpret_cast<Cursor*>(c)->at_end ? 1 : 0;
  }

  static int column(sqlite3_vtab_cursor* c, sqlite3_context* ctx, int col) noexcept {
    auto* cur = reinterpret_cast<Cursor*>(c);
    return guard(Impl::kName, &c->pVtab->zErrMsg, [&] {
      if (col == Impl::kInputColumn) {
        result_text(ctx, cur->text);
      } else if (kRef >= 0 && col == kRef) {
        result_optional_text(ctx, cur->ref);
      } else {
        cur->rows.column(ctx, col);
      }
      return SQLITE_OK;
    });
  }

  static int rowid(sqlite3_vtab_cursor* c, sqlite3_int64* out) noexcept {
    *out = reinterpret_cast<Cursor*>(c)->row;
    return SQLITE_OK;
  }
};

}  // namespace natocorpus::sqlite
