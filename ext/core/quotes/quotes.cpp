#include "quotes/quotes.hpp"

#include "grammar/grammar.hpp"

#include <algorithm>
#include <deque>
#include <iterator>
#include <unordered_set>

#include "lexicon/aliases.hpp"
#include "lexicon/offices.hpp"
#include "lexicon/table.hpp"
#include "segment/chars.hpp"
#include "quotes/words.hpp"

namespace natocorpus::core {

using namespace quote_words;

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

std::string quote_rule_name(QuoteSieve sieve, SpeakerStep step) {
  static constexpr const char* kSieves[] = {
      "cue_after", "heisst_es", "cue_before", "according_to", "document", "statement_noun", "colon", "words_phrase",
      "sentence_subject", "adjacent_quote", "continuation", "indirect_cue_before", "indirect_cue_after",
      "indirect_according_to", "indirect_continuation"};
  static constexpr const char* kSteps[] = {
      "none", "pronoun_after_cue", "pronoun_before_cue", "pronoun_opens_clause", "quoted_object", "medium",
      "relative_antecedent", "passive_agent", "person_after_object", "clause_opener", "coordinated_verb",
      "inverted_subject", "nearest_person", "role_after_cue", "role_before_cue", "nearest_body", "phrase_before_cue",
      "phrase_after_cue", "person_in_clause", "pronoun_in_clause", "role_in_clause", "phrase_ends_clause",
      "named_after_cue", "document", "possessive", "previous"};
  static_assert(std::size(kSieves) == static_cast<std::size_t>(QuoteSieve::IndirectContinuation) + 1);
  static_assert(std::size(kSteps) == static_cast<std::size_t>(SpeakerStep::Previous) + 1);
  return std::string(kSieves[static_cast<std::size_t>(sieve)]) + "/" + kSteps[static_cast<std::size_t>(step)];
}

QuoteFinder::QuoteFinder() {
  builtin_speech_cues();
  knowledge();
}

// A cue word that is no noun: "Sagte", not "Erklärung" or "Schreiben".
bool QuoteFinder::is_verb_cue(std::size_t t) const {
  if (!is_cue_word(t)) return false;
  for (const CueForm& f : *cue_forms_[t])
    if (f.cue->kind == "noun") return false;
  return true;
}

bool QuoteFinder::is_cue_word(std::size_t t) const {
  return t < cue_forms_.size() && cue_forms_[t] != nullptr;
}

// Of the cues a word may start, the first whose other words follow it and,
// for a split verb ("fügte"), whose particle ("hinzu") comes later in the
// clause; else one with no particle; else none.
QuoteFinder::CueMatch QuoteFinder::cue_at(std::size_t t, std::size_t limit) const {
  CueMatch best;
  if (!is_cue_word(t)) return best;
  limit = std::min(limit, tokens_.size());
  for (const CueForm& f : *cue_forms_[t]) {
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
    for (std::size_t p = k; p < limit && p < k + 30; ++p) {
      if (folded_[p] == "." || folded_[p] == ";" || folded_[p] == ":" || folded_[p] == "!" || folded_[p] == "?") break;
      if (folded_[p] == particle) return {f.cue, k, p};
    }
  }
  return best;
}

// The mentions that start in [b, e) (they come in text order): each loop over
// mentions looks at a few, so long texts stay linear.
std::pair<std::size_t, std::size_t> QuoteFinder::mentions_between(std::size_t b, std::size_t e) const {
  auto by_begin = [](const EntityMention& m, std::size_t x) { return m.span.begin < x; };
  auto first = std::lower_bound(mentions_.begin(), mentions_.end(), b, by_begin);
  auto last = std::lower_bound(first, mentions_.end(), std::max(b, e), by_begin);
  return {static_cast<std::size_t>(first - mentions_.begin()), static_cast<std::size_t>(last - mentions_.begin())};
}

// Whether a name of a person (or, with bodies, of an organisation) lies
// inside the tokens of np.
bool QuoteFinder::has_mention(const Np& np, bool persons, bool bodies) const {
  if (np.empty()) return false;
  std::size_t b = tokens_[np.begin].span.begin, e = tokens_[np.end - 1].span.end;
  auto [first, last] = mentions_between(b, e);
  for (std::size_t i = first; i < last; ++i) {
    const EntityMention& m = mentions_[i];
    if (m.form != EntityForm::Name || m.span.end > e) continue;
    if ((persons && m.label == std::string_view("PER")) || (bodies && m.label == std::string_view("ORG"))) return true;
  }
  return false;
}

bool QuoteFinder::is_punct(std::size_t t) const {
  return t >= tokens_.size() || tokens_[t].kind == TokenKind::Punct || tokens_[t].kind == TokenKind::Symbol;
}

bool QuoteFinder::inside_quote(std::size_t byte) const {
  auto it = std::upper_bound(spans_.begin(), spans_.end(), byte,
                             [](std::size_t b, const QuotedSpan& q) { return b < q.open.begin; });
  if (it == spans_.begin()) return false;
  --it;
  return byte < it->close.end;
}

// Inside a quote that is not a quoted name or term (those found so far):
// "kritisiert in der Zeitung „Neues Deutschland“, …" goes on past the name.
bool QuoteFinder::inside_speech(std::size_t byte) const {
  auto it = std::upper_bound(spans_.begin(), spans_.end(), byte,
                             [](std::size_t b, const QuotedSpan& q) { return b < q.open.begin; });
  if (it == spans_.begin()) return false;
  --it;
  if (byte >= it->close.end) return false;
  std::size_t idx = static_cast<std::size_t>(it - spans_.begin());
  return idx >= term_span_.size() || !term_span_[idx];
}

// A noun phrase that starts at token t: a pronoun, or articles, adjectives,
// nouns and names ("der ukrainische Präsident Wolodymyr Selenskyj", "der
// Vize-Vorsitzende des Nationalen Sicherheitsrates").
QuoteFinder::Np QuoteFinder::np_forward(std::size_t t, std::size_t limit, bool documents) const {
  Np np{t, t};
  if (t >= limit || is_punct(t)) return np;
  if (is_pronoun(folded_[t])) return {t, t + 1};
  std::size_t k = t, last_noun = t;
  bool noun = false, after_person = false, after_name = false;
  // A possessive or demonstrative opens a phrase as an article does: "sein
  // Sprecher", "ihre Anwältin", "dieser Anschlag".
  if (is_possessive_determiner(t, limit)) ++k;
  while (k < limit && k - t < 12 && !is_punct(k)) {
    std::string_view text = text_.substr(tokens_[k].span.begin, tokens_[k].span.size());
    const auto& w = folded_[k];
    bool in_name = in_name_[k] != 0, in_person = in_name_[k] == 2;
    if (!in_name && is_article(w)) {
      // A genitive goes on ("der Vize-Vorsitzende des Sicherheitsrates"); after
      // a person's name an article starts another phrase ("Selenskyj der Zeitung"),
      // and so does "der" before a medium after a person's noun, the one
      // spoken to ("sagte der Manager der Zeitung"; not "ein Artikel der Zeitung").
      if (noun && ((w != "des" && w != "der") || after_person)) break;
      if (noun && w == "der" && k + 1 < limit && is_medium_word(folded_[k + 1]) &&
          (!role_at(last_noun - 1).empty() || is_people_noun(folded_[last_noun - 1])))
        break;
    } else if (in_name || (starts_upper(text) && !is_preposition(w) && !(documents ? is_verb_cue(k) : is_cue_word(k)))) {
      // After a name, a noun that is neither a name nor a role starts another
      // phrase ("laut Statistik Austria Zahlen"); after a noun, a time
      // does ("teilte der Konzern Dienstagabend mit").
      if (noun && !in_name && ((after_name && role_at(k).empty()) || is_time_word(w))) break;
      noun = true;
      last_noun = k + 1;
      after_person = in_person;
      // A name in the genitive goes on to its noun: "Frankreichs Trainer".
      after_name = in_name && !(w.size() > 3 && w.back() == 's' && (k + 1 >= limit || in_name_[k + 1] == 0));
    } else if (tokens_[k].kind == TokenKind::Number || (looks_adjective(w) && !is_cue_word(k))) {
      // After its noun a phrase ends at an adverb ("Selenskyj später") or a
      // number ("des Amtes 20 Menschen").
      if (noun && !is_article(w)) break;
    } else {
      break;
    }
    ++k;
  }
  if (noun) np.end = last_noun;
  return np;
}

// A possessive or demonstrative before a noun (capitalised, or an adjective
// then one): "sein Sprecher", "seine frühere Frau", "dieser feige Anschlag";
// not the verb "sein" ("wird sein") nor "dieser" standing alone.
bool QuoteFinder::is_possessive_determiner(std::size_t t, std::size_t limit) const {
  const Grammar& g = Grammar::builtin();
  if (t + 1 >= limit || !(g.is_possessive(folded_[t]) || g.is_demonstrative(folded_[t])) || is_punct(t + 1)) return false;
  std::string_view next = text_.substr(tokens_[t + 1].span.begin, tokens_[t + 1].span.size());
  return (starts_upper(next) && !is_preposition(folded_[t + 1])) ||
         (looks_adjective(folded_[t + 1]) && t + 2 < limit &&
          starts_upper(text_.substr(tokens_[t + 2].span.begin, tokens_[t + 2].span.size())));
}

// A noun phrase that ends just before token t (no further back than floor).
QuoteFinder::Np QuoteFinder::np_backward(std::size_t t, std::size_t floor, bool documents) const {
  Np np{t, t};
  if (t == 0 || t <= floor) return np;
  std::size_t k = t;
  if (is_pronoun(folded_[t - 1])) return {t - 1, t};
  bool noun = false;
  std::size_t modifiers = 0;  // words before the nouns: adjectives, numbers
  std::size_t head = t;       // where the nouns begin
  while (k > floor && t - k < 12) {
    std::size_t j = k - 1;
    if (is_punct(j)) break;
    std::string_view text = text_.substr(tokens_[j].span.begin, tokens_[j].span.size());
    const auto& w = folded_[j];
    bool in_name = in_name_[j] != 0;
    bool noun_word = in_name || (starts_upper(text) && !is_preposition(w) &&
                                 !(documents ? is_verb_cue(j) : is_cue_word(j)));
    // A noun before a "modifier" with no article between: the modifier was
    // a verb between two phrases ("Rund 500 Bauern waren der Polizei zufolge",
    // "den Umsatz senken dem Konzern zufolge").
    if (noun_word && modifiers > 0 && !in_name) {
      k = head;
      break;
    }
    if (!in_name && is_article(w)) {
      if (!noun) break;
      // The article opens the phrase, unless it opens a genitive after a
      // noun ("der Leiter des Programms"): then the phrase goes on before it.
      bool genitive = (w == "des" || w == "der") && j > floor && !is_punct(j - 1) &&
                      (in_name_[j - 1] != 0 ||
                       (starts_upper(text_.substr(tokens_[j - 1].span.begin, tokens_[j - 1].span.size())) &&
                        !is_preposition(folded_[j - 1]) && !is_article(folded_[j - 1])));
      if (!genitive) {
        k = j;
        break;
      }
    } else if (noun_word) {
      if (!noun) np.end = k;
      noun = true;
      head = j;
    } else if (noun && !is_preposition(w) && !is_finite_verb(w) &&
               (tokens_[j].kind == TokenKind::Number || looks_adjective(w))) {
      ++modifiers;  // part of the phrase before its nouns
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
// The tokens [b, e) of a mention.
QuoteFinder::Np QuoteFinder::tokens_of(const EntityMention& m) const {
  auto first = std::lower_bound(tokens_.begin(), tokens_.end(), m.span.begin,
                                [](const Token& t, std::size_t b) { return t.span.begin < b; });
  auto last = std::lower_bound(first, tokens_.end(), m.span.end,
                               [](const Token& t, std::size_t b) { return t.span.begin < b; });
  return {static_cast<std::size_t>(first - tokens_.begin()), static_cast<std::size_t>(last - tokens_.begin())};
}

void QuoteFinder::find(std::string_view text, std::vector<Quotation>& out, DateSource date) {
  find_quotes(text, nullptr, out, std::move(date));
}

void QuoteFinder::find(std::string_view text, const EntityAnalysis& entities, std::vector<Quotation>& out,
                       DateSource date) {
  find_quotes(text, &entities, out, std::move(date));
}

void QuoteFinder::find_quotes(std::string_view text, const EntityAnalysis* entities, std::vector<Quotation>& out,
                              DateSource date) {
  out.clear();
  text_ = text;
  date_source_ = std::move(date);
  date_asked_ = false;
  date_.reset();
  if (entities) {
    mentions_ = entities->mentions;
    tokens_ = entities->tokens;
  } else {
    entities_.find(text, mentions_);
    tokens_ = entities_.tokens();  // the same tokens entities() read
  }
  prepare();
  find_direct(out);
  find_indirect(out);
  date_source_ = nullptr;  // it may refer to the caller's text
}

// What each token is, looked up once (folded, a cue, a role noun, in a
// name), its sentence, and the quoted spans.
void QuoteFinder::prepare() {
  std::string_view text = text_;
  std::size_t n = tokens_.size();
  folded_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    folded_[i].clear();  // fold_into appends
    fold_into(text.substr(tokens_[i].span.begin, tokens_[i].span.size()), folded_[i]);
  }
  const auto& forms = builtin_speech_cues().forms;
  const WordFilter& cue_words = knowledge().cue_words;
  cue_forms_.assign(n, nullptr);
  roles_.assign(n, std::string_view());
  for (std::size_t i = 0; i < n; ++i) {
    if (tokens_[i].kind != TokenKind::Word) continue;
    if (cue_words.may_hold(folded_[i])) {
      auto it = forms.find(folded_[i]);
      if (it != forms.end()) cue_forms_[i] = &it->second;
    }
    if (folded_[i].size() >= 4) roles_[i] = role_head(folded_[i]);
  }
  sentence_begin_.assign(n, 0);
  sentence_end_.assign(n, n);
  // Sentences, cut into pieces of at most kPiece tokens: every search in a
  // sentence then stays short, so time grows linearly even with text that
  // has no sentence ends.
  constexpr std::size_t kPiece = 150;
  for (std::size_t i = 0; i < n; ++i) {
    bool same = i > 0 && tokens_[i - 1].sentence == tokens_[i].sentence && i - sentence_begin_[i - 1] < kPiece;
    sentence_begin_[i] = same ? sentence_begin_[i - 1] : i;
  }
  for (std::size_t i = n; i-- > 0;)
    sentence_end_[i] = i + 1 < n && sentence_begin_[i + 1] == sentence_begin_[i] ? sentence_end_[i + 1] : i + 1;
  find_quoted_spans(text, spans_);
  term_span_.clear();  // no span is known as a name or term yet (inside_speech): not the last text's
  // Which tokens are in a name (2: a person's), and the persons named outside quotes.
  in_name_.assign(n, 0);
  persons_.clear();
  std::size_t t = 0;
  for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
    const EntityMention& m = mentions_[mi];
    if (m.form != EntityForm::Name) continue;
    if (m.label == std::string_view("PER") && !inside_quote(m.span.begin)) persons_.push_back(mi);
    while (t < n && tokens_[t].span.begin < m.span.begin) ++t;
    for (std::size_t k = t; k < n && tokens_[k].span.end <= m.span.end; ++k)
      in_name_[k] = m.label == std::string_view("PER") ? 2 : std::max<std::uint8_t>(in_name_[k], 1);
  }
}

// The first token at or after byte.
std::size_t QuoteFinder::token_at(std::size_t byte) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                             [](const Token& t, std::size_t b) { return t.span.begin < b; });
  return static_cast<std::size_t>(it - tokens_.begin());
}

