#include "lexicon/aliases.hpp"

#include "lexicon/table.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

namespace {
constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-1);

// German adjective endings, longest first.
const char* const kAdjectiveEndings[] = {"en", "em", "er", "es", "e", ""};
// Inhabitant noun endings: Norweger, Norwegers, Norwegern; Russe, Russen.
const char* const kNounEndings[] = {"n", "s", "en", ""};
// A word without a German adjective or genitive ending, for matching any case.
std::string stem_of(std::string_view folded) {
  for (std::string_view end : {"en", "em", "er", "es", "e", "s"}) {
    if (folded.size() >= end.size() + 3 && folded.substr(folded.size() - end.size()) == end)
      return std::string(folded.substr(0, folded.size() - end.size()));
  }
  return std::string(folded);
}
}  // namespace

bool AliasIndex::may_head_compound(std::string_view word) const {
  return word.size() >= 4 && compound_starts_.count(std::string(word.substr(0, 4))) > 0;
}

bool AliasIndex::may_start_phrase(std::string_view first, std::string_view second) const {
  return phrase_starts_.count(stem_of(first) + ' ' + stem_of(second)) > 0;
}

void AliasIndex::add(std::string alias, std::string_view canonical, std::string_view label,
                     std::string kind, std::string_view source) {
  if (alias.empty() || canonical.empty()) return;
  std::size_t id = entries_.size();
  if (kind == "name") {
    if (exact_.count(alias)) return;  // the first table row wins
    exact_.emplace(alias, id);
    folded_.emplace(fold(alias), id);
    std::size_t sp = alias.find(' ');
    if (sp != std::string::npos) {
      std::string_view rest = std::string_view(alias).substr(sp + 1);
      std::string_view second = rest.substr(0, rest.find(' '));
      phrase_starts_.insert(stem_of(fold(std::string_view(alias).substr(0, sp))) + ' ' + stem_of(fold(second)));
    }
    else if (alias.size() >= 4 && label != "PER") compound_starts_.insert(alias.substr(0, 4));
  } else {
    std::string key = fold(alias);
    if (derived_.count(key)) return;
    derived_.emplace(key, id);
    derived_starts_.insert(key.substr(0, 4));
  }
  entries_.push_back(AliasEntry{std::move(alias), std::string(canonical), std::string(label),
                                std::move(kind), std::string(source)});
}

const AliasIndex& AliasIndex::builtin() {
  static const AliasIndex index = [] {
    AliasIndex ix;
    // Tables in order of precedence for names that are in several.
    for (const char* name : {"people", "countries", "organisations", "places", "regions", "misc"}) {
      KnowledgeTable t(name);
      for (std::size_t r = 0; r < t.rows(); ++r) {
        std::string_view canonical = t.get(r, "canonical");
        std::string_view label = t.get(r, "label");
        std::string_view source = t.get(r, "source");
        if (label.empty()) label = "LOC";
        ix.add(std::string(canonical), canonical, label, "name", source);
        for (auto a : t.list(r, "aliases")) ix.add(std::string(a), canonical, label, "name", source);
        for (auto s : t.list(r, "adjective_stem")) ix.add(std::string(s), canonical, label, "adjective", source);
        for (auto s : t.list(r, "inhabitant")) ix.add(std::string(s), canonical, label, "inhabitant", source);
        for (auto s : t.list(r, "er_form")) ix.add(std::string(s), canonical, label, "er_form", source);
        if (std::string_view(name) == "countries") {
          std::string_view capital = t.get(r, "capital");
          if (!capital.empty()) ix.add(std::string(capital), capital, "LOC", "name", source);
        }
        if (std::string_view(name) == "people") {
          std::size_t sp = canonical.rfind(' ');
          if (sp != std::string_view::npos) {
            std::string surname(canonical.substr(sp + 1));
            auto it = ix.surname_.find(surname);
            std::size_t id = ix.exact_.count(std::string(canonical)) ? ix.exact_[std::string(canonical)] : kAmbiguous;
            if (it == ix.surname_.end()) ix.surname_.emplace(surname, id);
            else if (it->second != kAmbiguous && it->second != id && id != kAmbiguous &&
                     ix.entries_[it->second].canonical != canonical)
              it->second = kAmbiguous;
          }
        }
      }
    }
    return ix;
  }();
  return index;
}

const AliasEntry* AliasIndex::find_name(std::string_view name) const {
  auto it = exact_.find(std::string(name));
  if (it != exact_.end()) return &entries_[it->second];
  it = folded_.find(fold(name));
  return it != folded_.end() ? &entries_[it->second] : nullptr;
}

const AliasEntry* AliasIndex::find_derived(std::string_view w) const {
  if (w.size() < 4 || !derived_starts_.count(std::string(w.substr(0, 4)))) return nullptr;
  std::string key(w);
  auto try_key = [&](std::string_view k) -> const AliasEntry* {
    auto it = derived_.find(std::string(k));
    return it != derived_.end() ? &entries_[it->second] : nullptr;
  };
  for (const char* end : kAdjectiveEndings) {
    std::string_view e(end);
    if (key.size() <= e.size() + 3 || key.compare(key.size() - e.size(), e.size(), e) != 0) continue;
    const AliasEntry* a = try_key(std::string_view(key).substr(0, key.size() - e.size()));
    if (a && a->kind == "adjective") return a;
  }
  for (const char* end : kNounEndings) {
    std::string_view e(end);
    if (key.size() <= e.size() + 3 || key.compare(key.size() - e.size(), e.size(), e) != 0) continue;
    const AliasEntry* a = try_key(std::string_view(key).substr(0, key.size() - e.size()));
    if (a && a->kind != "adjective") return a;
  }
  return nullptr;
}

const AliasEntry* AliasIndex::find_surname(std::string_view surname) const {
  auto it = surname_.find(std::string(surname));
  if (it == surname_.end() || it->second == kAmbiguous) return nullptr;
  return &entries_[it->second];
}

}  // namespace natocorpus::core
