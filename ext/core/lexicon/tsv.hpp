// Reading the embedded TSV tables: '#' starts a comment line, fields are tab-separated.
#pragma once
#include <string_view>
#include <vector>

namespace natocorpus::core {

// Calls fn(fields) for each non-empty, non-comment line of `tsv`.
template <class Fn>
void for_each_tsv_row(std::string_view tsv, Fn&& fn) {
  std::vector<std::string_view> fields;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view{} : tsv.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fields.clear();
    while (true) {
      std::size_t tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    fn(fields);
  }
}

}  // namespace natocorpus::core
