// Stage 2: the candidate speakers a cue verb names in its clause, and the
// subject of a clause with no cue.
#include "quotes/quotes.hpp"

#include "grammar/grammar.hpp"

#include <algorithm>
#include <unordered_set>

#include "quotes/ranker.hpp"
#include "quotes/words.hpp"

namespace natocorpus::core {

using namespace quote_words;

// The clause a cue verb at `verb` stands in, within [floor, limit): what
// the proposers below share.
QuoteFinder::CueClause QuoteFinder::cue_clause(std::size_t verb, std::size_t floor, std::size_t limit) const {
  CueClause c;
  c.verb = verb;
  c.floor = floor;
  c.limit = limit;
  CueMatch m = cue_at(verb, limit);
  c.after = m ? m.end : verb + 1;
  if (c.after < limit && folded_[c.after] == "sich") ++c.after;  // "erinnerte sich Trotnow"
  // Verbs whose object is the one quoted or named: "nannte sie „…“",
  // "zitiert einen Augenzeugen mit den Worten".
  c.lemma = m ? std::string_view(m.cue->lemma) : std::string_view();
  const auto l = c.lemma;
  c.object_verb = l == "nennen" || l == "bezeichnen" || l == "zitieren" || l == "loben" || l == "kritisieren" ||
                  l == "warnen" || l == "auffordern" || l == "bitten";
  for (std::size_t k = floor; k < verb; ++k) c.passive |= is_passive_auxiliary(folded_[k]);
  // A passive in the verb's own clause: a form of "werden" before a
  // participle ("wurde … genannt", "würden … veröffentlicht").
  const auto& vf = folded_[verb];
  if (vf.size() > 3 && vf.back() == 't')
    for (std::size_t k = verb; k > floor && folded_[k - 1] != "," && folded_[k - 1] != ":" && !c.passive_clause; --k)
      c.passive_clause = is_werden(folded_[k - 1]);
  // "… bezeichnete er als …": after a phrase before the verb, the pronoun is
  // the subject; "… und nannte sie „…“": at the clause start, the object.
  // After a comma the verb comes second to a fronted clause ("Die
  // Bestrebungen der Regierung, …, bezeichnete er als …"): the pronoun is its subject.
  c.verb_first = verb == floor || (is_punct(verb - 1) && folded_[verb - 1] != ",") || folded_[verb - 1] == "und" ||
                 folded_[verb - 1] == "oder";
  // The clause: on to a subordinate clause or the end; a comma ends it
  // unless a phrase stands between the verb and the comma ("sagte der
  // Leiter des Programms, Klaus Stöhr" goes on).
  c.end = c.after;
  bool phrase_seen = false;
  while (c.end < limit && folded_[c.end] != ";" && folded_[c.end] != ":" && folded_[c.end] != "dass" &&
         folded_[c.end] != "weil" && folded_[c.end] != "ob" && folded_[c.end] != "wenn" &&
         folded_[c.end] != "nachdem" && !inside_quote(tokens_[c.end].span.begin)) {
    if (folded_[c.end] == "," && !phrase_seen) break;
    if (tokens_[c.end].kind == TokenKind::Word &&
        (is_article(folded_[c.end]) || starts_upper(text_.substr(tokens_[c.end].span.begin, tokens_[c.end].span.size()))))
      phrase_seen = true;
    ++c.end;
  }
  // Back to floor. A quote inside the clause does not end it ("Aridi hatte
  // die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben"), but no
  // speaker is sought in it; only for a verb that ends its clause right
  // after the quote is the quote passed over.
  c.begin = verb;
  bool after_quote = verb > floor && inside_quote(tokens_[verb - 1].span.begin) && (c.after >= limit || is_punct(c.after));
  while (c.begin > floor && folded_[c.begin - 1] != ";" && (after_quote || !inside_speech(tokens_[c.begin - 1].span.begin)))
    --c.begin;
  // A phrase that names someone opens the clause before the verb: the verb's
  // subject is most often that one, and a phrase after the verb its object.
  if (c.begin < verb && !is_preposition(folded_[c.begin])) {
    Np opener = np_forward(c.begin, verb);
    c.named_opener = !opener.empty() && !is_oblique_phrase(opener) &&
                     (is_pronoun(folded_[opener.begin]) || names_someone(opener));
  }
  return c;
}

// Whether the phrase starts with an article or pronoun in the dative,
// accusative or genitive: "dem", "den", "des", "einem", "einen", "eines".
bool QuoteFinder::is_oblique_phrase(const Np& np) const {
  if (np.empty()) return false;
  const auto& f = folded_[np.begin];
  return f != "einer" && Grammar::builtin().is_oblique_article(f);  // "einer der Sprecher" is nominative
}

// Whether the phrase names a person or body, or holds a role noun.
bool QuoteFinder::names_someone(const Np& np) const {
  bool names = has_mention(np, true, true);
  for (std::size_t k = np.begin; k < np.end && !names; ++k) names = !role_at(k).empty();
  return names;
}

// The one quoted or a medium: "Die Zeitung zitiert Kirchner mit den Worten
// …" (the one quoted), "schrieb „Die Zeit“", "schreibt die „Computerwoche“".
void QuoteFinder::propose_object(const CueClause& c, std::vector<Pick>& out) const {
  if (c.lemma == "zitieren" && !c.passive) {
    Np np = np_forward(c.after, c.limit);
    if (!np.empty() && has_mention(np, true, false)) out.push_back({np, SpeakerStep::QuotedObject});
  }
  if (c.after >= c.limit || c.lemma == "zitieren") return;
  std::size_t k = c.after;
  if (k + 1 < c.limit && (folded_[k] == "der" || folded_[k] == "die" || folded_[k] == "das")) ++k;
  auto it = std::lower_bound(spans_.begin(), spans_.end(), tokens_[k].span.begin,
                             [](const QuotedSpan& q, std::size_t b) { return q.open.begin < b; });
  if (it == spans_.end() || it->open.begin != tokens_[k].span.begin || it->inner.size() > 60 ||
      !starts_upper(text_.substr(it->inner.begin, it->inner.size())))
    return;
  std::size_t words = 0;
  bool sentence = false;
  for (std::size_t x = k + 1; x < c.limit && tokens_[x].span.begin < it->inner.end; ++x) {
    words += tokens_[x].kind == TokenKind::Word;
    sentence |= folded_[x] == "." || folded_[x] == "!" || folded_[x] == "?";
  }
  std::size_t end_tok = k + 1;
  while (end_tok < c.limit && tokens_[end_tok].span.begin < it->close.end) ++end_tok;
  if (words >= 1 && words <= 5 && !sentence && end_tok <= c.limit) out.push_back({{c.after, end_tok}, SpeakerStep::Medium});
}

// Pronouns: "sagte er"; "Sie warf dem Minister vor"; a pronoun that opens
// the clause is the subject of its verbs ("Er halte … für vertretbar und
// bezeichnete …"), also after a subordinator ("…, wobei sie … aufforderte").
void QuoteFinder::propose_pronouns(const CueClause& c, std::vector<Pick>& out) const {
  // "Der Hauptgeschäftsführer des Verbandes nannte sie „…“": a person or
  // body right before an object verb is its subject, the pronoun its object.
  bool subject_before = false;
  if (c.object_verb && !c.verb_first) {
    Np pre = np_backward(c.verb, c.floor);
    if (!pre.empty() && (pre.begin == c.floor || is_punct(pre.begin - 1)))
      subject_before = names_someone(pre) && !(is_oblique_phrase(pre) && folded_[pre.begin] != "eines");
  }
  if (c.after < c.limit && is_pronoun(folded_[c.after]) && (!c.object_verb || !c.verb_first) && !subject_before)
    out.push_back({{c.after, c.after + 1}, SpeakerStep::PronounAfterCue});
  std::size_t verb = c.verb;
  if (verb > c.floor && is_pronoun(folded_[verb - 1]) && starts_upper(text_.substr(tokens_[verb - 1].span.begin, 1)))
    out.push_back({{verb - 1, verb}, SpeakerStep::PronounBeforeCue});
  std::size_t k = verb;
  while (k > c.floor && !is_punct(k - 1) && !inside_quote(tokens_[k - 1].span.begin)) --k;
  if (k < verb && is_pronoun(folded_[k]) && starts_upper(text_.substr(tokens_[k].span.begin, 1)))
    out.push_back({{k, k + 1}, SpeakerStep::PronounOpensClause});
  static const std::unordered_set<std::string_view> subordinators = {
      "wobei", "indem", "als", "während", "nachdem", "weil", "da", "wie", "wo", "womit", "worauf", "bevor"};
  if (k + 1 < verb && subordinators.count(folded_[k]) && is_pronoun(folded_[k + 1]))
    out.push_back({{k + 1, k + 2}, SpeakerStep::PronounOpensClause});
}

// A relative clause speaks for the phrase before it ("ein Kommentar, der die
// Entscheidung als „…“ bezeichnet"); a passive names its speaker after
// "von" ("Seine Werke werden von Musikkennern als „…“ bezeichnet").
void QuoteFinder::propose_relative_and_agent(const CueClause& c, std::vector<Pick>& out) const {
  std::size_t verb = c.verb, begin = c.begin;
  std::size_t r = verb;
  while (r > begin && folded_[r - 1] != "," && !(folded_[r - 1] == ":" && !inside_quote(tokens_[r - 1].span.begin))) --r;
  const auto& rw = folded_[r];
  bool relative_word = rw == "der" || rw == "die" || rw == "das" || rw == "welcher" || rw == "welche" || rw == "welches";
  if (r > begin && r + 1 < verb && folded_[r - 1] == "," && relative_word && !inside_quote(tokens_[r].span.begin)) {
    std::string_view next = text_.substr(tokens_[r + 1].span.begin, tokens_[r + 1].span.size());
    bool article_use = (starts_upper(next) && !is_preposition(folded_[r + 1])) ||
                       (looks_adjective(folded_[r + 1]) && !is_article(folded_[r + 1]));
    if (!article_use) {
      Np antecedent = np_backward(r - 1, begin, true);
      if (!antecedent.empty()) out.push_back({antecedent, SpeakerStep::RelativeAntecedent});
    }
  }
  const auto& vf = folded_[verb];
  bool participle = starts_with(vf, "ge") || (!vf.empty() && vf.back() == 't');
  std::size_t aux = verb;  // the passive's auxiliary in the verb's own clause
  for (std::size_t k = verb; k > begin && folded_[k - 1] != "," && folded_[k - 1] != ":"; --k)
    if (is_passive_auxiliary(folded_[k - 1]))
      aux = k - 1;
  if (aux >= verb || !participle || c.lemma == "zitieren") return;
  for (std::size_t k = aux; k + 1 < verb; ++k)
    if ((folded_[k] == "von" || folded_[k] == "vom") && !inside_quote(tokens_[k].span.begin) &&
        !(k > begin && starts_upper(text_.substr(tokens_[k - 1].span.begin, tokens_[k - 1].span.size())))) {
      Np agent = np_forward(k + 1, verb);
      if (!agent.empty()) {
        out.push_back({agent, SpeakerStep::PassiveAgent});
        return;
      }
    }
}

// The phrase that opens the clause, right before the verb, perhaps with a
// place or an apposition between: "Medienberichte sprechen", "Das
// Nobelkomitee im norwegischen Oslo würdigte", "Houcine Abassi, der
// Generalsekretär des Verbandes, sagte"; or, when it is an object, the
// person right after the verb ("Der Zeitung sagte Filep Karma").
void QuoteFinder::propose_opener(const CueClause& c, std::vector<Pick>& out) const {
  std::size_t verb = c.verb, begin = c.begin, after = c.after;
  if (begin >= verb || is_preposition(folded_[begin]) || is_pronoun(folded_[begin]) ||
      is_subordinate_opener(folded_[begin]))
    return;
  Np opener = np_forward(begin, verb);
  if (is_time_phrase(opener)) return;  // "Ende April erklärte die Behörde"
  bool object = is_oblique_phrase(opener) || (opener.empty() && is_oblique_phrase({begin, begin + 1}));
  // "Der englischsprachigen Zeitung sagte Karma": after "der" an adjective
  // in -en is dative or genitive (the nominative takes -e).
  if (!opener.empty() && folded_[opener.begin] == "der" && opener.begin + 1 < opener.end) {
    const auto& adj = folded_[opener.begin + 1];
    if (adj.size() > 3 && adj.compare(adj.size() - 2, 2, "en") == 0 &&
        !starts_upper(text_.substr(tokens_[opener.begin + 1].span.begin, tokens_[opener.begin + 1].span.size())))
      object = true;
  }
  if (!object && !opener.empty() && !has_mention(opener, true, false) && after < c.limit && in_name_[after] == 2) {
    auto [m_first, m_last] = mentions_between(tokens_[after].span.begin, tokens_[after].span.end);
    for (std::size_t mi = m_first; mi < m_last; ++mi)
      if (mentions_[mi].label == std::string_view("PER") && mentions_[mi].span.begin == tokens_[after].span.begin)
        out.push_back({tokens_of(mentions_[mi]), SpeakerStep::PersonAfterObject});
  }
  // A lone capitalised word may be an adverb opening the sentence ("Ähnlich
  // äußerte sich …"): it counts when it is a name or a role.
  bool named = !opener.empty() && (opener.end - opener.begin >= 2 || !role_at(opener.begin).empty());
  if (!named && !opener.empty() && in_name_[opener.begin]) named = true;
  if (opener.empty() || object || !named) return;
  std::size_t j = opener.end;
  for (int step = 0; step < 3 && j < verb; ++step) {
    if (folded_[j] == "," || folded_[j] == "(") {  // an apposition or a parenthesis
      std::string_view close_with = folded_[j] == "(" ? ")" : ",";
      std::size_t k = j + 1;
      while (k < verb && folded_[k] != close_with && k < j + 25) ++k;
      // An apposition may run to the verb with its closing comma left out.
      if (k == verb && close_with == "," && k <= j + 25) {
        j = verb;
        break;
      }
      if (k >= verb || folded_[k] != close_with) break;
      j = k + 1;
    } else if (is_preposition(folded_[j]) && folded_[j] != "und" && folded_[j] != "als") {  // "im norwegischen Oslo"
      Np pp = np_forward(j + 1, verb);
      if (pp.empty()) break;
      j = pp.end;
    } else {
      break;
    }
  }
  if (j == verb) {
    out.push_back({opener, SpeakerStep::ClauseOpener});
    return;
  }
  // "Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen":
  // the phrase before a finite auxiliary, when the cue is the participle.
  const auto& vf = folded_[verb];
  bool non_finite = vf.find("ge") != std::string::npos || (vf.size() > 3 && vf.compare(vf.size() - 2, 2, "en") == 0);
  if (j == opener.end && j < verb && is_finite_verb(folded_[j]) && non_finite && !c.passive) {
    bool clause = true;
    for (std::size_t k = j + 1; k < verb && clause; ++k)
      clause = folded_[k] != "," && folded_[k] != ":" && folded_[k] != "dass";
    if (clause) out.push_back({opener, SpeakerStep::ClauseOpener});
  }
}

// The second verb of two joined by "und" shares the first one's subject:
// "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und
// rief: …"; a clause opened by a phrase with a preposition or an adverb has
// its subject after the verb: "In der ARD zeigt sich der Bundestrainer
// zufrieden", "Unmissverständlich sagt das Gericht".
void QuoteFinder::propose_displaced(const CueClause& c, std::vector<Pick>& out) const {
  std::size_t verb = c.verb, begin = c.begin, after = c.after;
  bool pronoun_after = after < c.limit && is_pronoun(folded_[after]);
  if (verb > begin + 1 && (folded_[verb - 1] == "und" || folded_[verb - 1] == "oder") && !pronoun_after) {
    std::size_t c0 = verb - 1;
    while (c0 > begin && folded_[c0 - 1] != "," && folded_[c0 - 1] != ";" && folded_[c0 - 1] != ":" &&
           !inside_quote(tokens_[c0 - 1].span.begin) && verb - c0 < 30)
      --c0;
    if (c0 + 1 < verb - 1) {
      std::string_view first = text_.substr(tokens_[c0].span.begin, tokens_[c0].span.size());
      bool opens_with_verb = tokens_[c0].kind == TokenKind::Word && !starts_upper(first) && !is_article(folded_[c0]) &&
                             !is_preposition(folded_[c0]) && !is_pronoun(folded_[c0]);
      Np np = opens_with_verb ? np_forward(c0 + 1, verb - 1) : np_forward(c0, verb - 1);
      if (!np.empty()) {
        const auto& f = folded_[np.begin];
        bool nominative = f == "der" || f == "die" || f == "das" || f == "ein" || f == "eine" || in_name_[np.begin];
        if (opens_with_verb && nominative && (names_someone(np) || f == "der" || f == "die"))
          out.push_back({np, SpeakerStep::CoordinatedVerb});
      }
    }
  }
  if (begin >= verb || after >= c.end || is_punct(after) || is_pronoun(folded_[begin])) return;
  const auto& b = folded_[begin];
  auto ends = [&](std::string_view x) { return b.size() > x.size() + 2 && b.compare(b.size() - x.size(), x.size(), x) == 0; };
  bool adverb = is_preposition(b) || is_time_word(b) || is_number_word(b) || ends("lich") || ends("ig") || ends("isch") || ends("weise") || ends("mals") || ends("falls") ||
                ends("dings");
  bool person_before = false;
  auto [p_first, p_last] = mentions_between(tokens_[begin].span.begin, tokens_[verb].span.begin);
  for (std::size_t mi = p_first; mi < p_last && !person_before; ++mi)
    person_before = mentions_[mi].label == std::string_view("PER") && mentions_[mi].form == EntityForm::Name;
  if (!adverb || person_before || b == "und" || b == "oder" || b == "aber" || b == "als" || b == "wie") return;
  std::size_t from = after;
  if (from + 1 < c.end && (folded_[from] == "auch" || folded_[from] == "nun" || folded_[from] == "jetzt")) ++from;
  Np post = np_forward(from, c.end);
  if (post.empty()) return;
  const auto& f = folded_[post.begin];
  bool nominative = f == "der" || f == "die" || f == "das" || f == "ein" || f == "eine" || in_name_[post.begin] ||
                    !role_at(post.begin).empty();
  if (nominative) out.push_back({post, SpeakerStep::InvertedSubject});
}

// Whether a name at tokens np is an object or in a prepositional phrase:
// "dem Bundesinnenminister Wolfgang Schäuble", "gegenüber der Agentur dpa",
// "unter Robert Mugabe", or a genitive before its noun ("nannte Trumps
// Angriffsauftrag").
bool QuoteFinder::is_oblique_name(const Np& np, std::size_t begin) const {
  Np lead = np_backward(np.begin, begin);
  std::size_t first = !lead.empty() && lead.end == np.begin ? lead.begin : np.begin;
  if (first > 0 && (folded_[first] == "dem" || folded_[first] == "den" || folded_[first] == "einem" ||
                    folded_[first - 1] == "dem" || folded_[first - 1] == "den"))
    return true;
  if (first > begin && is_preposition(folded_[first - 1])) {
    const auto& p = folded_[first - 1];
    if (p != "und" && p != "oder" && p != "so" && p != "auch" && p != "als" && p != "wie") return true;
  }
  std::string_view last = text_.substr(tokens_[np.end - 1].span.begin, tokens_[np.end - 1].span.size());
  return last.size() > 2 && last.back() == 's' && np.end < tokens_.size() && tokens_[np.end].kind == TokenKind::Word &&
         !in_name_[np.end] && starts_upper(text_.substr(tokens_[np.end].span.begin, tokens_[np.end].span.size())) &&
         !is_verb_cue(np.end);
}

// The person and the body named nearest the verb in its clause, not as an
// object, with the words before a name that belong to it ("der
// SPD-Vorsitzende Franz Müntefering").
void QuoteFinder::propose_nearest(const CueClause& c, std::vector<Pick>& out, bool bodies) const {
  std::size_t verb = c.verb, begin = c.begin;
  const EntityMention* best = nullptr;
  std::size_t best_distance = 0;
  const std::string_view label = bodies ? "ORG" : "PER";
  auto [m_first, m_last] = mentions_between(tokens_[begin].span.begin,
                                            c.end < tokens_.size() ? tokens_[c.end].span.begin : text_.size());
  for (std::size_t mi = m_first; mi < m_last; ++mi) {
    const EntityMention& e = mentions_[mi];
    if (e.form != EntityForm::Name || inside_quote(e.span.begin) || e.label != label) continue;
    Np np = tokens_of(e);
    if (np.begin == verb || is_oblique_name(np, begin)) continue;
    std::size_t d = np.begin > verb ? np.begin - verb : verb - np.end + 1;
    if (!best || d < best_distance) {
      best = &e;
      best_distance = d;
    }
  }
  if (!best) return;
  Np np = tokens_of(*best);
  Np before = np_backward(np.begin, np.begin > verb ? c.after : begin);
  if (!before.empty() && before.end == np.begin) np.begin = before.begin;
  while (np.begin > begin && np.begin > 0 && is_article(folded_[np.begin - 1]) && np.begin - 1 != verb) --np.begin;
  out.push_back({np, bodies ? SpeakerStep::NearestBody : SpeakerStep::NearestPerson});
}

// A role after the verb ("sagte ein Sprecher") or before it ("der
// Generalsekretär sagte").
void QuoteFinder::propose_roles(const CueClause& c, std::vector<Pick>& out) const {
  for (std::size_t k = c.after; k < c.end && k < c.after + 6; ++k) {
    if (is_punct(k)) break;
    if (!role_at(k).empty() && starts_upper(text_.substr(tokens_[k].span.begin, tokens_[k].span.size()))) {
      Np np = np_forward(c.after, c.end);
      if (!np.empty()) out.push_back({np, SpeakerStep::RoleAfterCue});
      break;
    }
  }
  Np before = np_backward(c.verb, c.floor);
  for (std::size_t k = before.begin; k < before.end; ++k)
    if (!role_at(k).empty()) {
      out.push_back({before, SpeakerStep::RoleBeforeCue});
      break;
    }
}

// Any noun phrase: the one before the verb when it opens its clause, the
// one after the verb, the one before it, the one that opens the clause
// ("Der 58-Jährige habe darin geschrieben, …").
void QuoteFinder::propose_phrases(const CueClause& c, std::vector<Pick>& out) const {
  Np before = np_backward(c.verb, c.floor);
  // The object of a preposition is no subject: the phrase it belongs to is
  // ("Wie die Behörde in Graz mitteilte", "Wie die Veranstalter am
  // Sonntag in Linz mitteilten").
  const Grammar& g = Grammar::builtin();
  for (int hops = 0; hops < 3 && !before.empty() && before.begin > c.floor + 1 && g.is_preposition(folded_[before.begin - 1]);
       ++hops) {
    Np head = np_backward(before.begin - 1, c.floor);
    if (head.empty() || head.end != before.begin - 1 || is_oblique_phrase(head)) break;
    before = head;
  }
  bool opens = !before.empty() && (before.begin == c.floor || folded_[before.begin - 1] == "," ||
                                   folded_[before.begin - 1] == "und");
  if (opens && !(before.end - before.begin == 1 && is_article(folded_[before.begin])))
    out.push_back({before, SpeakerStep::PhraseBeforeCue});
  Np np = np_forward(c.after, c.limit);
  if (!np.empty() && !is_oblique_phrase(np))
    out.push_back({np, SpeakerStep::PhraseAfterCue});
  if (!before.empty()) out.push_back({before, SpeakerStep::PhraseBeforeCue});
  if (c.begin < c.verb && !is_preposition(folded_[c.begin])) {
    Np opener = np_forward(c.begin, c.verb);
    if (!opener.empty() && (!is_oblique_phrase(opener) || folded_[opener.begin] == "eines"))
      out.push_back({opener, SpeakerStep::ClauseOpener});
  }
}

// Where a candidate stands: how its first word or the word before marks its
// case, whether it opens the clause, stands in an apposition or an aside
// between the clause's first phrase and the verb ("Anna Meier,
// Vorsitzende des Vereins der Imker, sagte"), or in brackets
// ("Karl Huber (SPD)").
QuoteFinder::CandidatePlace QuoteFinder::place_of(const CueClause& c, const Np& np) const {
  CandidatePlace at;
  const std::size_t b = np.begin;
  const auto& first = folded_[b];
  if (b > 0 && is_preposition(folded_[b - 1]) && folded_[b - 1] != "und" && folded_[b - 1] != "oder")
    at.lead = CaseMark::Preposition;
  else if ((first == "des" || first == "der") && b > c.begin && !is_punct(b - 1) && !is_preposition(folded_[b - 1]) &&
           starts_upper(text_.substr(tokens_[b - 1].span.begin, tokens_[b - 1].span.size())))
    at.lead = CaseMark::Genitive;  // "der Bericht der New York Times"
  else if (is_oblique_phrase(np))
    at.lead = CaseMark::Oblique;
  else if (is_article(first))
    at.lead = CaseMark::Article;
  at.opens = b == c.begin || b == c.floor || (b > 0 && is_punct(b - 1) && folded_[b - 1] != ",");
  if (b < c.verb && b > c.begin)
    for (std::size_t k = c.begin + 1; k < b && !at.aside; ++k) at.aside = folded_[k] == "," || folded_[k] == "(";
  for (std::size_t k = b; k > c.floor && k + 12 > b; --k) {
    if (folded_[k - 1] == ")") break;
    if (folded_[k - 1] == "(") {
      at.bracketed = true;
      break;
    }
  }
  return at;
}

// The speakers a cue verb at `verb` may name in the clause [floor, limit),
// in the order the sieves propose them (the hand-set order; the ranker may
// choose another). Each phrase once, with the first step that proposed it.
std::vector<QuoteFinder::Pick> QuoteFinder::speaker_candidates(const CueClause& c) const {
  std::vector<Pick> out;
  propose_object(c, out);
  propose_pronouns(c, out);
  propose_relative_and_agent(c, out);
  propose_opener(c, out);
  propose_displaced(c, out);
  propose_nearest(c, out, false);
  propose_roles(c, out);
  propose_nearest(c, out, true);
  propose_phrases(c, out);
  // In a passive what is said is the subject; the agent speaks ("von
  // Musikkennern … bezeichnet", "vom Verband aufgefordert"), or the document it
  // is said in ("In einem Bericht wurde vermutet"): a phrase after a
  // preposition, not the subject ("Die neuen Tarife würden … veröffentlicht").
  if (c.passive_clause && c.lemma != "zitieren")
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Pick& p) {
                               bool in_pp = p.np.begin > 0 && Grammar::builtin().is_preposition(folded_[p.np.begin - 1]);
                               return p.step != SpeakerStep::PassiveAgent && !in_pp &&
                                      speaker_kind(without_verb(p.np)) != SpeakerKind::Document;
                             }),
              out.end());
  std::vector<Pick> unique;
  for (const Pick& p : out) {
    if (p.np.empty()) continue;
    bool seen = false;
    for (const Pick& u : unique) seen |= u.np.begin == p.np.begin && u.np.end == p.np.end;
    if (!seen) unique.push_back(p);
  }
  return unique;
}

