// sqltest: runs SQL test scripts against the natocorpus module.
//
//   sqltest --ext build/libnatocorpus tests/sql/sentences.test ...
//
// A script is a list of records separated by blank lines:
//
//   # a comment
//   statement ok
//   CREATE TABLE t(x);
//
//   statement error unsafe use of virtual table
//   SELECT * FROM v;
//
//   query IT rowsort
//   SELECT 1, 'a';
//   ----
//   1	a
//
// Query rows are one line each, values separated by a tab; NULL is "NULL",
// the empty string "(empty)"; a newline, tab or backslash inside a value is
// written \n, \t or \\. The types say what each column holds: I integer,
// T text, R real, ? anything (NULL fits every type). "rowsort" compares the
// rows sorted; "nosort" (the default) in order.
//
//   plan
//   SELECT ... ;
//   ----
//   SCAN a
//   SCAN s
// checks EXPLAIN QUERY PLAN: each expected line must occur, in this order, in
// the detail of successive plan rows (other rows may come between).
//
//   require <path>      skip the rest of the script (exit 77) when path is missing
//
// ${NAME} in SQL is replaced by the environment variable NAME (empty when unset).
// Each script runs in its own in-memory database with the module loaded.
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

struct Record {
  int line = 0;
  std::string kind;  // statement / query / require
  std::string arg1, arg2;
  std::string sql;
  std::vector<std::string> expected;
};

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string substitute(const std::string& sql) {
  std::string out;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] == '$' && i + 1 < sql.size() && sql[i + 1] == '{') {
      std::size_t close = sql.find('}', i);
      if (close != std::string::npos) {
        std::string name = sql.substr(i + 2, close - i - 2);
        if (const char* v = std::getenv(name.c_str())) out += v;
        i = close;
        continue;
      }
    }
    out.push_back(sql[i]);
  }
  return out;
}

std::vector<Record> parse(std::istream& in) {
  std::vector<Record> records;
  std::string line;
  int n = 0;
  Record cur;
  enum { None, Sql, Rows } state = None;
  auto flush = [&] {
    if (!cur.kind.empty()) records.push_back(cur);
    cur = Record{};
    state = None;
  };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) {
      flush();
      continue;
    }
    if (state == None) {
      if (line[0] == '#') continue;
      std::istringstream head(line);
      head >> cur.kind;
      cur.line = n;
      if (cur.kind == "plan") {
        state = Sql;
      } else if (cur.kind == "statement" || cur.kind == "query") {
        head >> cur.arg1;
        std::string rest;
        std::getline(head, rest);
        cur.arg2 = trim(rest);
        state = Sql;
      } else if (cur.kind == "require") {
        std::string rest;
        std::getline(head, rest);
        cur.arg1 = substitute(trim(rest));
        flush();
      } else {
        std::cerr << "line " << n << ": unknown record '" << cur.kind << "'\n";
        std::exit(2);
      }
      continue;
    }
    if (state == Sql) {
      if ((cur.kind == "query" || cur.kind == "plan") && line == "----") {
        state = Rows;
        continue;
      }
      cur.sql += line + "\n";
    } else {
      cur.expected.push_back(line);
    }
  }
  flush();
  return records;
}

std::string format_value(sqlite3_stmt* st, int i) {
  if (sqlite3_column_type(st, i) == SQLITE_NULL) return "NULL";
  const unsigned char* p = sqlite3_column_text(st, i);
  int len = sqlite3_column_bytes(st, i);
  if (len == 0) return "(empty)";
  std::string out;
  for (int k = 0; k < len; ++k) {
    char c = static_cast<char>(p[k]);
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\\') out += "\\\\";
    else out.push_back(c);
  }
  return out;
}

bool type_fits(char want, int got) {
  if (got == SQLITE_NULL || want == '?') return true;
  switch (want) {
    case 'I': return got == SQLITE_INTEGER;
    case 'T': return got == SQLITE_TEXT;
    case 'R': return got == SQLITE_FLOAT || got == SQLITE_INTEGER;
    default: return false;
  }
}

// Runs every statement of `sql`; the last one's rows go to `rows`.
int run_sql(sqlite3* db, const std::string& sql, std::vector<std::string>* rows,
            const std::string& types, std::string& error) {
  const char* tail = sql.c_str();
  while (tail && *tail) {
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, tail, -1, &st, &tail);
    if (rc != SQLITE_OK) {
      error = sqlite3_errmsg(db);
      return rc;
    }
    if (!st) break;  // only white space or comments left
    if (rows) rows->clear();
    int cols = sqlite3_column_count(st);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (!rows) continue;
      if (!types.empty() && static_cast<int>(types.size()) != cols) {
        error = "query has " + std::to_string(cols) + " columns, types say " +
                std::to_string(types.size());
        sqlite3_finalize(st);
        return SQLITE_MISMATCH;
      }
      std::string row;
      for (int i = 0; i < cols; ++i) {
        if (!types.empty() && !type_fits(types[i], sqlite3_column_type(st, i))) {
          error = "column " + std::to_string(i + 1) + " is not of type " + types[i] + ": " +
                  format_value(st, i);
          sqlite3_finalize(st);
          return SQLITE_MISMATCH;
        }
        if (i) row += '\t';
        row += format_value(st, i);
      }
      rows->push_back(row);
    }
    if (rc != SQLITE_DONE) {
      error = sqlite3_errmsg(db);
      sqlite3_finalize(st);
      return rc;
    }
    sqlite3_finalize(st);
  }
  return SQLITE_OK;
}