// Who is speaking where: the subjects of cue verbs outside quotes ("Selenskyj
// forderte …", "betonte er", "Nach Ansicht von …", ", so der …"), in text order.
std::vector<QuoteFinder::SpeechEvent> QuoteFinder::speech_events() const {
  std::vector<SpeechEvent> events;
  std::size_t n = tokens_.size();
  for (std::size_t t = 0; t < n; ++t) {
    if (inside_quote(tokens_[t].span.begin)) continue;
    CueMatch c = cue_at(t, sentence_end_[t]);
    Np np;
    if ((folded_[t] == "nach" || folded_[t] == "laut") && t + 1 < n) {
      std::size_t j = t + 1;
      while (j < sentence_end_[t] && j < t + 4 && (is_article(folded_[j]) || looks_adjective(folded_[j])) &&
             !starts_upper(text_.substr(tokens_[j].span.begin, 1)))
        ++j;
      if (j + 1 < sentence_end_[t] && statement_noun(folded_[j])) {
        std::size_t k = j + 1;
        if (folded_[k] == "von") ++k;
        np = np_forward(k, sentence_end_[t]);
      }
    } else if (folded_[t] == "so" && t > 0 && folded_[t - 1] == "," && t + 1 < n) {
      np = np_forward(t + 1, sentence_end_[t]);
    } else {
      if (!c || c.cue->kind != "verb") continue;
      np = subject_of(t, sentence_begin_[t], sentence_end_[t], QuoteSieve::Continuation).np;
    }
    if (np.empty()) continue;
    // Only a phrase that names someone: a pronoun, a name, a role.
    bool names = np.end - np.begin == 1 && is_pronoun(folded_[np.begin]);
    if (!names) names = names_someone(np);
    if (!names) continue;
    std::string who = resolve(np, tokens_[np.begin].span.begin, events.empty() ? std::string() : events.back().canonical);
    if (!who.empty()) events.push_back({tokens_[t].span.begin, np, std::move(who)});
  }
  return events;
}

