// bench_corpus: throughput of the natocorpus module on the 10kGNAD test split.
//
//   ./build/bench/bench_corpus [--ext MODULE] [--data CSV] [--repeat N] [--loads N]
//
// It parses ../shared/data/10kgnad/test.csv (';'-separated, quotechar "'",
// "<label>;<title + body>", no header), writes each article's text to its own
// .txt file in a fresh mkdtemp() directory under /tmp, and measures, in one run:
//
//   - the floor: the same files read by `cat` (spawned, output to /dev/null)
//     and by open/read/close in this process;
//   - articles(dir):  reading, decoding and normalising the files;
//   - sentences() and tokens() joined to articles(dir): reading + segmenting;
//   - sentences() and tokens() over bodies already in an in-memory table, so
//     the segmenter is measured alone (plus that table's plain scan, the SQL
//     overhead floor, and tokens() with its norm column computed);
//   - entities() and quotes() over the same in-memory bodies, alone and in one
//     query (speakers with the organisations of the same article), taken in
//     turns so that other load on the machine weighs on all three alike;
//   - .load: opening a fresh :memory: connection and sqlite3_load_extension,
//     both while no other connection holds the module (sqlite3_close unloads
//     it, so each load maps the module and its libraries again) and while
//     another connection keeps it mapped (registration only);
//   - the peak resident set size of the process (getrusage ru_maxrss).
//
// Every figure is the best and the median of --repeat runs (3 by default);
// MB/s is 10^6 bytes of article text (the bytes written to the files) per
// second of wall-clock time (std::chrono::steady_clock). The files were just
// written, so they are read from the page cache: the figures are warm-cache
// CPU cost, not disk speed. The directory is removed at the end.
//
// When the data file is absent the program prints "skipped: ... absent" and
// exits 0. The data are never copied anywhere but the temporary directory.
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

extern char** environ;

#ifndef NATOCORPUS_BENCH_MODULE
#define NATOCORPUS_BENCH_MODULE "build/libnatocorpus.so"
#endif
#ifndef NATOCORPUS_BENCH_DATA
#define NATOCORPUS_BENCH_DATA "../shared/data/10kgnad/test.csv"
#endif

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// ---------------------------------------------------------------- options

struct Options {
  std::string module = NATOCORPUS_BENCH_MODULE;
  std::string data = NATOCORPUS_BENCH_DATA;
  int repeat = 3;
  int loads = 50;
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: bench_corpus [--ext MODULE] [--data CSV] [--repeat N] [--loads N]\n"
               "  --ext MODULE  the natocorpus module (default %s)\n"
               "  --data CSV    the 10kGNAD test split (default %s)\n"
               "  --repeat N    runs per figure, best and median printed (default 3)\n"
               "  --loads N     connections opened for the .load figure (default 50)\n",
               NATOCORPUS_BENCH_MODULE, NATOCORPUS_BENCH_DATA);
}

int positive_int(const char* flag, const char* s) {
  char* end = nullptr;
  long v = std::strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < 1 || v > 100000)
    throw std::runtime_error(std::string(flag) + " takes a positive number, not '" + s + "'");
  return static_cast<int>(v);
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      usage(stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) {
      usage(stderr);
      throw std::runtime_error("unknown or incomplete option: " + a);
    }
    const char* v = argv[++i];
    if (a == "--ext") o.module = v;
    else if (a == "--data") o.data = v;
    else if (a == "--repeat") o.repeat = positive_int("--repeat", v);
    else if (a == "--loads") o.loads = positive_int("--loads", v);
    else {
      usage(stderr);
      throw std::runtime_error("unknown option: " + a);
    }
  }
  return o;
}

// ---------------------------------------------------------------- CSV

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw std::runtime_error("cannot read " + path);
  return std::move(ss).str();
}

