#include "glue.hpp"

namespace natocorpus::sqlite {

std::string dequote(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.size() < 2) return std::string(s);
  char open = s.front(), close = s.back();
  if (!((open == '\'' && close == '\'') || (open == '"' && close == '"') ||
        (open == '[' && close == ']') || (open == '`' && close == '`')))
    return std::string(s);
  std::string out;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    out.push_back(s[i]);
    if (s[i] == close && open != '[' && i + 2 < s.size() && s[i + 1] == close) ++i;  // '' -> '
  }
  return out;
}

}  // namespace natocorpus::sqlite