// The words of a quoted span [open, close] (its marks' tokens).
QuoteFinder::SpanShape QuoteFinder::shape_of(const QuotedSpan& q, std::size_t open, std::size_t close) const {
  SpanShape s;
  for (std::size_t k = open + 1; k < close; ++k) {
    if (tokens_[k].kind != TokenKind::Word && tokens_[k].kind != TokenKind::Number) continue;
    ++s.words;
    bool upper = starts_upper(text_.substr(tokens_[k].span.begin, tokens_[k].span.size()));
    s.capitalised += upper;
    if (!upper && !is_article(folded_[k]) && folded_[k] != "von" && folded_[k] != "und" && folded_[k] != "für")
      s.all_capitalised = false;
  }
  if (close > open + 1) {
    const auto& last = folded_[close - 1];
    s.ends_sentence = last == "." || last == "!" || last == "?" || last == "…" || last == "...";
  }
  s.starts_upper = starts_upper(text_.substr(q.inner.begin, q.inner.size()));
  return s;
}

// Whether a quoted span is a name, title or term rather than speech: short,
// and named by the word before it ("die Zeitung „Die Welt“"), or one name
// the tagger found ("Ärzte ohne Grenzen"), or all in capitals ("Berliner
// Zeitung"), or joined to a word after it ("„Roude Léiw“-Befürworter"), or a
// long title with nearly every word capitalised.
bool QuoteFinder::is_term(const QuotedSpan& q, std::size_t open, std::size_t close, const SpanShape& s) const {
  bool named = open > 0 && names_what_follows(folded_[open - 1]);
  if (named && !s.ends_sentence) return true;
  bool one_name = false;
  auto [m_first, m_last] = mentions_between(q.inner.begin > 256 ? q.inner.begin - 256 : 0, q.inner.begin + 1);
  for (std::size_t mi = m_first; mi < m_last; ++mi)
    if (mentions_[mi].form == EntityForm::Name && mentions_[mi].span.end >= q.inner.end) one_name = true;
  if (one_name && !s.ends_sentence) return true;
  if (s.words <= 5 && !s.ends_sentence) {
    bool compound = q.close.end < text_.size() && text_[q.close.end] == '-';
    if (named || compound || (s.all_capitalised && s.words >= 2)) return true;
    // One capitalised word in quotes is a name or a term far more often
    // than a quotation ("Golem", "Störfall"); one in lower case is quoted
    // speech ("alarmierend").
    if (s.words == 1 && s.starts_upper) {
      std::string_view before = open > 0 ? std::string_view(folded_[open - 1]) : std::string_view();
      bool indefinite = before == "ein" || before == "eine" || before == "einen" || before == "einem" ||
                        before == "einer" || before == "eines";
      bool as = before == "als" || before == "von" || before == "vor" || before == "zu";
      bool cue = false;
      if (as)
        for (std::size_t k = sentence_begin_[open]; k < sentence_end_[open] && !cue; ++k)
          if ((k < open || k > close) && !inside_quote(tokens_[k].span.begin)) {
            CueMatch c = cue_at(k, sentence_end_[open]);
            cue = c && c.cue->kind == "verb";
          }
      if (!indefinite && !cue) return true;
    }
  }
  return s.words > 5 && !s.ends_sentence && s.capitalised * 10 >= s.words * 7;
}

