// articles(source): a corpus as a table, one row per article.
//
//   SELECT id, title, date, words FROM articles('fixtures');
//   CREATE VIRTUAL TABLE news USING articles('corpus/*.jsonl.gz');
//   SELECT count(*) FROM news;
//
// source is a file, a directory (read recursively: *.txt, *.jsonl,
// *.ndjson, each optionally .gz; files in byte order of their path) or a
// glob. Columns: id, path, title, date (the header's or jsonl field's date,
// else doc_date(body)), body, words, meta, encoding, error, url, source HIDDEN.
//   idxNum 1: source is given (argv[0]); idxNum 0: the declared table's own
//   (an error in xFilter for articles itself, which has none).
//
// articles reads files, so it is SQLITE_VTAB_DIRECTONLY: a view or trigger
// in a database's schema cannot use it. Without that, a database file from
// someone else could read your files the moment you query one of its views.
#include <memory>
#include <optional>
#include <string>

#include "corpus/reader.hpp"
#include "objects.hpp"
#include "time/dating.hpp"
#include "glue.hpp"

namespace natocorpus::sqlite {

namespace {

constexpr const char* kName = "articles";
constexpr int kSourceColumn = 10;

enum Column { kId, kPath, kTitle, kDate, kBody, kWords, kMeta, kEncoding, kError, kUrl };

struct Table {
  sqlite3_vtab base{};
  std::optional<std::string> source;  // from CREATE VIRTUAL TABLE ... USING articles('...')
};

struct Cursor {
  sqlite3_vtab_cursor base{};
  std::string source;
  std::unique_ptr<core::CorpusReader> reader;
  core::Article article;
  sqlite3_int64 row = 0;
  bool at_end = true;
  // The date inferred from the body when there is no header date, worked out
  // only when the column is read, once per row.
  std::unique_ptr<core::DocumentDater> dater;
  std::optional<std::string> inferred;
  sqlite3_int64 inferred_row = -1;
};

Table* table_of(sqlite3_vtab_cursor* c) { return reinterpret_cast<Table*>(c->pVtab); }

int connect(sqlite3* db, void*, int argc, const char* const* argv, sqlite3_vtab** out,
            char** err) noexcept {
  return guard(kName, err, [&] {
    if (argc > 4) throw UsageError("takes one argument: a file, a directory or a glob");
    int rc = sqlite3_declare_vtab(
        db,
        "CREATE TABLE x(id TEXT, path TEXT, title TEXT, date TEXT, body TEXT, words INTEGER, "
        "meta TEXT, encoding TEXT, error TEXT, url TEXT, source HIDDEN)");
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    auto t = std::make_unique<Table>();
    if (argc == 4) t->source = dequote(argv[3]);
    *out = &t.release()->base;
    return SQLITE_OK;
  });
}

int disconnect(sqlite3_vtab* vt) noexcept {
  delete reinterpret_cast<Table*>(vt);
  return SQLITE_OK;
}

int best_index(sqlite3_vtab* vt, sqlite3_index_info* info) noexcept {
  info->estimatedCost = 1e6;  // reading files is the dearest thing in a query
  info->estimatedRows = 1000;
  switch (use_argument(info, kSourceColumn)) {
    case Argument::Given: return SQLITE_OK;
    case Argument::NotYet: return SQLITE_CONSTRAINT;
    case Argument::Missing: break;
  }
  // The declared table's own source; without one xFilter reports the
  // missing argument, so make that plan too dear to choose.
  if (!reinterpret_cast<Table*>(vt)->source) info->estimatedCost = 1e300;
  return SQLITE_OK;
}

int open(sqlite3_vtab* vt, sqlite3_vtab_cursor** out) noexcept {
  return guard(kName, &vt->zErrMsg, [&] {
    *out = &(new Cursor)->base;
    return SQLITE_OK;
  });
}

int close(sqlite3_vtab_cursor* c) noexcept {
  delete reinterpret_cast<Cursor*>(c);
  return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* c) noexcept {
  auto* cur = reinterpret_cast<Cursor*>(c);
  return guard(kName, &c->pVtab->zErrMsg, [&] {
    cur->at_end = !cur->reader || !cur->reader->next(cur->article);
    ++cur->row;
    if (cur->at_end) cur->reader.reset();  // closes the last file early
    return SQLITE_OK;
  });
}

int filter(sqlite3_vtab_cursor* c, int idx_num, const char*, int argc,
           sqlite3_value** argv) noexcept {
  auto* cur = reinterpret_cast<Cursor*>(c);
  int rc = guard(kName, &c->pVtab->zErrMsg, [&] {
    cur->reader.reset();
    cur->at_end = true;
    cur->row = 0;
    if (idx_num == 1 && argc >= 1) {
      auto source = text_argument(argv[0]);
      if (!source) return SQLITE_OK;  // articles(NULL): no rows
      cur->source.assign(source->data(), source->size());
    } else if (table_of(c)->source) {
      cur->source = *table_of(c)->source;
    } else {
      throw UsageError("missing argument: a file, a directory or a glob, as in articles('corpus')");
    }
    cur->reader = std::make_unique<core::CorpusReader>(cur->source);
    return SQLITE_OK;
  });
  if (rc != SQLITE_OK || !cur->reader) return rc;
  return next(c);
}

int eof(sqlite3_vtab_cursor* c) noexcept { return reinterpret_cast<Cursor*>(c)->at_end ? 1 : 0; }

int column(sqlite3_vtab_cursor* c, sqlite3_context* ctx, int col) noexcept {
  auto* cur = reinterpret_cast<Cursor*>(c);
  return guard(kName, &c->pVtab->zErrMsg, [&] {
    const core::Article& a = cur->article;
    switch (col) {
      case kId: result_text(ctx, a.id); break;
      case kPath: result_text(ctx, a.path); break;
      case kTitle: result_optional_text(ctx, a.title); break;
      case kDate:
        if (a.date || a.error) {
          result_optional_text(ctx, a.date);
          break;
        }
        if (cur->inferred_row != cur->row) {
          if (!cur->dater) cur->dater = std::make_unique<core::DocumentDater>();
          auto d = cur->dater->date(a.body);
          cur->inferred = d ? std::optional<std::string>(core::format_partial_date(*d)) : std::nullopt;
          cur->inferred_row = cur->row;
        }
        result_optional_text(ctx, cur->inferred);
        break;
      case kBody:
        if (a.error) sqlite3_result_null(ctx);
        else result_text(ctx, a.body);
        break;
      case kWords:
        if (a.error) sqlite3_result_null(ctx);
        else sqlite3_result_int64(ctx, a.words);
        break;
      case kMeta: result_text(ctx, a.meta); break;
      case kEncoding:
        if (a.encoding.empty()) sqlite3_result_null(ctx);
        else result_text(ctx, a.encoding);
        break;
      case kError: result_optional_text(ctx, a.error); break;
      case kUrl: result_optional_text(ctx, a.url); break;
      case kSourceColumn: result_text(ctx, cur->source); break;
      default: break;
    }
    return SQLITE_OK;
  });
}

int rowid(sqlite3_vtab_cursor* c, sqlite3_int64* out) noexcept {
  *out = reinterpret_cast<Cursor*>(c)->row;
  return SQLITE_OK;
}

}  // namespace

// The callbacks as make_module() wants them.
struct Articles {
  static constexpr auto connect = natocorpus::sqlite::connect;
  static constexpr auto best_index = natocorpus::sqlite::best_index;
  static constexpr auto disconnect = natocorpus::sqlite::disconnect;
  static constexpr auto open = natocorpus::sqlite::open;
  static constexpr auto close = natocorpus::sqlite::close;
  static constexpr auto filter = natocorpus::sqlite::filter;
  static constexpr auto next = natocorpus::sqlite::next;
  static constexpr auto eof = natocorpus::sqlite::eof;
  static constexpr auto column = natocorpus::sqlite::column;
  static constexpr auto rowid = natocorpus::sqlite::rowid;
};

const sqlite3_module& articles_module() {
  // Not eponymous-only: usable both as articles('dir') and in CREATE VIRTUAL TABLE.
  static const sqlite3_module m = make_module<Articles>(/*eponymous_only=*/false);
  return m;
}

}  // namespace natocorpus::sqlite
