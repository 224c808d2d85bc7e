// natocorpus_debug(): versions of the extension and its libraries, one line each:
//   natocorpus 0.1.0 (Release)
//   sqlite 3.40.1 (at run time)
//   icu 72.1
//   utf8proc 2.8.0
//   zlib 1.2.13
#include <string>

#include <unicode/uversion.h>
#include <utf8proc.h>
#include <zlib.h>

#include "glue.hpp"
#include "objects.hpp"
#include "version.hpp"

namespace natocorpus::sqlite {

void natocorpus_debug_fn(sqlite3_context* ctx, int, sqlite3_value**) {
  int rc = guard("natocorpus_debug", nullptr, [&] {
    UVersionInfo icu;
    u_getVersion(icu);
    char icu_text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icu_text);
    std::string s = std::string("natocorpus ") + core::kVersion + " (" + core::kBuildType + ")\n" +
                    "sqlite " + sqlite3_libversion() + " (at run time)\n" + "icu " + icu_text + "\n" +
                    "utf8proc " + utf8proc_version() + "\n" + "zlib " + zlibVersion();
    result_text(ctx, s);
    return SQLITE_OK;
  });
  if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
}

}  // namespace natocorpus::sqlite
