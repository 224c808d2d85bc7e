#include "corpus/reader.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstring>

#include <nlohmann/json.hpp>

#include "corpus/decode.hpp"
#include "error.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

constexpr unsigned kBufferSize = 1 << 17;

// True when zlib has recorded an error (a truncated file reads as 0 bytes
// with Z_BUF_ERROR, "unexpected end of file").
bool gz_failed(gzFile f) {
  int code = Z_OK;
  gzerror(f, &code);
  return code != Z_OK && code != Z_STREAM_END;
}

std::string gz_error(gzFile f) {
  int code = 0;
  const char* msg = gzerror(f, &code);
  if (code == Z_ERRNO) return std::strerror(errno);
  return msg && *msg ? msg : "read error";
}

// Opens a file through zlib, which reads gzip and plain files alike.
gzFile open_file(const std::string& path, std::string& error) {
  errno = 0;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) {
    error = errno ? std::strerror(errno) : "cannot open";
    return nullptr;
  }
  gzbuffer(f, kBufferSize);
  return f;
}

// The body and the words from decoded text.
void finish_body(std::string text, Article& out) {
  out.body = nfc(text);
  out.words = count_words(out.body);
}

void reset_article(Article& a) {
  a = Article{};
}

}  // namespace

class CorpusReader::LineReader {
 public:
  explicit LineReader(gzFile f) : f_(f), buf_(kBufferSize) {}
  ~LineReader() { gzclose(f_); }
  // Reads the next line without its '\n'; false at the end. Throws on a read error.
  bool read(std::string& line) {
    line.clear();
    while (true) {
      if (pos_ == len_) {
        if (eof_) return !line.empty();
        int n = gzread(f_, buf_.data(), static_cast<unsigned>(buf_.size()));
        if (n < 0 || (n == 0 && gz_failed(f_))) throw Error(gz_error(f_));
        if (n == 0) {
          eof_ = true;
          return !line.empty();
        }
        pos_ = 0;
        len_ = static_cast<std::size_t>(n);
      }
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      if (nl) {
        std::size_t n = static_cast<const char*>(nl) - start;
        line.append(start, n);
        pos_ += n + 1;
        return true;
      }
      line.append(start, len_ - pos_);
      pos_ = len_;
    }
  }

 private:
  gzFile f_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
};

CorpusReader::CorpusReader(const std::string& source) : walker_(source) {}
CorpusReader::~CorpusReader() = default;

bool CorpusReader::next(Article& out) {
  while (true) {
    if (jsonl_) {
      if (next_jsonl_line(out)) return true;
      jsonl_.reset();
    }
    CorpusFile f;
    if (!walker_.next(f)) return false;
    if (f.format == FileFormat::Jsonl) {
      std::string error;
      gzFile gz = open_file(f.path, error);
      if (!gz) {
        reset_article(out);
        out.id = f.stem;
        out.path = f.path;
        out.error = "cannot open: " + error;
        return true;
      }
      jsonl_ = std::make_unique<LineReader>(gz);
      jsonl_file_ = std::move(f);
      jsonl_line_ = 0;
      jsonl_failed_ = false;
      continue;
    }
    read_text_file(f, out);
    return true;
  }
}

void CorpusReader::read_text_file(const CorpusFile& f, Article& out) {
  reset_article(out);
  out.id = f.stem;
  out.path = f.path;
  std::string error;
  gzFile gz = open_file(f.path, error);
  if (!gz) {
    out.error = "cannot open: " + error;
    return;
  }
  std::string bytes;
  buffer_.resize(kBufferSize);
  while (true) {
    int n = gzread(gz, buffer_.data(), static_cast<unsigned>(buffer_.size()));
    if (n < 0 || (n == 0 && gz_failed(gz))) {
      out.error = "cannot read: " + gz_error(gz);
      gzclose(gz);
      return;
    }
    if (n == 0) break;
    bytes.append(buffer_.data(), static_cast<std::size_t>(n));
  }
  gzclose(gz);

  Decoded d = decode_bytes(std::move(bytes));
  out.encoding = d.encoding;
  if (d.error) {
    out.error = *d.error;
    return;
  }
  Header h = parse_header(d.text);
  out.date = h.date;
  out.url = h.url;
  if (h.id) out.id = *h.id;
  if (!h.other.empty()) {
    nlohmann::json meta = nlohmann::json::object();
    for (auto& [k, v] : h.other) meta[k] = v;
    out.meta = meta.dump();
  }
  finish_body(d.text.substr(h.body_offset), out);
  out.title = h.title ? h.title : find_title(out.body);
}

bool CorpusReader::next_jsonl_line(Article& out) {
  if (jsonl_failed_) return false;
  std::string line;
  while (true) {
    try {
      if (!jsonl_->read(line)) return false;
    } catch (const Error& e) {
      reset_article(out);
      out.id = jsonl_file_.stem + ":" + std::to_string(jsonl_line_ + 1);
      out.path = jsonl_file_.path;
      out.error = std::string("cannot read: ") + e.what();
      jsonl_failed_ = true;  // the rest of the file cannot be trusted
      return true;
    }
    ++jsonl_line_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
    article_from_json_line(line, jsonl_file_, jsonl_line_, out);
    return true;
  }
}

void article_from_json_line(const std::string& line, const CorpusFile& file, std::int64_t line_no,
                            Article& out) {
  reset_article(out);
  out.id = file.stem + ":" + std::to_string(line_no);
  out.path = file.path;
  Decoded d = decode_bytes(line);
  out.encoding = d.encoding;
  if (d.error) {
    out.error = "line " + std::to_string(line_no) + ": " + *d.error;
    return;
  }
  nlohmann::json j = nlohmann::json::parse(d.text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    out.error = "line " + std::to_string(line_no) + ": not valid JSON";
    return;
  }
  if (!j.is_object()) {
    out.error = "line " + std::to_string(line_no) + ": not a JSON object";
    return;
  }
  auto take_string = [&](const char* key) -> std::optional<std::string> {
    auto it = j.find(key);
    if (it == j.end()) return std::nullopt;
    if (it->is_string()) {
      std::string v = it->get<std::string>();
      j.erase(it);
      return v;
    }
    if (it->is_number()) {
      std::string v = it->dump();
      j.erase(it);
      return v;
    }
    return std::nullopt;  // kept in meta
  };
  std::optional<std::string> text = take_string("text");
  if (!text) text = take_string("body");
  if (auto id = take_string("id")) out.id = *id;
  auto title = take_string("title");
  out.url = take_string("url");
  if (auto it = j.find("date"); it != j.end() && it->is_string()) {
    std::string raw = it->get<std::string>();
    std::size_t used = 0;
    auto date = parse_iso_date(raw, &used);
    if (date && used == raw.size()) {
      out.date = date;
      j.erase(it);
    }  // else: not a date we can read; kept in meta as it is
  }
  out.meta = j.dump();
  if (!text) {
    out.error = "line " + std::to_string(line_no) + ": no \"text\" or \"body\" string";
    return;
  }
  finish_body(std::move(*text), out);
  out.title = title ? title : find_title(out.body);
}

}  // namespace natocorpus::core
