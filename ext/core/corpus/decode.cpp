#include "corpus/decode.hpp"

#include <cstring>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const noexcept { ucsdet_close(d); }
};
struct ConverterCloser {
  void operator()(UConverter* c) const noexcept { ucnv_close(c); }
};

// Converts `bytes` from `charset` to UTF-8; false when a byte cannot be mapped.
bool convert(const std::string& bytes, const char* charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) return false;
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), cnv.get(), status);
  if (U_FAILURE(status)) return false;
  out.clear();
  u.toUTF8String(out);
  return true;
}

}  // namespace

Decoded decode_bytes(std::string bytes) {
  Decoded d;
  auto starts = [&](const char* p, std::size_t n) {
    return bytes.size() >= n && std::memcmp(bytes.data(), p, n) == 0;
  };
  if (starts("\xEF\xBB\xBF", 3)) bytes.erase(0, 3);

  std::size_t nul = bytes.find('\0');
  bool utf16_bom = starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2);
  if (!utf16_bom && nul == std::string::npos && find_invalid_utf8(bytes) == npos) {
    d.encoding = "UTF-8";
    d.text = std::move(bytes);
    return d;
  }

  std::string charset;
  if (utf16_bom) {
    charset = starts("\xFF\xFE", 2) ? "UTF-16LE" : "UTF-16BE";
    bytes.erase(0, 2);
  } else {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_SUCCESS(status) && bytes.size() <= static_cast<std::size_t>(INT32_MAX)) {
      ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
      const UCharsetMatch* m = ucsdet_detect(det.get(), &status);
      if (U_SUCCESS(status) && m) {
        const char* name = ucsdet_getName(m, &status);
        if (U_SUCCESS(status) && name) charset = name;
      }
    }
  }
  // A NUL byte without a UTF-16 BOM: binary data (UTF-16 without a BOM is
  // too rare in news archives to guess at).
  if (nul != std::string::npos && !utf16_bom) {
    d.encoding = "binary";
    d.error = "binary data (NUL byte at byte " + std::to_string(nul + 1) + ")";
    return d;
  }
  if (charset.empty() || charset == "UTF-8") {
    // Not valid UTF-8 and nothing better found: say where it breaks.
    std::size_t bad = find_invalid_utf8(bytes);
    d.encoding = "UTF-8";
    d.error = "not valid UTF-8 (byte " + std::to_string(bad + 1) + ") and no other encoding detected";
    return d;
  }
  d.encoding = charset;
  if (!convert(bytes, charset.c_str(), d.text)) {
    d.text.clear();
    d.error = "cannot decode as " + charset;
  }
  return d;
}

}  // namespace natocorpus::core
