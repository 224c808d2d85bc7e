// Which files a corpus source names, in path order, found lazily.
#pragma once
#include <string>
#include <vector>

namespace natocorpus::core {

enum class FileFormat { Text, Jsonl };

struct CorpusFile {
  std::string path;
  FileFormat format = FileFormat::Text;
  std::string stem;  // file name without .gz and the format extension
};

// The format a file name implies: .jsonl and .ndjson (optionally .gz) are
// jsonl, everything else text.
CorpusFile classify_file(std::string path);

// True for the names a directory walk reads: *.txt, *.jsonl, *.ndjson, each
// optionally gzip-compressed (.gz).
bool is_corpus_file_name(const std::string& name);

// Walks a source: a file, a directory (recursively, hidden entries and
// symbolic links to directories skipped), or a glob pattern (glob(3); a
// directory it matches is walked). Files come in byte order of their path.
// The constructor throws Error when the source names nothing.
class PathWalker {
 public:
  explicit PathWalker(const std::string& source);
  bool next(CorpusFile& out);

 private:
  struct Dir {
    std::string path;
    std::vector<std::pair<std::string, bool>> entries;  // name, is directory
    std::size_t next = 0;
  };
  void push_dir(const std::string& path);

  std::vector<std::string> roots_;  // files and directories to visit, in order
  std::size_t next_root_ = 0;
  std::vector<Dir> stack_;
};

}  // namespace natocorpus::core