// A quote no sieve attributed: whether it goes on from the speech before
// (a whole sentence in quotes near the last quote, or a quote in a sentence
// in Konjunktiv I); -1 when it is not speech at all (short, with no cue).
int QuoteFinder::goes_on(const QuotedSpan& q, std::size_t open, std::size_t close, const SpanShape& s,
                         const DirectState& st) const {
  std::size_t n = tokens_.size();
  bool at_start = open == sentence_begin_[open] || (open > 0 && folded_[open - 1] == ":");
  bool at_end = close + 1 >= n || sentence_end_[close] <= close + 2 || s.ends_sentence;
  bool near = st.have_previous_quote && tokens_[open].sentence - tokens_[std::min(st.previous_end, n - 1)].sentence <= 3;
  bool whole = at_start && at_end && s.starts_upper && s.words >= 3 && !st.previous.empty() &&
               (near || st.previous_byte + 1 >= q.open.begin - std::min<std::size_t>(q.open.begin, 600));
  bool konjunktiv = false;
  for (std::size_t k = sentence_begin_[open]; k < sentence_end_[open] && !konjunktiv; ++k)
    if ((k < open || k > close) && is_konjunktiv(folded_[k])) konjunktiv = true;
  bool continued = (whole || konjunktiv) && !st.previous.empty();
  // A long quote is speech even where the text does not say whose; it goes
  // on from a speaker named shortly before.
  if (!continued && s.words < 6) return -1;
  if (!continued && !st.previous.empty() && near) continued = true;
  return continued ? 1 : 0;
}

