// Named entities of a text: the statistical tagger (ner/model.hpp) finds
// names; the knowledge tables (lexicon/aliases.hpp) add entities inside
// compounds ("NATO" in "NATO-Staaten", "Kreml" in "Kremlsprecher") and words
// derived from names ("ukrainischen", "der Norweger", "Kiewer"), and give each
// mention its canonical name.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/features.hpp"
#include "ner/model.hpp"
#include "segment/tokens.hpp"
#include "text/utf8.hpp"

namespace natocorpus::core {

enum class EntityForm { Name, Part, Deriv };
const char* entity_form_name(EntityForm f) noexcept;  // "name", "part", "deriv"

struct EntityMention {
  Span span;               // bytes of the mention in the text
  const char* label = "";  // PER, ORG, LOC, MISC
  EntityForm form = EntityForm::Name;
  std::string canonical;
  std::int64_t sentence = 0;
};

// What EntityFinder reads off one text: its mentions and the tokens they were
// found among. quotes() takes it from entities() read of the same text.
struct EntityAnalysis {
  std::vector<EntityMention> mentions;
  std::vector<Token> tokens;
};

class EntityFinder {
 public:
  EntityFinder();
  // All mentions of `text` (valid UTF-8), in text order. The whole text is
  // read first: a short name takes the full name used elsewhere in it.
  void find(std::string_view text, std::vector<EntityMention>& out);
  // The same, with the tokens kept beside the mentions.
  void find(std::string_view text, EntityAnalysis& out) {
    find(text, out.mentions);
    out.tokens = tokens_;
  }
  // The tokens of the text find() last read (valid until the next call).
  const std::vector<Token>& tokens() const noexcept { return tokens_; }

 private:
  void tag_sentence(std::string_view text, std::size_t first, std::size_t last,
                    std::vector<EntityMention>& out);
  void canonicalise(std::string_view text, std::vector<EntityMention>& out);
  void name_surnames(std::string_view text, std::vector<EntityMention>& out);

  const NerModel& model_;
  const NerLexicon& lexicon_;
  Tokenizer tokenizer_;
  std::vector<Token> tokens_;
  std::vector<std::string_view> words_;
  std::vector<NerToken> prepared_;
  std::vector<std::vector<std::uint32_t>> features_;
  std::vector<int> tags_;
  std::vector<int> tagged_;  // the tagger's tags before demote_non_names
};

}  // namespace natocorpus::core
