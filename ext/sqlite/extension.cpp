// The entry point: sqlite3_natocorpus_init registers every SQL object from
// the tables below. The first failure stops it with
// "natocorpus: cannot register X: ...".
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <memory>

#include "connection.hpp"
#include "objects.hpp"

namespace natocorpus::sqlite {
namespace {

struct ModuleEntry {
  const char* name;
  const sqlite3_module& (*module)();
  bool uses_connection;  // its client data is the connection's shared state
};

const ModuleEntry kModules[] = {
    {"articles", articles_module, false},
    {"sentences", sentences_module, false},
    {"tokens", tokens_module, false},
    {"entities", entities_module, true},
    {"quotes", quotes_module, true},
    {"dates", dates_module, false},
    {"doc_date_evidence", doc_date_evidence_module, false},
    {"natocorpus_aliases", natocorpus_aliases_module, false},
};

// A module's reference to the connection's state, freed by SQLite when the
// module goes (the connection closes, or the module is registered again).
void release_connection(void* p) noexcept { delete static_cast<ConnectionRef*>(p); }

struct FunctionEntry {
  const char* name;
  int args;
  int flags;
  void (*fn)(sqlite3_context*, int, sqlite3_value**);
};

constexpr int kPure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

const FunctionEntry kFunctions[] = {
    {"natocorpus_version", 0, kPure, natocorpus_version_fn},
    {"natocorpus_debug", 0, kPure, natocorpus_debug_fn},
    {"doc_date", 1, kPure, doc_date_fn},
};

int register_all(sqlite3* db, char** err) noexcept {
  ConnectionRef connection;
  try {
    connection = std::make_shared<Connection>();
  } catch (...) {
    return SQLITE_NOMEM;
  }
  for (const auto& m : kModules) {
    ConnectionRef* aux = nullptr;
    if (m.uses_connection) {
      aux = new (std::nothrow) ConnectionRef(connection);
      if (!aux) return SQLITE_NOMEM;
    }
    // On failure SQLite calls release_connection(aux) itself.
    int rc = sqlite3_create_module_v2(db, m.name, &m.module(), aux, aux ? release_connection : nullptr);
    if (rc != SQLITE_OK) {
      *err = sqlite3_mprintf("natocorpus: cannot register %s: %s", m.name, sqlite3_errmsg(db));
      return rc;
    }
  }
  for (const auto& f : kFunctions) {
    int rc = sqlite3_create_function_v2(db, f.name, f.args, f.flags, nullptr, f.fn, nullptr,
                                        nullptr, nullptr);
    if (rc != SQLITE_OK) {
      *err = sqlite3_mprintf("natocorpus: cannot register %s: %s", f.name, sqlite3_errmsg(db));
      return rc;
    }
  }
  return SQLITE_OK;
}

}  // namespace
}  // namespace natocorpus::sqlite

extern "C" __attribute__((visibility("default"))) int sqlite3_natocorpus_init(
    sqlite3* db, char** err, const sqlite3_api_routines* api) {
  SQLITE_EXTENSION_INIT2(api);
  return natocorpus::sqlite::register_all(db, err);
}
