// Indirect speech: the clauses cues report, sentence by sentence.
#include "quotes/quotes.hpp"

#include "grammar/grammar.hpp"

#include <algorithm>
#include <unordered_set>

#include "quotes/words.hpp"

namespace natocorpus::core {

using namespace quote_words;

// Indirect speech, sentence by sentence:
//   "Selenskyj warnte, Unbestimmtheit sei ein Zeichen der Schwäche." (cue, then
//     a clause in Konjunktiv I or with dass/ob);
//   "Die ganze Ukraine warte auf die Zusage, betonte er." (the clause, then the cue);
//   "Er rechne zudem mit weiteren Zusagen." (Konjunktiv I going on from speech
//     reported just before).
// The quote is the reported clause, without the cue, the speaker and the
// closing punctuation.
// A cue verb that reports the clause after it ("Selenskyj warnte,
// Unbestimmtheit sei …", "…, dass …", "…, das Land … zu öffnen", "Wie ein
// Sprecher mitteilte, …") or the clause before it ("<clause>, betonte er.").
QuoteFinder::IndirectHit QuoteFinder::indirect_by_cue_verb(std::size_t b, std::size_t e, std::size_t last) const {
  IndirectHit h = closing_cue(b, e, last);
  if (h.found) return h;
  for (std::size_t v = b; v < last; ++v) {
    if (inside_quote(tokens_[v].span.begin)) continue;
    CueMatch c = cue_at(v, e);
    if (!c || c.cue->kind != "verb" || folded_[v] == c.cue->particle) continue;
    h.cue_b = v;
    h.cue_e = c.end;
    h.particle = c.particle;
    std::size_t comma = v + 1;
    while (comma < last && folded_[comma] != "," && folded_[comma] != ":" && !inside_quote(tokens_[comma].span.begin)) ++comma;
    if (comma + 1 < last && (folded_[comma] == "," || folded_[comma] == ":") && comma < v + 14) {
      std::size_t start = comma + 1;
      bool dass = folded_[start] == "dass" || folded_[start] == "ob";
      bool konj = false;
      for (std::size_t k = start; k < last && k < start + 25; ++k)
        if (!inside_quote(tokens_[k].span.begin) && is_konjunktiv(folded_[k])) konj = true;
      bool infinitive = false;
      for (std::size_t k = last > start + 3 ? last - 3 : start; k < last; ++k) infinitive |= folded_[k] == "zu";
      bool wie = folded_[b] == "wie" && v < comma;
      std::size_t in_quote = 0;
      for (std::size_t k = start; k < last; ++k) in_quote += inside_quote(tokens_[k].span.begin);
      if ((dass || konj || infinitive || wie) && in_quote * 2 < last - start) {
        h.quote = {tokens_[start].span.begin, tokens_[last - 1].span.end};
        h.pick = subject_of(v, b, comma, QuoteSieve::IndirectCueBefore);
        h.sieve = QuoteSieve::IndirectCueBefore;
        h.found = true;
        return h;
      }
    }
    // In Konjunktiv, or with nothing after the cue but its speaker ("…,
    // berichtete die Polizei.").
    if (v > b + 2 && folded_[v - 1] == ",") {
      std::size_t comma_at = v - 1;
      bool konj = false;
      for (std::size_t k = b; k + 1 < v; ++k)
        if (!inside_quote(tokens_[k].span.begin) && is_konjunktiv(folded_[k])) konj = true;
      bool closing = last - c.end <= 8;
      for (std::size_t k = c.end; closing && k < last; ++k)
        if (folded_[k] == "," || folded_[k] == "dass") closing = false;
      std::size_t in_quote = 0;
      for (std::size_t k = b; k < comma_at; ++k) in_quote += inside_quote(tokens_[k].span.begin);
      if ((konj || closing) && comma_at > b && in_quote * 2 < comma_at - b) {
        h.quote = {tokens_[b].span.begin, tokens_[comma_at - 1].span.end};
        h.pick = subject_of(v, v, e, QuoteSieve::IndirectCueAfter);
        h.sieve = QuoteSieve::IndirectCueAfter;
        h.found = true;
        return h;
      }
    }
  }
  return IndirectHit{};
}

// A cue that closes the sentence after a comma, with only its speaker after
// it: "<clause>, sagte der Minister.", "<clause>, so Ban." The clause before
// is reported whatever cue verbs it holds ("Er erwarte nicht, dass …, sagte
// der Minister": "erwarte" is reported, not the cue).
QuoteFinder::IndirectHit QuoteFinder::closing_cue(std::size_t b, std::size_t e, std::size_t last) const {
  IndirectHit h;
  for (std::size_t v = last; v-- > b + 3;) {
    if (folded_[v - 1] != ",") continue;
    if (inside_quote(tokens_[v].span.begin)) return h;
    CueMatch c = cue_at(v, e);
    bool so = folded_[v] == "so";
    if (!so && (!c || c.cue->kind != "verb" || folded_[v] == c.cue->particle)) return h;
    std::size_t after = so ? v + 1 : c.end;
    if (last - after > 8) return h;
    for (std::size_t k = after; k < last; ++k)
      if (folded_[k] == "," || folded_[k] == "dass" || inside_quote(tokens_[k].span.begin)) return h;
    std::size_t in_quote = 0;
    for (std::size_t k = b; k + 1 < v; ++k) in_quote += inside_quote(tokens_[k].span.begin);
    if (in_quote * 2 >= v - 1 - b) return h;
    Pick p = so ? Pick{np_forward(v + 1, last), SpeakerStep::PhraseAfterCue}
                : subject_of(v, v, e, QuoteSieve::IndirectCueAfter);
    if (so && (p.np.empty() || p.np.end < last)) return h;  // ", so der Minister." only
    h.quote = {tokens_[b].span.begin, tokens_[v - 2].span.end};
    h.pick = p;
    h.sieve = QuoteSieve::IndirectCueAfter;
    h.cue_b = v;
    h.cue_e = so ? v + 1 : c.end;
    h.particle = so ? 0 : c.particle;
    h.found = true;
    return h;
  }
  return h;
}

// A statement whose holder it names itself takes no phrase after it: that
// is the clause's ("nach Behördenangaben zwei Verdächtige"). "nach
// Behördenangaben": the authorities speak; "nach eigenen Angaben": the clause's
// subject, before ("Der Konzern hat nach eigenen Angaben …") or after it.
void QuoteFinder::own_statement(std::size_t b, std::size_t k, std::size_t cue_end, std::size_t last, Pick& pick) const {
  std::size_t noun = cue_end - 1;
  const auto& before = folded_[noun - 1];
  if (before == "eigenen" || Grammar::builtin().is_possessive(before)) {
    Pick subject = k > b ? clause_subject(b, k) : Pick{};
    if (subject.np.empty()) subject = clause_subject(cue_end, last);
    pick = subject.np.empty() ? Pick{{noun - 1, noun + 1}, SpeakerStep::PhraseAfterCue} : subject;
  } else if (holder_in_compound(folded_[noun])) {
    pick = {{noun, noun + 1}, SpeakerStep::PhraseAfterCue};
  }
}

// "X zufolge …", "laut X …", "nach Angaben X …", "nach Polizeiangaben": the
// rest of the sentence.
QuoteFinder::IndirectHit QuoteFinder::indirect_according_to(std::size_t b, std::size_t e, std::size_t last) const {
  IndirectHit h;
  for (std::size_t k = b; k < last; ++k) {
    if (inside_quote(tokens_[k].span.begin)) continue;
    CueMatch c = cue_at(k, e);
    if ((!c || c.cue->kind == "verb") && (folded_[k] == "nach" || folded_[k] == "laut")) {
      // "nach offiziellen Angaben", "nach Polizeiangaben", "laut einem Bericht der BBC".
      std::size_t j = k + 1;
      while (j < last && j < k + 4 && (is_article(folded_[j]) || looks_adjective(folded_[j])) &&
             !starts_upper(text_.substr(tokens_[j].span.begin, 1)))
        ++j;
      // "nach" before an event is a time: "nach der Pressekonferenz".
      bool event = folded_[k] == "nach" && is_event_noun(folded_[j]);
      if (j < last && starts_upper(text_.substr(tokens_[j].span.begin, tokens_[j].span.size())) &&
          statement_noun(folded_[j]) && !event) {
        static const SpeechCue kNoun{"nach", "", "preposition"};
        c = {&kNoun, j + 1, 0};
      }
    }
    if (!c || (c.cue->kind != "preposition" && c.cue->lemma.compare(0, 5, "nach ") != 0)) continue;
    // "laut der das Amt …", "laut der Meiers … Aussagen": a relative clause.
    if (c.end + 1 < last && (folded_[c.end] == "der" || folded_[c.end] == "dem" || folded_[c.end] == "denen") &&
        (is_article(folded_[c.end + 1]) || (in_name_[c.end + 1] && folded_[c.end + 1].back() == 's')))
      continue;
    Np np = folded_[k] == "zufolge" ? np_backward(k, b, true) : np_forward(c.end, last, true);
    if (np.empty() && folded_[k] != "zufolge") np = {c.end - 1, c.end};  // "nach Polizeiangaben"
    // A statement whose holder it names itself ("nach Behördenangaben", "nach
    // eigenen Angaben") takes no phrase after it: that is the clause's.
    if (!np.empty() && c.end < last && folded_[c.end] == "von") np = np_forward(c.end + 1, last);
    if (np.empty()) continue;
    std::size_t start = b, end_cue = std::max(np.end, c.end);
    if (std::min(np.begin, k) == b && end_cue < last) start = end_cue;  // the cue opens the sentence
    if (start < last && folded_[start] == ",") ++start;
    if (start >= last) continue;
    h.quote = {tokens_[start].span.begin, tokens_[last - 1].span.end};
    h.pick = {np, folded_[k] == "zufolge" ? SpeakerStep::PhraseBeforeCue : SpeakerStep::PhraseAfterCue};
    if (folded_[k] != "zufolge" && c.end > k + 1 && np.begin + 1 >= c.end) own_statement(b, k, c.end, last, h.pick);
    h.sieve = QuoteSieve::IndirectAccordingTo;
    h.cue_b = k;
    h.cue_e = c.end;
    h.found = true;
    return h;
  }
  return h;
}

// Whether the sentence [b, last) reports speech without a cue: a verb in
// Konjunktiv I, or hearsay ("soll … haben", "sollen … worden sein").
bool QuoteFinder::reported_without_cue(std::size_t b, std::size_t last) const {
  for (std::size_t k = b; k < last; ++k) {
    if (!inside_quote(tokens_[k].span.begin) && is_konjunktiv(folded_[k])) return true;
    if ((folded_[k] == "soll" || folded_[k] == "sollen") && (folded_[last - 1] == "haben" || folded_[last - 1] == "sein"))
      return true;
  }
  return false;
}

// The quotation of an indirect hit: its cue, and the speaker unless the
// phrase names no one ("Das Kriegsziel sei …, hieß es": speech still, from
// someone it does not name; what goes on in Konjunktiv is theirs too).
Quotation QuoteFinder::indirect_quotation(const IndirectHit& h, std::int64_t sentence, IndirectState& st) const {
  Quotation q;
  q.direct = false;
  q.sentence = sentence;
  q.quote = h.quote;
  q.sieve = h.sieve;
  q.canonical = h.canonical;
  if (h.cue_e > h.cue_b) {
    q.cue = std::string(text_.substr(tokens_[h.cue_b].span.begin, tokens_[h.cue_e - 1].span.end - tokens_[h.cue_b].span.begin));
    if (h.particle) q.cue += " … " + std::string(text_.substr(tokens_[h.particle].span.begin, tokens_[h.particle].span.size()));
  }
  Np speaker = without_verb(h.pick.np);
  if (!speaker.empty() && speaker_kind(speaker) == SpeakerKind::None) {
    speaker = {};
    st.current.clear();
    st.current_np = {};
    st.current_sentence = sentence;
    st.unnamed = true;
  }
  q.step = speaker.empty() ? SpeakerStep::None : h.pick.step;
  if (!speaker.empty()) {
    q.has_speaker = true;
    q.speaker = {tokens_[speaker.begin].span.begin, tokens_[speaker.end - 1].span.end};
    if (q.canonical.empty()) q.canonical = resolve(speaker, q.quote.begin, st.current);
  }
  if (!q.canonical.empty()) {
    st.current = q.canonical;
    st.current_np = speaker;
    st.current_sentence = sentence;
    st.unnamed = false;
  }
  return q;
}

void QuoteFinder::find_indirect(std::vector<Quotation>& out) {
  std::size_t n = tokens_.size();
  IndirectState st;
  std::size_t next_direct = 0;
  std::vector<Quotation> found;
  for (std::size_t b = 0; b < n; b = sentence_end_[b]) {
    std::size_t e = sentence_end_[b];
    std::int64_t sentence = tokens_[b].sentence;
    // Direct quotes before this sentence make their speaker current.
    for (; next_direct < out.size() && out[next_direct].quote.begin < tokens_[b].span.begin; ++next_direct)
      if (!out[next_direct].canonical.empty()) {
        st.current = out[next_direct].canonical;
        st.current_sentence = out[next_direct].sentence;
        st.current_np = {};
      }
    std::size_t last = e;  // without the closing punctuation
    while (last > b && is_punct(last - 1)) --last;
    if (last <= b + 2) continue;
    // A sentence that is a direct quote, or that a quote fills, is not reported speech.
    std::size_t quoted = 0;
    for (std::size_t k = b; k < last; ++k) quoted += inside_quote(tokens_[k].span.begin);
    if (quoted * 2 >= last - b) continue;
    IndirectHit h = indirect_by_cue_verb(b, e, last);
    if (!h.found) h = indirect_according_to(b, e, last);
    // Konjunktiv going on from speech reported in the last sentences.
    if (!h.found && (!st.current.empty() || st.unnamed) && sentence - st.current_sentence <= 2 &&
        reported_without_cue(b, last)) {
      h.quote = {tokens_[b].span.begin, tokens_[last - 1].span.end};
      h.canonical = st.current;
      h.pick = {st.current_np, SpeakerStep::Previous};
      h.sieve = QuoteSieve::IndirectContinuation;
      h.found = true;
    }
    if (!h.found || h.quote.begin >= h.quote.end) continue;
    found.push_back(indirect_quotation(h, sentence, st));
  }
  // Merge with the direct quotes, in text order.
  std::vector<Quotation> all;
  all.reserve(out.size() + found.size());
  std::merge(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()),
             std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()), std::back_inserter(all),
             [](const Quotation& x, const Quotation& y) { return x.quote.begin < y.quote.begin; });
  out.swap(all);
}

}  // namespace natocorpus::core
