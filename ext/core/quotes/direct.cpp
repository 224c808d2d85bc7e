// Stage 1 (direct): the sieves that attribute a quoted span: the cue after it,
// the cue or colon before it, a statement or document as the source.
#include "quotes/quotes.hpp"

#include "grammar/grammar.hpp"

#include <algorithm>
#include <unordered_set>

#include "quotes/words.hpp"

namespace natocorpus::core {

using namespace quote_words;

// The cue verb right after a quote or after the comma that ends its clause
// ("„…“, sagte X", "„…“ sei, so die FIFA", "„…“, wie X zitiert wird").
QuoteFinder::CueFound QuoteFinder::cue_after_comma(std::size_t close, std::size_t end) const {
  CueMatch m;
  std::size_t v = end;
  std::size_t j = close + 1;
  if (j < end && (folded_[j] == "," || folded_[j] == "–" || folded_[j] == "-")) ++j;
  bool clause_verb = false;  // the cue closes the clause the quote is in
  if (j < end) {
    m = cue_at(j, end);
    if (m && m.cue->kind != "noun") {
      v = j;
      // "… die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben.": its
      // subject stands before the quote.
      clause_verb = j == close + 1 && (m.end >= end || is_punct(m.end));
    }
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
      // "„…“, wie Hoyzer von Spiegel-Online zitiert wird."
      if (k + 2 < end && folded_[k + 1] == "wie") {
        for (std::size_t x = k + 2; x < end && x < k + 15; ++x) {
          if (is_punct(x) || inside_quote(tokens_[x].span.begin)) break;
          CueMatch c = cue_at(x, end);
          if (c && c.cue->kind == "verb" && folded_[x] != c.cue->particle) {
            m = c;
            v = x;
          }
        }
        if (v != end) break;
      }
      // "…“ erreicht werden, so heißt es in einer Erklärung …"
      if (m && m.cue->lemma == "so" && k + 3 < end && (folded_[k + 2] == "heisst" || folded_[k + 2] == "hiess") &&
          folded_[k + 3] == "es") {
        v = k + 1;
        break;
      }
      // "…“ sei, da …, so die FIFA.": "so" and a phrase that ends the sentence.
      if (m && m.cue->lemma == "so") {
        Np np = np_forward(k + 2, end);
        if (!np.empty() && (np.end >= end || (np.end + 1 == end && is_punct(np.end)))) {
          v = k + 1;
          break;
        }
      }
    }
  }
  return {v, m, clause_verb};
}

// A participle or split verb later in the quote's clause: "„…“, hatte
// VW-Chef Winterkorn in einem Interview erklärt", "… hatte die Zustimmung
// „trotz einiger Vorbehalte“ bekanntgegeben".
QuoteFinder::CueFound QuoteFinder::cue_later_in_clause(std::size_t close, std::size_t end) const {
  CueMatch m;
  std::size_t v = end;
  bool clause_verb = false;
  std::size_t k = close + 1;
  bool comma = k < end && folded_[k] == ",";
  if (comma) ++k;
  if (!comma && k < end) {
    // "… „…“ sei, hatte Koch-Mehrin damals gesagt": the quote's clause ends
    // at a comma a few words on, then the auxiliary.
    std::size_t c = k;
    while (c < end && c < k + 4 && !is_punct(c) && !inside_quote(tokens_[c].span.begin) && !is_cue_word(c)) ++c;
    if (c + 1 < end && folded_[c] == "," && is_finite_auxiliary(folded_[c + 1])) {
      bool any_cue = false;
      for (std::size_t x = k; x < c && !any_cue; ++x) any_cue = is_cue_word(x);
      if (!any_cue) {
        comma = true;
        k = c + 1;
      }
    }
  }
  if (!comma || (k < end && is_finite_auxiliary(folded_[k]))) {
    for (std::size_t x = k; x < end && x < k + 25; ++x) {
      if (folded_[x] == ";" || folded_[x] == "." || folded_[x] == ":" || folded_[x] == "," ||
          inside_quote(tokens_[x].span.begin))
        break;
      CueMatch c = cue_at(x, end);
      bool closes = c && (c.end >= end || is_punct(c.end));
      if (c && c.cue->kind == "verb" && folded_[x] != c.cue->particle && (comma || closes) &&
          !starts_upper(text_.substr(tokens_[x].span.begin, 1))) {
        m = c;
        v = x;
        clause_verb = !comma;
        if (comma) break;  // "hatte X gesagt und auf … verwiesen": the first
      }
    }
  }
  return {v, m, clause_verb};
}

