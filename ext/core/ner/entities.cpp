#include "ner/entities.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "lexicon/aliases.hpp"
#include "segment/chars.hpp"

namespace natocorpus::core {

const char* entity_form_name(EntityForm f) noexcept {
  switch (f) {
    case EntityForm::Name: return "name";
    case EntityForm::Part: return "part";
    case EntityForm::Deriv: return "deriv";
  }
  return "name";
}

namespace {

const char* label_of(std::string_view l) {
  if (l == "PER") return "PER";
  if (l == "ORG") return "ORG";
  if (l == "LOC") return "LOC";
  return "MISC";
}

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  std::size_t i = 0;
  char32_t c = next_code_point(w, i);
  return is_letter(c) && !is_lower(c);
}

// Genitive and other endings a name may carry: "Russlands", "Selenskyjs", "des Kremls".
std::vector<std::string_view> uninflected(std::string_view name) {
  std::vector<std::string_view> out;
  for (std::string_view end : {"s", "es", "'", "\xe2\x80\x99"}) {
    if (name.size() > end.size() + 2 && name.substr(name.size() - end.size()) == end)
      out.push_back(name.substr(0, name.size() - end.size()));
  }
  return out;
}

bool is_place_preposition(std::string_view lower) {
  for (std::string_view p : {"in", "nach", "aus", "bei", "über", "gegen", "durch", "bis", "via"})
    if (lower == p) return true;
  return false;
}

}  // namespace

// The known name a compound word starts with: "NATO" in "NATO-Staaten", "Kreml"
// in "Kremlsprecher" (a name of 4+ characters, then a lower-case noun of 4+
// characters), with its length in bytes. People are not compound heads.
static std::pair<const AliasEntry*, std::size_t> compound_head(std::string_view w) {
  const AliasIndex& aliases = AliasIndex::builtin();
  std::size_t dash = w.find('-');
  bool closed = dash == std::string_view::npos || dash == 0;
  if (closed && (!starts_upper(w) || count_chars(w) < 8 || !aliases.may_head_compound(w)))
    return {nullptr, 0};  // the cheap tests first: this runs for most words
  if (aliases.find_name(w)) return {nullptr, 0};  // "NATO-Ukraine-Rat" is a name itself
  if (!closed) {
    const AliasEntry* a = aliases.find_name(w.substr(0, dash));
    if (a && a->label != "PER") return {a, dash};
    return {nullptr, 0};
  }
  for (std::size_t k = std::min<std::size_t>(w.size() - 4, 30); k >= 4; --k) {
    if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) continue;
    std::size_t m = k;
    if (!is_lower(next_code_point(w, m))) continue;
    const AliasEntry* a = aliases.find_name(w.substr(0, k));
    if (a && a->label != "PER" && a->alias == w.substr(0, k)) return {a, k};
  }
  return {nullptr, 0};
}

EntityFinder::EntityFinder() : model_(builtin_ner_model()), lexicon_(builtin_ner_lexicon()) {}

void EntityFinder::find(std::string_view text, std::vector<EntityMention>& out) {
  out.clear();
  tokens_.clear();
  tokenizer_.reset(text);
  Token t;
  while (tokenizer_.next(t)) tokens_.push_back(t);
  for (std::size_t i = 0; i < tokens_.size();) {
    std::size_t j = i;
    while (j < tokens_.size() && tokens_[j].sentence == tokens_[i].sentence) ++j;
    tag_sentence(text, i, j, out);
    i = j;
  }
  canonicalise(text, out);
  name_surnames(text, out);
}

