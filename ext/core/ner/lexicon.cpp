#include "ner/features.hpp"

namespace natocorpus::core {

const NerLexicon& builtin_ner_lexicon() {
  // Filled from ext/data once those tables are compiled in.
  static const NerLexicon lex;
  return lex;
}

}  // namespace natocorpus::core