// With no cue: the person the sentence is about ("sieht Osterloh einen
// „Angriff …“"), or the speaker a quote right after names ("„A.“ „B“,
// sagte X": X says both).
void QuoteFinder::attribute_uncued(const QuotedSpan& q, std::size_t open, std::size_t close, Attribution& a) const {
  std::size_t n = tokens_.size();
  a.sieve = QuoteSieve::Continuation;
  if (a.speaker.empty() && !(open == sentence_begin_[open])) {
    Pick own = clause_subject(sentence_begin_[open], open);
    if (!own.np.empty() && has_mention(own.np, true, false)) {
      a.set_speaker(own);
      a.sieve = QuoteSieve::SentenceSubject;
    }
  }
  if (!a.speaker.empty()) return;
  std::size_t idx = static_cast<std::size_t>(&q - spans_.data());
  if (idx + 1 >= spans_.size()) return;
  const QuotedSpan& nq = spans_[idx + 1];
  std::size_t nopen = token_at(nq.open.begin), nclose = token_at(nq.close.begin);
  bool adjacent = nopen < n && nclose < n && nopen <= close + 2 &&
                  text_.substr(q.close.end, nq.open.begin - q.close.end).find('\n') == std::string_view::npos;
  if (!adjacent) return;
  Attribution na = after_quote(nclose, sentence_end_[nclose]);
  if (!na.speaker.empty()) {
    a.set_speaker(na.speaker, na.step);
    a.sieve = QuoteSieve::AdjacentQuote;
  }
}

