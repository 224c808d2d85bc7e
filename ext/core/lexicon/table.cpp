#include "lexicon/table.hpp"

#include "data.hpp"
#include "lexicon/tsv.hpp"

namespace natocorpus::core {

KnowledgeTable::KnowledgeTable(std::string_view name) {
  std::string_view text = data::table(name);
  // Column names: the last tab-holding comment line before the first data line.
  std::string_view rest = text;
  while (!rest.empty() && rest.front() == '#') {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    if (line.find('\t') != std::string_view::npos) {
      columns_.clear();
      line.remove_prefix(1);
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      for_each_tsv_row(line, [&](const std::vector<std::string_view>& f) {
        for (auto c : f) columns_.emplace_back(c);
      });
    }
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  }
  for_each_tsv_row(text, [&](const std::vector<std::string_view>& f) { rows_.push_back(f); });
}

std::string_view KnowledgeTable::get(std::size_t r, std::string_view column) const {
  for (std::size_t c = 0; c < columns_.size(); ++c)
    if (columns_[c] == column) return c < rows_[r].size() ? rows_[r][c] : std::string_view{};
  return {};
}

std::vector<std::string_view> KnowledgeTable::list(std::size_t r, std::string_view column) const {
  std::vector<std::string_view> out;
  std::string_view v = get(r, column);
  while (!v.empty()) {
    std::size_t bar = v.find('|');
    std::string_view item = v.substr(0, bar);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.push_back(item);
    if (bar == std::string_view::npos) break;
    v = v.substr(bar + 1);
  }
  return out;
}

}  // namespace natocorpus::core
