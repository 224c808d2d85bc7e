#include "corpus/article.hpp"

#include <cctype>
#include <cstdio>

#include "segment/chars.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid_ymd(int y, int m, int d) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 0 || m > 12) return false;
  if (m == 0) return d == 0;  // year precision
  if (d == 0) return true;    // month precision
  int last = days[m - 1] + (m == 2 && is_leap(y));
  return d >= 1 && d <= last;
}

// Reads 1..max digits at s[i]; returns -1 when there are fewer than min.
int read_int(std::string_view s, std::size_t& i, int min, int max) {
  int v = 0, n = 0;
  while (i < s.size() && n < max && std::isdigit(static_cast<unsigned char>(s[i]))) {
    v = v * 10 + (s[i] - '0');
    ++i;
    ++n;
  }
  if (n < min) return -1;
  if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) return -1;  // too long
  return v;
}

bool boundary_at(std::string_view s, std::size_t i) {
  return i >= s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
         s[i] == ',' || s[i] == ';' || s[i] == '|' || static_cast<unsigned char>(s[i]) >= 0x80;
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

// "18:05", "18:05:30", "T18:05:00Z", "18:05+02:00", "18.05 Uhr" at s[i].
bool read_time(std::string_view s, std::size_t& i, int& hh, int& mm) {
  std::size_t j = i;
  if (j < s.size() && (s[j] == 'T' || s[j] == ' ')) ++j;
  hh = read_int(s, j, 1, 2);
  if (hh < 0 || hh > 23 || j >= s.size() || (s[j] != ':' && s[j] != '.')) return false;
  ++j;
  mm = read_int(s, j, 2, 2);
  if (mm < 0 || mm > 59) return false;
  if (j < s.size() && s[j] == ':') {  // seconds, dropped
    std::size_t k = j + 1;
    if (read_int(s, k, 2, 2) >= 0) j = k;
    if (j < s.size() && s[j] == '.') {  // fractions
      ++j;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    }
  }
  if (j < s.size() && s[j] == 'Z') {
    ++j;
  } else if (j < s.size() && (s[j] == '+' || s[j] == '-')) {
    std::size_t k = j + 1;
    if (read_int(s, k, 2, 2) >= 0 && k < s.size() && s[k] == ':') {
      ++k;
      if (read_int(s, k, 2, 2) >= 0) j = k;
    }
  }
  if (s.substr(j, 4) == " Uhr") j += 4;
  if (!boundary_at(s, j)) return false;
  i = j;
  return true;
}

}  // namespace

std::optional<std::string> parse_iso_date(std::string_view s, std::size_t* consumed) {
  std::size_t i = 0;
  int y = -1, m = 0, d = 0;
  std::size_t j = 0;
  int first = read_int(s, j, 1, 4);
  if (first < 0) return std::nullopt;
  if (j == 4 && j < s.size() && (s[j] == '-' || s[j] == '/')) {
    // 2023-04-20, 2023-04, 2023/04/20
    char sep = s[j];
    y = first;
    ++j;
    m = read_int(s, j, 2, 2);
    if (m < 0) return std::nullopt;
    if (j < s.size() && s[j] == sep) {
      ++j;
      d = read_int(s, j, 2, 2);
      if (d < 0) return std::nullopt;
    }
    i = j;
  } else if (j <= 2 && j < s.size() && s[j] == '.') {
    // 20.04.2023, 20.4.2023
    d = first;
    ++j;
    m = read_int(s, j, 1, 2);
    if (m < 0 || j >= s.size() || s[j] != '.') return std::nullopt;
    ++j;
    y = read_int(s, j, 4, 4);
    if (y < 0) return std::nullopt;
    if (d == 0) return std::nullopt;
    i = j;
  } else if (j == 4) {
    y = first;
    i = j;
  } else {
    return std::nullopt;
  }
  if (!valid_ymd(y, m, d)) return std::nullopt;
  std::string out = std::to_string(y);
  if (m) out += "-" + two(m);
  if (d) out += "-" + two(d);
  if (d) {
    int hh, mm;
    std::size_t k = i;
    if (read_time(s, k, hh, mm)) {
      out += "T" + two(hh) + ":" + two(mm);
      i = k;
    }
  }
  if (!boundary_at(s, i)) return std::nullopt;
  if (consumed) *consumed = i;
  return out;
}