// The speaker a cue verb at `verb` names in the clause [floor, limit): the
// ranker's choice among the candidates.
QuoteFinder::Pick QuoteFinder::subject_of(std::size_t verb, std::size_t floor, std::size_t limit, QuoteSieve sieve) const {
  CueClause c = cue_clause(verb, floor, limit);
  c.sieve = sieve;
  std::vector<Pick> candidates = speaker_candidates(c);
  if (candidates.empty()) return {{verb, verb}, SpeakerStep::None};
  std::size_t chosen = choose_speaker(c, candidates);
  return candidates[chosen];
}

namespace {

// What a candidate names, as the ranker sees it: persons and bodies alike
// are names (how often each speaks differs between parliament and news).
const char* kind_name(SpeakerKind k) {
  static constexpr const char* kNames[] = {"none", "pronoun", "name", "name", "role", "document", "people"};
  return kNames[static_cast<std::size_t>(k)];
}

const char* distance_bucket(std::size_t d) {
  if (d <= 1) return "0-1";
  if (d <= 3) return "2-3";
  if (d <= 6) return "4-6";
  if (d <= 10) return "7-10";
  return "11+";
}

}  // namespace

// The features the ranker scores a candidate by: the step that proposed it,
// its place in the hand-set order, what it names, where it stands from the
// cue, its case as its first word shows it, whether it opens the clause.
std::vector<std::string> QuoteFinder::candidate_features(const CueClause& c, const Pick& p, std::size_t rank) const {
  const std::string step = quote_rule_name(c.sieve, p.step);
  const std::string_view step_name = std::string_view(step).substr(step.find('/') + 1);
  const std::string sieve(std::string_view(step).substr(0, step.find('/')));
  SpeakerKind kind = speaker_kind(without_verb(p.np));
  const bool after = p.np.begin > c.verb;
  std::size_t d = after ? p.np.begin - c.verb : c.verb - std::min(c.verb, p.np.end);
  const CandidatePlace at = place_of(c, p.np);
  static constexpr const char* kLeads[] = {"none", "article", "oblique", "genitive", "preposition"};
  const std::string lead = kLeads[static_cast<std::size_t>(at.lead)];
  std::string k = kind_name(kind), side = after ? "after" : "before";
  std::vector<std::string> f = {
      "bias",
      "step=" + std::string(step_name),
      "rank=" + std::to_string(std::min<std::size_t>(rank, 3)),
      "kind=" + k,
      "side=" + side,
      "dist=" + std::string(distance_bucket(d)),
      "lead=" + lead,
      "step&kind=" + std::string(step_name) + "&" + k,
      "side&kind=" + side + "&" + k,
      "side&lead=" + side + "&" + lead,
      "sieve&side=" + sieve + "&" + side,
  };
  if (at.opens) f.push_back("opens");
  if (at.aside) f.push_back(c.named_opener ? "aside&named_opener" : "aside");
  if (at.bracketed) f.push_back("bracketed");
  if (c.named_opener) f.push_back("named_opener&side=" + side);
  if (c.passive) f.push_back("passive&step=" + std::string(step_name));
  if (c.object_verb) f.push_back("object_verb&side=" + side);
  if (c.verb_first) f.push_back("verb_first&side=" + side);
  return f;
}

