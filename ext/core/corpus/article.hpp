// One article of a corpus, as the `articles` table shows it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace natocorpus::core {

struct Article {
  std::string id;                    // file stem, or stem:line / the record's id for jsonl
  std::string path;
  std::optional<std::string> title;  // the headline, when the text opens with one
  std::optional<std::string> date;   // ISO 8601 from a header or a jsonl field
  std::optional<std::string> url;
  std::string body;                  // NFC, without any metadata header
  std::int64_t words = 0;
  std::string meta = "{}";           // JSON object: every other header or jsonl field
  std::string encoding;
  std::optional<std::string> error;  // why the file or line could not be read
};

// A date or date-time at the start of `s`, normalised to ISO 8601:
// "2023-04-20", "2023-04", "2023", "20.04.2023", "20.4.2023",
// "2023/04/20", optionally followed by a time ("18:05", "T18:05:00Z",
// "18:05 Uhr") -> "2023-04-20T18:05". `consumed` gets the bytes read.
// Impossible dates ("31.02.2023") are not dates.
std::optional<std::string> parse_iso_date(std::string_view s, std::size_t* consumed = nullptr);

struct Header {
  std::optional<std::string> date, title, url, id;
  std::vector<std::pair<std::string, std::string>> other;  // key (lower case), value
  std::size_t body_offset = 0;  // where the text after the header starts
};

// Metadata at the start of a text file: lines such as "Datum: 13.04.2023",
// "date: 2023-04-20", "Titel: ...", "URL: ...", or a bare " date 2023-04"
// that the body follows on the same line.
Header parse_header(std::string_view text);

// The headline: a first line of at most 200 characters that does not end
// with a full stop (or , ; :) and that more text follows.
std::optional<std::string> find_title(std::string_view body);

// Runs of non-space characters that hold a letter or a digit.
std::int64_t count_words(std::string_view text) noexcept;

}  // namespace natocorpus::core