namespace {

enum class Key { None, Date, Title, Url, Id, Other };

Key classify_key(const std::string& k) {
  if (k == "date" || k == "datum" || k == "published" || k == "pubdate" ||
      k == "ver\xc3\xb6" "ffentlicht" || k == "stand" || k == "erschienen")
    return Key::Date;
  if (k == "title" || k == "titel" || k == "headline" || k == "\xc3\xbc" "berschrift") return Key::Title;
  if (k == "url" || k == "link") return Key::Url;
  if (k == "id") return Key::Id;
  if (k == "author" || k == "autor" || k == "autorin" || k == "source" || k == "quelle" ||
      k == "section" || k == "ressort" || k == "category" || k == "kategorie" ||
      k == "keywords" || k == "schlagworte" || k == "language" || k == "sprache" ||
      k == "publisher" || k == "medium" || k == "outlet")
    return Key::Other;
  return Key::None;
}

std::string lower_ascii_and_umlauts(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if (c == 0xC3 && i + 1 < s.size() &&
               (static_cast<unsigned char>(s[i + 1]) == 0x96 ||
                static_cast<unsigned char>(s[i + 1]) == 0x9C)) {  // Ö Ü
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(s[++i] + 0x20));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Header parse_header(std::string_view text) {
  Header h;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t i = pos;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    // The key: letters (ASCII and umlauts), then ':' or a space.
    std::size_t k = i;
    while (k < text.size() &&
           (std::isalpha(static_cast<unsigned char>(text[k])) ||
            static_cast<unsigned char>(text[k]) >= 0x80))
      ++k;
    if (k == i || k - i > 20) break;
    Key key = classify_key(lower_ascii_and_umlauts(text.substr(i, k - i)));
    if (key == Key::None) break;
    std::string raw_key = lower_ascii_and_umlauts(text.substr(i, k - i));
    bool colon = k < text.size() && text[k] == ':';
    std::size_t v = k + (colon ? 1 : 0);
    while (v < text.size() && (text[v] == ' ' || text[v] == '\t')) ++v;
    if (key == Key::Date) {
      std::size_t used = 0;
      auto date = parse_iso_date(text.substr(v), &used);
      if (!date || h.date) break;
      // Without a colon only " date 2023-04" counts: "Stand 2023 war ..." is prose.
      if (!colon && (raw_key != "date" || date->size() < 7)) break;
      h.date = std::move(date);
      std::size_t after = v + used;
      while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) ++after;
      if (after < text.size() && text[after] == '\n') {
        pos = after + 1;
        continue;
      }
      pos = after;  // the body goes on on the same line
      break;
    }
    if (!colon) break;
    std::size_t eol = text.find('\n', v);
    std::string_view value = trim(text.substr(v, eol == std::string_view::npos ? text.npos : eol - v));
    std::string val(value);
    switch (key) {
      case Key::Title: if (h.title) goto done; h.title = val; break;
      case Key::Url: if (h.url) goto done; h.url = val; break;
      case Key::Id: if (h.id) goto done; h.id = val; break;
      default: h.other.emplace_back(raw_key, val); break;
    }
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
  }
done:
  // An empty line after the header belongs to it.
  while (pos < text.size() && (text[pos] == '\n' || text[pos] == '\r')) ++pos;
  h.body_offset = (h.date || h.title || h.url || h.id || !h.other.empty()) ? pos : 0;
  return h;
}

std::optional<std::string> find_title(std::string_view body) {
  std::size_t start = 0;
  while (start < body.size() && (body[start] == ' ' || body[start] == '\t' || body[start] == '\r' ||
                                 body[start] == '\n'))
    ++start;
  std::size_t eol = body.find('\n', start);
  if (eol == std::string_view::npos) return std::nullopt;  // one line: no separate headline
  std::string_view line = trim(body.substr(start, eol - start));
  if (line.empty() || count_chars(line) > 200) return std::nullopt;
  char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return std::nullopt;
  // More text must follow, and the line must hold a letter.
  if (body.find_first_not_of(" \t\r\n", eol) == std::string_view::npos) return std::nullopt;
  bool letter = false;
  for (std::size_t i = 0; i < line.size() && !letter;) letter = is_letter(next_code_point(line, i));
  if (!letter) return std::nullopt;
  return std::string(line);
}

std::int64_t count_words(std::string_view text) noexcept {
  std::int64_t n = 0;
  bool in_run = false, counted = false;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (b < 0x80) {
      c = b;
      ++i;
    } else {
      c = next_code_point(text, i);
    }
    if (is_space(c)) {
      in_run = false;
      continue;
    }
    if (!in_run) {
      in_run = true;
      counted = false;
    }
    if (!counted && (b >= 0x80 ? (is_letter(c) || is_digit(c)) : std::isalnum(static_cast<int>(c)))) {
      ++n;
      counted = true;
    }
  }
  return n;
}

}  // namespace natocorpus::core
