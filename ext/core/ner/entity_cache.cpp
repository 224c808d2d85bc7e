#include "ner/entity_cache.hpp"

#include <algorithm>

namespace natocorpus::core {

EntityCache::EntityCache(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {
  entries_.reserve(capacity_);
}

std::shared_ptr<const EntityAnalysis> EntityCache::analyse(std::string_view text) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (!e.analysis || std::string_view(e.text) != text) continue;  // the size first, then the bytes
    ++hits_;
    std::rotate(entries_.begin(), entries_.begin() + static_cast<std::ptrdiff_t>(i),
                entries_.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    return entries_.front().analysis;
  }
  ++misses_;
  if (!finder_) finder_.emplace();
  // The entry used least recently goes; its buffers are reused when no
  // caller holds its analysis any more.
  if (entries_.size() < capacity_) entries_.emplace_back();
  std::rotate(entries_.rbegin(), entries_.rbegin() + 1, entries_.rend());
  Entry& e = entries_.front();
  if (!e.analysis || e.analysis.use_count() > 1) e.analysis = std::make_shared<EntityAnalysis>();
  e.text.clear();  // a failed find below leaves no entry that matches
  try {
    finder_->find(text, *e.analysis);
  } catch (...) {
    e.analysis.reset();
    throw;
  }
  e.text.assign(text.data(), text.size());
  return e.analysis;
}

}  // namespace natocorpus::core
