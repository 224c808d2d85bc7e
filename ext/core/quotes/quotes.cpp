#include "quotes/quotes.hpp"

#include <algorithm>
#include <unordered_set>

#include "lexicon/aliases.hpp"
#include "lexicon/table.hpp"
#include "segment/chars.hpp"

namespace natocorpus::core {

const SpeechCues& builtin_speech_cues() {
  static const SpeechCues cues = [] {
    SpeechCues c;
    KnowledgeTable t("speech_cues");
    c.cues.reserve(t.rows());
    for (std::size_t r = 0; r < t.rows(); ++r)
      c.cues.push_back({std::string(t.get(r, "lemma")), std::string(t.get(r, "particle")), std::string(t.get(r, "kind"))});
    for (std::size_t r = 0; r < t.rows(); ++r) {
      for (auto f : t.list(r, "forms")) {
        std::string folded = fold(f);
        std::vector<std::string> words;
        std::size_t i = 0;
        while (i < folded.size()) {
          std::size_t sp = folded.find(' ', i);
          if (sp == std::string::npos) sp = folded.size();
          if (sp > i) words.push_back(folded.substr(i, sp - i));
          i = sp + 1;
        }
        if (words.empty()) continue;
        // A joined form ("hinzufügte") needs no particle after it.
        const SpeechCue* cue = &c.cues[r];
        std::string first = words.front();
        words.erase(words.begin());
        c.forms[first].push_back({cue, std::move(words)});
      }
    }
    return c;
  }();
  return cues;
}

namespace {

struct Knowledge {
  std::unordered_set<std::string> roles;                      // folded role nouns
  std::unordered_map<std::string, std::string> country_of;   // person -> country
};

const Knowledge& knowledge() {
  static const Knowledge k = [] {
    Knowledge k;
    KnowledgeTable roles("role_nouns");
    for (std::size_t r = 0; r < roles.rows(); ++r) k.roles.insert(fold(roles.get(r, "noun")));
    KnowledgeTable people("people");
    for (std::size_t r = 0; r < people.rows(); ++r)
      k.country_of.emplace(std::string(people.get(r, "canonical")), std::string(people.get(r, "country")));
    return k;
  }();
  return k;
}

bool is_article(std::string_view w) {
  for (std::string_view a : {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
                             "einen"})
    if (w == a) return true;
  return false;
}

bool is_preposition(std::string_view w) {
  for (std::string_view p : {"am", "an", "auf", "aus", "bei", "beim", "in", "im", "mit", "nach", "seit", "vor", "zu",
                             "zum", "zur", "über", "unter", "gegenüber", "während", "für", "gegen", "um", "von",
                             "vom", "durch", "laut", "als", "wie", "und", "oder", "aber", "dann", "dazu", "doch",
                             "nun", "jetzt", "heute", "gestern", "außerdem", "zudem", "später", "weiter", "erneut",
                             "noch", "auch", "schon", "bereits", "so", "da", "dort", "hier", "es"})
    if (w == p) return true;
  return false;
}

bool is_pronoun(std::string_view w) { return w == "er" || w == "sie" || w == "ich" || w == "wir"; }

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  if (w.empty()) return false;
  char32_t c = next_code_point(w, i);
  return is_letter(c) && !is_lower(c);
}

bool looks_adjective(std::string_view lower) {
  auto ends = [&](std::string_view s) { return lower.size() > s.size() + 2 && lower.substr(lower.size() - s.size()) == s; };
  return ends("e") || ends("en") || ends("er") || ends("es") || ends("em");
}

// The role noun a word ends in: "nato-chef" -> "chef", "kremlsprecher" -> "sprecher".
std::string_view role_head(std::string_view folded) {
  const auto& roles = knowledge().roles;
  for (std::size_t p = 0; p + 4 <= folded.size(); ++p) {
    if (p > 0 && (static_cast<unsigned char>(folded[p]) & 0xC0) == 0x80) continue;
    std::string_view tail = folded.substr(p);
    if (roles.count(std::string(tail))) return tail;
  }
  return {};
}

}  // namespace

QuoteFinder::QuoteFinder() {
  builtin_speech_cues();
  knowledge();
}