// Whether the ranker chooses: only when no proposer that reads the clause's
// structure (a pronoun, the clause opener, a name or role near the cue)
// found a candidate, so that only phrases before and after the cue are left.
// Trained on parliamentary speech, the ranker chose worse than the hand-set
// order among the structural candidates of news text (tools/train_quote_ranker
// --eval), and better among the phrases.
bool QuoteFinder::learned_choice(const std::vector<Pick>& candidates) const {
  return !candidates.empty() &&
         (candidates[0].step == SpeakerStep::PhraseBeforeCue || candidates[0].step == SpeakerStep::PhraseAfterCue);
}

// The candidate the ranker scores highest (the first on a tie, so with no
// weights the hand-set order decides).
std::size_t QuoteFinder::choose_speaker(const CueClause& c, const std::vector<Pick>& candidates) const {
  const bool learned = learned_choice(candidates);
  if (!learned && !trace_) return 0;  // the hand-set order: no features needed
  const SpeakerRanker& ranker = learned ? SpeakerRanker::builtin() : SpeakerRanker::none();
  std::size_t best = 0;
  double best_score = 0;
  std::vector<std::vector<std::string>> features;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    std::vector<std::string> f = candidate_features(c, candidates[i], i);
    double s = ranker.score(f);
    if (i == 0 || s > best_score) {
      best = i;
      best_score = s;
    }
    if (trace_) features.push_back(std::move(f));
  }
  if (trace_) {
    SpeakerTrace t;
    t.cue = tokens_[c.verb].span;
    for (std::size_t i = 0; i < candidates.size(); ++i)
      t.candidates.push_back({Span{tokens_[candidates[i].np.begin].span.begin, tokens_[candidates[i].np.end - 1].span.end},
                              candidates[i].step, std::move(features[i])});
    t.chosen = best;
    t.learned = learned_choice(candidates);
    trace_->push_back(std::move(t));
  }
  return best;
}

