// Stage 3: what a speaker phrase names (can it speak?) and who it is: the
// canonical name of a person, a body, the holder of an office at the date.
#include "quotes/quotes.hpp"

#include "grammar/grammar.hpp"

#include <algorithm>
#include <unordered_set>

#include "quotes/words.hpp"
#include "lexicon/aliases.hpp"
#include "lexicon/offices.hpp"

namespace natocorpus::core {

using namespace quote_words;

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


// The body whose statement a phrase names, by its noun without the
// genitive ending: "Angaben des Ministeriums" -> "Ministerium", "nach
// Auskunft der Polizei" -> "Polizei"; empty when it names none.
std::string QuoteFinder::statement_holder(const Np& np) const {
  std::size_t k = np.begin;
  if (is_article(folded_[k]) && k + 1 < np.end) ++k;
  if (k + 2 >= np.end || !is_according_noun(folded_[k])) return {};
  const auto& article = folded_[k + 1];
  if ((article != "des" && article != "der") || np.end - (k + 2) != 1) return {};
  std::string_view word = text_.substr(tokens_[np.end - 1].span.begin, tokens_[np.end - 1].span.size());
  if (!is_body_noun(folded_[np.end - 1])) return {};
  for (std::string_view ending : {"es", "s"}) {
    std::string_view stem = word.substr(0, word.size() > ending.size() ? word.size() - ending.size() : 0);
    if (article == "des" && word.size() > ending.size() + 3 && word.substr(word.size() - ending.size()) == ending &&
        is_body_noun(fold(stem)))
      return std::string(stem);
  }
  return std::string(word);
}

// "Seiner Darstellung", "ihrer Ansicht": a possessive and a view or statement.
bool QuoteFinder::is_possessive_statement(const Np& np) const {
  if (np.end - np.begin != 2) return false;
  const auto& p = folded_[np.begin];
  bool third_person = starts_with(p, "sein") || starts_with(p, "ihr");
  return third_person && Grammar::builtin().is_possessive(p) && is_according_noun(folded_[np.begin + 1]);
}

// A time: "Sechs Jahre", "Ende April", "den letzten Monaten" (not a name
// or title: „Die Zeit“).
bool QuoteFinder::is_time_phrase(const Np& np) const {
  if (np.empty() || has_mention(np, true, true) || inside_quote(tokens_[np.end - 1].span.begin)) return false;
  bool time = false;
  for (std::size_t k = np.begin; k < np.end; ++k) {
    if (tokens_[k].kind == TokenKind::Number || (tokens_[k].kind == TokenKind::Word && is_article(folded_[k]))) continue;
    if (is_time_word(folded_[k])) time = true;
    else if (!is_number_word(folded_[k]) && !looks_adjective(folded_[k])) return false;
  }
  return time;
}

// A speaker phrase without the finite verb it was cut with: "hatte VW-Chef
// Winterkorn" -> "VW-Chef Winterkorn".
QuoteFinder::Np QuoteFinder::without_verb(Np np) const {
  while (np.end - np.begin > 1 && is_finite_auxiliary(folded_[np.begin])) ++np.begin;
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
  // A view or statement with a possessive names its holder as a pronoun
  // does: "Seiner Darstellung zufolge", "nach ihrer Ansicht".
  if (is_possessive_statement(np)) return SpeakerKind::Pronoun;
  // A demonstrative standing alone refers to someone ("Dieser sagte, …"),
  // unless it is neuter ("Dies bestätigte …": a thing).
  if (np.end - np.begin == 1 && Grammar::builtin().is_demonstrative(folded_[np.begin])) {
    const auto& w = folded_[np.begin];
    return w == "dies" || w == "dieses" || w == "jenes" || w == "das" ? SpeakerKind::None : SpeakerKind::Pronoun;
  }
  // A clause opener that is no phrase: "Sollte der FPÖ-Chef", "Wenn Apple".
  if (is_subordinate_opener(folded_[np.begin])) return SpeakerKind::None;
  if (is_time_phrase(np)) return SpeakerKind::None;
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
        !is_body_noun(folded_[k]) && !statement_noun(folded_[k]) && !statement_noun(folded_[k + 1]) &&
        np.end - np.begin == 2)
      return SpeakerKind::Person;
  for (std::size_t k = np.begin; k < np.end; ++k) {
    if (tokens_[k].kind != TokenKind::Word) continue;
    std::string_view word = text_.substr(tokens_[k].span.begin, tokens_[k].span.size());
    if (!starts_upper(word) || is_preposition(folded_[k]) || is_article(folded_[k]) ||
        Grammar::builtin().is_demonstrative(folded_[k]) || Grammar::builtin().is_possessive(folded_[k]))
      continue;
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
      const auto& w = folded_[k];
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
  if ((np.end - np.begin == 1 && is_pronoun(folded_[np.begin])) || is_possessive_statement(np)) {
    if (const EntityMention* p = antecedent_before(anchor)) return p->canonical;
    return previous;
  }
  // A role ("der NATO-Chef", "der Generalsekretär") or a nationality ("der
  // Norweger"): the person the text gives it.
  std::string_view role;
  for (std::size_t k = np.begin; k < np.end && role.empty(); ++k) role = role_at(k);
  std::string_view inhabitant;
  if (origin && starts_upper(text_.substr(origin->span.begin, origin->span.size()))) inhabitant = origin->canonical;
  // A phrase with an indefinite article names someone not named before
  // ("schreibt eine Frau", "sagte ein Sprecher"): never a person of the text.
  if (Grammar::builtin().is_indefinite_article(folded_[np.begin])) {
    role = {};
    inhabitant = {};
  }
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
  // A statement of a body: "Angaben des Ministeriums" -> "Ministerium".
  if (std::string holder = statement_holder(np); !holder.empty()) return holder;
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

}  // namespace natocorpus::core