// A surname the tagger missed where the text names the person in full
// elsewhere ("Der Betriebsratsvorsitzende Bernd Osterloh …. … sieht
// Osterloh einen „Angriff“") is that person too.
void EntityFinder::name_surnames(std::string_view text, std::vector<EntityMention>& out) {
  std::unordered_map<std::string_view, std::string> full_names;  // surname -> canonical
  for (const auto& m : out) {
    if (m.form != EntityForm::Name || std::string_view(m.label) != "PER") continue;
    std::string_view name = text.substr(m.span.begin, m.span.size());
    std::size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos || name.size() - sp - 1 < 3) continue;
    auto [it, fresh] = full_names.emplace(name.substr(sp + 1), m.canonical);
    if (!fresh && it->second != m.canonical) it->second.clear();  // two people of that name: neither
  }
  for (auto it = full_names.begin(); it != full_names.end();) {
    if (it->second.empty()) it = full_names.erase(it);
    else ++it;
  }
  if (full_names.empty()) return;
  std::vector<EntityMention> added;
  std::size_t mi = 0;
  for (const Token& t : tokens_) {
    while (mi < out.size() && out[mi].span.end <= t.span.begin) ++mi;
    if (t.kind != TokenKind::Word) continue;
    std::string_view w = text.substr(t.span.begin, t.span.size());
    if (mi < out.size() && out[mi].span.begin < t.span.end) {
      // A part of a compound that is the whole surname: "Koch" of "Koch-Mehrin".
      EntityMention& m = out[mi];
      if (m.form == EntityForm::Part && m.span.begin >= t.span.begin && m.span.end <= t.span.end &&
          (mi + 1 >= out.size() || out[mi + 1].span.begin >= t.span.end)) {
        auto it = full_names.find(w);
        if (it != full_names.end()) m = EntityMention{t.span, "PER", EntityForm::Name, it->second, t.sentence};
      }
      continue;  // inside a mention
    }
    auto it = full_names.find(w);
    if (it == full_names.end())
      for (auto base : uninflected(w))
        if ((it = full_names.find(base)) != full_names.end()) break;
    if (it == full_names.end()) continue;
    added.push_back(EntityMention{t.span, "PER", EntityForm::Name, it->second, t.sentence});
  }
  if (added.empty()) return;
  std::vector<EntityMention> merged;
  merged.reserve(out.size() + added.size());
  std::merge(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()),
             std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()), std::back_inserter(merged),
             [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });
  out.swap(merged);
}

static const AliasEntry* find_inflected_phrase(std::string_view name);

