// The named-entity tagger's model: a linear model over hashed features
// (ner/features.hpp) with tag transitions, decoded with Viterbi. Tags are BIO
// over PER, ORG, LOC and MISC.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace natocorpus::core {

enum NerTag : int { kO = 0, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc, kNerTags };

const char* ner_tag_name(int tag) noexcept;   // "O", "B-PER", ...
const char* ner_label_name(int tag) noexcept; // "PER", "ORG", "LOC", "MISC" ("" for O)
int ner_tag_from_name(std::string_view name) noexcept;  // -1 when unknown
inline bool ner_is_inside(int tag) noexcept { return tag != kO && (tag % 2) == 0; }
inline int ner_class(int tag) noexcept { return tag == kO ? 0 : (tag + 1) / 2; }  // 1..4
// False for I-X after anything but B-X or I-X (and at the start).
bool ner_transition_allowed(int prev, int cur) noexcept;  // prev -1: sentence start

// Best tag sequence under emission scores (n x kNerTags, row-major) and
// transition scores ((kNerTags + 1) x kNerTags; row kNerTags is the start).
// `allowed`, when not empty, is an n x kNerTags mask of tags each position may take.
void viterbi(const std::vector<float>& emissions, const float* transitions, std::size_t n,
             const std::vector<std::uint8_t>& allowed, std::vector<int>& path);

class NerModel {
 public:
  // Parses the binary form written by serialize(); throws Error when malformed.
  static NerModel parse(std::string_view bytes);
  std::string serialize() const;

  std::uint32_t buckets() const noexcept { return buckets_; }
  // Tags for a sentence whose tokens have the features `features[i]`.
  void tag(const std::vector<std::vector<std::uint32_t>>& features, std::vector<int>& tags) const;

  // Builds a model from float weights (buckets x kNerTags) and transitions,
  // quantising the weights to 8 bits.
  static NerModel from_weights(std::uint32_t buckets, const std::vector<float>& weights,
                               const std::vector<float>& transitions);

 private:
  std::uint32_t buckets_ = 0;
  float scale_ = 1;                    // weight = q * scale_
  struct FreeDeleter {
    void operator()(std::int8_t* p) const noexcept;
  };
  void allocate_weights(std::size_t n);
  std::unique_ptr<std::int8_t[], FreeDeleter> weights_;  // buckets x kNerTags, huge-page aligned
  std::size_t weight_count_ = 0;
  std::vector<float> transitions_;     // (kNerTags + 1) x kNerTags
};

// The model compiled into the module, unpacked on first use (thread-safe).
const NerModel& builtin_ner_model();

}  // namespace natocorpus::core