// "…“, sagte Selenskyj." / "…“, so Stoltenberg." / "…“, fügte er hinzu." /
// "…“, hieß es in einer Erklärung der NATO." / "… „…“ stehen, sagte er."
QuoteFinder::Attribution QuoteFinder::after_quote(std::size_t close, std::size_t end) const {
  Attribution a;
  CueFound f = cue_after_comma(close, end);
  if (f.verb == end) f = cue_later_in_clause(close, end);
  std::size_t v = f.verb;
  CueMatch m = f.m;
  bool clause_verb = f.clause_verb;
  if (v == end) return a;
  a.set_cue(v, m.end, m.particle);
  if (folded_[v] == "so" && v + 2 < end && (folded_[v + 1] == "heisst" || folded_[v + 1] == "hiess") &&
      folded_[v + 2] == "es") {  // "so heißt es in einer Erklärung der …"
    m.end = v + 3;
    a.cue_end = m.end;
  }
  if (m.cue->lemma == "hieß es" || m.cue->lemma == "heißt es" || folded_[v] == "hiess" || folded_[v] == "heisst" ||
      (folded_[v] == "so" && a.cue_end == v + 3)) {
    // The author is a body or person named later in the clause.
    for (std::size_t k = m.end; k < end; ++k) {
      if (folded_[k] == "." || folded_[k] == ";") break;
      auto [m_first, m_last] = mentions_between(tokens_[k].span.begin, tokens_[k].span.end);
      for (std::size_t mi = m_first; mi < m_last; ++mi)
        if (const EntityMention& e = mentions_[mi]; e.label == std::string_view("ORG") || e.label == std::string_view("PER")) {
          std::size_t x = k + 1;
          while (x < end && tokens_[x].span.begin < e.span.end) ++x;
          a.sieve = QuoteSieve::HeisstEs;
          a.set_speaker({k, x}, SpeakerStep::NamedAfterCue);
          return a;
        }
    }
    Attribution doc = a;
    if (statement_source(m.end, end, doc)) return doc;
    return a;
  }
  a.set_speaker(subject_of(v, clause_verb ? sentence_begin_[close] : close + 1, end, QuoteSieve::CueAfter));
  return a;
}

// Whether a cue word at j is the particle of a split cue ("bekannt" of "gab
// … bekannt"), even when the word is also a cue of its own ("bekennen"); or
// whether a cue verb at j belongs to the clause reported rather than
// introducing the quote: a verb of the reported clause or of a relative clause when
// the sentence has a cue before it ("Hatzius kritisiert, die Aktion erinnere
// „…“", "schrieb in einer Presseerklärung, die … veröffentlicht wurde, sie
// wolle „…“").
bool QuoteFinder::split_particle(std::size_t j, const CueMatch& c, const BeforeScan& s, std::size_t open) const {
  if (folded_[j] == c.cue->particle) return true;
  for (std::size_t k = j > s.floor + 30 ? j - 30 : s.floor; k < j; ++k) {
    CueMatch split = cue_at(k, sentence_end_[open]);
    if (split && split.particle == j) return true;
  }
  return false;
}

