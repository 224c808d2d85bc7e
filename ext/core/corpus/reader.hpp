// Reads a corpus source article by article. Memory holds one file (a text
// article) or one line (jsonl) at a time, whatever the size of the corpus.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "corpus/article.hpp"
#include "corpus/paths.hpp"

namespace natocorpus::core {

class CorpusReader {
 public:
  // Throws Error when `source` names nothing ("no such file or directory: ...").
  explicit CorpusReader(const std::string& source);
  ~CorpusReader();
  CorpusReader(const CorpusReader&) = delete;
  CorpusReader& operator=(const CorpusReader&) = delete;

  // The next article; false at the end. A file or line that cannot be read
  // still gives an article, with `error` set.
  bool next(Article& out);

 private:
  class LineReader;
  void read_text_file(const CorpusFile& f, Article& out);
  bool next_jsonl_line(Article& out);

  PathWalker walker_;
  std::unique_ptr<LineReader> jsonl_;  // open jsonl file, if any
  CorpusFile jsonl_file_;
  std::int64_t jsonl_line_ = 0;
  bool jsonl_failed_ = false;
  std::vector<char> buffer_;  // read buffer, reused across files
};

// Builds an article from one jsonl line (exposed for tests).
void article_from_json_line(const std::string& line, const CorpusFile& file, std::int64_t line_no,
                            Article& out);

}  // namespace natocorpus::core