void EntityFinder::tag_sentence(std::string_view text, std::size_t first, std::size_t last,
                                std::vector<EntityMention>& out) {
  const AliasIndex& aliases = AliasIndex::builtin();
  std::size_t n = last - first;
  words_.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    words_[i] = text.substr(tokens_[first + i].span.begin, tokens_[first + i].span.size());
  prepare_ner_tokens(words_, lexicon_, prepared_);
  features_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    features_[i].clear();
    ner_features(prepared_, i, model_.buckets(), features_[i]);
  }
  model_.tag(features_, tags_);
  tagged_ = tags_;
  demote_non_names(prepared_, lexicon_, tags_);
  std::int64_t sentence = tokens_[first].sentence;
  auto emit = [&](Span span, const char* label, EntityForm form = EntityForm::Name,
                  std::string canonical = {}) {
    out.push_back(EntityMention{span, label, form, std::move(canonical), sentence});
  };

  for (std::size_t i = 0; i < n;) {
    // A one-word name the tagger found that the tables know as a compound
    // ("NATO-Staaten") goes to the rules below. (demote_non_names has already
    // turned derived words, "japanischen", into O.)
    bool one_word_known = tags_[i] != kO && (i + 1 == n || !ner_is_inside(tags_[i + 1])) &&
                          !aliases.find_name(words_[i]) && compound_head(words_[i]).first;
    if (tags_[i] != kO && !one_word_known) {
      // A name: B- and its I- tokens.
      std::size_t j = i + 1;
      while (j < n && ner_is_inside(tags_[j]) && ner_class(tags_[j]) == ner_class(tags_[i])) ++j;
      // Two known names run together ("Joe Biden Kiew"): split off the last word.
      std::size_t end = j;
      if (j - i >= 2) {
        std::string_view all = text.substr(tokens_[first + i].span.begin,
                                           tokens_[first + j - 1].span.end - tokens_[first + i].span.begin);
        std::string_view head = text.substr(tokens_[first + i].span.begin,
                                            tokens_[first + j - 2].span.end - tokens_[first + i].span.begin);
        const AliasEntry* last = aliases.find_name(words_[j - 1]);
        const AliasEntry* before = last ? aliases.find_name(head) : nullptr;
        if (before && before->canonical != last->canonical && !aliases.find_name(all)) end = j - 1;
      }
      emit({tokens_[first + i].span.begin, tokens_[first + end - 1].span.end}, ner_label_name(tags_[i]));
      if (end < j) emit(tokens_[first + end].span, label_of(aliases.find_name(words_[end])->label));
      i = j;
      continue;
    }
    std::string_view w = words_[i];
    const std::string& lower = prepared_[i].lower;
    // A known name of several words the tagger passed over ("des Budapester
    // Memorandums", "die Vereinigten Staaten"): such names are hardly anything else.
    if (starts_upper(w) && i + 1 < n && aliases.may_start_phrase(lower, prepared_[i + 1].lower)) {
      std::size_t found = 0;
      const AliasEntry* known = nullptr;
      for (std::size_t len = std::min<std::size_t>(5, n - i); len >= 2 && !known; --len) {
        bool untagged = true;
        for (std::size_t k = i; k < i + len; ++k) untagged = untagged && tags_[k] == kO;
        if (!untagged) continue;
        std::string_view phrase = text.substr(tokens_[first + i].span.begin,
                                              tokens_[first + i + len - 1].span.end - tokens_[first + i].span.begin);
        if (phrase.find('\n') != std::string_view::npos) continue;
        const AliasEntry* a = aliases.find_name(phrase);
        if (!a) a = find_inflected_phrase(phrase);
        if (a && a->label != "PER" && a->alias.find(' ') != std::string::npos) {
          known = a;
          found = len;
        }
      }
      if (known) {
        emit({tokens_[first + i].span.begin, tokens_[first + i + found - 1].span.end}, label_of(known->label));
        i += found;
        continue;
      }
    }
    // A known name the tagger passed over, where the name is hardly anything
    // else: a hyphenated one ("NATO-Ukraine-Rates"), the genitive of a place
    // or body ("Moskaus"), or a place right after a preposition of place
    // ("nach Kyiv", "in Halle"; but "die Halle").
    if (starts_upper(w)) {
      bool hyphenated = w.find('-') != std::string_view::npos;
      const AliasEntry* known = hyphenated ? aliases.find_name(w) : nullptr;
      if (!known && i > 0 && is_place_preposition(prepared_[i - 1].lower)) {
        const AliasEntry* a = aliases.find_name(w);
        if (a && a->label == "LOC") known = a;
      }
      for (auto base : uninflected(w)) {
        if (known) break;
        const AliasEntry* a = aliases.find_name(base);
        if (a && a->alias == base && (a->label == "LOC" || (hyphenated && a->label == "ORG"))) known = a;
      }
      if (known && known->label != "PER") {
        emit(tokens_[first + i].span, label_of(known->label));
        ++i;
        continue;
      }
    }
    // A word derived from a name: "ukrainischen", "Norweger", "Kiewer".
    if (const AliasEntry* d = aliases.find_derived(lower)) {
      bool adjective = d->kind == "adjective";
      // Adjectives are written in lower case, unless they start a sentence or a name.
      if (!adjective || !starts_upper(w) || i == 0) {
        emit(tokens_[first + i].span, label_of(d->label), EntityForm::Deriv, d->canonical);
        ++i;
        continue;
      }
    }
    // An entity inside a compound: "NATO-Staaten", "US-Präsident", "Kremlsprecher".
    auto [head, head_len] = compound_head(w);
    std::size_t b = tokens_[first + i].span.begin;
    if (head) {
      emit({b, b + head_len}, label_of(head->label), EntityForm::Part, head->canonical);
    } else if (tagged_[i] != kO && tags_[i] == kO) {
      // A compound the tagger took for a name ("WDR-Intendantin"): its first
      // element is the entity, as the tagger labelled it.
      std::size_t dash = w.find('-');
      if (dash != std::string_view::npos && dash > 0)
        emit({b, b + dash}, ner_label_name(tagged_[i]), EntityForm::Part, std::string(w.substr(0, dash)));
    }
    ++i;
  }
}