// Records of a CSV text, as Python's csv.reader(f, delimiter=delim,
// quotechar=quote) reads them (doublequote on, strict off): a field that
// starts with the quote char is quoted, may hold delimiters and line breaks,
// and writes a quote char as two; a quote char inside an unquoted field is
// an ordinary character. A record ends at \n, \r or \r\n outside quotes.
// Empty lines give no record.
std::vector<std::vector<std::string>> parse_csv(std::string_view text, char delim, char quote) {
  enum class State { StartRecord, StartField, InField, InQuoted, QuoteInQuoted };
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  State state = State::StartRecord;
  auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    end_field();
    records.push_back(std::move(record));
    record.clear();
    state = State::StartRecord;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool eol = c == '\n' || c == '\r';
    if (eol && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n' &&
        state != State::InQuoted)
      ++i;  // \r\n is one line break
    switch (state) {
      case State::StartRecord:
        if (eol) break;  // empty line
        state = State::StartField;
        [[fallthrough]];
      case State::StartField:
        if (eol) end_record();
        else if (c == quote) state = State::InQuoted;
        else if (c == delim) end_field();
        else {
          field.push_back(c);
          state = State::InField;
        }
        break;
      case State::InField:
        if (eol) end_record();
        else if (c == delim) {
          end_field();
          state = State::StartField;
        } else {
          field.push_back(c);
        }
        break;
      case State::InQuoted:
        if (c == quote) state = State::QuoteInQuoted;
        else field.push_back(c);
        break;
      case State::QuoteInQuoted:
        if (c == quote) {  // '' -> '
          field.push_back(c);
          state = State::InQuoted;
        } else if (c == delim) {
          end_field();
          state = State::StartField;
        } else if (eol) {
          end_record();
        } else {
          field.push_back(c);
          state = State::InField;
        }
        break;
    }
  }
  if (state != State::StartRecord) end_record();  // no line break at the end
  return records;
}

// ---------------------------------------------------------------- temp dir

// A directory made by mkdtemp() under /tmp, removed with its contents when
// the object goes away (normal end or exception).
class TempDir {
 public:
  TempDir() {
    std::string tmpl = "/tmp/natocorpus-bench.XXXXXX";
    if (!::mkdtemp(tmpl.data()))
      throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
    if (ec) std::fprintf(stderr, "warning: cannot remove %s: %s\n", path_.c_str(), ec.message().c_str());
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void write_file(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path);
}

// ---------------------------------------------------------------- SQLite

class Stmt;

// An open connection; closed by the destructor.
class Db {
 public:
  explicit Db(const char* name) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(name, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    db_ = db;  // sqlite3_open_v2 gives a handle even on failure; close it then too
    if (rc != SQLITE_OK) {
      std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      db_ = nullptr;
      throw std::runtime_error(std::string("cannot open ") + name + ": " + msg);
    }
  }
  ~Db() { sqlite3_close(db_); }  // statements are all finalized by then
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* get() const { return db_; }

  // Loads an extension through the C API only (load_extension() stays off in SQL).
  void load_extension(const std::string& path) {
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
    char* err = nullptr;
    if (sqlite3_load_extension(db_, path.c_str(), nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      throw std::runtime_error("cannot load " + path + ": " + msg);
    }
  }

  void exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      throw std::runtime_error(std::string(sql) + ": " + msg);
    }
  }

 private:
  sqlite3* db_ = nullptr;
};

