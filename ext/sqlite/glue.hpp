// Shared glue between SQLite and the core: the exception guard, argument
// reading and result helpers. Every SQLite callback is noexcept and runs its
// body through guard(), so no C++ exception ever reaches SQLite.
#pragma once
#include <sqlite3ext.h>

#include <cstdint>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "error.hpp"
#include "text/utf8.hpp"

SQLITE_EXTENSION_INIT3

namespace natocorpus::sqlite {

// An error whose message is shown as it is, after the SQL name.
class UsageError : public core::Error {
 public:
  using core::Error::Error;
};

// Runs fn() and turns exceptions into SQLite codes; the message, prefixed
// with "name(): ", goes into *errmsg (allocated with sqlite3_mprintf).
template <class Fn>
int guard(const char* name, char** errmsg, Fn&& fn) noexcept {
  try {
    return fn();
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (const std::exception& e) {
    if (errmsg) {
      sqlite3_free(*errmsg);
      *errmsg = sqlite3_mprintf("%s(): %s", name, e.what());
    }
    return SQLITE_ERROR;
  } catch (...) {
    if (errmsg) {
      sqlite3_free(*errmsg);
      *errmsg = sqlite3_mprintf("%s(): internal error", name);
    }
    return SQLITE_ERROR;
  }
}

// The text of an argument: nullopt for NULL; a UsageError for a BLOB; an
// InvalidUtf8 error for text that is not UTF-8. Numbers are read as text.
inline std::optional<std::string_view> text_argument(sqlite3_value* v) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_NULL: return std::nullopt;
    case SQLITE_BLOB:
      throw UsageError("expected text, got a BLOB (CAST it AS TEXT if it holds UTF-8)");
    default: break;
  }
  const unsigned char* p = sqlite3_value_text(v);
  if (!p) throw std::bad_alloc();  // SQLite returns NULL here only when out of memory
  std::string_view s(reinterpret_cast<const char*>(p),
                     static_cast<std::size_t>(sqlite3_value_bytes(v)));
  core::require_utf8(s);
  return s;
}

inline void result_text(sqlite3_context* ctx, std::string_view s) {
  sqlite3_result_text64(ctx, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

inline void result_optional_text(sqlite3_context* ctx, const std::optional<std::string>& s) {
  if (s) {
    result_text(ctx, *s);
  } else {
    sqlite3_result_null(ctx);
  }
}

// Removes SQL quotes around a module argument: 'x', "x" or [x].
std::string dequote(std::string_view s);

// How a query gives a table-valued function its argument (a HIDDEN column).
enum class Argument { Given, NotYet, Missing };

// xBestIndex's part for one required argument in `column`: when an `=`
// constraint on it is usable, it becomes argv[0] (idxNum 1) and Given is
// returned. NotYet means it comes from a table not joined yet (answer
// SQLITE_CONSTRAINT, so SQLite puts that table in the outer loop). Missing
// means the query does not give it in this plan; SQLite also asks about
// subsets of the constraints (for OR terms, say), so that is not an error
// until xFilter runs with idxNum 0.
inline Argument use_argument(sqlite3_index_info* info, int column) {
  int usable = -1;
  bool unusable = false;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (c.iColumn != column) continue;
    if (!c.usable) {
      unusable = true;
    } else if (c.op == SQLITE_INDEX_CONSTRAINT_EQ && usable < 0) {
      usable = i;
    }
  }
  if (usable >= 0) {
    info->aConstraintUsage[usable].argvIndex = 1;
    info->aConstraintUsage[usable].omit = 1;
    info->idxNum = 1;
    return Argument::Given;
  }
  info->idxNum = 0;
  return unusable ? Argument::NotYet : Argument::Missing;
}

// xConnect's work for a table without state of its own: declares `schema`,
// marks the table INNOCUOUS and allocates a plain sqlite3_vtab.
inline int connect_innocuous(sqlite3* db, const char* schema, sqlite3_vtab** out) {
  int rc = sqlite3_declare_vtab(db, schema);
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  auto* vt = static_cast<sqlite3_vtab*>(sqlite3_malloc(sizeof(sqlite3_vtab)));
  if (!vt) return SQLITE_NOMEM;
  *vt = sqlite3_vtab{};
  *out = vt;
  return SQLITE_OK;
}

// A sqlite3_module filled member by member from the static callbacks of V,
// so it compiles against SQLite versions with more or fewer members.
// Eponymous-only modules have no xCreate; others use xConnect for it too.
template <class V>
sqlite3_module make_module(bool eponymous_only) {
  sqlite3_module m{};
  m.iVersion = 0;
  m.xCreate = eponymous_only ? nullptr : V::connect;
  m.xConnect = V::connect;
  m.xBestIndex = V::best_index;
  m.xDisconnect = V::disconnect;
  m.xDestroy = V::disconnect;
  m.xOpen = V::open;
  m.xClose = V::close;
  m.xFilter = V::filter;
  m.xNext = V::next;
  m.xEof = V::eof;
  m.xColumn = V::column;
  m.xRowid = V::rowid;
  return m;
}

}  // namespace natocorpus::sqlite
