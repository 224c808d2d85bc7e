// Indirect speech: the clauses cues report, sentence by sentence.
#include "quotes/quotes.hpp"

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
void QuoteFinder::find_indirect(std::vector<Quotation>& out) {
  std::size_t n = tokens_.size();
  std::string current;       // the speaker of the last speech found
  Np current_np;
  std::int64_t current_sentence = -10;
  bool unnamed = false;      // the last speech found has a speaker that names no one
  std::size_t next_direct = 0;
  std::vector<Quotation> found;
  for (std::size_t b = 0; b < n; b = sentence_end_[b]) {
    std::size_t e = sentence_end_[b];
    std::int64_t sentence = tokens_[b].sentence;
    // Direct quotes before this sentence make their speaker current.
    while (next_direct < out.size() && out[next_direct].quote.begin < tokens_[b].span.begin) {
      if (!out[next_direct].canonical.empty()) {
        current = out[next_direct].canonical;
        current_sentence = out[next_direct].sentence;
        current_np = {};
      }
      ++next_direct;
    }
    std::size_t last = e;  // without the closing punctuation
    while (last > b && is_punct(last - 1)) --last;
    if (last <= b + 2) continue;
    // A sentence that is a direct quote, or that a quote fills, is not reported speech.
    std::size_t quoted = 0;
    for (std::size_t k = b; k < last; ++k) quoted += inside_quote(tokens_[k].span.begin);
    if (quoted * 2 >= last - b) continue;
    bool konjunktiv_anywhere = false;
    for (std::size_t k = b; k < last; ++k)
      if (!inside_quote(tokens_[k].span.begin) && is_konjunktiv(folded_[k])) konjunktiv_anywhere = true;
    // "soll … haben", "sollen … worden sein": hearsay, as Konjunktiv is.
    bool hearsay = false;
    for (std::size_t k = b; k < last && !hearsay; ++k)
      hearsay = (folded_[k] == "soll" || folded_[k] == "sollen") &&
                (folded_[last - 1] == "haben" || folded_[last - 1] == "sein");
    Quotation q;
    q.direct = false;
    q.sentence = sentence;
    bool have = false;
    Np speaker;
    SpeakerStep step = SpeakerStep::None;
    std::size_t cue_b = 0, cue_e = 0, particle = 0;
    for (std::size_t v = b; v < last && !have; ++v) {
      if (inside_quote(tokens_[v].span.begin)) continue;
      CueMatch c = cue_at(v, e);
      if (!c || c.cue->kind != "verb" || folded_[v] == c.cue->particle) continue;
      // After the cue: its subject and particle, then ", dass …" or ", <Konjunktiv clause>".
      std::size_t comma = v + 1;
      while (comma < last && folded_[comma] != "," && folded_[comma] != ":" && !inside_quote(tokens_[comma].span.begin)) ++comma;
      if (comma + 1 < last && (folded_[comma] == "," || folded_[comma] == ":") && comma < v + 14) {
        std::size_t start = comma + 1;
        bool dass = folded_[start] == "dass" || folded_[start] == "ob";
        bool konj = false;
        for (std::size_t k = start; k < last && k < start + 25; ++k)
          if (!inside_quote(tokens_[k].span.begin) && is_konjunktiv(folded_[k])) konj = true;
        // "forderte die Junta auf, das Land … zu öffnen": a zu-infinitive.
        bool infinitive = false;
        for (std::size_t k = last > start + 3 ? last - 3 : start; k < last; ++k) infinitive |= folded_[k] == "zu";
        // "Wie ein Sprecher mitteilte, wurde …": the main clause after it.
        bool wie = folded_[b] == "wie" && v < comma;
        std::size_t in_quote = 0;
        for (std::size_t k = start; k < last; ++k) in_quote += inside_quote(tokens_[k].span.begin);
        if ((dass || konj || infinitive || wie) && in_quote * 2 < last - start) {
          // The clause runs to the end, or to a following ", sagte er".
          std::size_t end = last;
          q.quote = {tokens_[start].span.begin, tokens_[end - 1].span.end};
          Pick p = subject_of(v, b, comma, QuoteSieve::IndirectCueBefore);
          speaker = p.np;
          step = p.step;
          q.sieve = QuoteSieve::IndirectCueBefore;
          cue_b = v;
          cue_e = c.end;
          particle = c.particle;
          have = true;
          break;
        }
      }
      // Before the cue: "<clause>, betonte er." (in Konjunktiv, or with
      // nothing after the cue but its speaker: "…, berichtete die Polizei.").
      if (v > b + 2 && folded_[v - 1] == ",") {
        std::size_t comma_at = v - 1;
        bool konj = false;
        for (std::size_t k = b; k + 1 < v; ++k)
          if (!inside_quote(tokens_[k].span.begin) && is_konjunktiv(folded_[k])) konj = true;
        bool closing = comma_at < v && last - c.end <= 8;
        for (std::size_t k = c.end; closing && k < last; ++k)
          if (folded_[k] == "," || folded_[k] == "dass") closing = false;
        std::size_t in_quote = 0;
        for (std::size_t k = b; k < comma_at; ++k) in_quote += inside_quote(tokens_[k].span.begin);
        if ((konj || closing) && comma_at < v && comma_at > b && in_quote * 2 < comma_at - b) {
          q.quote = {tokens_[b].span.begin, tokens_[comma_at - 1].span.end};
          Pick p = subject_of(v, v, e, QuoteSieve::IndirectCueAfter);
          speaker = p.np;
          step = p.step;
          q.sieve = QuoteSieve::IndirectCueAfter;
          cue_b = v;
          cue_e = c.end;
          particle = c.particle;
          have = true;
          break;
        }
      }
    }
    // "X zufolge …", "laut X …", "nach Angaben X …": the rest of the sentence.
    for (std::size_t k = b; k < last && !have; ++k) {
      if (inside_quote(tokens_[k].span.begin)) continue;
      CueMatch c = cue_at(k, e);
      if ((!c || c.cue->kind == "verb") && (folded_[k] == "nach" || folded_[k] == "laut")) {
        // "nach offiziellen Angaben", "nach Polizeiangaben", "laut einem Bericht der BBC".
        std::size_t j = k + 1;
        while (j < last && j < k + 4 && (is_article(folded_[j]) || looks_adjective(folded_[j])) &&
               !starts_upper(text_.substr(tokens_[j].span.begin, 1)))
          ++j;
        if (j < last && starts_upper(text_.substr(tokens_[j].span.begin, tokens_[j].span.size())) &&
            statement_noun(folded_[j])) {
          static const SpeechCue kNoun{"nach", "", "preposition"};
          c = {&kNoun, j + 1, 0};
        }
      }
      if (!c || (c.cue->kind != "preposition" && c.cue->lemma.compare(0, 5, "nach ") != 0)) continue;
      Np np = folded_[k] == "zufolge" ? np_backward(k, b, true) : np_forward(c.end, last, true);
      if (np.empty() && folded_[k] != "zufolge") np = {c.end - 1, c.end};  // "nach Polizeiangaben"
      if (!np.empty() && c.end < last && folded_[c.end] == "von") np = np_forward(c.end + 1, last);
      if (np.empty()) continue;
      std::size_t start = b, end_cue = std::max(np.end, c.end);
      if (std::min(np.begin, k) == b && end_cue < last) start = end_cue;  // the cue opens the sentence
      if (start < last && folded_[start] == ",") ++start;
      if (start >= last) continue;
      q.quote = {tokens_[start].span.begin, tokens_[last - 1].span.end};
      speaker = np;
      step = folded_[k] == "zufolge" ? SpeakerStep::PhraseBeforeCue : SpeakerStep::PhraseAfterCue;
      q.sieve = QuoteSieve::IndirectAccordingTo;
      cue_b = k;
      cue_e = c.end;
      have = true;
    }
    if (!have && (konjunktiv_anywhere || hearsay)) {
      // Konjunktiv going on from speech reported in the last sentences.
      if ((!current.empty() || unnamed) && sentence - current_sentence <= 2) {
        q.quote = {tokens_[b].span.begin, tokens_[last - 1].span.end};
        q.canonical = current;
        speaker = current_np;
        step = SpeakerStep::Previous;
        q.sieve = QuoteSieve::IndirectContinuation;
        have = true;
      }
    }
    if (!have || q.quote.begin >= q.quote.end) continue;

    if (cue_e > cue_b) {
      q.cue = std::string(text_.substr(tokens_[cue_b].span.begin, tokens_[cue_e - 1].span.end - tokens_[cue_b].span.begin));
      if (particle) q.cue += " … " + std::string(text_.substr(tokens_[particle].span.begin, tokens_[particle].span.size()));
    }
    speaker = without_verb(speaker);
    bool mute = !speaker.empty() && speaker_kind(speaker) == SpeakerKind::None;
    if (mute) {
      // Speech still, from someone it does not name ("Das Kriegsziel sei …,
      // hieß es"): what goes on in Konjunktiv is theirs too.
      speaker = {};
      current.clear();
      current_np = {};
      current_sentence = sentence;
      unnamed = true;
    }
    q.step = speaker.empty() ? SpeakerStep::None : step;
    if (!speaker.empty()) {
      q.has_speaker = true;
      q.speaker = {tokens_[speaker.begin].span.begin, tokens_[speaker.end - 1].span.end};
      if (q.canonical.empty()) q.canonical = resolve(speaker, q.quote.begin, current);
    }
    if (!q.canonical.empty()) {
      current = q.canonical;
      current_np = speaker;
      current_sentence = sentence;
      unnamed = false;
    }
    found.push_back(std::move(q));
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
