// natocorpus_version(): the extension's version, as text ("0.1.0").
#include "glue.hpp"
#include "objects.hpp"
#include "version.hpp"

namespace natocorpus::sqlite {

void natocorpus_version_fn(sqlite3_context* ctx, int, sqlite3_value**) {
  sqlite3_result_text(ctx, core::kVersion, -1, SQLITE_STATIC);
}

}  // namespace natocorpus::sqlite