bool exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// 0 when all passed, 1 on failures, 77 when skipped.
int run_file(const std::string& path, const std::string& ext, int& passed, int& failed) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return 2;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    std::cerr << "cannot open a database\n";
    return 2;
  }
  sqlite3_enable_load_extension(db, 1);
  char* err = nullptr;
  if (sqlite3_load_extension(db, ext.c_str(), nullptr, &err) != SQLITE_OK) {
    std::cerr << path << ": cannot load " << ext << ": " << (err ? err : "?") << "\n";
    sqlite3_free(err);
    sqlite3_close(db);
    return 2;
  }
  int result = 0;
  for (const Record& r : parse(in)) {
    std::string where = path + ":" + std::to_string(r.line);
    if (r.kind == "require") {
      if (!exists(r.arg1)) {
        std::cout << path << ": skipped: " << r.arg1 << " is absent\n";
        result = 77;
        break;
      }
      continue;
    }
    std::string sql = substitute(r.sql);
    std::string error;
    if (r.kind == "statement") {
      int rc = run_sql(db, sql, nullptr, "", error);
      bool want_error = r.arg1 == "error";
      bool ok = want_error ? (rc != SQLITE_OK && error.find(r.arg2) != std::string::npos)
                           : rc == SQLITE_OK;
      if (ok) {
        ++passed;
      } else {
        ++failed;
        result = 1;
        std::cout << where << ": FAILED\n" << sql;
        if (want_error)
          std::cout << "  expected an error containing: " << r.arg2 << "\n  got: "
                    << (rc == SQLITE_OK ? "no error" : error) << "\n";
        else
          std::cout << "  error: " << error << "\n";
      }
      continue;
    }
    if (r.kind == "plan") {
      std::vector<std::string> rows;
      int rc = run_sql(db, "EXPLAIN QUERY PLAN " + sql, &rows, "", error);
      std::size_t next = 0;
      for (const auto& row : rows) {
        if (next < r.expected.size() && row.find(r.expected[next]) != std::string::npos) ++next;
      }
      if (rc == SQLITE_OK && next == r.expected.size()) {
        ++passed;
      } else {
        ++failed;
        result = 1;
        std::cout << where << ": FAILED\n" << sql;
        if (rc != SQLITE_OK) std::cout << "  error: " << error << "\n";
        std::cout << "  plan:\n";
        for (auto& g : rows) std::cout << "    " << g << "\n";
        if (next < r.expected.size()) std::cout << "  missing: " << r.expected[next] << "\n";
      }
      continue;
    }
    std::vector<std::string> rows;
    int rc = run_sql(db, sql, &rows, r.arg1, error);
    std::vector<std::string> want = r.expected;
    if (r.arg2 == "rowsort") {
      std::sort(rows.begin(), rows.end());
      std::sort(want.begin(), want.end());
    }
    if (rc == SQLITE_OK && rows == want) {
      ++passed;
      continue;
    }
    ++failed;
    result = 1;
    std::cout << where << ": FAILED\n" << sql;
    if (rc != SQLITE_OK) {
      std::cout << "  error: " << error << "\n";
    } else {
      std::cout << "  expected:\n";
      for (auto& w : want) std::cout << "    " << w << "\n";
      std::cout << "  got:\n";
      for (auto& g : rows) std::cout << "    " << g << "\n";
    }
  }
  sqlite3_close(db);
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  std::string ext;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--ext" && i + 1 < argc) {
      ext = argv[++i];
    } else {
      files.push_back(a);
    }
  }
  if (ext.empty() || files.empty()) {
    std::cerr << "usage: sqltest --ext path/to/libnatocorpus file.test...\n";
    return 2;
  }
  int passed = 0, failed = 0, rc = 0;
  bool skipped = false;
  for (const auto& f : files) {
    int r = run_file(f, ext, passed, failed);
    if (r == 77) skipped = true;
    else if (r != 0) rc = 1;
  }
  std::cout << "sqltest: " << passed << " passed, " << failed << " failed\n";
  if (rc == 0 && skipped && passed == 0) return 77;
  return rc;
}
