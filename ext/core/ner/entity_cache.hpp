// The entity analyses of the last few texts read, so that one query that
// asks entities() and quotes() of the same text runs the tagger once.
//
// An analysis is reused only for a text byte for byte equal to the one it
// was made from (the cache keeps a copy of each text). The cache is not
// thread-safe: the SQLite glue keeps one per connection, and a connection is
// used by one thread at a time.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ner/entities.hpp"

namespace natocorpus::core {

class EntityCache {
 public:
  static constexpr std::size_t kDefaultCapacity = 4;
  explicit EntityCache(std::size_t capacity = kDefaultCapacity);

  // The analysis of `text` (valid UTF-8): the one kept for the same bytes,
  // else a new one (which then replaces the one used least recently). It
  // stays valid as long as the caller holds it, whatever the cache does.
  std::shared_ptr<const EntityAnalysis> analyse(std::string_view text);

  // How often the tagger ran (misses) and how often it did not (hits).
  std::uint64_t hits() const noexcept { return hits_; }
  std::uint64_t misses() const noexcept { return misses_; }

 private:
  struct Entry {
    std::string text;
    std::shared_ptr<EntityAnalysis> analysis;
  };
  std::optional<EntityFinder> finder_;  // made on the first miss
  std::vector<Entry> entries_;          // most recently used first
  std::size_t capacity_;
  std::uint64_t hits_ = 0, misses_ = 0;
};

}  // namespace natocorpus::core