// For training: the candidates for a cue at byte `cue` of the text find()
// last read, in its sentence, recorded in the trace.
void QuoteFinder::trace_cue(std::size_t cue) {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), cue, [](const Token& t, std::size_t b) { return t.span.end <= b; });
  if (it == tokens_.end() || it->span.begin > cue) return;
  std::size_t t = static_cast<std::size_t>(it - tokens_.begin());
  std::size_t b = sentence_begin_[t], e = sentence_end_[t];
  // The ranker chooses a verb's subject only: not "laut", "zufolge", "Angaben".
  std::string_view word = text_.substr(tokens_[t].span.begin, tokens_[t].span.size());
  if (tokens_[t].kind != TokenKind::Word || starts_upper(word) || is_preposition(folded_[t]) || folded_[t] == "zufolge" ||
      (is_cue_word(t) && !is_verb_cue(t)))
    return;
  // After a comma, the cue closes a reported clause: its speaker follows.
  if (t > b + 2 && folded_[t - 1] == ",") {
    subject_of(t, t, e, QuoteSieve::IndirectCueAfter);
    return;
  }
  std::size_t comma = t + 1;
  while (comma < e && folded_[comma] != "," && folded_[comma] != ":") ++comma;
  subject_of(t, b, comma, QuoteSieve::IndirectCueBefore);
}

}  // namespace natocorpus::core