bool QuoteFinder::is_cue_word(std::size_t t) const {
  if (t >= tokens_.size() || tokens_[t].kind != TokenKind::Word) return false;
  return builtin_speech_cues().forms.count(folded_[t]) > 0;
}

// Of the cues a word may start, the first whose other words follow it and,
// for a split verb ("fügte"), whose particle ("hinzu") comes later in the
// clause; else one with no particle; else none.
QuoteFinder::CueMatch QuoteFinder::cue_at(std::size_t t, std::size_t limit) const {
  CueMatch best;
  if (t >= tokens_.size() || tokens_[t].kind != TokenKind::Word) return best;
  const auto& forms = builtin_speech_cues().forms;
  auto it = forms.find(folded_[t]);
  if (it == forms.end()) return best;
  limit = std::min(limit, tokens_.size());
  for (const CueForm& f : it->second) {
    std::size_t k = t + 1;
    bool ok = true;
    for (const std::string& w : f.rest) {
      if (k >= tokens_.size() || folded_[k] != w) {
        ok = false;
        break;
      }
      ++k;
    }
    if (!ok) continue;
    const std::string& particle = f.cue->particle;
    // Joined forms start with their particle: "hinzufügte".
    bool split = !particle.empty() && folded_[t].compare(0, particle.size(), particle) != 0;
    if (!split) {
      if (!best) best = {f.cue, k, 0};
      continue;
    }
    for (std::size_t p = k; p < limit && p < k + 15; ++p) {
      if (folded_[p] == "." || folded_[p] == ";" || folded_[p] == ":" || folded_[p] == "!" || folded_[p] == "?") break;
      if (folded_[p] == particle) return {f.cue, k, p};
    }
  }
  return best;
}

bool QuoteFinder::is_punct(std::size_t t) const {
  return t >= tokens_.size() || tokens_[t].kind == TokenKind::Punct || tokens_[t].kind == TokenKind::Symbol;
}

bool QuoteFinder::inside_quote(std::size_t byte) const {
  for (const Span& s : accepted_)
    if (byte >= s.begin && byte < s.end) return true;
  return false;
}

// A noun phrase that starts at token t: a pronoun, or articles, adjectives,
// nouns and names ("der ukrainische Präsident Wolodymyr Selenskyj", "der
// Vize-Vorsitzende des Nationalen Sicherheitsrates").
QuoteFinder::Np QuoteFinder::np_forward(std::size_t t, std::size_t limit) const {
  Np np{t, t};
  if (t >= limit || is_punct(t)) return np;
  if (is_pronoun(folded_[t])) return {t, t + 1};
  std::size_t k = t, last_noun = t;
  bool noun = false;
  while (k < limit && k - t < 12 && !is_punct(k)) {
    std::string_view text = text_.substr(tokens_[k].span.begin, tokens_[k].span.size());
    const std::string& w = folded_[k];
    bool in_name = false;
    for (const auto& m : mentions_)
      if (m.form == EntityForm::Name && tokens_[k].span.begin >= m.span.begin && tokens_[k].span.end <= m.span.end)
        in_name = true;
    if (in_name || (starts_upper(text) && !is_preposition(w) && !is_cue_word(k))) {
      noun = true;
      last_noun = k + 1;
    } else if (is_article(w) || tokens_[k].kind == TokenKind::Number || (looks_adjective(w) && !is_cue_word(k))) {
      if (noun && !is_article(w) && tokens_[k].kind != TokenKind::Number) break;  // "Selenskyj später"
    } else {
      break;
    }
    ++k;
  }
  if (noun) np.end = last_noun;
  return np;
}

// A noun phrase that ends just before token t (no further back than floor).
QuoteFinder::Np QuoteFinder::np_backward(std::size_t t, std::size_t floor) const {
  Np np{t, t};
  if (t == 0 || t <= floor) return np;
  std::size_t k = t;
  if (is_pronoun(folded_[t - 1])) return {t - 1, t};
  bool noun = false;
  while (k > floor && t - k < 12) {
    std::size_t j = k - 1;
    if (is_punct(j)) break;
    std::string_view text = text_.substr(tokens_[j].span.begin, tokens_[j].span.size());
    const std::string& w = folded_[j];
    bool in_name = false;
    for (const auto& m : mentions_)
      if (m.form == EntityForm::Name && tokens_[j].span.begin >= m.span.begin && tokens_[j].span.end <= m.span.end)
        in_name = true;
    if (in_name || (starts_upper(text) && !is_preposition(w) && !is_cue_word(j))) {
      if (!noun) np.end = k;
      noun = true;
    } else if (noun && (is_article(w) || tokens_[j].kind == TokenKind::Number || looks_adjective(w))) {
      // part of the phrase before its nouns
    } else {
      break;
    }
    k = j;
  }
  if (!noun) return {t, t};
  // Leading adjectives with no article are kept; np.end was set at the last noun.
  np.begin = k;
  return np;
}

