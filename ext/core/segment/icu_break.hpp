// ICU break iterators over UTF-8 text, without converting to UTF-16: the
// iterator reads the text through a UText, so boundaries are byte offsets.
#pragma once
#include <memory>
#include <string_view>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace natocorpus::core {

enum class BreakKind { Sentence, Word };

class Utf8Breaker {
 public:
  explicit Utf8Breaker(BreakKind kind);
  ~Utf8Breaker();
  Utf8Breaker(const Utf8Breaker&) = delete;
  Utf8Breaker& operator=(const Utf8Breaker&) = delete;

  // Points the iterator at `text` (valid UTF-8, kept alive by the caller).
  void reset(std::string_view text);
  // Next boundary as a byte offset, or -1 when done.
  long next();
  // Rule status of the segment that ends at the last boundary returned.
  int rule_status() const;

 private:
  std::unique_ptr<icu::BreakIterator> it_;
  UText* ut_ = nullptr;
};

}  // namespace natocorpus::core
