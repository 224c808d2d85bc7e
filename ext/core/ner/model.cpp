#include "ner/model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include <sys/mman.h>
#include <zlib.h>

#include <cstdlib>
#include <new>

#include "data.hpp"
#include "error.hpp"

namespace natocorpus::core {

namespace {
const char* const kTagNames[kNerTags] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                         "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
const char* const kLabelNames[5] = {"", "PER", "ORG", "LOC", "MISC"};
constexpr char kMagic[8] = {'N', 'C', 'N', 'E', 'R', '0', '0', '1'};
}  // namespace

const char* ner_tag_name(int tag) noexcept { return tag >= 0 && tag < kNerTags ? kTagNames[tag] : "?"; }
const char* ner_label_name(int tag) noexcept { return kLabelNames[tag >= 0 && tag < kNerTags ? ner_class(tag) : 0]; }

int ner_tag_from_name(std::string_view name) noexcept {
  for (int t = 0; t < kNerTags; ++t)
    if (name == kTagNames[t]) return t;
  return -1;
}

bool ner_transition_allowed(int prev, int cur) noexcept {
  if (!ner_is_inside(cur)) return true;
  return prev >= 0 && prev != kO && ner_class(prev) == ner_class(cur);
}

void viterbi(const std::vector<float>& em, const float* tr, std::size_t n,
             const std::vector<std::uint8_t>& allowed, std::vector<int>& path) {
  path.assign(n, kO);
  if (n == 0) return;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<float> score(n * kNerTags, kNeg);
  std::vector<int> back(n * kNerTags, 0);
  auto ok = [&](std::size_t i, int t) { return allowed.empty() || allowed[i * kNerTags + t]; };
  for (int t = 0; t < kNerTags; ++t)
    if (ok(0, t) && ner_transition_allowed(-1, t)) score[t] = em[t] + tr[kNerTags * kNerTags + t];
  for (std::size_t i = 1; i < n; ++i) {
    for (int t = 0; t < kNerTags; ++t) {
      if (!ok(i, t)) continue;
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < kNerTags; ++p) {
        float s = score[(i - 1) * kNerTags + p];
        if (s == kNeg || !ner_transition_allowed(p, t)) continue;
        s += tr[p * kNerTags + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      if (best == kNeg) continue;
      score[i * kNerTags + t] = best + em[i * kNerTags + t];
      back[i * kNerTags + t] = arg;
    }
  }
  int t = 0;
  float best = kNeg;
  for (int k = 0; k < kNerTags; ++k)
    if (score[(n - 1) * kNerTags + k] > best) {
      best = score[(n - 1) * kNerTags + k];
      t = k;
    }
  for (std::size_t i = n; i-- > 0;) {
    path[i] = t;
    t = back[i * kNerTags + t];
  }
}

void NerModel::FreeDeleter::operator()(std::int8_t* p) const noexcept { std::free(p); }

// The weights are read at random, one row per feature: on 2 MB pages (where
// the kernel grants them) the lookups miss the TLB far less often.
void NerModel::allocate_weights(std::size_t n) {
  constexpr std::size_t kHuge = 2u << 20;
  std::size_t size = (n + kHuge - 1) / kHuge * kHuge;
  void* p = nullptr;
  if (posix_memalign(&p, kHuge, size) != 0) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, size, MADV_HUGEPAGE);
#endif
  weights_.reset(static_cast<std::int8_t*>(p));
  weight_count_ = n;
}

NerModel NerModel::from_weights(std::uint32_t buckets, const std::vector<float>& weights,
                                const std::vector<float>& transitions) {
  NerModel m;
  m.buckets_ = buckets;
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  m.scale_ = max_abs > 0 ? max_abs / 127.0f : 1.0f;
  m.allocate_weights(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i)
    m.weights_[i] = static_cast<std::int8_t>(std::lround(weights[i] / m.scale_));
  m.transitions_ = transitions;
  return m;
}

void NerModel::tag(const std::vector<std::vector<std::uint32_t>>& features, std::vector<int>& tags) const {
  std::size_t n = features.size();
  std::vector<float> em(n * kNerTags, 0.0f);
  // The rows are read at random: ask for them a few features ahead, so the
  // cache misses overlap.
  constexpr std::size_t kAhead = 8;
  for (std::size_t i = 0; i < n; ++i) {
    int acc[kNerTags] = {0};
    const auto& fs = features[i];
    for (std::size_t k = 0; k < fs.size() && k < kAhead; ++k)
      __builtin_prefetch(&weights_[static_cast<std::size_t>(fs[k]) * kNerTags]);
    for (std::size_t k = 0; k < fs.size(); ++k) {
      if (k + kAhead < fs.size()) __builtin_prefetch(&weights_[static_cast<std::size_t>(fs[k + kAhead]) * kNerTags]);
      else if (i + 1 < n && k + kAhead - fs.size() < features[i + 1].size())
        __builtin_prefetch(&weights_[static_cast<std::size_t>(features[i + 1][k + kAhead - fs.size()]) * kNerTags]);
      const std::int8_t* w = &weights_[static_cast<std::size_t>(fs[k]) * kNerTags];
      for (int t = 0; t < kNerTags; ++t) acc[t] += w[t];
    }
    for (int t = 0; t < kNerTags; ++t) em[i * kNerTags + t] = static_cast<float>(acc[t]) * scale_;
  }
  viterbi(em, transitions_.data(), n, {}, tags);
}

std::string NerModel::serialize() const {
  std::string out(kMagic, sizeof kMagic);
  auto put = [&](const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); };
  std::uint32_t tags = kNerTags;
  put(&buckets_, 4);
  put(&tags, 4);
  put(&scale_, 4);
  put(transitions_.data(), transitions_.size() * sizeof(float));
  put(weights_.get(), weight_count_);
  return out;
}

NerModel NerModel::parse(std::string_view b) {
  NerModel m;
  std::size_t header = sizeof kMagic + 12;
  if (b.size() < header || std::memcmp(b.data(), kMagic, sizeof kMagic) != 0)
    throw Error("NER model: not a natocorpus model");
  std::uint32_t tags;
  std::memcpy(&m.buckets_, b.data() + 8, 4);
  std::memcpy(&tags, b.data() + 12, 4);
  std::memcpy(&m.scale_, b.data() + 16, 4);
  std::size_t ntrans = static_cast<std::size_t>(kNerTags + 1) * kNerTags;
  std::size_t nweights = static_cast<std::size_t>(m.buckets_) * kNerTags;
  if (tags != kNerTags || b.size() != header + ntrans * sizeof(float) + nweights)
    throw Error("NER model: size does not match its header");
  m.transitions_.resize(ntrans);
  std::memcpy(m.transitions_.data(), b.data() + header, ntrans * sizeof(float));
  m.allocate_weights(nweights);
  std::memcpy(m.weights_.get(), b.data() + header + ntrans * sizeof(float), nweights);
  return m;
}

namespace {

std::string gunzip(std::string_view gz) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) throw Error("NER model: zlib init failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  std::string out;
  char buf[1 << 16];
  int rc;
  do {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&z);
      throw Error("NER model: corrupt gzip data");
    }
    out.append(buf, sizeof buf - z.avail_out);
  } while (rc != Z_STREAM_END);
  inflateEnd(&z);
  return out;
}

}  // namespace

const NerModel& builtin_ner_model() {
  static const NerModel model = NerModel::parse(gunzip(data::ner_model_gz()));
  return model;
}

}  // namespace natocorpus::core
