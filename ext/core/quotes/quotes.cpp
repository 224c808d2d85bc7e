#include "quotes/quotes.hpp"

#include <algorithm>
#include <bitset>
#include <cstring>
#include <deque>
#include <iterator>
#include <unordered_set>

#include "lexicon/aliases.hpp"
#include "lexicon/offices.hpp"
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

namespace {

// A quick test before a lookup in a set of words, for words most of which are
// not in it: a bit for the hash of each word of the set (FNV-1a, cheaper than
// the set's own hash and lookup). A word whose bit is clear is not in the set.
class WordFilter {
 public:
  void add(std::string_view w) { bits_.set(key(w)); }
  bool may_hold(std::string_view w) const { return bits_.test(key(w)); }

 private:
  static std::size_t key(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 16)) & 0xFFFF;
  }
  std::bitset<(1 << 16)> bits_;
};

// The same for a set of word ends: a bit for the last four bytes of each.
class WordEnds {
 public:
  void add(std::string_view w) {
    if (w.size() >= 4) bits_.set(key(w));
    longest_ = std::max(longest_, w.size());
  }
  bool may_end(std::string_view w) const { return w.size() >= 4 && bits_.test(key(w)); }
  std::size_t longest() const { return longest_; }

 private:
  static std::size_t key(std::string_view w) {
    std::uint32_t last;
    std::memcpy(&last, w.data() + w.size() - 4, 4);
    return (last * 2654435761u) >> 16;
  }
  std::bitset<(1 << 16)> bits_;
  std::size_t longest_ = 0;
};

struct Knowledge {
  std::deque<std::string> role_storage;                      // the keys of roles
  std::unordered_set<std::string_view> roles;                // folded role nouns
  WordEnds role_ends;                                        // their last bytes
  std::unordered_map<std::string, std::string> country_of;   // person -> country
  WordFilter cue_words;                                      // the first words of speech cues
  std::unordered_set<std::string_view> statement_nouns;      // cues that are one noun ("erklärung")
};

const Knowledge& knowledge() {
  static const Knowledge k = [] {
    Knowledge k;
    KnowledgeTable roles("role_nouns");
    for (std::size_t r = 0; r < roles.rows(); ++r) {
      k.role_storage.push_back(fold(roles.get(r, "noun")));
      k.roles.insert(k.role_storage.back());
      k.role_ends.add(k.role_storage.back());
    }
    for (const auto& [first, forms] : builtin_speech_cues().forms) {
      k.cue_words.add(first);
      for (const CueForm& f : forms)
        if (f.cue->kind == "noun" && f.rest.empty()) k.statement_nouns.insert(first);
    }
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
                             "nun", "jetzt", "heute", "gestern", "ausserdem", "zudem", "später", "weiter", "erneut",
                             "noch", "auch", "schon", "bereits", "so", "da", "dort", "hier", "es",
                             // pronominal and sentence adverbs: capitalised only where they open a sentence
                             "darin", "darauf", "daraus", "dabei", "damit", "darüber", "daher", "dafür", "dagegen",
                             "davon", "danach", "darum", "deshalb", "deswegen", "dennoch", "trotzdem", "allerdings",
                             "jedoch", "zuvor", "zunächst", "inzwischen", "mittlerweile", "unterdessen", "indes",
                             "hierzu", "hierbei", "dorthin", "bisher", "bislang", "derzeit", "damals", "ebenso", "ebenfalls", "zugleich", "gleichzeitig"})
    if (w == p) return true;
  return false;
}

bool is_pronoun(std::string_view w) { return w == "er" || w == "sie" || w == "ich" || w == "wir"; }

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  if (w.empty()) return false;
  char32_t c = next_code_point(w, i);
  if (c >= '0' && c <= '9') {
    // A noun made with a number: "58-Jährige", "3-Jähriger".
    std::size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
    i = dash + 1;
    c = next_code_point(w, i);
  }
  return is_letter(c) && !is_lower(c);
}

bool is_konjunktiv(std::string_view w);
bool names_what_follows(std::string_view w);

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool looks_adjective(std::string_view lower) {
  auto ends = [&](std::string_view s) { return lower.size() > s.size() + 2 && lower.substr(lower.size() - s.size()) == s; };
  return ends("e") || ends("en") || ends("er") || ends("es") || ends("em");
}