// A multi-word name in its inflected forms, back to the nominative: the
// adjective ending of the first word ("Dritten Weltkrieg", "Budapester
// Memorandums", "des Kalten Krieges") and the genitive of the last.
static const AliasEntry* find_inflected_phrase(std::string_view name) {
  const AliasIndex& aliases = AliasIndex::builtin();
  std::size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return nullptr;
  std::string_view first = name.substr(0, sp), rest = name.substr(sp);
  std::vector<std::string> firsts{std::string(first)};
  for (std::string_view end : {"en", "em", "es", "e"}) {
    if (first.size() <= end.size() + 2 || first.substr(first.size() - end.size()) != end) continue;
    std::string stem(first.substr(0, first.size() - end.size()));
    for (std::string_view e2 : {"er", "e", "es", ""}) firsts.push_back(stem + std::string(e2));
  }
  std::vector<std::string> rests{std::string(rest)};
  for (auto base : uninflected(rest)) rests.emplace_back(base);
  for (const auto& f : firsts)
    for (const auto& r : rests)
      if (const AliasEntry* a = aliases.find_name(f + r)) return a;
  return nullptr;
}

// The table entry a name stands for: as written, without a genitive ending
// ("Russlands"), in another case ("Dritten Weltkrieg"), or after leading words
// ("Agentur Interfax", "Präsident Wolodymyr Selenskyj") when the rest is a
// name of the same label.
static const AliasEntry* resolve(std::string_view name, std::string_view label) {
  const AliasIndex& aliases = AliasIndex::builtin();
  if (const AliasEntry* a = aliases.find_name(name)) return a;
  for (auto base : uninflected(name))
    if (const AliasEntry* a = aliases.find_name(base)) return a;
  if (const AliasEntry* a = find_inflected_phrase(name)) return a;
  for (std::size_t sp = name.find(' '); sp != std::string_view::npos; sp = name.find(' ', sp + 1)) {
    const AliasEntry* b = aliases.find_name(name.substr(sp + 1));
    if (b && b->label == label) return b;
  }
  return nullptr;
}

void EntityFinder::canonicalise(std::string_view text, std::vector<EntityMention>& out) {
  const AliasIndex& aliases = AliasIndex::builtin();
  // Full person names in this text, by their last word: "Selenskyj" -> "Wolodymyr Selenskyj".
  std::unordered_map<std::string, std::string> full_names;
  for (auto& m : out) {
    if (m.form != EntityForm::Name || std::string_view(m.label) != "PER") continue;
    std::string_view name = text.substr(m.span.begin, m.span.size());
    std::size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos) continue;
    const AliasEntry* a = resolve(name, m.label);
    full_names.emplace(std::string(name.substr(sp + 1)), a ? a->canonical : std::string(name));
  }
  for (auto& m : out) {
    if (m.form != EntityForm::Name) continue;
    std::string_view name = text.substr(m.span.begin, m.span.size());
    if (const AliasEntry* a = resolve(name, m.label)) {
      m.canonical = a->canonical;
      m.label = label_of(a->label);
      continue;
    }
    // One word that is the surname of a person named in full in this text
    // (or of exactly one person in the tables) is that person, whatever the
    // tagger's label: "Stoltenberg", "Stoltenbergs".
    if (name.find(' ') == std::string_view::npos) {
      std::vector<std::string_view> forms{name};
      for (auto b : uninflected(name)) forms.push_back(b);
      bool done = false;
      for (auto f : forms) {
        auto it = full_names.find(std::string(f));
        if (it != full_names.end()) {
          m.canonical = it->second;
          m.label = "PER";
          done = true;
          break;
        }
        if (const AliasEntry* p = aliases.find_surname(f)) {
          m.canonical = p->canonical;
          m.label = "PER";
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    m.canonical = std::string(name);
  }
}

}  // namespace natocorpus::core
