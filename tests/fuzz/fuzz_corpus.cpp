// libFuzzer target: reading articles. The input goes through decode_bytes,
// parse_header and the rest of the text-file path (as CorpusReader reads a
// .txt file), through article_from_json_line (whole, line by line as a
// jsonl file, and as a JSON object built from the input's fields), and
// through parse_iso_date.
//
// Invariants: decoded text is valid UTF-8 (and empty on error); valid UTF-8
// passes through unchanged; a NUL without a UTF-16 BOM is an error;
// body_offset <= size, on a code point boundary; header values, bodies,
// titles are valid UTF-8; bodies are NFC; meta is a JSON object; dates are
// ISO 8601 that parse_iso_date reads back unchanged. No exception escapes.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "corpus/article.hpp"
#include "corpus/decode.hpp"
#include "corpus/reader.hpp"
#include "fuzz_check.hpp"
#include "text/utf8.hpp"

using namespace natocorpus;

namespace {

bool valid(std::string_view s) { return core::find_invalid_utf8(s) == core::npos; }

void check_date(const std::optional<std::string>& date) {
  if (!date) return;
  FUZZ_CHECK(date->size() >= 4);
  std::size_t used = 0;
  auto again = core::parse_iso_date(*date, &used);
  FUZZ_CHECK(again && *again == *date && used == date->size());
}

void check_header(std::string_view text, bool text_is_utf8) {
  core::Header h = core::parse_header(text);
  FUZZ_CHECK(h.body_offset <= text.size());
  if (h.body_offset > 0) FUZZ_CHECK(h.date || h.title || h.url || h.id || !h.other.empty());
  check_date(h.date);
  if (!text_is_utf8) return;
  FUZZ_CHECK(fuzz::on_code_point_boundary(text, h.body_offset));
  for (const auto* v : {&h.title, &h.url, &h.id})
    if (*v) FUZZ_CHECK(valid(**v));
  for (const auto& [k, v] : h.other) {
    FUZZ_CHECK(!k.empty() && valid(k));
    FUZZ_CHECK(valid(v));
  }
}

// What CorpusReader does with a text file once it has its bytes.
void text_file_path(const std::string& bytes) {
  core::Decoded d = core::decode_bytes(bytes);
  FUZZ_CHECK(!d.encoding.empty());
  if (d.error) {
    FUZZ_CHECK(d.text.empty());
    return;
  }
  FUZZ_CHECK(valid(d.text));
  check_header(d.text, true);
  core::Header h = core::parse_header(d.text);
  std::string body = core::nfc(std::string_view(d.text).substr(h.body_offset));
  FUZZ_CHECK(valid(body));
  FUZZ_CHECK(core::nfc(body) == body);
  FUZZ_CHECK(core::count_words(body) >= 0);
  if (auto title = core::find_title(body)) {
    FUZZ_CHECK(!title->empty() && valid(*title));
    FUZZ_CHECK(core::count_chars(*title) <= 200);
  }
}

void json_line(const std::string& line, std::int64_t line_no) {
  static const core::CorpusFile file = core::classify_file("fuzz/input.jsonl");
  core::Article a;
  core::article_from_json_line(line, file, line_no, a);
  FUZZ_CHECK(!a.encoding.empty());
  if (a.error) {
    std::string prefix = "line " + std::to_string(line_no) + ": ";
    FUZZ_CHECK(a.error->compare(0, prefix.size(), prefix) == 0);
    return;
  }
  FUZZ_CHECK(valid(a.id) && valid(a.body) && valid(a.meta));
  FUZZ_CHECK(core::nfc(a.body) == a.body);
  FUZZ_CHECK(a.words == core::count_words(a.body));
  if (a.title) FUZZ_CHECK(valid(*a.title));
  if (a.url) FUZZ_CHECK(valid(*a.url));
  check_date(a.date);
  auto meta = nlohmann::json::parse(a.meta, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(meta.is_object());
  // The fields the article takes out are not left in meta.
  FUZZ_CHECK(!meta.contains("url") || !a.url);
  if (a.date) FUZZ_CHECK(!meta.contains("date"));
}

// A jsonl line built from the input, so that the field handling is reached
// (mutating bytes rarely gives a JSON object): the longest valid UTF-8
// prefix, split at '|' into text, date, title, id, url and author.
void structured_json_line(std::string_view input) {
  std::size_t bad = core::find_invalid_utf8(input);
  if (bad != core::npos) input = input.substr(0, bad);
  std::string_view parts[6];
  std::size_t n = 0;
  while (n < 6) {
    std::size_t bar = n < 5 ? input.find('|') : std::string_view::npos;
    parts[n++] = input.substr(0, bar);
    if (bar == std::string_view::npos) break;
    input.remove_prefix(bar + 1);
  }
  static const char* const keys[6] = {"text", "date", "title", "id", "url", "author"};
  nlohmann::json j = nlohmann::json::object();
  for (std::size_t i = 0; i < n; ++i) {
    std::string v(parts[i]);
    // A short all-digit id is given as a JSON number.
    if (i == 3 && !v.empty() && v.size() <= 15 &&
        v.find_first_not_of("0123456789") == std::string::npos && (v == "0" || v[0] != '0')) {
      j[keys[i]] = std::stoll(v);
    } else {
      j[keys[i]] = v;
    }
  }
  static const core::CorpusFile file = core::classify_file("fuzz/structured.jsonl");
  core::Article a;
  core::article_from_json_line(j.dump(), file, 7, a);
  FUZZ_CHECK(!a.error);
  FUZZ_CHECK(a.encoding == "UTF-8");
  FUZZ_CHECK(a.body == core::nfc(parts[0]));
  FUZZ_CHECK(a.words == core::count_words(a.body));
  auto meta = nlohmann::json::parse(a.meta, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(meta.is_object());
  FUZZ_CHECK(!meta.contains("text") && !meta.contains("title") && !meta.contains("id") &&
             !meta.contains("url"));
  if (n > 1) {
    std::string raw(parts[1]);
    std::size_t used = 0;
    auto date = core::parse_iso_date(raw, &used);
    if (date && used == raw.size()) {
      FUZZ_CHECK(a.date == date && !meta.contains("date"));
    } else {
      FUZZ_CHECK(!a.date && meta.contains("date") && meta["date"] == raw);
    }
    check_date(a.date);
  } else {
    FUZZ_CHECK(!a.date);
  }
  if (n > 2) {
    FUZZ_CHECK(a.title && *a.title == parts[2]);
  } else if (a.title) {
    FUZZ_CHECK(valid(*a.title));
  }
  if (n > 3) {
    FUZZ_CHECK(a.id == (j["id"].is_number() ? j["id"].dump() : std::string(parts[3])));
  } else {
    FUZZ_CHECK(a.id == "structured:7");
  }
  if (n > 4) FUZZ_CHECK(a.url && *a.url == parts[4]);
  if (n > 5) FUZZ_CHECK(meta.contains("author") && meta["author"] == std::string(parts[5]));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);

  // decode_bytes on its own.
  core::Decoded d = core::decode_bytes(bytes);
  FUZZ_CHECK(!d.encoding.empty());
  std::string_view rest(bytes);
  if (rest.size() >= 3 && std::memcmp(rest.data(), "\xEF\xBB\xBF", 3) == 0) rest.remove_prefix(3);
  bool utf16_bom = rest.size() >= 2 && (std::memcmp(rest.data(), "\xFF\xFE", 2) == 0 ||
                                        std::memcmp(rest.data(), "\xFE\xFF", 2) == 0);
  bool has_nul = rest.find('\0') != std::string_view::npos;
  if (d.error) {
    FUZZ_CHECK(d.text.empty());
  } else {
    FUZZ_CHECK(valid(d.text));
  }
  if (!utf16_bom && !has_nul && valid(rest)) {
    FUZZ_CHECK(!d.error && d.encoding == "UTF-8" && d.text == rest);
  }
  if (has_nul && !utf16_bom) FUZZ_CHECK(d.error.has_value());

  // parse_header on raw bytes (it must cope with anything) and the text path.
  check_header(bytes, valid(bytes));
  text_file_path(bytes);

  // jsonl: the whole input as one line, then its first lines one by one.
  json_line(bytes, 1);
  std::size_t pos = 0;
  for (std::int64_t n = 1; n <= 4 && pos < bytes.size(); ++n) {
    std::size_t nl = bytes.find('\n', pos);
    std::string line = bytes.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    json_line(line, n);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }

  structured_json_line(bytes);

  // Dates at the start of the input.
  std::size_t used = 0;
  if (auto date = core::parse_iso_date(bytes, &used)) {
    FUZZ_CHECK(used <= bytes.size());
    check_date(date);
  }
  return 0;
}