bool QuoteFinder::reported_verb(std::size_t j, const CueMatch& c, const BeforeScan& s, std::size_t open) const {
  if (c.cue->kind != "verb") return false;
  std::size_t cs = j;
  while (cs > s.floor && folded_[cs - 1] != ",") --cs;
  const auto& w = folded_[j];
  bool konjunktiv_i = Grammar::konjunktiv_i_ending(w);
  std::size_t rs = cs;
  if (rs + 1 < j && is_preposition(folded_[rs]) && folded_[rs] != "und" && folded_[rs] != "oder") ++rs;  // "zu der …"
  const auto& r = folded_[rs];
  bool relative = cs > s.floor &&
                  (r == "der" || r == "die" || r == "das" || r == "dem" || r == "denen" || r == "welcher" ||
                   r == "welche" || r == "welchem") &&
                  rs + 1 < j && !starts_upper(text_.substr(tokens_[rs + 1].span.begin, tokens_[rs + 1].span.size()));
  if (cs <= s.floor || !(konjunktiv_i || relative)) return false;
  for (std::size_t k = s.wide_floor; k + 1 < cs; ++k) {
    if (inside_quote(tokens_[k].span.begin)) continue;
    CueMatch e = cue_at(k, sentence_end_[open]);
    if (e && (e.cue->kind == "verb" || (relative && e.cue->kind == "preposition")) && folded_[k] != e.cue->particle)
      return true;
  }
  return false;
}

// A statement noun before the quote, at j: "Seiner Ansicht nach „…“" (the
// possessive's person speaks: returns true with `a` set), or "nach einer
// Gipfelerklärung", "in einer Erklärung der NATO" (noted in `s`, used when
// the clause has no cue verb).
bool QuoteFinder::statement_word_before(std::size_t j, const CueMatch& c, BeforeScan& s, std::size_t open,
                                        Attribution& a) const {
  bool statement = (c && c.cue->kind == "noun") || statement_noun(folded_[j]);
  bool possessive = j > s.floor && (folded_[j - 1] == "seiner" || folded_[j - 1] == "ihrer" ||
                                    folded_[j - 1] == "seine" || folded_[j - 1] == "ihre");
  bool view_opens = possessive && j - 1 == s.floor && s.colon;
  if (statement && possessive && j + 1 < open && ((folded_[j + 1] == "nach" && j + 2 == open) || view_opens)) {
    a.set_cue(j - 1, folded_[j + 1] == "nach" ? j + 2 : j + 1, 0);
    a.document = true;
    a.sieve = QuoteSieve::StatementNoun;
    a.set_speaker({j - 1, j + 1}, SpeakerStep::Possessive);
    if (const EntityMention* who = antecedent_before(tokens_[j - 1].span.begin)) a.author = tokens_of(*who);
    return true;
  }
  std::size_t p = j - 1;
  if (statement && p > s.floor && (is_article(folded_[p]) || folded_[p] == "ihrer" || folded_[p] == "seiner")) --p;
  if (statement && !s.have_statement &&
      (folded_[p] == "nach" || folded_[p] == "laut" || folded_[p] == "in" || folded_[p] == "gemäss")) {
    s.have_statement = true;
    s.statement_at = p;
    s.statement_word = j;
  }
  return false;
}

// A cue verb at j before the quote: its subject speaks, or with a passive
// the agent ("Es wurde von Demjanjuks Sohn die Mutmaßung geäußert"); a cue
// in Konjunktiv I whose subject names no one ("Die Studie zeige, dass …")
// reports the speech of the speaker before.
QuoteFinder::Attribution QuoteFinder::cue_verb_before(std::size_t j, const CueMatch& c, std::size_t floor,
                                                      std::size_t open, Attribution a) const {
  a.set_cue(j, c.end, c.particle);
  bool passive = false;
  if (folded_[j].compare(0, 2, "ge") == 0)
    for (std::size_t k2 = floor; k2 < sentence_end_[open] && !passive; ++k2) {
      const auto& w = folded_[k2];
      passive = is_passive_auxiliary(w);
    }
  a.sieve = QuoteSieve::CueBefore;
  if (!passive) a.set_speaker(subject_of(j, floor, open, QuoteSieve::CueBefore));
  const auto& w = folded_[j];
  bool konjunktiv_i = Grammar::konjunktiv_i_ending(w);
  bool names = !a.speaker.empty() && ((a.speaker.end - a.speaker.begin == 1 && is_pronoun(folded_[a.speaker.begin])) ||
                                      names_someone(a.speaker));
  if (konjunktiv_i && !names && !passive) {
    a.set_speaker(Np{}, SpeakerStep::None);  // found, with the speaker before
    return a;
  }
  for (std::size_t k = floor; passive && k + 1 < open; ++k)
    if (folded_[k] == "von" && !inside_quote(tokens_[k].span.begin)) {
      Np agent = np_forward(k + 1, open);
      if (!agent.empty()) {
        a.set_speaker(agent, SpeakerStep::PassiveAgent);
        break;
      }
    }
  return a;
}