// The quotation of an attributed span: its cue, the speaker's words and who
// that is (from the speech before where the sieve named no one).
Quotation QuoteFinder::quotation_of(const QuotedSpan& q, std::size_t open, Attribution& a, bool continued,
                                    DirectState& st) const {
  Quotation qt;
  qt.quote = q.inner;
  qt.direct = true;
  qt.sentence = tokens_[open].sentence;
  if (a.has_cue) {
    std::size_t cue_end = std::max(a.cue_end, a.cue + 1);
    qt.cue = std::string(text_.substr(tokens_[a.cue].span.begin, tokens_[cue_end - 1].span.end - tokens_[a.cue].span.begin));
    if (a.has_particle) qt.cue += " … " + std::string(text_.substr(tokens_[a.particle].span.begin, tokens_[a.particle].span.size()));
  }
  // Only what can speak is a speaker ("Kritisch äußerte sich …" names no
  // one): the quote then goes on from the speaker before, as with no name.
  if (!a.speaker.empty() && !a.document) {
    a.speaker = without_verb(a.speaker);
    if (speaker_kind(a.speaker) == SpeakerKind::None) a.set_speaker(Np{}, SpeakerStep::None);
  }
  qt.sieve = a.sieve;
  qt.step = a.step;
  Np speaker = a.speaker;
  if (speaker.empty() && (continued || a.found) && !st.previous_np.empty()) {
    speaker = st.previous_np;
    qt.step = SpeakerStep::Previous;
  }
  if (a.document) qt.canonical = a.author.empty() ? std::string() : resolve(a.author, q.open.begin, st.previous);
  else if (!a.speaker.empty()) qt.canonical = resolve(a.speaker, q.open.begin, st.previous);
  else if (continued || a.found) qt.canonical = st.previous;
  if (a.speaker.empty() && !qt.canonical.empty()) {
    // Borrowed from before: name the speaker where the text last did, before the quote.
    const EntityMention* near = nullptr;
    auto [m_first, m_last] = mentions_between(0, q.open.begin);
    for (std::size_t mi = m_last; mi-- > m_first && m_last - mi <= 400;)
      if (mentions_[mi].canonical == qt.canonical && !inside_quote(mentions_[mi].span.begin)) {
        near = &mentions_[mi];
        break;
      }
    if (near && (st.previous_np.empty() || near->span.begin >= tokens_[st.previous_np.begin].span.begin)) {
      speaker = tokens_of(*near);
      qt.step = SpeakerStep::Previous;
    }
  }
  if (!speaker.empty()) {
    qt.has_speaker = true;
    qt.speaker = {tokens_[speaker.begin].span.begin, tokens_[speaker.end - 1].span.end};
  }
  if (!qt.canonical.empty()) {
    st.previous = qt.canonical;
    if (!a.speaker.empty()) st.previous_np = a.speaker;
    st.previous_byte = q.close.end;
  }
  return qt;
}