// The subject of a cue verb: after it when the verb comes second ("sagte
// Stoltenberg", "schrieb er"), else the phrase before it ("Stoltenberg sagte").
QuoteFinder::Np QuoteFinder::subject_of(std::size_t verb, std::size_t floor, std::size_t limit) const {
  CueMatch m = cue_at(verb, limit);
  Np after = np_forward(m ? m.end : verb + 1, limit);
  if (!after.empty()) return after;
  return np_backward(verb, floor);
}

// "…“, sagte Selenskyj." / "…“, so Stoltenberg." / "…“, fügte er hinzu." /
// "…“, hieß es in einer Erklärung der NATO." / "… „…“ stehen, sagte er."
QuoteFinder::Attribution QuoteFinder::after_quote(std::size_t close, std::size_t end) const {
  Attribution a;
  std::size_t j = close + 1;
  // Straight after the quote, or after the comma that ends the clause it is in.
  CueMatch m;
  std::size_t v = end;
  if (j < end && (folded_[j] == "," || folded_[j] == "–" || folded_[j] == "-")) ++j;
  if (j < end) {
    m = cue_at(j, end);
    if (m && m.cue->kind != "noun") v = j;
  }
  if (v == end) {
    for (std::size_t k = close + 1; k + 1 < end; ++k) {
      if (folded_[k] == ";" || folded_[k] == "." || folded_[k] == ":" || inside_quote(tokens_[k].span.begin)) break;
      if (folded_[k] != ",") continue;
      m = cue_at(k + 1, end);
      if (m && m.cue->kind == "verb") {
        v = k + 1;
        break;
      }
    }
  }
  if (v == end) return a;
  a.found = true;
  a.has_cue = true;
  a.cue = v;
  a.cue_end = m.end;
  if (m.particle) {
    a.particle = m.particle;
    a.has_particle = true;
  }
  if (m.cue->lemma == "hieß es" || m.cue->lemma == "heißt es" || folded_[v] == "hieß" || folded_[v] == "heißt") {
    // The author is a body or person named later in the clause.
    for (std::size_t k = m.end; k < end; ++k) {
      if (folded_[k] == "." || folded_[k] == ";") break;
      for (const auto& e : mentions_)
        if ((e.label == std::string_view("ORG") || e.label == std::string_view("PER")) &&
            e.span.begin >= tokens_[k].span.begin && e.span.begin < tokens_[k].span.end) {
          std::size_t x = k + 1;
          while (x < end && tokens_[x].span.begin < e.span.end) ++x;
          a.speaker = {k, x};
          return a;
        }
    }
    return a;
  }
  a.speaker = np_forward(m.end, end);
  return a;
}

// "Stoltenberg sagte: „…“" / "Dazu schrieb Selenskyj: „…“" / "Selenskyj:
// „…“" / "… bezeichnete Stoltenberg als „…“".
QuoteFinder::Attribution QuoteFinder::before_quote(std::size_t open, std::size_t begin) const {
  Attribution a;
  if (open == 0 || open <= begin) return a;
  // The clause before the quote: back to the sentence start, a quote or a semicolon.
  std::size_t floor = begin;
  for (std::size_t k = open; k > begin; --k) {
    std::size_t j = k - 1;
    if (folded_[j] == ";" || inside_quote(tokens_[j].span.begin)) {
      floor = k;
      break;
    }
  }
  bool colon = folded_[open - 1] == ":";
  for (std::size_t k = open; k > floor; --k) {
    std::size_t j = k - 1;
    CueMatch c = cue_at(j, open);
    if (!c || c.cue->kind == "noun") continue;
    if (c.cue->kind == "preposition") {  // "laut Stoltenberg", "Stoltenberg zufolge"
      Np np = folded_[j] == "zufolge" ? np_backward(j, floor) : np_forward(c.end, open);
      if (np.empty()) continue;
      a.found = true;
      a.has_cue = true;
      a.cue = j;
      a.cue_end = c.end;
      a.speaker = np;
      return a;
    }
    a.found = true;
    a.has_cue = true;
    a.cue = j;
    a.cue_end = c.end;
    if (c.particle) {
      a.particle = c.particle;
      a.has_particle = true;
    }
    a.speaker = subject_of(j, floor, open);
    return a;
  }
  if (colon) {  // "Selenskyj: „…“"
    Np np = np_backward(open - 1, floor);
    if (!np.empty()) {
      a.found = true;
      a.speaker = np;
    }
  }
  return a;
}