// With no cue verb before the quote: a statement named before it ("Nach
// einer Erklärung der NATO „…“"), or a colon or "mit den Worten" after a
// clause whose subject speaks ("Zypries sieht in dem Urteil eine
// Bestätigung: „…“", "Er äußerte sich mit den Worten: „…“", "Selenskyj: „…“").
QuoteFinder::Attribution QuoteFinder::no_cue_before(const BeforeScan& s, std::size_t open) const {
  Attribution a;
  std::size_t floor = s.floor;
  if (s.have_statement && !s.have_phrase) {
    a.found = a.has_cue = true;
    a.cue = s.statement_at;
    a.cue_end = s.statement_word + 1;
    Np named = np_forward(s.statement_word + 1, open);
    bool has_entity = !named.empty() && has_mention(named, true, true);
    a.sieve = QuoteSieve::StatementNoun;
    a.set_speaker(has_entity ? Pick{named, SpeakerStep::NamedAfterCue} : clause_subject(floor, s.statement_at));
    return a;
  }
  if (!s.colon && !s.have_phrase) return a;
  a.found = true;
  if (s.have_phrase) {
    a.has_cue = true;
    a.cue = s.phrase;
    a.cue_end = s.phrase_end;
  }
  std::size_t clause_end = s.have_phrase ? s.phrase : open - 1;
  // "…: Mit den Worten „…“, richtete er …": a phrase that opens its clause
  // has its subject after the quote.
  bool phrase_opens = s.have_phrase && (s.phrase == floor || folded_[s.phrase - 1] == ":" || folded_[s.phrase - 1] == ".");
  a.sieve = s.have_phrase ? QuoteSieve::WordsPhrase : QuoteSieve::Colon;
  if (!phrase_opens) a.set_speaker(clause_subject(floor, clause_end));
  if (!s.have_phrase && !has_mention(a.speaker, true, false) &&
      !(a.speaker.end - a.speaker.begin == 1 && is_pronoun(folded_[a.speaker.begin]))) {
    Attribution doc = a;
    if (statement_source(floor, clause_end, doc)) return doc;
    // "Die Pflichten seien im Vertrag festgelegt: „…“": speech reported in
    // Konjunktiv I goes on; its speaker was named before.
    bool konjunktiv = false;
    for (std::size_t k = floor; k < clause_end && !konjunktiv; ++k) konjunktiv = is_konjunktiv(folded_[k]);
    if (konjunktiv) a.set_speaker(Np{}, SpeakerStep::None);
  }
  if (a.speaker.empty() && s.have_phrase) {
    std::size_t close = open;
    while (close < tokens_.size() && inside_quote(tokens_[close].span.begin)) ++close;
    for (std::size_t k = close; k < sentence_end_[open] && k < close + 5; ++k)
      if (is_pronoun(folded_[k])) {
        a.set_speaker({k, k + 1}, SpeakerStep::PronounAfterCue);
        break;
      }
    if (a.speaker.empty() && phrase_opens) a.set_speaker(clause_subject(floor, clause_end));
  }
  return a;
}