// A prepared statement; finalized by the destructor.
class Stmt {
 public:
  Stmt(Db& db, const std::string& sql) : db_(db.get()), sql_(sql) {
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK)
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  void bind_text(int i, const std::string& v) {
    if (sqlite3_bind_text(stmt_, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
      throw std::runtime_error(sql_ + ": bind: " + sqlite3_errmsg(db_));
  }

  // Runs the statement to the end and returns column 0 of its first row as
  // an integer (0 when there is no row); the statement is reset for the next run.
  std::int64_t run() {
    std::int64_t first = 0;
    bool have = false;
    int rc;
    while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
      if (!have) first = sqlite3_column_int64(stmt_, 0);
      have = true;
    }
    if (rc != SQLITE_DONE) {
      std::string msg = sqlite3_errmsg(db_);
      sqlite3_reset(stmt_);
      throw std::runtime_error(sql_ + ": " + msg);
    }
    sqlite3_reset(stmt_);
    return first;
  }

  const std::string& sql() const { return sql_; }

 private:
  sqlite3* db_;
  std::string sql_;
  sqlite3_stmt* stmt_ = nullptr;
};

// ---------------------------------------------------------------- timing

struct Timing {
  double best = 0, median = 0;  // seconds
};

Timing summarize(std::vector<double> t) {
  std::sort(t.begin(), t.end());
  std::size_t n = t.size();
  double median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
  return {t.front(), median};
}

// Runs fn() `repeat` times; fn returns the figure it computed (a row count,
// a byte count), which must be the same every time.
Timing time_runs(int repeat, const std::function<std::int64_t()>& fn, std::int64_t* result) {
  std::vector<double> t;
  for (int i = 0; i < repeat; ++i) {
    auto t0 = Clock::now();
    std::int64_t r = fn();
    t.push_back(seconds_since(t0));
    if (i > 0 && r != *result)
      throw std::runtime_error("result changed between runs: " + std::to_string(*result) +
                               " then " + std::to_string(r));
    *result = r;
  }
  return summarize(std::move(t));
}

// The same for several figures taken in turns (a, b, c, a, b, c, ...), so
// that load from other programs weighs on each about alike and their ratios
// hold better than those of figures taken one after the other.
std::vector<Timing> time_turns(int repeat, const std::vector<std::function<std::int64_t()>>& fns,
                               std::vector<std::int64_t>* results) {
  std::vector<std::vector<double>> t(fns.size());
  results->assign(fns.size(), 0);
  for (int i = 0; i < repeat; ++i) {
    for (std::size_t f = 0; f < fns.size(); ++f) {
      auto t0 = Clock::now();
      std::int64_t r = fns[f]();
      t[f].push_back(seconds_since(t0));
      if (i > 0 && r != (*results)[f])
        throw std::runtime_error("result changed between runs: " + std::to_string((*results)[f]) +
                                 " then " + std::to_string(r));
      (*results)[f] = r;
    }
  }
  std::vector<Timing> out;
  for (auto& v : t) out.push_back(summarize(std::move(v)));
  return out;
}

std::string with_commas(std::int64_t v) {
  std::string s = std::to_string(v < 0 ? -v : v);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return v < 0 ? "-" + s : s;
}

double peak_rss_mib() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

// One table row: the figure's name, best/median time and MB/s, and what it returned.
class Report {
 public:
  explicit Report(std::int64_t bytes) : mb_(static_cast<double>(bytes) / 1e6) {}

  void header() const {
    std::printf("\n%-34s %10s %10s %10s %10s  %s\n", "figure", "best s", "median s", "best MB/s",
                "med MB/s", "result");
  }
  void row(const std::string& name, const Timing& t, const std::string& result,
           const std::string& what) const {
    std::printf("%-34s %10.4f %10.4f %10.1f %10.1f  %s\n", name.c_str(), t.best, t.median,
                mb_ / t.best, mb_ / t.median, result.c_str());
    std::printf("  %s\n", what.c_str());
    std::fflush(stdout);
  }

 private:
  double mb_;
};

// ---------------------------------------------------------------- floors

// `cat file...` with its output sent to /dev/null, spawned without a shell.
std::int64_t cat_files(const std::vector<std::string>& files) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>("cat"));
  argv.push_back(const_cast<char*>("--"));
  for (const auto& f : files) argv.push_back(const_cast<char*>(f.c_str()));
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "cat", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error(std::string("cannot run cat: ") + std::strerror(rc));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("cat failed");
  return static_cast<std::int64_t>(files.size());
}

