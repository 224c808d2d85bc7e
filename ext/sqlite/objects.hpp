// The SQL objects the extension registers; each lives in its own file.
#pragma once
#include <sqlite3ext.h>

namespace natocorpus::sqlite {

const sqlite3_module& articles_module();   // articles_vtab.cpp
const sqlite3_module& sentences_module();  // sentences_vtab.cpp
const sqlite3_module& tokens_module();     // tokens_vtab.cpp
const sqlite3_module& entities_module();   // entities_vtab.cpp
const sqlite3_module& quotes_module();     // quotes_vtab.cpp
const sqlite3_module& dates_module();      // dates_vtab.cpp
const sqlite3_module& doc_date_evidence_module();  // doc_date_evidence_vtab.cpp
const sqlite3_module& natocorpus_aliases_module();  // natocorpus_aliases_vtab.cpp

void natocorpus_version_fn(sqlite3_context*, int, sqlite3_value**);  // natocorpus_version_fn.cpp
void natocorpus_debug_fn(sqlite3_context*, int, sqlite3_value**);    // natocorpus_debug_fn.cpp
void doc_date_fn(sqlite3_context*, int, sqlite3_value**);            // doc_date_fn.cpp

}  // namespace natocorpus::sqlite
