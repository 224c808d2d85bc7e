// natocorpus_aliases: the names entities() knows, with the canonical name
// each counts under and where the fact comes from.
//
//   SELECT alias, canonical, label, kind, source FROM natocorpus_aliases WHERE canonical = 'Kiew';
//
// kind: name (a name or spelling), adjective (a stem: "ukrainisch"),
// inhabitant ("Norweger"), er_form ("Kiewer").
#include "glue.hpp"
#include "lexicon/aliases.hpp"
#include "objects.hpp"

namespace natocorpus::sqlite {

namespace {

constexpr const char* kName = "natocorpus_aliases";

struct Cursor {
  sqlite3_vtab_cursor base{};
  std::size_t row = 0;
};

struct Aliases {
  static int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out,
                     char** err) noexcept {
    return guard(kName, err, [&] {
      return connect_innocuous(
          db, "CREATE TABLE x(alias TEXT, canonical TEXT, label TEXT, kind TEXT, source TEXT)", out);
    });
  }
  static int disconnect(sqlite3_vtab* vt) noexcept {
    sqlite3_free(vt);
    return SQLITE_OK;
  }
  static int best_index(sqlite3_vtab*, sqlite3_index_info* info) noexcept {
    info->estimatedCost = 10000;
    info->estimatedRows = 10000;
    return SQLITE_OK;
  }
  static int open(sqlite3_vtab* vt, sqlite3_vtab_cursor** out) noexcept {
    return guard(kName, &vt->zErrMsg, [&] {
      core::AliasIndex::builtin();  // build it now, not in xColumn
      *out = &(new Cursor)->base;
      return SQLITE_OK;
    });
  }
  static int close(sqlite3_vtab_cursor* c) noexcept {
    delete reinterpret_cast<Cursor*>(c);
    return SQLITE_OK;
  }
  static int filter(sqlite3_vtab_cursor* c, int, const char*, int, sqlite3_value**) noexcept {
    reinterpret_cast<Cursor*>(c)->row = 0;
    return SQLITE_OK;
  }
  static int next(sqlite3_vtab_cursor* c) noexcept {
    ++reinterpret_cast<Cursor*>(c)->row;
    return SQLITE_OK;
  }
  static int eof(sqlite3_vtab_cursor* c) noexcept {
    return reinterpret_cast<Cursor*>(c)->row >= core::AliasIndex::builtin().entries().size();
  }
  static int column(sqlite3_vtab_cursor* c, sqlite3_context* ctx, int col) noexcept {
    const auto& e = core::AliasIndex::builtin().entries()[reinterpret_cast<Cursor*>(c)->row];
    switch (col) {
      case 0: result_text(ctx, e.alias); break;
      case 1: result_text(ctx, e.canonical); break;
      case 2: result_text(ctx, e.label); break;
      case 3: result_text(ctx, e.kind); break;
      case 4: result_text(ctx, e.source); break;
      default: break;
    }
    return SQLITE_OK;
  }
  static int rowid(sqlite3_vtab_cursor* c, sqlite3_int64* out) noexcept {
    *out = static_cast<sqlite3_int64>(reinterpret_cast<Cursor*>(c)->row) + 1;
    return SQLITE_OK;
  }
};

}  // namespace

const sqlite3_module& natocorpus_aliases_module() {
  static const sqlite3_module m = make_module<Aliases>(/*eponymous_only=*/true);
  return m;
}

}  // namespace natocorpus::sqlite
