// The speaker ranker: a linear model over the features of a candidate
// speaker phrase (quotes/speaker.cpp), trained by tools/train_quote_ranker on
// SpkAtt-2023 (CC BY-SA 4.0) and kept in ext/data/quote_ranker.tsv. Of the
// candidates for one cue the one with the highest score speaks.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace natocorpus::core {

class SpeakerRanker {
 public:
  // The weights of ext/data/quote_ranker.tsv, read once.
  static const SpeakerRanker& builtin();
  // No weights: every score is 0, and the first candidate wins.
  static const SpeakerRanker& none() {
    static const SpeakerRanker empty;
    return empty;
  }
  SpeakerRanker() = default;
  explicit SpeakerRanker(std::unordered_map<std::string, double> weights) : weights_(std::move(weights)) {}
  // The sum of the weights of the features (an unknown feature weighs 0).
  double score(const std::vector<std::string>& features) const;
  bool empty() const noexcept { return weights_.empty(); }

 private:
  std::unordered_map<std::string, double> weights_;
};

}  // namespace natocorpus::core