// open/read/close of every file into one reused buffer; returns the bytes read.
std::int64_t read_files(const std::vector<std::string>& files) {
  std::vector<char> buf(1 << 17);
  std::int64_t total = 0;
  for (const auto& f : files) {
    int fd = ::open(f.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("cannot open " + f + ": " + std::strerror(errno));
    ssize_t n;
    while ((n = ::read(fd, buf.data(), buf.size())) > 0) total += n;
    int err = errno;
    ::close(fd);
    if (n < 0) throw std::runtime_error("cannot read " + f + ": " + std::strerror(err));
  }
  return total;
}

// ---------------------------------------------------------------- .load

// True when the dynamic loader has the module mapped (as `path`, or as
// path + ".so", which sqlite3_load_extension also tries).
bool module_mapped(const std::string& path) {
  for (const std::string& p : {path, path + ".so"}) {
    if (void* h = ::dlopen(p.c_str(), RTLD_LAZY | RTLD_NOLOAD)) {
      ::dlclose(h);
      return true;
    }
  }
  return false;
}

struct LoadTiming {
  Timing t;
  double first = 0;  // seconds
};

// `n` times: open a fresh :memory: connection and load the module into it
// (timed), then close it (not timed).
LoadTiming time_loads(const std::string& module, int n) {
  std::vector<double> t;
  for (int i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    Db db(":memory:");
    db.load_extension(module);
    t.push_back(seconds_since(t0));
  }
  double first = t.front();
  return {summarize(std::move(t)), first};
}

// ---------------------------------------------------------------- main

int run(const Options& opt) {
  struct stat st {};
  if (::stat(opt.data.c_str(), &st) != 0) {
    std::printf("skipped: %s absent\n", opt.data.c_str());
    return 0;
  }

  // The articles: the text field of each record (the label is not written).
  std::vector<std::string> texts;
  {
    auto records = parse_csv(read_file(opt.data), ';', '\'');
    std::size_t odd = 0;
    for (auto& r : records) {
      if (r.size() != 2) ++odd;
      if (r.size() >= 2) texts.push_back(std::move(r[1]));
    }
    if (odd) std::printf("warning: %zu records without exactly two fields\n", odd);
  }
  if (texts.empty()) throw std::runtime_error("no articles in " + opt.data);

  TempDir dir;
  std::vector<std::string> files;
  std::int64_t bytes = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/%05zu.txt", i + 1);  // byte order = CSV order
    files.push_back(dir.path() + name);
    write_file(files.back(), texts[i]);
    bytes += static_cast<std::int64_t>(texts[i].size());
  }
  const auto n_articles = static_cast<std::int64_t>(texts.size());
  texts = {};  // the files hold them now

  std::printf("natocorpus benchmark: 10kGNAD test split\n");
  std::printf("data:     %s\n", opt.data.c_str());
  std::printf("module:   %s\n", opt.module.c_str());
  std::printf("sqlite:   %s\n", sqlite3_libversion());
  std::printf("articles: %s, %s bytes of text = %.3f MB (10^6 bytes), one .txt each in %s\n",
              with_commas(n_articles).c_str(), with_commas(bytes).c_str(),
              static_cast<double>(bytes) / 1e6, dir.path().c_str());
  std::printf("runs:     %d per figure, best and median; MB/s = %.3f MB / seconds; warm page cache\n",
              opt.repeat, static_cast<double>(bytes) / 1e6);
  const double rss_before = peak_rss_mib();
  std::fflush(stdout);

  // .load, first with no other connection holding the module, so that each
  // sqlite3_close() may unload it, then with `db` keeping it mapped.
  // SQLite's own one-time set-up is left out of the first figure.
  if (sqlite3_initialize() != SQLITE_OK) throw std::runtime_error("sqlite3_initialize failed");
  const LoadTiming cold = time_loads(opt.module, opt.loads);
  const bool stays_mapped = module_mapped(opt.module);
  Db db(":memory:");
  db.load_extension(opt.module);
  const LoadTiming warm = time_loads(opt.module, opt.loads);

  Report report(bytes);
  report.header();
  std::int64_t result = 0;
  Timing t;

  t = time_runs(opt.repeat, [&] { return cat_files(files); }, &result);
  report.row("floor: cat", t, with_commas(result) + " files",
             "cat -- <the " + with_commas(n_articles) +
                 " files> >/dev/null, spawned (posix_spawnp, no shell): includes fork+exec of cat");
  t = time_runs(opt.repeat, [&] { return read_files(files); }, &result);
  report.row("floor: read() in C++", t, with_commas(result) + " bytes",
             "open/read(128 KiB)/close of each file in this process, no SQLite");

  auto query_row = [&](const std::string& name, Stmt& q, const std::string& unit,
                       const std::string& note) {
    std::int64_t r = 0;
    Timing tq = time_runs(opt.repeat, [&] { return q.run(); }, &r);
    report.row(name, tq, with_commas(r) + " " + unit, q.sql() + (note.empty() ? "" : "  -- " + note));
    return tq;
  };
  Timing entities_time{}, quotes_time{}, joined_time{}, dates_time{}, dated_time{}, doc_date_time{}, fts_time{};

  {
    Stmt q(db, "SELECT sum(length(body)) FROM articles(?1)");
    q.bind_text(1, dir.path());
    query_row("articles(dir)", q, "chars", "read + decode + NFC + header/title + words per file");
  }
  {
    Stmt q(db, "SELECT count(*) FROM articles(?1) a, sentences(a.body)");
    q.bind_text(1, dir.path());
    query_row("articles(dir) + sentences", q, "sentences", "files read and split in one query");
  }
  {
    Stmt q(db, "SELECT count(*) FROM articles(?1) a, tokens(a.body)");
    q.bind_text(1, dir.path());
    query_row("articles(dir) + tokens", q, "tokens", "files read and tokenized in one query");
  }

  // The bodies, read once into an in-memory table: the segmenter alone.
  {
    Stmt load_bodies(db, "CREATE TABLE mem AS SELECT body FROM articles(?1)");
    load_bodies.bind_text(1, dir.path());
    load_bodies.run();
  }
  std::int64_t body_bytes = 0;
  {
    Stmt q(db, "SELECT sum(length(CAST(body AS BLOB))) FROM mem");
    body_bytes = q.run();
  }
  {
    Stmt q(db, "SELECT sum(length(body)) FROM mem");
    query_row("mem: scan only", q, "chars", "SQL overhead floor for the mem rows");
  }
  {
    Stmt q(db, "SELECT count(*) FROM mem m, sentences(m.body)");
    query_row("mem: sentences", q, "sentences", "sentence splitter alone");
  }
  {
    Stmt q(db, "SELECT count(*) FROM mem m, tokens(m.body)");
    query_row("mem: tokens", q, "tokens", "tokenizer alone (it also splits sentences)");
  }
  {
    Stmt q(db, "SELECT count(*), sum(length(t.norm)) FROM mem m, tokens(m.body) t");
    query_row("mem: tokens + norm column", q, "tokens", "tokenizer + case folding of every token");
  }
  {
    // The model is unpacked on first use: do that before timing.
    Stmt warm(db, "SELECT count(*) FROM entities('Jens Stoltenberg in Kiew.')");
    warm.run();
    // entities() and quotes() alone, and a query that asks both of each
    // body, in turns. The connection keeps the entities of its last four
    // texts, so the joined query tags each body once; run alone, one after
    // the other, each query tags every body (the last bodies the one before
    // kept are gone by the time the next one reaches them).
    Stmt e(db, "SELECT count(*) FROM mem m, entities(m.body)");
    Stmt q(db, "SELECT count(*) FROM mem m, quotes(m.body)");
    Stmt j(db,
           "SELECT count(*) FROM (SELECT q.canonical AS speaker, e.canonical AS named, count(*) AS n "
           "FROM mem m, quotes(m.body) q, entities(m.body) e "
           "WHERE q.canonical IS NOT NULL AND e.label = 'ORG' GROUP BY 1, 2)");
    std::vector<std::int64_t> r;
    std::vector<Timing> t3 = time_turns(opt.repeat, {[&] { return e.run(); }, [&] { return q.run(); }, [&] { return j.run(); }}, &r);
    entities_time = t3[0];
    quotes_time = t3[1];
    joined_time = t3[2];
    report.row("mem: entities", entities_time, with_commas(r[0]) + " mentions",
               e.sql() + "  -- tokens + tagger + lexicon + canonical names");
    report.row("mem: quotes", quotes_time, with_commas(r[1]) + " quotations",
               q.sql() + "  -- marks + entities + tokens + cues + speakers");
    report.row("mem: entities + quotes, 1 query", joined_time, with_commas(r[2]) + " pairs",
               j.sql() + "  -- speakers with the organisations of the same article");
  }
  {
    Stmt q(db, "SELECT count(*) FROM mem m, dates(m.body, '2016-06-01')");
    dates_time = query_row("mem: dates with ref", q, "expressions", "tokens + time expressions, anchored on ref");
  }
  {
    Stmt q(db, "SELECT count(*) FROM mem m, dates(m.body)");
    dated_time = query_row("mem: dates without ref", q, "expressions", "doc_date(body) first, then dates anchored on it");
  }
  {
    Stmt q(db, "SELECT count(doc_date(m.body)) FROM mem m");
    doc_date_time = query_row("mem: doc_date", q, "dated", "clues: dates, offices, members, events");
  }
  {
    // FTS5 indexing of the same bodies, for scale (SQLite's own tokenizer).
    Stmt make(db, "CREATE VIRTUAL TABLE fts USING fts5(body, tokenize='unicode61')");
    make.run();
    Stmt clear(db, "DELETE FROM fts");
    Stmt fill(db, "INSERT INTO fts SELECT body FROM mem");
    Stmt count(db, "SELECT count(*) FROM fts");
    std::int64_t rows = 0;
    Timing tq = time_runs(opt.repeat, [&] {
      clear.run();
      fill.run();
      return count.run();
    }, &rows);
    report.row("mem: FTS5 unicode61 index", tq, with_commas(rows) + " rows",
               "DELETE FROM fts; INSERT INTO fts SELECT body FROM mem  -- for scale");
    fts_time = tq;
  }
  std::printf("\nentities vs FTS5 indexing, best runs: entities takes %.1f times as long "
              "(%.2f MB/s against %.1f MB/s)\n",
              entities_time.best / fts_time.best, static_cast<double>(bytes) / 1e6 / entities_time.best,
              static_cast<double>(bytes) / 1e6 / fts_time.best);

  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("quotes vs entities, best runs: entities %.2f MB/s, quotes %.2f MB/s; quotes takes %.2f times "
              "as long as entities (medians: %.2f)\n",
              mb / entities_time.best, mb / quotes_time.best, quotes_time.best / entities_time.best,
              quotes_time.median / entities_time.median);
  std::printf("entities + quotes, best runs: one query %.3f s, run separately %.3f s (entities %.3f s + quotes "
              "%.3f s): the one query takes %.2f times as long (medians: %.2f)\n",
              joined_time.best, entities_time.best + quotes_time.best, entities_time.best, quotes_time.best,
              joined_time.best / (entities_time.best + quotes_time.best),
              joined_time.median / (entities_time.median + quotes_time.median));

  std::printf("dates: %.2f MB/s with ref, %.2f MB/s without (doc_date first); doc_date alone %.2f MB/s\n",
              static_cast<double>(bytes) / 1e6 / dates_time.best, static_cast<double>(bytes) / 1e6 / dated_time.best,
              static_cast<double>(bytes) / 1e6 / doc_date_time.best);

  std::printf("\nmem table: %s bytes of body (MB/s above still divides the file bytes, %s)\n",
              with_commas(body_bytes).c_str(), with_commas(bytes).c_str());
  std::printf("\n.load = sqlite3_open(\":memory:\") + sqlite3_load_extension, %d times each:\n",
              opt.loads);
  std::printf(".load, no other connection: median %.3f ms, best %.3f ms, first %.3f ms  %s\n",
              cold.t.median * 1e3, cold.t.best * 1e3, cold.first * 1e3,
              stays_mapped ? "(NOTE: the module stayed mapped after sqlite3_close: only the "
                             "first load mapped it)"
                           : "(sqlite3_close unloads the module: each load maps it and its "
                             "libraries again)");
  std::printf(".load, module kept mapped:  median %.3f ms, best %.3f ms  (another connection "
              "holds it: registration only)\n",
              warm.t.median * 1e3, warm.t.best * 1e3);
  std::printf("peak RSS (getrusage ru_maxrss): %.1f MiB (%.1f MiB before the first load)\n",
              peak_rss_mib(), rss_before);
  std::printf("removing %s\n", dir.path().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse_options(argc, argv));
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "bench_corpus: %s\n", e.what());
    return 1;
  }
}