const EntityMention* QuoteFinder::last_person_before(std::size_t byte) const {
  const EntityMention* best = nullptr;
  for (const auto& m : mentions_) {
    if (m.span.begin >= byte) break;
    if (m.label == std::string_view("PER") && m.form == EntityForm::Name && !inside_quote(m.span.begin)) best = &m;
  }
  return best;
}

std::string QuoteFinder::resolve(const Np& np, std::size_t quote_byte, const std::string& previous) const {
  if (np.empty()) return previous;
  std::size_t b = tokens_[np.begin].span.begin, e = tokens_[np.end - 1].span.end;
  const EntityMention* person = nullptr;
  const EntityMention* body = nullptr;
  const EntityMention* origin = nullptr;
  for (const auto& m : mentions_) {
    if (m.span.begin < b || m.span.end > e) continue;
    if (m.label == std::string_view("PER")) person = &m;
    else if (m.label == std::string_view("ORG") && (!body || body->form != EntityForm::Name)) body = &m;
    else if (m.form == EntityForm::Deriv && m.label == std::string_view("LOC")) origin = &m;
  }
  if (person) return person->canonical;
  std::size_t anchor = std::min(b, quote_byte);
  if (np.end - np.begin == 1 && is_pronoun(folded_[np.begin])) {
    if (const EntityMention* p = last_person_before(anchor)) return p->canonical;
    return previous;
  }
  // A role ("der NATO-Chef", "der Generalsekretär") or a nationality ("der
  // Norweger"): the person the text gives it.
  std::string_view role;
  for (std::size_t k = np.begin; k < np.end && role.empty(); ++k) role = role_head(folded_[k]);
  std::string_view inhabitant;
  if (origin && starts_upper(text_.substr(origin->span.begin, origin->span.size()))) inhabitant = origin->canonical;
  if (!role.empty() || !inhabitant.empty()) {
    const auto& country = knowledge().country_of;
    const EntityMention* by_role = nullptr;
    const EntityMention* by_country = nullptr;
    for (const auto& m : mentions_) {
      if (m.span.begin >= anchor) break;
      if (m.label != std::string_view("PER") || m.form != EntityForm::Name || inside_quote(m.span.begin)) continue;
      if (!inhabitant.empty()) {
        auto it = country.find(m.canonical);
        if (it != country.end() && it->second == inhabitant) by_country = &m;
      }
      // The token before the name holds the same role or body: "NATO-Generalsekretär Jens Stoltenberg".
      auto t = std::lower_bound(tokens_.begin(), tokens_.end(), m.span.begin,
                                [](const Token& tok, std::size_t byte) { return tok.span.begin < byte; });
      if (t != tokens_.begin()) {
        std::size_t k = static_cast<std::size_t>(t - tokens_.begin()) - 1;
        std::string_view r = role_head(folded_[k]);
        bool same_body = body && body->form == EntityForm::Part && folded_[k].find(fold(body->canonical)) == 0;
        if (!r.empty() && (r == role || same_body)) by_role = &m;
      }
    }
    if (by_country) return by_country->canonical;
    if (by_role) return by_role->canonical;
    if (!inhabitant.empty() || !role.empty()) {
      if (!previous.empty()) return previous;
      if (const EntityMention* p = last_person_before(anchor)) return p->canonical;
    }
  }
  if (body) return body->canonical;
  // Otherwise the phrase itself, without its article.
  std::size_t k = np.begin;
  if (is_article(folded_[k]) && k + 1 < np.end) ++k;
  return std::string(text_.substr(tokens_[k].span.begin, e - tokens_[k].span.begin));
}

