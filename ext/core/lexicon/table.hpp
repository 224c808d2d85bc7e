// A knowledge table from ext/data with named columns. The column names come
// from the last comment line before the data that holds a tab
// ("# canonical<TAB>label<TAB>...").
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace natocorpus::core {

class KnowledgeTable {
 public:
  // The embedded table `name` (empty when the module has none).
  explicit KnowledgeTable(std::string_view name);

  std::size_t rows() const noexcept { return rows_.size(); }
  // The field of `column` in row r ("" when the table has no such column).
  std::string_view get(std::size_t r, std::string_view column) const;
  // A '|'-separated field, split.
  std::vector<std::string_view> list(std::size_t r, std::string_view column) const;

 private:
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string_view>> rows_;
};

}  // namespace natocorpus::core
