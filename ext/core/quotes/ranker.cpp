#include "quotes/ranker.hpp"

#include <charconv>

#include "lexicon/table.hpp"

namespace natocorpus::core {

const SpeakerRanker& SpeakerRanker::builtin() {
  static const SpeakerRanker ranker = [] {
    std::unordered_map<std::string, double> w;
    KnowledgeTable t("quote_ranker");
    for (std::size_t r = 0; r < t.rows(); ++r)
    {
      // from_chars: the C locale's decimal point whatever the host's locale.
      std::string_view v = t.get(r, "weight");
      double x = 0;
      if (std::from_chars(v.data(), v.data() + v.size(), x).ec == std::errc()) w.emplace(std::string(t.get(r, "feature")), x);
    }
    return SpeakerRanker(std::move(w));
  }();
  return ranker;
}

double SpeakerRanker::score(const std::vector<std::string>& features) const {
  double s = 0;
  for (const std::string& f : features)
    if (auto it = weights_.find(f); it != weights_.end()) s += it->second;
  return s;
}

}  // namespace natocorpus::core