// "Stoltenberg sagte: „…“" / "Dazu schrieb Selenskyj: „…“" / "Selenskyj:
// „…“" / "… bezeichnete Stoltenberg als „…“": the words before the quote,
// back from it: a cue verb, an according-to phrase, "heißt es", a
// statement, a colon.
QuoteFinder::Attribution QuoteFinder::before_quote(std::size_t open, std::size_t begin) const {
  Attribution a;
  if (open == 0 || open <= begin) return a;
  // The clause before the quote: back to the sentence start, a quote or a semicolon.
  // A quoted name or term ends it too, but a cue skipped as part of a
  // reported clause may be looked for past it (wide_floor).
  BeforeScan s;
  s.floor = s.wide_floor = begin;
  for (std::size_t k = open; k > begin; --k) {
    std::size_t j = k - 1;
    if (s.floor == begin && (folded_[j] == ";" || inside_quote(tokens_[j].span.begin))) s.floor = k;
    if (folded_[j] == ";" || inside_speech(tokens_[j].span.begin)) {
      s.wide_floor = k;
      break;
    }
  }
  if (s.floor == begin) s.floor = s.wide_floor;
  const std::size_t strict_floor = s.floor;
  bool skipped = false;  // a cue of the reported clause was passed over
  s.colon = folded_[open - 1] == ":";
  for (std::size_t k = open; k > s.wide_floor; --k) {
    std::size_t j = k - 1;
    if (j < strict_floor) {
      if (!skipped) break;
      s.floor = s.wide_floor;
    }
    CueMatch c = cue_at(j, sentence_end_[open]);
    // "In einer Erklärung der EU-Außenminister hatte es geheißen: …"
    if (!c && folded_[j] == "geheissen" && j > s.floor && folded_[j - 1] == "es") {
      a.set_cue(j - 1, j + 1, 0);
      if (statement_source(s.floor, open, a)) return a;
      a = Attribution();
      continue;
    }
    if ((!c || c.cue->kind == "noun") && j > s.floor && tokens_[j].kind == TokenKind::Word &&
        starts_upper(text_.substr(tokens_[j].span.begin, tokens_[j].span.size()))) {
      if (statement_word_before(j, c, s, open, a)) return a;
      continue;
    }
    if (!c || c.cue->kind == "noun") continue;
    if (split_particle(j, c, s, open)) continue;
    if (reported_verb(j, c, s, open)) {
      skipped = true;
      continue;
    }
    const std::string& lemma = c.cue->lemma;
    bool after_it = c.cue->kind == "preposition" || lemma.compare(0, 5, "nach ") == 0 ||
                    lemma.compare(0, 18, "unter berufung auf") == 0 || lemma.compare(0, 18, "unter Berufung auf") == 0;
    if (after_it) {  // "laut Stoltenberg", "Stoltenberg zufolge", "nach Angaben des Ministeriums"
      Np np = folded_[j] == "zufolge" ? np_backward(j, s.floor, true) : np_forward(c.end, open, true);
      if (np.empty()) continue;
      a.set_cue(j, c.end, 0);
      a.sieve = QuoteSieve::AccordingTo;
      a.set_speaker(np, folded_[j] == "zufolge" ? SpeakerStep::PhraseBeforeCue : SpeakerStep::PhraseAfterCue);
      return a;
    }
    bool heisst_es = starts_with(lemma, "heißt") || starts_with(lemma, "hieß");
    if (c.cue->kind == "phrase" && lemma != "so" && !heisst_es) {
      if (!s.have_phrase) {
        s.have_phrase = true;
        s.phrase = j;
        s.phrase_end = c.end;
      }
      continue;
    }
    // "In einem Positionspapier des Ministeriums heißt es: …", "Darin hieß es: …".
    if (heisst_es || folded_[j] == "heisst" || folded_[j] == "hiess") {
      Attribution doc = a;
      doc.set_cue(j, c.end, c.particle);
      if (statement_source(s.floor, open, doc)) return doc;
    }
    return cue_verb_before(j, c, s.floor, open, a);
  }
  return no_cue_before(s, open);
}


