#include "corpus/paths.hpp"

#include <dirent.h>
#include <glob.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "error.hpp"

namespace natocorpus::core {

namespace {

bool ends_with(const std::string& s, const char* suffix) {
  std::size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool is_directory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool has_glob_chars(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

}  // namespace

CorpusFile classify_file(std::string path) {
  CorpusFile f;
  std::string name = base_name(path);
  if (ends_with(name, ".gz")) name.resize(name.size() - 3);
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")) {
    f.format = FileFormat::Jsonl;
    name.resize(name.size() - (ends_with(name, ".jsonl") ? 6 : 7));
  } else {
    std::size_t dot = name.find_last_of('.');
    if (dot != std::string::npos && dot > 0) name.resize(dot);
  }
  f.stem = std::move(name);
  f.path = std::move(path);
  return f;
}

bool is_corpus_file_name(const std::string& name) {
  std::string n = ends_with(name, ".gz") ? name.substr(0, name.size() - 3) : name;
  return ends_with(n, ".txt") || ends_with(n, ".jsonl") || ends_with(n, ".ndjson");
}

PathWalker::PathWalker(const std::string& source) {
  if (source.empty()) throw Error("source is empty: give a file, a directory or a glob");
  struct stat st;
  if (::stat(source.c_str(), &st) == 0) {
    roots_.push_back(source);
    return;
  }
  int stat_errno = errno;
  if (has_glob_chars(source)) {
    glob_t g{};
    int rc = ::glob(source.c_str(), 0, nullptr, &g);
    if (rc == 0) {
      for (std::size_t i = 0; i < g.gl_pathc; ++i) roots_.emplace_back(g.gl_pathv[i]);
    }
    ::globfree(&g);
    if (rc == GLOB_NOSPACE) throw std::bad_alloc();
    if (roots_.empty()) throw Error("no file matches: " + source);
    std::sort(roots_.begin(), roots_.end());
    return;
  }
  if (stat_errno == ENOENT || stat_errno == ENOTDIR)
    throw Error("no such file or directory: " + source);
  throw Error("cannot read " + source + ": " + std::strerror(stat_errno));
}

void PathWalker::push_dir(const std::string& path) {
  Dir d;
  d.path = path;
  if (DIR* dir = ::opendir(path.c_str())) {
    while (struct dirent* e = ::readdir(dir)) {
      std::string name = e->d_name;
      if (name.empty() || name[0] == '.') continue;  // hidden, "." and ".."
      std::string full = path + "/" + name;
      struct stat lst;
      if (::lstat(full.c_str(), &lst) != 0) continue;  // vanished meanwhile
      if (S_ISDIR(lst.st_mode)) {
        d.entries.emplace_back(name, true);
      } else if (is_corpus_file_name(name)) {
        // Regular files and links to files; a link to a directory is not
        // followed (no cycles); a broken link yields a row with its error.
        if (S_ISLNK(lst.st_mode) && is_directory(full)) continue;
        d.entries.emplace_back(name, false);
      }
    }
    ::closedir(dir);
  }
  // Sorting "name/" for directories gives the byte order of the full paths.
  std::sort(d.entries.begin(), d.entries.end(), [](const auto& a, const auto& b) {
    std::string ka = a.second ? a.first + "/" : a.first;
    std::string kb = b.second ? b.first + "/" : b.first;
    return ka < kb;
  });
  stack_.push_back(std::move(d));
}

bool PathWalker::next(CorpusFile& out) {
  while (true) {
    while (!stack_.empty()) {
      Dir& d = stack_.back();
      if (d.next >= d.entries.size()) {
        stack_.pop_back();
        continue;
      }
      const auto& [name, is_dir] = d.entries[d.next++];
      std::string full = d.path + "/" + name;
      if (is_dir) {
        push_dir(full);  // invalidates d
        continue;
      }
      out = classify_file(std::move(full));
      return true;
    }
    if (next_root_ >= roots_.size()) return false;
    const std::string& root = roots_[next_root_++];
    if (is_directory(root)) {
      std::string path = root;
      while (path.size() > 1 && path.back() == '/') path.pop_back();
      push_dir(path);
      continue;
    }
    out = classify_file(root);
    return true;
  }
}

}  // namespace natocorpus::core