void QuoteFinder::find(std::string_view text, std::vector<Quotation>& out) {
  out.clear();
  text_ = text;
  entities_.find(text, mentions_);
  tokens_.clear();
  folded_.clear();
  tokenizer_.reset(text);
  Token tok;
  while (tokenizer_.next(tok)) {
    tokens_.push_back(tok);
    folded_.push_back(fold(text.substr(tok.span.begin, tok.span.size())));
  }
  std::size_t n = tokens_.size();
  sentence_begin_.assign(n, 0);
  sentence_end_.assign(n, n);
  for (std::size_t i = 0; i < n; ++i)
    sentence_begin_[i] = i > 0 && tokens_[i - 1].sentence == tokens_[i].sentence ? sentence_begin_[i - 1] : i;
  for (std::size_t i = n; i-- > 0;)
    sentence_end_[i] = i + 1 < n && tokens_[i + 1].sentence == tokens_[i].sentence ? sentence_end_[i + 1] : i + 1;
  find_quoted_spans(text, spans_);
  accepted_.clear();
  auto token_at = [&](std::size_t byte) {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                               [](const Token& t, std::size_t b) { return t.span.begin < b; });
    return static_cast<std::size_t>(it - tokens_.begin());
  };
  std::string previous;          // the last speaker's canonical name
  std::size_t previous_end = 0;  // where the last quote ended (token)
  for (const QuotedSpan& q : spans_) {
    if (q.inner.begin >= q.inner.end || n == 0) continue;
    std::size_t open = token_at(q.open.begin), close = token_at(q.close.begin);
    if (open >= n || close >= n) continue;
    std::size_t words = 0;
    bool ends_sentence = false;
    for (std::size_t k = open + 1; k < close; ++k) {
      if (tokens_[k].kind == TokenKind::Word || tokens_[k].kind == TokenKind::Number) ++words;
    }
    if (close > open + 1) {
      const std::string& last = folded_[close - 1];
      ends_sentence = last == "." || last == "!" || last == "?" || last == "…" || last == "...";
    }
    bool starts_upper_case = starts_upper(text.substr(q.inner.begin, q.inner.size()));
    Attribution a = after_quote(close, sentence_end_[close]);
    if (!a.found) a = before_quote(open, sentence_begin_[open]);
    bool standalone = false;
    if (!a.found) {
      // A whole sentence in quotes goes on from the quote before it.
      bool at_start = open == sentence_begin_[open] || (open > 0 && folded_[open - 1] == ":");
      bool at_end = close + 1 >= n || sentence_end_[close] <= close + 2 || ends_sentence;
      standalone = at_start && at_end && starts_upper_case && words >= 3 && !previous.empty() &&
                   tokens_[open].sentence - (previous_end < n ? tokens_[previous_end].sentence : 0) <= 3;
      if (!standalone) continue;
    }
    Quotation qt;
    qt.quote = q.inner;
    qt.direct = true;
    qt.sentence = tokens_[open].sentence;
    if (a.has_cue) {
      std::size_t cue_end = std::max(a.cue_end, a.cue + 1);
      qt.cue = std::string(text.substr(tokens_[a.cue].span.begin, tokens_[cue_end - 1].span.end - tokens_[a.cue].span.begin));
      if (a.has_particle) qt.cue += " … " + std::string(text.substr(tokens_[a.particle].span.begin, tokens_[a.particle].span.size()));
    }
    if (!a.speaker.empty()) {
      qt.has_speaker = true;
      qt.speaker = {tokens_[a.speaker.begin].span.begin, tokens_[a.speaker.end - 1].span.end};
      qt.canonical = resolve(a.speaker, q.open.begin, previous);
    } else if (standalone || a.found) {
      qt.canonical = previous;
    }
    accepted_.push_back({q.open.begin, q.close.end});
    if (!qt.canonical.empty()) previous = qt.canonical;
    previous_end = close;
    out.push_back(std::move(qt));
  }
}

}  // namespace natocorpus::core