// The subject of the clause [floor, end) with no cue verb: the first person
// named in it, else a pronoun, else the phrase that opens it, else the phrase
// that ends it.
QuoteFinder::Pick QuoteFinder::clause_subject(std::size_t floor, std::size_t end) const {
  if (end <= floor) return {{end, end}, SpeakerStep::None};
  auto [m_first, m_last] = mentions_between(tokens_[floor].span.begin, tokens_[end - 1].span.end);
  for (std::size_t mi = m_first; mi < m_last; ++mi) {
    const EntityMention& e = mentions_[mi];
    if (e.form != EntityForm::Name || e.label != std::string_view("PER") || inside_quote(e.span.begin)) continue;
    Np np = tokens_of(e);
    if (np.empty()) continue;
    // Not a genitive ("Stoibers Äußerungen") nor an object ("den iranischen
    // Präsidenten Mahmud Ahmadinedschad").
    std::string_view last = text_.substr(tokens_[np.end - 1].span.begin, tokens_[np.end - 1].span.size());
    if (last.size() > 2 && last.back() == 's' && np.end < end && tokens_[np.end].kind == TokenKind::Word &&
        starts_upper(text_.substr(tokens_[np.end].span.begin, 1)))
      continue;
    Np before = np_backward(np.begin, floor);
    if (!before.empty() && before.end == np.begin) np.begin = before.begin;
    const auto& f = folded_[np.begin];
    if (f == "dem" || f == "den" || f == "einem" || f == "einen" ||
        (np.begin > floor && (folded_[np.begin - 1] == "dem" || folded_[np.begin - 1] == "den")))
      continue;
    return {np, SpeakerStep::PersonInClause};
  }
  for (std::size_t k = floor; k < end; ++k)
    if (is_pronoun(folded_[k]) && !inside_quote(tokens_[k].span.begin)) return {{k, k + 1}, SpeakerStep::PronounInClause};
  // A role: "Dabei sparte der Bundespräsident nicht mit Kritik: „…“".
  for (std::size_t k = floor; k < end; ++k) {
    if (inside_quote(tokens_[k].span.begin) || role_at(k).empty()) continue;
    if (!starts_upper(text_.substr(tokens_[k].span.begin, tokens_[k].span.size()))) continue;
    Np np = np_backward(k + 1, floor);
    if (!np.empty() && !(folded_[np.begin] == "dem" || folded_[np.begin] == "den")) return {np, SpeakerStep::RoleInClause};
  }
  Np first = np_forward(floor, end);
  if (!first.empty() && !is_preposition(folded_[floor])) return {first, SpeakerStep::ClauseOpener};
  return {np_backward(end, floor), SpeakerStep::PhraseEndsClause};
}

// The last statement noun before token t, at most three sentences back and
// outside quotes; with `head`, only that same noun ("einem Schreiben" …
// "dem Schreiben"). n when there is none.
std::size_t QuoteFinder::statement_before(std::size_t t, std::string_view head) const {
  std::size_t n = tokens_.size();
  if (t == 0 || t > n) return n;
  std::int64_t sentence = tokens_[t - 1].sentence;
  for (std::size_t k = t; k-- > 0 && t - k < 200;) {
    if (sentence - tokens_[k].sentence > 3) break;
    if (inside_quote(tokens_[k].span.begin) || tokens_[k].kind != TokenKind::Word) continue;
    if (!starts_upper(text_.substr(tokens_[k].span.begin, tokens_[k].span.size()))) continue;
    if (head.empty() ? statement_noun(folded_[k]) : folded_[k] == head) return k;
  }
  return n;
}

