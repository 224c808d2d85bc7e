// doc_date(text): the article's publication date inferred from its text, as
// 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (the most precise period the evidence
// supports), or NULL without enough evidence. doc_date_evidence(text) lists
// the clues. DETERMINISTIC and INNOCUOUS: nothing reads the clock.
#include "glue.hpp"
#include "objects.hpp"
#include "time/dating.hpp"

namespace natocorpus::sqlite {

void doc_date_fn(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  char* err = nullptr;
  int rc = guard("doc_date", &err, [&] {
    if (argc != 1) throw UsageError("takes one argument, the text");
    auto text = text_argument(argv[0]);
    if (!text || text->empty()) {
      sqlite3_result_null(ctx);
      return SQLITE_OK;
    }
    thread_local core::DocumentDater dater;  // its tokenizer is costly to build
    auto d = dater.date(*text);
    if (d) result_text(ctx, core::format_partial_date(*d));
    else sqlite3_result_null(ctx);
    return SQLITE_OK;
  });
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error(ctx, err ? err : "doc_date(): error", -1);
  }
  sqlite3_free(err);
}

}  // namespace natocorpus::sqlite
