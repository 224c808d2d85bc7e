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

}  // namespace natocorpus::sqlite