// A document the clause [floor, end) gives as the source of what it quotes:
// "in einer Erklärung der NATO", "In einem Positionspapier des
// Bundesministeriums", "in dem Schreiben", or "darin"/"dort" for one named
// shortly before ("Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin
// heißt es: …"). The speaker is the author named in it, else the document;
// the author is also sought as the subject of the sentence that brought the
// document in.
bool QuoteFinder::statement_source(std::size_t floor, std::size_t end, Attribution& a) const {
  std::size_t n = tokens_.size();
  std::size_t noun = n;
  bool definite = false;
  for (std::size_t k = floor; k < end && noun == n; ++k) {
    if (inside_quote(tokens_[k].span.begin)) continue;
    const auto& w = folded_[k];
    if (w == "darin" || w == "dort" || w == "hierin") {
      noun = statement_before(floor, {});
      continue;
    }
    if (w != "in" && w != "im" && w != "aus") continue;
    std::size_t j = k + 1;
    if (j < end && w != "im" && (is_article(folded_[j]) || folded_[j] == "ihrer" || folded_[j] == "seiner" ||
                                 folded_[j] == "ihrem" || folded_[j] == "seinem")) {
      definite = folded_[j] == "dem" || folded_[j] == "der";
      ++j;
    } else if (w == "im") {
      definite = true;
    }
    while (j < end && j < k + 5 && looks_adjective(folded_[j]) &&
           !starts_upper(text_.substr(tokens_[j].span.begin, tokens_[j].span.size())))
      ++j;
    if (j < end && tokens_[j].kind == TokenKind::Word &&
        starts_upper(text_.substr(tokens_[j].span.begin, tokens_[j].span.size())) && statement_noun(folded_[j]))
      noun = j;
  }
  if (noun >= n) return false;
  // The document's phrase: its article and adjectives, and a genitive after it.
  Np doc{noun, noun + 1};
  {
    std::size_t sb = sentence_begin_[noun], k = noun;
    while (k > sb && k + 4 > noun && looks_adjective(folded_[k - 1]) && !is_article(folded_[k - 1]) &&
           !starts_upper(text_.substr(tokens_[k - 1].span.begin, tokens_[k - 1].span.size())))
      --k;
    const std::string_view w = k > sb ? std::string_view(folded_[k - 1]) : std::string_view();
    if (is_article(w) || w == "ihrer" || w == "seiner" || w == "ihrem" || w == "seinem" || w == "ihre" ||
        w == "seine")
      --k;
    doc.begin = k;
    std::size_t e = sentence_end_[noun];
    if (noun + 1 < e && (folded_[noun + 1] == "des" || folded_[noun + 1] == "der")) {
      Np genitive = np_forward(noun + 1, e);
      if (!genitive.empty()) doc.end = genitive.end;
    }
  }
  a.found = true;
  a.document = true;
  a.sieve = QuoteSieve::Document;
  a.set_speaker(doc, SpeakerStep::Document);
  a.author = {};
  // An author named in it: "der NATO", "des Bundesministeriums des Innern".
  auto [m_first, m_last] = mentions_between(tokens_[noun].span.end, tokens_[doc.end - 1].span.end);
  for (std::size_t mi = m_first; mi < m_last; ++mi) {
    const EntityMention& e = mentions_[mi];
    if (e.label != std::string_view("PER") && e.label != std::string_view("ORG")) continue;
    a.author = tokens_of(e);
    a.set_speaker(a.author, SpeakerStep::NamedAfterCue);
    return true;
  }
  // A genitive the tagger did not take for a name: "des Bundesministeriums des Innern".
  if (doc.end > noun + 2 && starts_upper(text_.substr(tokens_[noun + 2].span.begin, tokens_[noun + 2].span.size()))) {
    a.author = {noun + 1, doc.end};
    return true;
  }
  // A document named before ("in einem Schreiben … angedroht. So heißt es
  // in dem Schreiben"): the one who wrote it is the subject of that sentence.
  std::size_t first = noun;
  if (definite || noun < floor) {
    std::size_t earlier = noun < floor ? noun : statement_before(doc.begin, folded_[noun]);
    if (earlier < n) first = earlier;
  }
  if (first < floor || first != noun) {
    std::size_t sb = sentence_begin_[first];
    Np subject = clause_subject(sb, first).np;
    // A body the tagger does not know counts when it opens the sentence:
    // "Die Staatsanwaltschaft gab eine Stellungnahme ab".
    bool opener = !subject.empty() && subject.begin == sb &&
                  (folded_[sb] == "der" || folded_[sb] == "die" || folded_[sb] == "das");
    if (!subject.empty() && (has_mention(subject, true, true) || opener)) a.author = subject;
  }
  return true;
}

}  // namespace natocorpus::core
