#include "segment/icu_break.hpp"

#include <mutex>
#include <string>

#include <unicode/locid.h>

#include "error.hpp"

namespace natocorpus::core {

namespace {

// The prototypes are built once (ICU loads rules then) and only cloned after.
std::unique_ptr<icu::BreakIterator> clone_prototype(BreakKind kind) {
  static std::mutex mu;
  static std::unique_ptr<icu::BreakIterator> sentence, word;
  std::lock_guard<std::mutex> lock(mu);
  auto& proto = kind == BreakKind::Sentence ? sentence : word;
  if (!proto) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale& de = icu::Locale::getGerman();
    proto.reset(kind == BreakKind::Sentence ? icu::BreakIterator::createSentenceInstance(de, status)
                                            : icu::BreakIterator::createWordInstance(de, status));
    if (U_FAILURE(status) || !proto) {
      proto.reset();
      throw Error(std::string("ICU: cannot create break iterator: ") + u_errorName(status));
    }
  }
  std::unique_ptr<icu::BreakIterator> copy(proto->clone());
  if (!copy) throw std::bad_alloc();
  return copy;
}

}  // namespace

Utf8Breaker::Utf8Breaker(BreakKind kind) : it_(clone_prototype(kind)) {}

Utf8Breaker::~Utf8Breaker() {
  if (ut_) utext_close(ut_);
}

void Utf8Breaker::reset(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  ut_ = utext_openUTF8(ut_, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw Error(std::string("ICU: cannot open text: ") + u_errorName(status));
  it_->setText(ut_, status);
  if (U_FAILURE(status)) throw Error(std::string("ICU: cannot set text: ") + u_errorName(status));
  it_->first();
}

long Utf8Breaker::next() {
  int32_t b = it_->next();
  return b == icu::BreakIterator::DONE ? -1 : static_cast<long>(b);
}

int Utf8Breaker::rule_status() const { return it_->getRuleStatus(); }

}  // namespace natocorpus::core