// The role noun a word ends in: "nato-chef" -> "chef", "kremlsprecher" -> "sprecher".
std::string_view role_head(std::string_view folded) {
  const Knowledge& k = knowledge();
  const auto& roles = k.roles;
  // Most words end in no role noun; no tail longer than the longest is one.
  if (!k.role_ends.may_end(folded)) return {};
  std::size_t from = folded.size() > k.role_ends.longest() ? folded.size() - k.role_ends.longest() : 0;
  for (std::size_t p = from; p + 4 <= folded.size(); ++p) {
    if (p > 0 && (static_cast<unsigned char>(folded[p]) & 0xC0) == 0x80) continue;
    std::string_view tail = folded.substr(p);
    if (roles.count(tail)) return tail;
  }
  return {};
}

}  // namespace

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
  bool noun = false, after_person = false;
  while (k < limit && k - t < 12 && !is_punct(k)) {
    std::string_view text = text_.substr(tokens_[k].span.begin, tokens_[k].span.size());
    const std::string& w = folded_[k];
    bool in_name = in_name_[k] != 0, in_person = in_name_[k] == 2;
    if (!in_name && is_article(w)) {
      // A genitive goes on ("der Vize-Vorsitzende des Sicherheitsrates"); after
      // a person's name an article starts another phrase ("Selenskyj der Zeitung").
      if (noun && ((w != "des" && w != "der") || after_person)) break;
    } else if (in_name || (starts_upper(text) && !is_preposition(w) && !(documents ? is_verb_cue(k) : is_cue_word(k)))) {
      noun = true;
      last_noun = k + 1;
      after_person = in_person;
    } else if (tokens_[k].kind == TokenKind::Number || (looks_adjective(w) && !is_cue_word(k))) {
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
QuoteFinder::Np QuoteFinder::np_backward(std::size_t t, std::size_t floor, bool documents) const {
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
    bool in_name = in_name_[j] != 0;
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
    } else if (in_name || (starts_upper(text) && !is_preposition(w) && !(documents ? is_verb_cue(j) : is_cue_word(j)))) {
      if (!noun) np.end = k;
      noun = true;
    } else if (noun && !is_preposition(w) && (tokens_[j].kind == TokenKind::Number || looks_adjective(w))) {
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
// The tokens [b, e) of a mention.
QuoteFinder::Np QuoteFinder::tokens_of(const EntityMention& m) const {
  auto first = std::lower_bound(tokens_.begin(), tokens_.end(), m.span.begin,
                                [](const Token& t, std::size_t b) { return t.span.begin < b; });
  auto last = std::lower_bound(first, tokens_.end(), m.span.end,
                               [](const Token& t, std::size_t b) { return t.span.begin < b; });
  return {static_cast<std::size_t>(first - tokens_.begin()), static_cast<std::size_t>(last - tokens_.begin())};
}

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

// "…“, sagte Selenskyj." / "…“, so Stoltenberg." / "…“, fügte er hinzu." /
// "…“, hieß es in einer Erklärung der NATO." / "… „…“ stehen, sagte er."
QuoteFinder::Attribution QuoteFinder::after_quote(std::size_t close, std::size_t end) const {
  Attribution a;
  std::size_t j = close + 1;
  // Straight after the quote, or after the comma that ends the clause it is in.
  CueMatch m;
  std::size_t v = end;
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
  if (v == end) {
    // "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt." /
    // "… hatte die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben.":
    // a participle or split verb later in the clause.
    static const std::unordered_set<std::string_view> auxiliaries = {
        "hatte", "hat", "habe", "hätte", "hatten", "haben", "ist", "war", "sei", "wurde", "wird", "habe"};
    std::size_t k = close + 1;
    bool comma = k < end && folded_[k] == ",";
    if (comma) ++k;
    if (!comma && k < end) {
      // "… „…“ sei, hatte Koch-Mehrin damals gesagt": the quote's clause ends
      // at a comma a few words on, then the auxiliary.
      std::size_t c = k;
      while (c < end && c < k + 4 && !is_punct(c) && !inside_quote(tokens_[c].span.begin) && !is_cue_word(c)) ++c;
      if (c + 1 < end && folded_[c] == "," && auxiliaries.count(folded_[c + 1])) {
        bool any_cue = false;
        for (std::size_t x = k; x < c && !any_cue; ++x) any_cue = is_cue_word(x);
        if (!any_cue) {
          comma = true;
          k = c + 1;
        }
      }
    }
    if (!comma || (k < end && auxiliaries.count(folded_[k]))) {
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
  }
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
  a.set_speaker(subject_of(v, clause_verb ? sentence_begin_[close] : close + 1, end));
  return a;
}

// "Stoltenberg sagte: „…“" / "Dazu schrieb Selenskyj: „…“" / "Selenskyj:
// „…“" / "… bezeichnete Stoltenberg als „…“".
QuoteFinder::Attribution QuoteFinder::before_quote(std::size_t open, std::size_t begin) const {
  Attribution a;
  if (open == 0 || open <= begin) return a;
  // The clause before the quote: back to the sentence start, a quote or a semicolon.
  // A quoted name or term ends it too, but a cue skipped as part of a
  // reported clause may be looked for past it (wide_floor).
  std::size_t floor = begin, wide_floor = begin;
  for (std::size_t k = open; k > begin; --k) {
    std::size_t j = k - 1;
    if (floor == begin && (folded_[j] == ";" || inside_quote(tokens_[j].span.begin))) floor = k;
    if (folded_[j] == ";" || inside_speech(tokens_[j].span.begin)) {
      wide_floor = k;
      break;
    }
  }
  if (floor == begin) floor = wide_floor;
  const std::size_t strict_floor = floor;
  bool skipped = false;  // a cue of the reported clause was passed over
  bool colon = folded_[open - 1] == ":";
  bool have_phrase = false;  // "mit den Worten": the verb and its subject come before it
  std::size_t phrase = 0, phrase_end = 0;
  bool have_statement = false;  // "nach einer Erklärung", used when the clause has no cue verb
  std::size_t statement_at = 0, statement_word = 0;
  for (std::size_t k = open; k > wide_floor; --k) {
    std::size_t j = k - 1;
    if (j < strict_floor) {
      if (!skipped) break;
      floor = wide_floor;
    }
    CueMatch c = cue_at(j, sentence_end_[open]);
    // "In einer Erklärung der EU-Außenminister hatte es geheißen: …"
    if (!c && folded_[j] == "geheissen" && j > floor && folded_[j - 1] == "es") {
      a.set_cue(j - 1, j + 1, 0);
      if (statement_source(floor, open, a)) return a;
      a = Attribution();
      continue;
    }
    // A statement named after "nach", "laut", "in": "nach einer Gipfelerklärung",
    // "in einer Erklärung der NATO": its author is named in it or is the
    // clause's subject.
    if ((!c || c.cue->kind == "noun") && j > floor && tokens_[j].kind == TokenKind::Word &&
        starts_upper(text_.substr(tokens_[j].span.begin, tokens_[j].span.size()))) {
      bool statement = (c && c.cue->kind == "noun") || statement_noun(folded_[j]);
      // "Seiner Ansicht nach „…“", "Seine Meinung zu Kirchhof: „…“": the view
      // is the speaker's whom the possessive names, the person spoken of last.
      bool possessive = j > floor && (folded_[j - 1] == "seiner" || folded_[j - 1] == "ihrer" ||
                                      folded_[j - 1] == "seine" || folded_[j - 1] == "ihre");
      bool view_opens = possessive && j - 1 == floor && colon;
      if (statement && possessive && j + 1 < open &&
          ((folded_[j + 1] == "nach" && j + 2 == open) || view_opens)) {
        a.set_cue(j - 1, folded_[j + 1] == "nach" ? j + 2 : j + 1, 0);
        a.document = true;
        a.sieve = QuoteSieve::StatementNoun;
        a.set_speaker({j - 1, j + 1}, SpeakerStep::Possessive);
        if (const EntityMention* who = antecedent_before(tokens_[j - 1].span.begin)) a.author = tokens_of(*who);
        return a;
      }
      std::size_t p = j - 1;
      if (statement && p > floor && (is_article(folded_[p]) || folded_[p] == "ihrer" || folded_[p] == "seiner")) --p;
      if (statement && !have_statement &&
          (folded_[p] == "nach" || folded_[p] == "laut" || folded_[p] == "in" || folded_[p] == "gemäss")) {
        have_statement = true;
        statement_at = p;
        statement_word = j;
      }
      continue;
    }
    if (!c || c.cue->kind == "noun") continue;
    if (folded_[j] == c.cue->particle) continue;  // "bekannt" of "gab … bekannt"
    {
      // The particle of a split cue before it ("gab … weiter bekannt"), even
      // when the word is also a cue of its own ("bekannt" of "bekennen").
      bool particle = false;
      for (std::size_t k = j > floor + 30 ? j - 30 : floor; k < j && !particle; ++k) {
        CueMatch split = cue_at(k, sentence_end_[open]);
        particle = split && split.particle == j;
      }
      if (particle) continue;
    }
    // A verb of the reported clause or of a relative clause is not the cue
    // when the sentence has one before it: "Hatzius kritisiert, die Aktion
    // erinnere „…“", "schrieb in einer Presseerklärung, die … veröffentlicht
    // wurde, sie wolle „…“".
    if (c.cue->kind == "verb") {
      std::size_t cs = j;
      while (cs > floor && folded_[cs - 1] != ",") --cs;
      const std::string& w = folded_[j];
      bool konjunktiv_i = w.size() > 3 && w.back() == 'e' && w.compare(w.size() - 2, 2, "te") != 0;
      std::size_t rs = cs;
      if (rs + 1 < j && is_preposition(folded_[rs]) && folded_[rs] != "und" && folded_[rs] != "oder") ++rs;  // "zu der …"
      const std::string& r = folded_[rs];
      bool relative = cs > floor &&
                      (r == "der" || r == "die" || r == "das" || r == "dem" || r == "denen" || r == "welcher" ||
                       r == "welche" || r == "welchem") &&
                      rs + 1 < j && !starts_upper(text_.substr(tokens_[rs + 1].span.begin, tokens_[rs + 1].span.size()));
      if (cs > floor && (konjunktiv_i || relative)) {
        bool earlier = false;
        for (std::size_t k = wide_floor; k + 1 < cs && !earlier; ++k) {
          if (inside_quote(tokens_[k].span.begin)) continue;
          CueMatch e = cue_at(k, sentence_end_[open]);
          earlier = e && (e.cue->kind == "verb" || (relative && e.cue->kind == "preposition")) &&
                    folded_[k] != e.cue->particle;
        }
        if (earlier) {
          skipped = true;
          continue;
        }
      }
    }
    const std::string& lemma = c.cue->lemma;
    bool after_it = c.cue->kind == "preposition" || lemma.compare(0, 5, "nach ") == 0 ||
                    lemma.compare(0, 18, "unter berufung auf") == 0 || lemma.compare(0, 18, "unter Berufung auf") == 0;
    if (after_it) {  // "laut Stoltenberg", "Stoltenberg zufolge", "nach Angaben des Ministeriums"
      Np np = folded_[j] == "zufolge" ? np_backward(j, floor, true) : np_forward(c.end, open, true);
      if (np.empty()) continue;
      a.set_cue(j, c.end, 0);
      a.sieve = QuoteSieve::AccordingTo;
      a.set_speaker(np, folded_[j] == "zufolge" ? SpeakerStep::PhraseBeforeCue : SpeakerStep::PhraseAfterCue);
      return a;
    }
    bool heisst_es = starts_with(lemma, "heißt") || starts_with(lemma, "hieß");
    if (c.cue->kind == "phrase" && lemma != "so" && !heisst_es) {
      if (!have_phrase) {
        have_phrase = true;
        phrase = j;
        phrase_end = c.end;
      }
      continue;
    }
    a.set_cue(j, c.end, c.particle);
    // "In einem Positionspapier des Ministeriums heißt es: …", "Darin hieß es: …".
    if (heisst_es || folded_[j] == "heisst" || folded_[j] == "hiess") {
      if (statement_source(floor, open, a)) return a;
    }
    // A passive with no agent ("wurden … genannt") names no speaker.
    bool passive = false;
    if (folded_[j].compare(0, 2, "ge") == 0)
      for (std::size_t k2 = floor; k2 < sentence_end_[open] && !passive; ++k2) {
        const std::string& w = folded_[k2];
        passive = w == "wurde" || w == "wurden" || w == "wird" || w == "werden";
      }
    a.sieve = QuoteSieve::CueBefore;
    if (!passive) a.set_speaker(subject_of(j, floor, open));
    // A cue verb in Konjunktiv I whose subject names no one ("Die Studie zeige,
    // dass …") reports speech: the quote is the speaker's before.
    {
      const std::string& w = folded_[j];
      bool konjunktiv_i = w.size() > 3 && w.back() == 'e' && w.compare(w.size() - 2, 2, "te") != 0;
      bool names = !a.speaker.empty() && (has_mention(a.speaker, true, true) ||
                                          (a.speaker.end - a.speaker.begin == 1 && is_pronoun(folded_[a.speaker.begin])));
      for (std::size_t k = a.speaker.begin; k < a.speaker.end && !names; ++k) names = !role_at(k).empty();
      if (konjunktiv_i && !names && !passive) {
        a.set_speaker(Np{}, SpeakerStep::None);  // found, with the speaker before
        return a;
      }
    }
    // "Es wurde von Demjanjuks Sohn die Mutmaßung geäußert": the agent.
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
  if (have_statement && !have_phrase) {
    a.found = true;
    a.has_cue = true;
    a.cue = statement_at;
    a.cue_end = statement_word + 1;
    Np named = np_forward(statement_word + 1, open);
    bool has_entity = false;
    if (!named.empty()) has_entity = has_mention(named, true, true);
    a.sieve = QuoteSieve::StatementNoun;
    a.set_speaker(has_entity ? Pick{named, SpeakerStep::NamedAfterCue} : clause_subject(floor, statement_at));
    return a;
  }
  if (colon || have_phrase) {
    // "Zypries sieht in dem Urteil eine Bestätigung: „…“", "Er äußerte sich
    // mit den Worten: „…“", "Selenskyj: „…“": the subject of the clause.
    a.found = true;
    if (have_phrase) {
      a.has_cue = true;
      a.cue = phrase;
      a.cue_end = phrase_end;
    }
    std::size_t clause_end = have_phrase ? phrase : open - 1;
    // "…: Mit den Worten „…“, richtete er …": a phrase that opens its clause
    // has its subject after the quote.
    bool phrase_opens = have_phrase && (phrase == floor || folded_[phrase - 1] == ":" || folded_[phrase - 1] == ".");
    a.sieve = have_phrase ? QuoteSieve::WordsPhrase : QuoteSieve::Colon;
    if (!phrase_opens) a.set_speaker(clause_subject(floor, clause_end));
    if (!have_phrase && !has_mention(a.speaker, true, false) &&
        !(a.speaker.end - a.speaker.begin == 1 && is_pronoun(folded_[a.speaker.begin]))) {
      Attribution doc = a;
      if (statement_source(floor, clause_end, doc)) return doc;
      // "Die Pflichten seien im Vertrag festgelegt: „…“": speech reported in
      // Konjunktiv I goes on; its speaker was named before.
      bool konjunktiv = false;
      for (std::size_t k = floor; k < clause_end && !konjunktiv; ++k) konjunktiv = is_konjunktiv(folded_[k]);
      if (konjunktiv) a.set_speaker(Np{}, SpeakerStep::None);
    }
    if (a.speaker.empty() && have_phrase) {
      std::size_t close = open;
      while (close < tokens_.size() && inside_quote(tokens_[close].span.begin)) ++close;
      for (std::size_t k = close; k < sentence_end_[open] && k < close + 5; ++k)
        if (is_pronoun(folded_[k])) {
          a.set_speaker({k, k + 1}, SpeakerStep::PronounAfterCue);
          break;
        }
      if (a.speaker.empty() && phrase_opens) a.set_speaker(clause_subject(floor, clause_end));
    }
  }
  return a;
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
    const std::string& f = folded_[np.begin];
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
    const std::string& w = folded_[k];
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

// The offices a role phrase names, with the country or body its other words
// give: "der ukrainische Präsident" (präsident, Ukraine), "der Chef des
// Bündnisses" (generalsekretär, NATO) in a text that names the NATO,
// "US-Außenminister" (aussenminister, USA). Empty for a generic role.
std::vector<OfficeKey> QuoteFinder::offices_named(const Np& np) const {
  const OfficeTable& table = OfficeTable::builtin();
  std::string scope;
  auto [first, last] = mentions_between(tokens_[np.begin].span.begin, tokens_[np.end - 1].span.end);
  for (std::size_t mi = first; mi < last && scope.empty(); ++mi) {
    const EntityMention& m = mentions_[mi];
    if (m.label == std::string_view("LOC") || m.label == std::string_view("ORG")) scope = m.canonical;
  }
  for (std::size_t k = np.begin; k < np.end && scope.empty(); ++k) {
    std::string_view body = table.body_of(folded_[k]);
    if (body.empty()) continue;
    for (const EntityMention& m : mentions_)
      if (m.canonical == body) {
        scope = std::string(body);
        break;
      }
  }
  for (std::size_t k = np.begin; k < np.end; ++k) {
    if (role_at(k).empty()) continue;
    std::vector<OfficeKey> offices = table.offices_of(folded_[k], scope);
    if (!offices.empty()) return offices;
  }
  return {};
}

// Who held one of `offices` for a quote at byte `anchor`: the person the text
// names who held it at the article's date (undated: the one person named who
// ever held it, or was introduced with its title), the nearest before the
// anchor, else the first after; else the one holder on that date from
// people.tsv, where the phrase gives the country or body. Empty when that
// is not one person.
std::string QuoteFinder::office_holder(const std::vector<OfficeKey>& offices, std::size_t anchor,
                                       bool not_in_office) const {
  const OfficeTable& table = OfficeTable::builtin();
  bool scoped = true;
  for (const OfficeKey& o : offices) scoped &= !o.scope.empty();
  if (not_in_office) {
    // "der gewählte Präsident", "der frühere Kanzler": the person named last
    // before who held it at some time, not the holder on the day.
    const EntityMention* last = nullptr;
    for (std::size_t pi : persons_)
      if (mentions_[pi].span.begin < anchor && table.ever_held(mentions_[pi].canonical, offices)) last = &mentions_[pi];
    return last ? last->canonical : std::string();
  }
  std::optional<PartialDate> date = article_date();
  std::int64_t first = 0, last = 0;
  bool dated = date && period_days(*date, first, last);
  std::vector<std::string_view> at_date;
  if (dated) at_date = table.holders(offices, first, last);
  const EntityMention* before = nullptr;
  const EntityMention* after = nullptr;
  std::vector<std::string_view> named;
  for (std::size_t pi : persons_) {
    const EntityMention& m = mentions_[pi];
    bool holds = dated ? std::find(at_date.begin(), at_date.end(), m.canonical) != at_date.end()
                       : table.ever_held(m.canonical, offices);
    if (!holds) {
      // Introduced with the title: "Generalsekretär Mark Rutte".
      Np name = tokens_of(m);
      if (name.begin > 0 && !role_at(name.begin - 1).empty()) {
        std::vector<OfficeKey> own = table.offices_of(folded_[name.begin - 1], {});
        for (const OfficeKey& o : own)
          for (const OfficeKey& want : offices)
            holds |= o.title == want.title && (o.scope.empty() || want.scope.empty() || o.scope == want.scope);
      }
    }
    // With no country or body given ("der Präsident"), only a person named before.
    if (!holds || (!scoped && m.span.begin >= anchor)) continue;
    if (std::find(named.begin(), named.end(), m.canonical) == named.end()) named.push_back(m.canonical);
    if (m.span.begin < anchor) before = &m;
    else if (!after) after = &m;
  }
  if (!dated && named.size() > 1) return {};
  if (before) return before->canonical;
  if (after) return after->canonical;
  // The table answers only for an office of a known country or body: "der
  // Regierungssprecher" of an Austrian article is not Germany's.
  if (scoped && at_date.size() == 1) return std::string(at_date.front());
  return {};
}

// A phrase for one who holds the office before or after the day told of:
// "der gewählte Präsident", "die frühere Außenministerin", "Ex-Kanzler".
bool QuoteFinder::not_in_office(const Np& np) const {
  static const std::unordered_set<std::string_view> stems = {
      "gewählt", "designiert", "künftig", "zukünftig", "ehemalig", "früher", "einstig", "damalig", "scheidend",
      "abgewählt", "abgesetzt", "gestürzt", "verstorben", "vormalig", "neugewählt"};
  for (std::size_t k = np.begin; k < np.end; ++k) {
    std::string_view w = folded_[k];
    if (w.substr(0, 3) == "ex-" || (w.substr(0, 3) == "alt" && !role_at(k).empty())) return true;  // "Altkanzler"
    for (std::string_view ending : {"e", "er", "en", "em", "es"})
      if (w.size() > ending.size() && w.substr(w.size() - ending.size()) == ending &&
          stems.count(w.substr(0, w.size() - ending.size())))
        return true;
  }
  return false;
}

namespace {

// A noun for people by its ending: "Demonstranten", "Anwohner", "Aktivisten",
// "Abgeordnete", "Politologen", "Ermittler"; not "Ergebnis", "Lesart".
bool is_people_noun(std::string_view folded) {
  auto ends = [&](std::string_view x) { return folded.size() > x.size() + 2 && folded.substr(folded.size() - x.size()) == x; };
  for (std::string_view abstract : {"ung", "ungen", "heit", "keit", "nis", "tion", "tät", "ismus", "tum", "ment",
                                    "schaft", "art", "ergebnis", "wasser", "wetter", "fenster", "zimmer", "theater",
                                    "messer", "computer", "sommer", "winter", "monster", "meter", "liter", "muster"})
    if (ends(abstract)) return false;
  for (std::string_view person : {"er", "ern", "in", "innen", "ent", "enten", "ant", "anten", "ist", "isten", "loge",
                                  "logen", "eur", "eure", "ierte", "ierten", "te", "ten", "ige", "igen", "ier", "iere",
                                  "ieren", "or", "oren", "at", "aten", "ling", "linge", "leute", "ers", "mitglied", "mitglieds", "mitglieder"})
    if (ends(person)) return true;
  // Kin and other people named by short common nouns.
  static const std::unordered_set<std::string_view> people = {
      "sohn", "tochter", "vater", "mutter", "frau", "mann", "bruder", "schwester", "familie", "eltern", "kind",
      "kinder", "witwe", "witwer", "zeuge", "zeugen", "zeugin", "opfer", "mensch", "menschen", "leute", "fans",
      "gast", "gäste", "freund", "freunde", "nachbar", "nachbarn", "mädchen", "junge", "jungen", "publikum",
      "ehefrau", "ehemann", "paar", "angehörige", "angehörigen", "befragten", "mehrheit"};
  if (people.count(folded)) return true;
  return false;
}

// A text that speaks for its authors: "der Text", "der Gesetzentwurf", "der Passus".
bool is_document_noun(std::string_view folded) {
  for (std::string_view doc : {"text", "texts", "entwurf", "entwurfs", "passus", "zettel", "brief", "briefs",
                               "schreiben", "homepage", "website", "webseite", "mitteilung", "aufruf", "aufrufs",
                               "appell", "flugblatt", "plakat", "vertrag", "vertrags", "gesetz", "gesetzes"})
    if (folded.size() >= doc.size() && folded.substr(folded.size() - doc.size()) == doc) return true;
  return false;
}

// A noun for a body by its ending: "Außenministerium", "Landgericht",
// "Polizei", "Bundesregierung", "Staatsanwaltschaft", "Fernsehen".
bool is_body_noun(std::string_view folded) {
  // Offices and councils: "das Auswärtige Amt", "Landratsamt", "Sicherheitsrat"; not "insgesamt".
  if (folded == "amt" || folded == "amts" || folded == "amtes" || folded == "rat" || folded == "rates") return true;
  for (std::string_view compound : {"amt", "amts", "ämter", "rat", "rats", "rates"})
    if (folded.size() >= compound.size() + 4 && folded.substr(folded.size() - compound.size()) == compound &&
        folded.substr(folded.size() - 6 < folded.size() ? folded.size() - 6 : 0) != "gesamt")
      return true;
  for (std::string_view body :
       {"ministerium", "ministerien", "gericht", "gerichtshof", "polizei", "regierung", "regierungen", "universität",
        "hochschule", "organisation", "fernsehen", "rundfunk", "behörde", "behörden", "verband", "verbände",
        "partei", "parteien", "kommission", "ausschuss", "agentur", "anwaltschaft", "gewerkschaft", "institut",
        "komitee", "verein", "konzern", "unternehmen", "firma", "bank", "armee", "militär", "streitkräfte",
        "parlament", "kabinett", "senat", "kongress", "bündnis", "allianz", "opposition", "koalition", "fraktion",
        "vorstand", "direktion", "kommando", "gremium", "sender", "dienst", "botschaft", "gemeinde", "kirche",
        "verwaltung", "feuerwehr", "staat", "staaten", "blatt", "zeitung", "magazin", "portal", "team", "klub", "club",
        "bundesliga", "stiftung", "zentrale", "zentrum", "büro", "stab", "führung", "leitung", "spitze", "wache",
        "anklage", "verteidigung", "staatsanwalt", "umfrage", "erhebung", "statistik"})
    for (std::string_view ending : {"", "s", "es", "n", "en"}) {  // "des Verbandes", "des Gerichts"
      std::size_t n = body.size() + ending.size();
      if (folded.size() >= n && folded.compare(folded.size() - n, body.size(), body) == 0 &&
          folded.compare(folded.size() - ending.size(), ending.size(), ending) == 0)
        return true;
    }
  return false;
}

}  // namespace

// A speaker phrase without the finite verb it was cut with: "hatte VW-Chef
// Winterkorn" -> "VW-Chef Winterkorn".
QuoteFinder::Np QuoteFinder::without_verb(Np np) const {
  static const std::unordered_set<std::string_view> finite = {"hat", "hatte", "habe", "hätte", "ist", "war", "sei",
                                                              "wird", "wurde", "werde", "würde", "sind", "waren"};
  while (np.end - np.begin > 1 && finite.count(folded_[np.begin])) ++np.begin;
  return np;
}

// What a speaker phrase names, the first that holds of: a pronoun, a
// person's name, a body's or place's name, a role noun, a statement or
// document, a noun for people.
SpeakerKind QuoteFinder::speaker_kind(const Np& np) const {
  if (np.empty()) return SpeakerKind::None;
  // A phrase that opens with a preposition names a place or time ("über
  // zahlreiche Informanten").
  if (np.end - np.begin > 1 && is_preposition(folded_[np.begin]) && folded_[np.begin] != "und")
    return SpeakerKind::None;
  if (np.end - np.begin == 1 && is_pronoun(folded_[np.begin])) return SpeakerKind::Pronoun;
  if (has_mention(np, true, false)) return SpeakerKind::Person;
  std::size_t b = tokens_[np.begin].span.begin, e = tokens_[np.end - 1].span.end;
  auto [first, last] = mentions_between(b, e);
  for (std::size_t mi = first; mi < last; ++mi) {
    const EntityMention& m = mentions_[mi];
    if (m.span.end > e) continue;
    if (m.label == std::string_view("ORG") || (m.label == std::string_view("LOC") && m.form == EntityForm::Name))
      return SpeakerKind::Body;
  }
  SpeakerKind kind = SpeakerKind::None;
  // A website: "golem.de", "derstandard.at".
  for (std::size_t k = np.begin; k < np.end; ++k)
    for (std::string_view tld : {".de", ".at", ".ch", ".com", ".org", ".net"})
      if (folded_[k].size() > tld.size() + 1 && folded_[k].compare(folded_[k].size() - tld.size(), tld.size(), tld) == 0)
        return SpeakerKind::Body;
  // A medium named in quotes: die „Computerwoche“.
  if (np.end - np.begin >= 3 && inside_quote(tokens_[np.end - 1].span.begin) && is_punct(np.end - 1))
    return SpeakerKind::Body;
  // Two capitalised words the tagger did not know, with no article: a name
  // ("Houcine Abassi").
  for (std::size_t k = np.begin; k + 1 < np.end; ++k)
    if (k == np.begin && tokens_[k].kind == TokenKind::Word && tokens_[k + 1].kind == TokenKind::Word &&
        !is_article(folded_[k]) && !is_preposition(folded_[k]) &&
        starts_upper(text_.substr(tokens_[k].span.begin, tokens_[k].span.size())) &&
        starts_upper(text_.substr(tokens_[k + 1].span.begin, tokens_[k + 1].span.size())) &&
        !is_body_noun(folded_[k]) && !statement_noun(folded_[k]) && np.end - np.begin == 2)
      return SpeakerKind::Person;
  for (std::size_t k = np.begin; k < np.end; ++k) {
    if (tokens_[k].kind != TokenKind::Word) continue;
    std::string_view word = text_.substr(tokens_[k].span.begin, tokens_[k].span.size());
    if (!starts_upper(word) || is_preposition(folded_[k]) || is_article(folded_[k])) continue;
    if (!role_at(k).empty()) return SpeakerKind::Role;
    if (is_body_noun(folded_[k])) return SpeakerKind::Body;
    // "Angaben", "(Medien-)Berichten" name a source only with whose they
    // are; "Polizeiangaben" names the police.
    static const std::unordered_set<std::string_view> bare = {
        "angaben", "berichten", "berichte", "informationen", "aussagen", "ansicht", "meinung", "einschätzung",
        "auffassung", "worten", "darstellung", "darstellungen", "schätzungen", "erkenntnissen", "gesprächen",
        "gespräch", "gerüchten", "spekulationen"};
    bool bare_source = false;
    for (std::string_view b : bare) {
      const std::string& w = folded_[k];
      if (w.size() < b.size() || w.compare(w.size() - b.size(), b.size(), b) != 0) continue;
      std::string_view prefix = std::string_view(w).substr(0, w.size() - b.size());
      if (!prefix.empty() && prefix.back() == '-') prefix.remove_suffix(1);
      if (prefix.empty() || !is_body_noun(prefix)) bare_source = true;
      else return SpeakerKind::Body;
      break;
    }
    if (bare_source) continue;
    if (statement_noun(folded_[k]) || names_what_follows(folded_[k]) || is_document_noun(folded_[k]))
      kind = SpeakerKind::Document;
    else if (kind == SpeakerKind::None && is_people_noun(folded_[k])) kind = SpeakerKind::People;
  }
  return kind;
}

// The article's date, asked of the date source once per text.
std::optional<PartialDate> QuoteFinder::article_date() const {
  if (!date_asked_) {
    date_asked_ = true;
    if (date_source_) date_ = date_source_();
  }
  return date_;
}

const EntityMention* QuoteFinder::last_person_before(std::size_t byte) const {
  auto it = std::lower_bound(persons_.begin(), persons_.end(), byte,
                             [&](std::size_t i, std::size_t b) { return mentions_[i].span.begin < b; });
  return it == persons_.begin() ? nullptr : &mentions_[*(it - 1)];
}

// The person a pronoun before `byte` refers to: the last one named, passing
// over names after a preposition ("unter Robert Mugabe") and genitives before
// a noun ("Trumps Angriffsauftrag") when a person named as a subject or
// object stands shortly before.
const EntityMention* QuoteFinder::antecedent_before(std::size_t byte) const {
  auto it = std::lower_bound(persons_.begin(), persons_.end(), byte,
                             [&](std::size_t i, std::size_t b) { return mentions_[i].span.begin < b; });
  if (it == persons_.begin()) return nullptr;
  const EntityMention* last = &mentions_[*(it - 1)];
  Np last_np = tokens_of(*last);
  if (last_np.empty()) return last;
  std::int64_t sentence = tokens_[last_np.begin].sentence;
  for (auto pi = it; pi != persons_.begin() && it - pi < 8;) {
    --pi;
    const EntityMention& m = mentions_[*pi];
    Np np = tokens_of(m);
    if (np.empty()) continue;
    if (sentence - tokens_[np.begin].sentence > 2) break;
    Np lead = np_backward(np.begin, sentence_begin_[np.begin]);
    std::size_t first = !lead.empty() && lead.end == np.begin ? lead.begin : np.begin;
    const std::string_view before = first > 0 ? std::string_view(folded_[first - 1]) : std::string_view();
    bool after_preposition = first > sentence_begin_[np.begin] && is_preposition(before) && before != "und" &&
                             before != "oder" && before != "so" && before != "auch" && before != "wie" && before != "als";
    std::string_view tail = text_.substr(tokens_[np.end - 1].span.begin, tokens_[np.end - 1].span.size());
    bool genitive = tail.size() > 2 && tail.back() == 's' && np.end < tokens_.size() && !in_name_[np.end] &&
                    tokens_[np.end].kind == TokenKind::Word &&
                    starts_upper(text_.substr(tokens_[np.end].span.begin, tokens_[np.end].span.size()));
    if (!after_preposition && !genitive) return &m;
  }
  return last;
}

std::string QuoteFinder::resolve(const Np& np, std::size_t quote_byte, const std::string& previous) const {
  if (np.empty()) return previous;
  std::size_t b = tokens_[np.begin].span.begin, e = tokens_[np.end - 1].span.end;
  const EntityMention* person = nullptr;
  const EntityMention* body = nullptr;
  const EntityMention* origin = nullptr;
  auto [r_first, r_last] = mentions_between(b, e);
  for (std::size_t mi = r_first; mi < r_last; ++mi) {
    const EntityMention& m = mentions_[mi];
    if (m.span.end > e) continue;
    if (m.label == std::string_view("PER")) person = &m;
    else if (m.label == std::string_view("ORG") && (!body || body->form != EntityForm::Name)) body = &m;
    else if (m.form == EntityForm::Deriv && m.label == std::string_view("LOC")) origin = &m;
  }
  if (person) return person->canonical;
  // A phrase with the name in apposition: "der Leiter des Programms, Klaus Stöhr".
  if (np.end + 1 < tokens_.size() && (folded_[np.end] == "," || folded_[np.end] == "(") &&
      in_name_[np.end + 1] == 2 && !(np.end - np.begin == 1 && is_pronoun(folded_[np.begin]))) {
    auto [a_first, a_last] = mentions_between(tokens_[np.end + 1].span.begin, tokens_[np.end + 1].span.end);
    for (std::size_t mi = a_first; mi < a_last; ++mi)
      if (mentions_[mi].label == std::string_view("PER") && mentions_[mi].span.begin == tokens_[np.end + 1].span.begin)
        return mentions_[mi].canonical;
  }
  std::size_t anchor = std::min(b, quote_byte);
  if (np.end - np.begin == 1 && is_pronoun(folded_[np.begin])) {
    if (const EntityMention* p = antecedent_before(anchor)) return p->canonical;
    return previous;
  }
  // A role ("der NATO-Chef", "der Generalsekretär") or a nationality ("der
  // Norweger"): the person the text gives it.
  std::string_view role;
  for (std::size_t k = np.begin; k < np.end && role.empty(); ++k) role = role_at(k);
  std::string_view inhabitant;
  if (origin && starts_upper(text_.substr(origin->span.begin, origin->span.size()))) inhabitant = origin->canonical;
  // An office ("der ukrainische Präsident", "der Chef des Bündnisses"): its
  // holder as the text or the article's date tells, else no one.
  if (!role.empty()) {
    std::vector<OfficeKey> offices = offices_named(np);
    if (!offices.empty()) return office_holder(offices, anchor, not_in_office(np));
  }
  if (!role.empty() || !inhabitant.empty()) {
    const auto& country = knowledge().country_of;
    const EntityMention* by_role = nullptr;
    const EntityMention* by_country = nullptr;
    // The persons named before, the most recent few hundred of them.
    auto upto = std::lower_bound(persons_.begin(), persons_.end(), anchor,
                                 [&](std::size_t i, std::size_t b) { return mentions_[i].span.begin < b; });
    auto from = upto - std::min<std::ptrdiff_t>(upto - persons_.begin(), 400);
    for (auto pi = from; pi != upto; ++pi) {
      const EntityMention& m = mentions_[*pi];
      if (!inhabitant.empty()) {
        auto it = country.find(m.canonical);
        if (it != country.end() && it->second == inhabitant) by_country = &m;
      }
      // The token before the name holds the same role or body: "NATO-Generalsekretär Jens Stoltenberg".
      auto t = std::lower_bound(tokens_.begin(), tokens_.end(), m.span.begin,
                                [](const Token& tok, std::size_t byte) { return tok.span.begin < byte; });
      if (t != tokens_.begin()) {
        std::size_t k = static_cast<std::size_t>(t - tokens_.begin()) - 1;
        std::string_view r = role_at(k);
        bool same_body = body && body->form == EntityForm::Part && folded_[k].find(fold(body->canonical)) == 0;
        if (!r.empty() && (r == role || same_body)) by_role = &m;
      }
    }
    if (by_country) return by_country->canonical;
    if (by_role) return by_role->canonical;
    // A generic role or a nationality with no one given it: the person named
    // last ("… des russischen Spitzenpolitikers Dmitri Medwedew …, schreibt
    // der Vize-Vorsitzende des Nationalen Sicherheitsrates"). Offices never
    // come here: they went to office_holder() above.
    if (!inhabitant.empty() || !role.empty()) {
      if (const EntityMention* p = last_person_before(anchor)) return p->canonical;
      if (!previous.empty()) return previous;
    }
  }
  if (body) return body->canonical;
  // A body of a country named by its adjective: "das ukrainische
  // Außenministerium" -> "Außenministerium der Ukraine".
  if (origin && !starts_upper(text_.substr(origin->span.begin, origin->span.size())) && np.end > np.begin) {
    std::size_t last = np.end - 1;
    std::string_view head = text_.substr(tokens_[last].span.begin, tokens_[last].span.size());
    if (starts_upper(head) && tokens_[last].span.begin > origin->span.begin) {
      const std::string& c = origin->canonical;
      auto ends = [&](std::string_view x) { return c.size() >= x.size() && c.compare(c.size() - x.size(), x.size(), x) == 0; };
      bool feminine_or_plural = c.size() > 1 && (ends("e") || ends("A") || ends("ei") || ends("z"));
      return std::string(head) + (feminine_or_plural ? " der " + c : " " + c + (c.back() == 's' ? "" : "s"));
    }
  }
  // Otherwise the phrase itself, without its article and quotation marks.
  std::size_t k = np.begin;
  if (is_article(folded_[k]) && k + 1 < np.end) ++k;
  std::size_t last = np.end;
  if (last > k + 2 && inside_quote(tokens_[k].span.begin) && tokens_[k].kind == TokenKind::Punct &&
      tokens_[last - 1].kind == TokenKind::Punct) {
    ++k;
    --last;
  }
  return std::string(text_.substr(tokens_[k].span.begin, tokens_[last - 1].span.end - tokens_[k].span.begin));
}

namespace {

// Finite verbs in Konjunktiv I: a sentence holding one reports speech ("Das
// Thema werde … „oben auf der Agenda“ stehen").
bool is_konjunktiv(std::string_view w) {
  static const std::unordered_set<std::string_view> forms = {
      "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "gebe", "stehe",
      "liege", "gehe", "komme", "bleibe", "wisse", "brauche", "fehle", "handle", "handele", "bestehe", "gelte",
      "zeige", "lasse", "halte", "trage", "verfüge", "führe", "biete", "sehe", "erwarte", "plane", "arbeite",
      "hätten", "wäre", "wären", "hätte", "würde", "würden", "befinde", "entstehe", "erhalte", "erreiche", "finde",
      "folge", "gehöre", "helfe", "lege", "mache", "nehme", "rechne", "schaffe", "setze", "spiele", "suche",
      "treffe", "unterstütze", "verliere", "versuche", "ziehe", "zahle", "stelle", "sorge", "diene", "beginne",
      "betrage", "belaufe", "drohe", "entspreche", "fordere", "gewinne", "glaube", "hoffe", "kenne", "koste",
      "leide", "lebe", "liefere", "meine", "passiere", "prüfe", "reiche", "sage", "schliesse", "sitze", "spreche",
      "sterbe", "steige", "sinke", "teile", "tue", "trete", "verstehe", "warte", "wachse", "wirke", "wohne",
      "zähle", "bedeute", "benötige", "beziehe", "bringe", "denke", "erfülle", "erkläre", "fahre", "falle",
      "fühle", "gebe", "gelinge", "herrsche", "kämpfe", "laufe", "lerne", "reagiere", "rufe", "scheine",
      "schreibe", "sende", "starte", "strebe", "trage", "unterliege", "verhandle", "verlange", "vertraue", "wünsche"};
  static const WordFilter filter = [] {
    WordFilter s;
    for (std::string_view f : forms) s.add(f);
    return s;
  }();
  return filter.may_hold(w) && forms.count(w) > 0;
}

// Words before a quoted name, title or term rather than a quotation: "die
// Zeitung „Die Welt“", "der so genannten „Rosinenbomber“", "mit dem Titel „…“".
bool names_what_follows(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "zeitung", "tageszeitung", "wochenzeitung", "sonntagszeitung", "zeitschrift", "fachzeitschrift", "magazin",
      "magazins", "nachrichtenmagazin", "nachrichtenmagazins", "blatt", "fachblatt", "boulevardblatt", "agentur",
      "nachrichtenagentur", "sender", "senders", "radiosender", "fernsehsender", "tv-sender", "online-ausgabe",
      "internetdienst", "internetdienstes", "website", "webseite", "portal", "titel", "film", "films", "album",
      "albums", "cd", "buch", "buches", "buchs", "roman", "romans", "lied", "song", "single", "serie", "sendung",
      "enzyklika", "motto", "bezeichnung", "name", "namen", "spitzname", "spitznamen", "typ", "typs", "sorte",
      "marke", "modell", "hurrikan", "hurrikans", "taifun", "sturm", "tief", "hoch", "operation", "aktion",
      "kampagne", "projekt", "projekts", "programm", "programms", "initiative", "verein", "vereins", "partei",
      "gruppe", "band", "firma", "unternehmen", "organisation", "genannten", "genannte", "genannter", "sogenannten",
      "sogenannte", "sogenannter", "sogenanntes", "schiff", "raumfähre", "raumschiff", "mission", "satellit",
      "satelliten", "studie", "bericht", "berichts", "gesetz", "gesetzes", "stück", "stücks", "oper", "ausstellung",
      "show", "festival", "preis", "preises", "wettbewerb", "rubrik", "kolumne", "schlagzeile",
      "magazines", "fachmagazin", "fachmagazins", "überschrift", "genannt", "lautet", "grundsatz", "devise",
      "stichwort", "begriff", "begriffs", "wort", "ausdruck",
      "kurz", "abkürzung", "codename", "codenamen", "arbeitstitel", "untertitel", "zeitungen", "zeitschriften",
      "stiftung", "bündnis", "bündnisses", "netzwerk", "netzwerks", "plattform", "kette", "klub", "club"};
  return words.count(w) > 0;
}

}  // namespace

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
  std::size_t n = tokens_.size();
  folded_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    folded_[i].clear();  // fold_into appends
    fold_into(text.substr(tokens_[i].span.begin, tokens_[i].span.size()), folded_[i]);
  }
  // What each word is, looked up once: a cue, a role noun.
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
  {
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
  auto token_at = [&](std::size_t byte) {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                               [](const Token& t, std::size_t b) { return t.span.begin < b; });
    return static_cast<std::size_t>(it - tokens_.begin());
  };

  // Who is speaking where: the subjects of cue verbs outside quotes ("Selenskyj
  // forderte …", "betonte er"), in text order.
  struct Event {
    std::size_t byte;
    Np np;
    std::string canonical;
  };
  std::vector<Event> events;
  for (std::size_t t = 0; t < n; ++t) {
    if (inside_quote(tokens_[t].span.begin)) continue;
    CueMatch c = cue_at(t, sentence_end_[t]);
    Np np;
    if ((folded_[t] == "nach" || folded_[t] == "laut") && t + 1 < n) {
      // "Nach Ansicht von Ministerpräsident Christian Wulff …"
      std::size_t j = t + 1;
      while (j < sentence_end_[t] && j < t + 4 && (is_article(folded_[j]) || looks_adjective(folded_[j])) &&
             !starts_upper(text.substr(tokens_[j].span.begin, 1)))
        ++j;
      if (j + 1 < sentence_end_[t] && statement_noun(folded_[j])) {
        std::size_t k = j + 1;
        if (folded_[k] == "von") ++k;
        np = np_forward(k, sentence_end_[t]);
      }
    } else if (folded_[t] == "so" && t > 0 && folded_[t - 1] == "," && t + 1 < n) {
      // "Doch sei es, so der Schriftsteller Musa Okwanga in einem Blog, …"
      np = np_forward(t + 1, sentence_end_[t]);
    } else {
      if (!c || c.cue->kind != "verb") continue;
      np = subject_of(t, sentence_begin_[t], sentence_end_[t]).np;
    }
    if (np.empty()) continue;
    // Only a phrase that names someone: a pronoun, a name, a role.
    bool names = np.end - np.begin == 1 && is_pronoun(folded_[np.begin]);
    for (std::size_t k = np.begin; k < np.end && !names; ++k) names = !role_at(k).empty();
    if (!names) names = has_mention(np, true, true);
    if (!names) continue;
    std::string who = resolve(np, tokens_[np.begin].span.begin, events.empty() ? std::string() : events.back().canonical);
    if (!who.empty()) events.push_back({tokens_[t].span.begin, np, std::move(who)});
  }
  std::size_t next_event = 0;

  std::string previous;          // the current speaker's canonical name
  Np previous_np;                // where the text last named them
  std::size_t previous_byte = 0;
  std::size_t previous_end = 0;  // where the last quote ended (token)
  bool have_previous_quote = false;
  term_span_.assign(spans_.size(), 0);
  for (const QuotedSpan& q : spans_) {
    // Marked a term until it is taken as a quotation.
    term_span_[static_cast<std::size_t>(&q - spans_.data())] = 1;
    if (q.inner.begin >= q.inner.end || n == 0) continue;
    std::size_t open = token_at(q.open.begin), close = token_at(q.close.begin);
    if (open >= n || close >= n) continue;
    // Speech events before this quote update the current speaker.
    while (next_event < events.size() && events[next_event].byte < q.open.begin) {
      if (events[next_event].byte >= previous_byte) {
        previous = events[next_event].canonical;
        previous_np = events[next_event].np;
        previous_byte = events[next_event].byte;
      }
      ++next_event;
    }
    std::size_t words = 0, capitalised = 0;
    bool all_capitalised = true;
    for (std::size_t k = open + 1; k < close; ++k) {
      if (tokens_[k].kind != TokenKind::Word && tokens_[k].kind != TokenKind::Number) continue;
      ++words;
      bool upper = starts_upper(text.substr(tokens_[k].span.begin, tokens_[k].span.size()));
      capitalised += upper;
      if (!upper && !is_article(folded_[k]) && folded_[k] != "von" && folded_[k] != "und" && folded_[k] != "für")
        all_capitalised = false;
    }
    bool ends_sentence = false;
    if (close > open + 1) {
      const std::string& last = folded_[close - 1];
      ends_sentence = last == "." || last == "!" || last == "?" || last == "…" || last == "...";
    }
    bool starts_upper_case = starts_upper(text.substr(q.inner.begin, q.inner.size()));
    // A quoted name, title or term: short, and named by the word before it
    // ("die Zeitung „Die Welt“"), or all in capitals ("Berliner Zeitung"), or
    // joined to a word after it ("„Roude Léiw“-Befürworter").
    bool named = open > 0 && names_what_follows(folded_[open - 1]);
    if (named && !ends_sentence) continue;
    // The whole quote is one name the tagger found ("Ärzte ohne Grenzen").
    bool one_name = false;
    {
      auto [m_first, m_last] = mentions_between(q.inner.begin > 256 ? q.inner.begin - 256 : 0, q.inner.begin + 1);
      for (std::size_t mi = m_first; mi < m_last; ++mi)
        if (mentions_[mi].form == EntityForm::Name && mentions_[mi].span.end >= q.inner.end) one_name = true;
    }
    if (one_name && !ends_sentence) continue;
    if (words <= 5 && !ends_sentence) {
      bool compound = q.close.end < text.size() && text[q.close.end] == '-';
      if (named || compound || (all_capitalised && words >= 2)) continue;
      // One capitalised word in quotes is a name or a term far more often
      // than a quotation ("Golem", "Störfall"); one in lower case is quoted
      // speech ("alarmierend").
      if (words == 1 && starts_upper_case) {
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
        if (!indefinite && !cue) continue;
      }
    }
    // A long title: nearly every word capitalised, and no sentence.
    if (words > 5 && !ends_sentence && capitalised * 10 >= words * 7) continue;
    Attribution a = after_quote(close, sentence_end_[close]);
    if (!a.found) a = before_quote(open, sentence_begin_[open]);
    bool continued = false;
    if (!a.found) {
      // A whole sentence in quotes goes on from the quote before it; a quote
      // in a sentence in Konjunktiv I belongs to the speech reported around it.
      bool at_start = open == sentence_begin_[open] || (open > 0 && folded_[open - 1] == ":");
      bool at_end = close + 1 >= n || sentence_end_[close] <= close + 2 || ends_sentence;
      bool near = have_previous_quote &&
                  tokens_[open].sentence - tokens_[std::min(previous_end, n - 1)].sentence <= 3;
      bool whole = at_start && at_end && starts_upper_case && words >= 3 && !previous.empty() &&
                   (near || previous_byte + 1 >= q.open.begin - std::min<std::size_t>(q.open.begin, 600));
      bool konjunktiv = false;
      for (std::size_t k = sentence_begin_[open]; k < sentence_end_[open] && !konjunktiv; ++k)
        if ((k < open || k > close) && is_konjunktiv(folded_[k])) konjunktiv = true;
      continued = (whole || konjunktiv) && !previous.empty();
      // A long quote is speech even where the text does not say whose; it
      // goes on from a speaker named shortly before.
      if (!continued && words < 6) continue;
      if (!continued && !previous.empty() && near) continued = true;
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
    // A quote inside a sentence with no cue ("sieht Osterloh einen „Angriff …“"):
    // the person the sentence is about says it.
    if (!a.found) a.sieve = QuoteSieve::Continuation;
    if (!a.found && a.speaker.empty() && !(open == sentence_begin_[open])) {
      Pick own = clause_subject(sentence_begin_[open], open);
      if (!own.np.empty() && has_mention(own.np, true, false)) {
        a.set_speaker(own);
        a.sieve = QuoteSieve::SentenceSubject;
      }
    }
    // A quote standing alone right before another quote that names its
    // speaker after it ("„A.“ „B“, sagte X"): X says both.
    if (a.speaker.empty() && !a.found) {
      std::size_t idx = static_cast<std::size_t>(&q - spans_.data());
      if (idx + 1 < spans_.size()) {
        const QuotedSpan& nq = spans_[idx + 1];
        std::size_t nopen = token_at(nq.open.begin), nclose = token_at(nq.close.begin);
        bool adjacent = nopen < n && nclose < n && nopen <= close + 2 &&
                        text.substr(q.close.end, nq.open.begin - q.close.end).find('\n') == std::string_view::npos;
        if (adjacent) {
          Attribution na = after_quote(nclose, sentence_end_[nclose]);
          if (!na.speaker.empty()) {
            a.set_speaker(na.speaker, na.step);
            a.sieve = QuoteSieve::AdjacentQuote;
          }
        }
      }
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
    if (speaker.empty() && (continued || a.found) && !previous_np.empty()) {
      speaker = previous_np;
      qt.step = SpeakerStep::Previous;
    }
    if (a.document) {
      qt.canonical = a.author.empty() ? std::string() : resolve(a.author, q.open.begin, previous);
    } else if (!a.speaker.empty()) {
      qt.canonical = resolve(a.speaker, q.open.begin, previous);
    } else if (continued || a.found) {
      qt.canonical = previous;
    }
    if (a.speaker.empty() && !qt.canonical.empty()) {
      // Borrowed from before: name the speaker where the text last did, before the quote.
      const EntityMention* near = nullptr;
      auto [m_first, m_last] = mentions_between(0, q.open.begin);
      for (std::size_t mi = m_last; mi-- > m_first && m_last - mi <= 400;)
        if (mentions_[mi].canonical == qt.canonical && !inside_quote(mentions_[mi].span.begin)) {
          near = &mentions_[mi];
          break;
        }
      if (near && (previous_np.empty() || near->span.begin >= tokens_[previous_np.begin].span.begin)) {
        speaker = tokens_of(*near);
        qt.step = SpeakerStep::Previous;
      }
    }
    if (!speaker.empty()) {
      qt.has_speaker = true;
      qt.speaker = {tokens_[speaker.begin].span.begin, tokens_[speaker.end - 1].span.end};
    }
    if (!qt.canonical.empty()) {
      previous = qt.canonical;
      if (!a.speaker.empty()) previous_np = a.speaker;
      previous_byte = q.close.end;
    }
    previous_end = close;
    have_previous_quote = true;
    term_span_[static_cast<std::size_t>(&q - spans_.data())] = 0;
    out.push_back(std::move(qt));
  }
  find_indirect(out);
  date_source_ = nullptr;  // it may refer to the caller's text
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
          Pick p = subject_of(v, b, comma);
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
          Pick p = subject_of(v, v, e);
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
