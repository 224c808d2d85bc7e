// Stage 2: the candidate speakers a cue verb names in its clause, and the
// subject of a clause with no cue.
#include "quotes/quotes.hpp"

#include <algorithm>
#include <unordered_set>

#include "quotes/words.hpp"

namespace natocorpus::core {

using namespace quote_words;

// The speaker a cue verb at `verb` names in the clause [floor, limit): a
// pronoun right after it ("sagte er"); else the person named nearest to it,
// with the role before the name ("der SPD-Vorsitzende Franz Müntefering");
// else a role ("ein Sprecher"); else a body ("die NATO"); else the noun
// phrase that opens the clause or follows the verb.
QuoteFinder::Pick QuoteFinder::subject_of(std::size_t verb, std::size_t floor, std::size_t limit) const {
  CueMatch m = cue_at(verb, limit);
  std::size_t after = m ? m.end : verb + 1;
  if (after < limit && folded_[after] == "sich") ++after;  // "erinnerte sich Trotnow"
  // Verbs whose object is the one quoted or named: "nannte sie „…“",
  // "zitiert einen Augenzeugen mit den Worten".
  const std::string lemma = m ? m.cue->lemma : std::string();
  bool object_verb = lemma == "nennen" || lemma == "bezeichnen" || lemma == "zitieren" || lemma == "loben" ||
                     lemma == "kritisieren" || lemma == "warnen" || lemma == "auffordern" || lemma == "bitten";
  bool passive = false;
  for (std::size_t k = floor; k < verb; ++k)
    passive |= folded_[k] == "wird" || folded_[k] == "wurde" || folded_[k] == "werden" || folded_[k] == "wurden";
  if (lemma == "zitieren" && !passive) {
    // "Die Zeitung zitiert Kirchner mit den Worten …": the one quoted.
    Np np = np_forward(after, limit);
    if (!np.empty() && has_mention(np, true, false)) return {np, SpeakerStep::QuotedObject};
  }
  // A medium named in quotes right after the verb: "schrieb „Die Zeit“",
  // "schreibt die „Computerwoche“".
  if (after < limit && lemma != "zitieren") {
    std::size_t k = after;
    if (k + 1 < limit && (folded_[k] == "der" || folded_[k] == "die" || folded_[k] == "das")) ++k;
    auto it = std::lower_bound(spans_.begin(), spans_.end(), tokens_[k].span.begin,
                               [](const QuotedSpan& q, std::size_t b) { return q.open.begin < b; });
    if (it != spans_.end() && it->open.begin == tokens_[k].span.begin && it->inner.size() <= 60 &&
        starts_upper(text_.substr(it->inner.begin, it->inner.size()))) {
      std::size_t words = 0;
      bool sentence = false;
      for (std::size_t x = k + 1; x < limit && tokens_[x].span.begin < it->inner.end; ++x) {
        words += tokens_[x].kind == TokenKind::Word;
        sentence |= folded_[x] == "." || folded_[x] == "!" || folded_[x] == "?";
      }
      std::size_t end_tok = k + 1;
      while (end_tok < limit && tokens_[end_tok].span.begin < it->close.end) ++end_tok;
      if (words >= 1 && words <= 5 && !sentence && end_tok <= limit) return {{after, end_tok}, SpeakerStep::Medium};
    }
  }
  // "… bezeichnete er als …": after a phrase before the verb, the pronoun is
  // the subject; "… und nannte sie „…“": at the clause start, the object.
  // After a comma the verb comes second to a fronted clause ("Die
  // Bestrebungen der Regierung, …, bezeichnete er als …"): the pronoun is its subject.
  bool verb_first = verb == floor || (is_punct(verb - 1) && folded_[verb - 1] != ",") || folded_[verb - 1] == "und" ||
                    folded_[verb - 1] == "oder";
  // "Der Hauptgeschäftsführer des Verbandes nannte sie „…“": a person or
  // body right before an object verb is its subject, the pronoun its object.
  bool subject_before = false;
  if (object_verb && !verb_first) {
    Np pre = np_backward(verb, floor);
    if (!pre.empty() && (pre.begin == floor || is_punct(pre.begin - 1))) {
      const std::string& f = folded_[pre.begin];
      bool oblique = f == "dem" || f == "den" || f == "des" || f == "einem" || f == "einen";
      bool names = has_mention(pre, true, true);
      for (std::size_t k = pre.begin; k < pre.end && !names; ++k) names = !role_at(k).empty();
      subject_before = names && !oblique;
    }
  }
  if (after < limit && is_pronoun(folded_[after]) && (!object_verb || !verb_first) && !subject_before)
    return {{after, after + 1}, SpeakerStep::PronounAfterCue};
  if (verb > floor && is_pronoun(folded_[verb - 1]) && starts_upper(text_.substr(tokens_[verb - 1].span.begin, 1)))
    return {{verb - 1, verb}, SpeakerStep::PronounBeforeCue};  // "Sie warf dem Minister vor, …"
  // A pronoun that opens the clause is the subject of its verbs: "Er halte …
  // für vertretbar und bezeichnete …", "Sie wird mit den Worten zitiert".
  {
    std::size_t k = verb;
    while (k > floor && !is_punct(k - 1) && !inside_quote(tokens_[k - 1].span.begin)) --k;
    if (k < verb && is_pronoun(folded_[k]) && starts_upper(text_.substr(tokens_[k].span.begin, 1))) return {{k, k + 1}, SpeakerStep::PronounOpensClause};
    // After a subordinator: "…, wobei sie den Aufsichtsrat zum Handeln aufforderte".
    static const std::unordered_set<std::string_view> subordinators = {
        "wobei", "indem", "als", "während", "nachdem", "weil", "da", "wie", "wo", "womit", "worauf", "bevor"};
    if (k + 1 < verb && subordinators.count(folded_[k]) && is_pronoun(folded_[k + 1])) return {{k + 1, k + 2}, SpeakerStep::PronounOpensClause};
  }
  // The clause: back to floor, on to a subordinate clause or the end; a
  // comma ends it unless a phrase stands between the verb and the comma
  // ("sagte der Leiter des Programms, Klaus Stöhr" goes on).
  std::size_t end = after;
  bool phrase_seen = false;
  while (end < limit && folded_[end] != ";" && folded_[end] != ":" && folded_[end] != "dass" &&
         folded_[end] != "weil" && folded_[end] != "ob" && folded_[end] != "wenn" && folded_[end] != "nachdem" &&
         !inside_quote(tokens_[end].span.begin)) {
    if (folded_[end] == "," && !phrase_seen) break;
    if (tokens_[end].kind == TokenKind::Word && (is_article(folded_[end]) ||
        starts_upper(text_.substr(tokens_[end].span.begin, tokens_[end].span.size()))))
      phrase_seen = true;
    ++end;
  }
  // A quote inside the clause does not end it ("Aridi hatte die Zustimmung
  // „trotz einiger Vorbehalte“ bekanntgegeben"); no speaker is sought in it.
  std::size_t begin = verb;
  // Only for a verb that ends its clause right after the quote.
  bool after_quote = verb > floor && inside_quote(tokens_[verb - 1].span.begin) && (after >= limit || is_punct(after));
  while (begin > floor && folded_[begin - 1] != ";" && (after_quote || !inside_speech(tokens_[begin - 1].span.begin)))
    --begin;
  // A relative clause speaks for the phrase before it: "ein Kommentar, der
  // die Entscheidung als „…“ bezeichnet".
  {
    std::size_t c = verb;
    while (c > begin && folded_[c - 1] != "," && !(folded_[c - 1] == ":" && !inside_quote(tokens_[c - 1].span.begin)))
      --c;
    const std::string& r = folded_[c];
    bool relative_word = r == "der" || r == "die" || r == "das" || r == "welcher" || r == "welche" || r == "welches";
    if (c > begin && c + 1 < verb && folded_[c - 1] == "," && relative_word && !inside_quote(tokens_[c].span.begin)) {
      std::string_view next = text_.substr(tokens_[c + 1].span.begin, tokens_[c + 1].span.size());
      bool article_use = (starts_upper(next) && !is_preposition(folded_[c + 1])) ||
                         (looks_adjective(folded_[c + 1]) && !is_article(folded_[c + 1]));
      if (!article_use) {
        Np antecedent = np_backward(c - 1, begin, true);
        if (!antecedent.empty()) return {antecedent, SpeakerStep::RelativeAntecedent};
      }
    }
  }
  // A passive names its speaker after "von": "Seine Werke werden von
  // Musikkennern als „…“ bezeichnet".
  const std::string& vf = folded_[verb];
  bool participle = starts_with(vf, "ge") || (!vf.empty() && vf.back() == 't');
  std::size_t aux = verb;  // the passive's auxiliary in the verb's own clause
  for (std::size_t k = verb; k > begin && folded_[k - 1] != "," && folded_[k - 1] != ":"; --k)
    if (folded_[k - 1] == "wird" || folded_[k - 1] == "wurde" || folded_[k - 1] == "werden" || folded_[k - 1] == "wurden")
      aux = k - 1;
  if (aux < verb && participle && lemma != "zitieren") {
    for (std::size_t k = aux; k + 1 < verb; ++k)
      if ((folded_[k] == "von" || folded_[k] == "vom") && !inside_quote(tokens_[k].span.begin) &&
          !(k > begin && starts_upper(text_.substr(tokens_[k - 1].span.begin, tokens_[k - 1].span.size())))) {
        Np agent = np_forward(k + 1, verb);
        if (!agent.empty()) return {agent, SpeakerStep::PassiveAgent};
      }
  }
  // The phrase that opens the clause, right before the verb, perhaps with a
  // place or an apposition between: "Medienberichte sprechen", "Das
  // Nobelkomitee im norwegischen Oslo würdigte", "Houcine Abassi, der
  // Generalsekretär des Verbandes, sagte".
  if (begin < verb && !is_preposition(folded_[begin]) && !is_pronoun(folded_[begin])) {
    Np opener = np_forward(begin, verb);
    const std::string& f = opener.empty() ? folded_[begin] : folded_[opener.begin];
    bool object = f == "dem" || f == "den" || f == "einem" || f == "einen" || f == "des";
    // "Der englischsprachigen Zeitung sagte Karma": after "der" an adjective
    // in -en is dative or genitive (the nominative takes -e).
    if (f == "der" && !opener.empty() && opener.begin + 1 < opener.end) {
      const std::string& adj = folded_[opener.begin + 1];
      if (adj.size() > 3 && adj.compare(adj.size() - 2, 2, "en") == 0 &&
          !starts_upper(text_.substr(tokens_[opener.begin + 1].span.begin, tokens_[opener.begin + 1].span.size())))
        object = true;
    }
    // A person named right after the verb is its subject when the opener
    // names no one: "Der Zeitung sagte Filep Karma".
    if (!object && !opener.empty() && !has_mention(opener, true, false) && after < limit && in_name_[after] == 2) {
      auto [m_first, m_last] = mentions_between(tokens_[after].span.begin, tokens_[after].span.end);
      for (std::size_t mi = m_first; mi < m_last; ++mi)
        if (mentions_[mi].label == std::string_view("PER") && mentions_[mi].span.begin == tokens_[after].span.begin)
          return {tokens_of(mentions_[mi]), SpeakerStep::PersonAfterObject};
    }
    // A lone capitalised word may be an adverb opening the sentence ("Ähnlich
    // äußerte sich …"): it counts when it is a name or a role.
    bool named = !opener.empty() && (opener.end - opener.begin >= 2 || !role_at(opener.begin).empty());
    if (!named && !opener.empty() && in_name_[opener.begin]) named = true;
    if (!opener.empty() && !object && named) {
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
      if (j == verb) return {opener, SpeakerStep::ClauseOpener};
      // "Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen":
      // the phrase before a finite auxiliary, when the cue is the participle.
      static const std::unordered_set<std::string_view> finite = {
          "hat", "hatte", "hätte", "haben", "hatten", "hätten", "ist", "war", "wäre", "sind", "waren", "wird",
          "wurde", "würde", "werden", "wurden", "würden", "will", "wollte", "soll", "sollte", "kann", "konnte",
          "muss", "musste", "darf", "durfte", "möchte", "mag"};
      bool non_finite = starts_with(folded_[verb], "ge") || folded_[verb].find("ge") != std::string::npos ||
                        (folded_[verb].size() > 3 && folded_[verb].compare(folded_[verb].size() - 2, 2, "en") == 0);
      if (j == opener.end && j < verb && finite.count(folded_[j]) && non_finite && !passive) {
        bool clause = true;
        for (std::size_t k = j + 1; k < verb && clause; ++k)
          clause = folded_[k] != "," && folded_[k] != ":" && folded_[k] != "dass";
        if (clause) return {opener, SpeakerStep::ClauseOpener};
      }
    }
  }
  // The second verb of two joined by "und" shares the first one's subject:
  // "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und
  // rief: …" (after a verb that opens its clause, the phrase after it).
  if (verb > begin + 1 && (folded_[verb - 1] == "und" || folded_[verb - 1] == "oder") &&
      !(after < limit && is_pronoun(folded_[after]))) {
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
        const std::string& f = folded_[np.begin];
        bool nominative = f == "der" || f == "die" || f == "das" || f == "ein" || f == "eine" || in_name_[np.begin];
        bool names = has_mention(np, true, true);
        for (std::size_t k = np.begin; k < np.end && !names; ++k) names = !role_at(k).empty();
        if (opens_with_verb && nominative && (names || f == "der" || f == "die")) return {np, SpeakerStep::CoordinatedVerb};
      }
    }
  }
  // A clause opened by a phrase with a preposition or by an adverb has its
  // subject after the verb: "In der ARD zeigt sich der Bundestrainer
  // zufrieden", "Unmissverständlich sagt das Gericht".
  if (begin < verb && after < end && !is_punct(after) && !is_pronoun(folded_[begin])) {
    const std::string& b = folded_[begin];
    auto ends = [&](std::string_view x) { return b.size() > x.size() + 2 && b.compare(b.size() - x.size(), x.size(), x) == 0; };
    bool adverb = is_preposition(b) || ends("lich") || ends("ig") || ends("weise") || ends("mals") || ends("falls") ||
                  ends("dings");
    bool person_before = false;
    {
      auto [p_first, p_last] = mentions_between(tokens_[begin].span.begin, tokens_[verb].span.begin);
      for (std::size_t mi = p_first; mi < p_last && !person_before; ++mi)
        person_before = mentions_[mi].label == std::string_view("PER") && mentions_[mi].form == EntityForm::Name;
    }
    if (adverb && !person_before && b != "und" && b != "oder" && b != "aber" && b != "als" && b != "wie") {
      Np post = np_forward(after, end);
      if (!post.empty()) {
        const std::string& f = folded_[post.begin];
        bool nominative = f == "der" || f == "die" || f == "das" || f == "ein" || f == "eine" || in_name_[post.begin] ||
                          !role_at(post.begin).empty();
        if (nominative) return {post, SpeakerStep::InvertedSubject};
      }
    }
  }
  const EntityMention* best = nullptr;
  std::size_t best_distance = 0;
  const EntityMention* body = nullptr;
  std::size_t body_distance = 0;
  auto [m_first, m_last] = mentions_between(tokens_[begin].span.begin,
                                            end < tokens_.size() ? tokens_[end].span.begin : text_.size());
  for (std::size_t mi = m_first; mi < m_last; ++mi) {
    const EntityMention& e = mentions_[mi];
    if (e.form != EntityForm::Name || inside_quote(e.span.begin)) continue;
    Np np = tokens_of(e);
    if (np.begin == verb) continue;
    // Not a dative or accusative object: "dem Bundesinnenminister Wolfgang Schäuble".
    {
      Np lead = np_backward(np.begin, begin);
      std::size_t first = !lead.empty() && lead.end == np.begin ? lead.begin : np.begin;
      if (first > 0 && (folded_[first] == "dem" || folded_[first] == "den" || folded_[first] == "einem" ||
                        folded_[first - 1] == "dem" || folded_[first - 1] == "den"))
        continue;
    }
    // Not after a preposition ("gegenüber der Agentur dpa", "unter Robert
    // Mugabe"), nor a genitive before its noun ("nannte Trumps Angriffsauftrag").
    {
      Np lead = np_backward(np.begin, begin);
      std::size_t first = !lead.empty() && lead.end == np.begin ? lead.begin : np.begin;
      if (first > begin && is_preposition(folded_[first - 1]) && folded_[first - 1] != "und" &&
          folded_[first - 1] != "oder" && folded_[first - 1] != "so" && folded_[first - 1] != "auch" &&
          folded_[first - 1] != "als" && folded_[first - 1] != "wie")
        continue;
      std::string_view last = text_.substr(tokens_[np.end - 1].span.begin, tokens_[np.end - 1].span.size());
      if (last.size() > 2 && last.back() == 's' && np.end < tokens_.size() && tokens_[np.end].kind == TokenKind::Word &&
          !in_name_[np.end] && starts_upper(text_.substr(tokens_[np.end].span.begin, tokens_[np.end].span.size())) &&
          !is_verb_cue(np.end))
        continue;
    }
    std::size_t d = np.begin > verb ? np.begin - verb : verb - np.end + 1;
    if (e.label == std::string_view("PER")) {
      if (!best || d < best_distance) {
        best = &e;
        best_distance = d;
      }
    } else if (e.label == std::string_view("ORG")) {
      if (!body || d < body_distance) {
        body = &e;
        body_distance = d;
      }
    }
  }
  auto with_role = [&](Np np) {
    // The words before a name that belong to it: "der SPD-Vorsitzende".
    Np before = np_backward(np.begin, np.begin > verb ? after : begin);
    if (!before.empty() && before.end == np.begin) np.begin = before.begin;
    while (np.begin > begin && np.begin > 0 && is_article(folded_[np.begin - 1]) && np.begin - 1 != verb) --np.begin;
    return np;
  };
  if (best) return {with_role(tokens_of(*best)), SpeakerStep::NearestPerson};
  // A role: "ein Sprecher", "der Generalsekretär".
  for (std::size_t k = after; k < end && k < after + 6; ++k) {
    if (is_punct(k)) break;
    if (!role_at(k).empty() && starts_upper(text_.substr(tokens_[k].span.begin, tokens_[k].span.size()))) {
      Np np = np_forward(after, end);
      if (!np.empty()) return {np, SpeakerStep::RoleAfterCue};
      break;
    }
  }
  Np before = np_backward(verb, floor);
  for (std::size_t k = before.begin; k < before.end; ++k)
    if (!role_at(k).empty()) return {before, SpeakerStep::RoleBeforeCue};
  if (body) return {with_role(tokens_of(*body)), SpeakerStep::NearestBody};
  bool opens = !before.empty() && (before.begin == floor || folded_[before.begin - 1] == "," ||
                                   folded_[before.begin - 1] == "und");
  if (opens && !(before.end - before.begin == 1 && is_article(folded_[before.begin]))) return {before, SpeakerStep::PhraseBeforeCue};
  Np np = np_forward(after, limit);
  if (!np.empty() && !(folded_[np.begin] == "den" || folded_[np.begin] == "dem" || folded_[np.begin] == "des" ||
                       folded_[np.begin] == "einen" || folded_[np.begin] == "einem" || folded_[np.begin] == "eines"))
    return {np, SpeakerStep::PhraseAfterCue};
  if (!before.empty()) return {before, SpeakerStep::PhraseBeforeCue};
  // Last: the phrase that opens the clause ("Der 58-Jährige habe darin geschrieben, …").
  if (begin < verb && !is_preposition(folded_[begin])) {
    Np opener = np_forward(begin, verb);
    if (!opener.empty() && !(folded_[opener.begin] == "den" || folded_[opener.begin] == "dem" ||
                             folded_[opener.begin] == "des" || folded_[opener.begin] == "einen" ||
                             folded_[opener.begin] == "einem"))
      return {opener, SpeakerStep::ClauseOpener};
  }
  return {before, SpeakerStep::PhraseBeforeCue};
}

}  // namespace natocorpus::core