// Direct quotes: every quoted span that is speech, in text order, through
// the sieves (after_quote, before_quote, then with no cue).
void QuoteFinder::find_direct(std::vector<Quotation>& out) {
  std::size_t n = tokens_.size();
  std::vector<SpeechEvent> events = speech_events();
  std::size_t next_event = 0;
  DirectState st;
  term_span_.assign(spans_.size(), 0);
  for (const QuotedSpan& q : spans_) {
    // Marked a term until it is taken as a quotation.
    term_span_[static_cast<std::size_t>(&q - spans_.data())] = 1;
    if (q.inner.begin >= q.inner.end || n == 0) continue;
    std::size_t open = token_at(q.open.begin), close = token_at(q.close.begin);
    if (open >= n || close >= n) continue;
    // Speech events before this quote update the current speaker.
    for (; next_event < events.size() && events[next_event].byte < q.open.begin; ++next_event)
      if (events[next_event].byte >= st.previous_byte) {
        st.previous = events[next_event].canonical;
        st.previous_np = events[next_event].np;
        st.previous_byte = events[next_event].byte;
      }
    SpanShape shape = shape_of(q, open, close);
    if (is_term(q, open, close, shape)) continue;
    Attribution a = after_quote(close, sentence_end_[close]);
    if (!a.found) a = before_quote(open, sentence_begin_[open]);
    bool continued = false;
    if (!a.found) {
      int on = goes_on(q, open, close, shape, st);
      if (on < 0) continue;
      continued = on > 0;
      attribute_uncued(q, open, close, a);
    }
    out.push_back(quotation_of(q, open, a, continued, st));
    st.previous_end = close;
    st.have_previous_quote = true;
    term_span_[static_cast<std::size_t>(&q - spans_.data())] = 0;
  }
}

// Whether a word is, or ends in, a noun for a statement: "Angaben",
// "Polizeiangaben", "Erklärung", "Gipfelerklärung".
bool QuoteFinder::statement_noun(std::string_view folded) const {
  const auto& nouns = knowledge().statement_nouns;
  // The noun or its plural ("Darstellungen", "Berichte").
  std::string_view singular = folded;
  if (folded.size() > 6 && folded.compare(folded.size() - 2, 2, "en") == 0) singular = folded.substr(0, folded.size() - 2);
  else if (folded.size() > 6 && folded.back() == 'e') singular = folded.substr(0, folded.size() - 1);
  for (std::string_view w : {folded, singular}) {
    for (std::size_t cut = 0; cut + 5 <= w.size(); ++cut) {
      if (cut > 0 && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) continue;
      if (nouns.count(w.substr(cut))) return true;
    }
    if (w == singular && singular == folded) break;
  }
  // Also documents that speak for their authors: "In dem Urteil heißt es", "laut einer Studie".
  static const std::unordered_set<std::string_view> words = {
      "angaben", "aussagen", "informationen", "berichten", "ansicht", "meinung", "einschätzung", "auffassung",
      "idee", "vorstellung", "vorstellungen", "willen", "bewertung",
      "papier", "memorandum", "dokument", "gutachten", "protokoll", "vermerk", "beschluss", "resolution",
      "urteil", "begründung", "studie", "analyse"};
  for (std::size_t cut = 0; cut + 5 <= folded.size(); ++cut)
    if (words.count(folded.substr(cut))) return true;
  return false;
}

}  // namespace natocorpus::core
