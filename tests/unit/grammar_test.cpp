// The shared grammar: closed-class words from ext/data/grammar.tsv, and the
// one tense reader.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "error.hpp"
#include "grammar/grammar.hpp"
#include "grammar/tense.hpp"
#include "text/utf8.hpp"

using namespace natocorpus::core;

namespace {

const Grammar& g() { return Grammar::builtin(); }

// Folded words of a sentence, split at spaces.
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(fold(s));
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TenseMood read(const std::string& s, TenseReach reach) {
  auto w = words(s);
  return TenseReader::builtin().read({w, 0, w.size(), w.size()}, reach);
}
int clause(const std::string& s) { return static_cast<int>(read(s, TenseReach::Clause).tense); }
int sentence(const std::string& s) { return static_cast<int>(read(s, TenseReach::Sentence).tense); }

}  // namespace

TEST(Grammar, Articles) {
  for (const char* w : {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"})
    EXPECT_TRUE(g().is_article(w)) << w;
  for (const char* w : {"kein", "keinem", "dieser", "er", "und", "Der"}) EXPECT_FALSE(g().is_article(w)) << w;
  EXPECT_TRUE(g().is_negative_article("keinem"));
  EXPECT_TRUE(g().is_definite_article("des"));
  EXPECT_FALSE(g().is_definite_article("eines"));
  EXPECT_TRUE(g().is_indefinite_article("eines"));
}

TEST(Grammar, ObliqueAndNominativeArticles) {
  // No nominative reading: it opens no subject.
  for (const char* w : {"dem", "den", "des", "einem", "einen", "eines", "einer"})
    EXPECT_TRUE(g().is_oblique_article(w)) << w;
  for (const char* w : {"der", "die", "das", "ein", "eine", "keinem", "im"}) EXPECT_FALSE(g().is_oblique_article(w)) << w;
  for (const char* w : {"der", "die", "das", "ein", "eine"}) EXPECT_TRUE(g().is_nominative_article(w)) << w;
  for (const char* w : {"dem", "den", "des", "einem", "einen"}) EXPECT_FALSE(g().is_nominative_article(w)) << w;
  std::uint8_t der = g().article_cases("der");
  EXPECT_TRUE(has_feature(der, Case::Nom) && has_feature(der, Case::Gen) && has_feature(der, Case::Dat));
  EXPECT_FALSE(has_feature(der, Case::Acc));
}

TEST(Grammar, Pronouns) {
  auto er = g().personal_pronoun("er");
  ASSERT_TRUE(er);
  EXPECT_EQ(er->persons, static_cast<std::uint8_t>(Person::Third));
  EXPECT_EQ(er->numbers, static_cast<std::uint8_t>(Number::Sg));
  EXPECT_EQ(er->cases, static_cast<std::uint8_t>(Case::Nom));
  auto sie = g().personal_pronoun("sie");  // she, they
  ASSERT_TRUE(sie);
  EXPECT_TRUE(has_feature(sie->numbers, Number::Sg) && has_feature(sie->numbers, Number::Pl));
  auto ihr = g().personal_pronoun("ihr");  // you (plural), to her
  ASSERT_TRUE(ihr);
  EXPECT_TRUE(has_feature(ihr->persons, Person::Second) && has_feature(ihr->persons, Person::Third));
  for (const char* w : {"ich", "du", "er", "sie", "es", "wir", "ihr"}) EXPECT_TRUE(g().is_subject_pronoun(w)) << w;
  for (const char* w : {"ihn", "ihm", "uns", "ihnen", "sich", "man"}) EXPECT_FALSE(g().is_subject_pronoun(w)) << w;
  EXPECT_TRUE(g().is_reflexive_pronoun("sich"));
  EXPECT_FALSE(g().is_personal_pronoun("sich"));
  EXPECT_FALSE(g().personal_pronoun("haus"));
}

TEST(Grammar, PossessivesDemonstrativesRelatives) {
  for (const char* w : {"sein", "seinem", "ihre", "ihren", "unsere", "eure", "meines", "deiner"})
    EXPECT_TRUE(g().is_possessive(w)) << w;
  for (const char* w : {"seit", "ihrerseits", "e", "en"}) EXPECT_FALSE(g().is_possessive(w)) << w;
  EXPECT_TRUE(g().is_demonstrative("diesem"));
  EXPECT_TRUE(g().is_demonstrative("jene"));
  EXPECT_TRUE(g().is_relative_pronoun("denen"));
  EXPECT_TRUE(g().is_relative_pronoun("welches"));
  EXPECT_TRUE(g().is_relative_pronoun("der"));  // and an article
  EXPECT_FALSE(g().is_relative_pronoun("ein"));
}

TEST(Grammar, PrepositionsAndTheirCases) {
  for (const char* w : {"in", "im", "zum", "zur", "beim", "vom", "mit", "wegen", "über", "zufolge", "laut"})
    EXPECT_TRUE(g().is_preposition(w)) << w;
  for (const char* w : {"und", "als", "heute", "der"}) EXPECT_FALSE(g().is_preposition(w)) << w;
  EXPECT_EQ(g().governs("mit"), static_cast<std::uint8_t>(Case::Dat));
  EXPECT_EQ(g().governs("für"), static_cast<std::uint8_t>(Case::Acc));
  EXPECT_EQ(g().governs("in"), static_cast<std::uint8_t>(Case::Acc) | static_cast<std::uint8_t>(Case::Dat));
  EXPECT_TRUE(has_feature(g().governs("während"), Case::Gen));
  EXPECT_TRUE(has_feature(g().governs("ausserhalb"), Case::Gen));  // folded "außerhalb"
  EXPECT_EQ(g().fused_article("ins"), "das");
  EXPECT_EQ(g().fused_article("in"), "");
  for (const char* w : {"am", "den", "einen", "zum"}) EXPECT_TRUE(g().is_determiner(w)) << w;
  for (const char* w : {"an", "jeden", "morgen"}) EXPECT_FALSE(g().is_determiner(w)) << w;
  const auto& zum = g().readings("zum");
  ASSERT_EQ(zum.size(), 1u);
  EXPECT_EQ(zum[0].lemma, "zu");
  EXPECT_EQ(zum[0].article, "dem");
}

TEST(Grammar, ConjunctionsAndNegation) {
  for (const char* w : {"dass", "ob", "weil", "nachdem", "obwohl", "wenn", "als"}) EXPECT_TRUE(g().is_subordinator(w)) << w;
  EXPECT_TRUE(g().is_subordinator("nachdem", Sense::Temporal));
  EXPECT_TRUE(g().is_subordinator("seit", Sense::Temporal));
  EXPECT_FALSE(g().is_subordinator("weil", Sense::Temporal));
  EXPECT_TRUE(g().is_subordinator("wenn", Sense::Conditional));
  for (const char* w : {"und", "oder", "aber", "sondern", "denn"}) EXPECT_TRUE(g().is_coordinator(w)) << w;
  EXPECT_FALSE(g().is_coordinator("dass"));
  for (const char* w : {"nicht", "nie", "niemals", "kein", "keinen"}) EXPECT_TRUE(g().is_negation(w)) << w;
  EXPECT_FALSE(g().is_negation("ein"));
}

TEST(Grammar, AuxiliariesAndModals) {
  for (const char* w : {"ist", "sind", "war", "sei", "wäre", "hat", "hatte", "habe", "hätte", "wird", "wurde", "würde"})
    EXPECT_TRUE(g().is_finite_auxiliary(w)) << w;
  for (const char* w : {"gewesen", "worden", "geworden", "gehabt"}) {
    EXPECT_TRUE(g().is_auxiliary(w)) << w;
    EXPECT_FALSE(g().is_finite_auxiliary(w)) << w;
    EXPECT_TRUE(g().is_auxiliary_participle(w)) << w;
  }
  for (const char* w : {"kann", "konnte", "könnte", "muss", "müsste", "soll", "sollte", "will", "wollte", "darf", "mag",
                        "möchte"})
    EXPECT_TRUE(g().is_finite_modal(w)) << w;
  EXPECT_FALSE(g().is_finite_modal("sagte"));
  EXPECT_TRUE(g().is_form_of("wurde", VerbLemma::Werden, Tense::Past, Mood::Indicative));
  EXPECT_TRUE(g().is_form_of("wird", VerbLemma::Werden, Tense::Present));
  EXPECT_FALSE(g().is_form_of("würde", VerbLemma::Werden, Tense::Past, Mood::Indicative));
  EXPECT_TRUE(g().is_form_of("würde", VerbLemma::Werden, Tense::Past, Mood::KonjunktivII));
  EXPECT_TRUE(g().is_form_of("muss", VerbLemma::Muessen, Tense::Present));  // also "muß", folded
  // "sollte" is both the past indicative and Konjunktiv II.
  EXPECT_TRUE(g().is_form_of("sollte", VerbLemma::Sollen, Tense::Past, Mood::Indicative));
  EXPECT_TRUE(g().is_form_of("sollte", VerbLemma::Sollen, Tense::Past, Mood::KonjunktivII));
}

TEST(Grammar, Konjunktiv) {
  // Konjunktiv I where the third person differs from the indicative.
  for (const char* w : {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "gebe",
                        "stehe", "komme", "wisse", "tue"})
    EXPECT_TRUE(g().is_konjunktiv_i(w)) << w;
  for (const char* w : {"haben", "werden", "sollen", "ist", "hat", "sagte", "hätte"}) EXPECT_FALSE(g().is_konjunktiv_i(w)) << w;
  for (const char* w : {"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "müsste", "dürfte", "möchte"})
    EXPECT_TRUE(g().is_konjunktiv_ii(w)) << w;
  for (const char* w : {"sollte", "wollte", "war", "hatte", "sei"}) EXPECT_FALSE(g().is_konjunktiv_ii(w)) << w;
  EXPECT_TRUE(g().is_konjunktiv("sei"));
  EXPECT_TRUE(g().is_konjunktiv("wäre"));
  // The rule for the verbs not listed: -e, not -te.
  EXPECT_TRUE(Grammar::konjunktiv_i_ending("plane"));
  EXPECT_TRUE(Grammar::konjunktiv_i_ending("verhandele"));
  EXPECT_FALSE(Grammar::konjunktiv_i_ending("plante"));
  EXPECT_FALSE(Grammar::konjunktiv_i_ending("plant"));
  EXPECT_FALSE(Grammar::konjunktiv_i_ending("die"));
  EXPECT_TRUE(Grammar::looks_participle("gesteckt"));
  EXPECT_FALSE(Grammar::looks_participle("geht"));
  EXPECT_FALSE(Grammar::looks_participle("gekommen"));
}

TEST(Grammar, FromTsvRejectsUnknownFeatures) {
  Grammar small = Grammar::from_tsv("# word\tclass\tlemma\tfeatures\tsource\nzu\tpreposition\tzu\tgoverns=dat\tx\n");
  EXPECT_TRUE(small.is_preposition("zu"));
  EXPECT_FALSE(small.is_article("der"));
  EXPECT_THROW(Grammar::from_tsv("zu\tpreposition\tzu\tgoverns=dative\tx\n"), Error);
  EXPECT_THROW(Grammar::from_tsv("zu\tpronoun\tzu\tcolour=red\tx\n"), Error);
  EXPECT_THROW(Grammar::from_tsv("zu\tparticle\tzu\t\tx\n"), Error);
}

// The clause reading (dating): the clause's own verbs; mixed signs are unclear.
TEST(TenseReader, Clause) {
  EXPECT_EQ(clause("am 5. Dezember 1994 unterzeichnete er den Vertrag"), 0);  // a lexical preterite: no auxiliary
  EXPECT_EQ(clause("der Vertrag wurde am 5. Dezember 1994 unterzeichnet"), -1);
  EXPECT_EQ(clause("er hat am 5. Dezember die Arbeit gestoppt"), -1);
  // The participle rule knows ge-…-t only: not "unterzeichnet", "getroffen".
  EXPECT_EQ(clause("er hat am 5. Dezember den Vertrag unterzeichnet"), 0);
  EXPECT_EQ(clause("die Staaten haben am 5. Dezember viel vor"), 0);  // no participle: no perfect
  EXPECT_EQ(clause("er wird am 20. Januar das Amt übernehmen"), 1);
  EXPECT_EQ(clause("das Haus wird am 20. Januar in Brand gesteckt"), 0);  // a passive
  EXPECT_EQ(clause("er soll am 20. Januar das Amt übernehmen"), 1);
  EXPECT_EQ(clause("er soll am 12. Juni den Mann erschossen haben"), -1);  // a perfect infinitive
  EXPECT_EQ(clause("er soll am 12. Juni getötet worden sein"), -1);
  EXPECT_EQ(clause("der Gipfel findet wie geplant am 12. Juni statt"), 1);
  EXPECT_EQ(clause("der am 12. Juni kommende Gipfel"), 0);  // a sentence marker only
  EXPECT_EQ(clause("er war am 12. Juni dort und wird am 13. Juni abreisen"), 0);  // mixed
}

TEST(TenseReader, ClausePassiveParticipleAfterTheClause) {
  // "wird … gesteckt": the participle after a relative clause, in the tail.
  auto w = words("das Haus wird , das leer stand , in Brand gesteckt");
  const TenseReader& r = TenseReader::builtin();
  EXPECT_EQ(r.read({w, 0, 3, 3}, TenseReach::Clause).tense, Tense::Future);
  EXPECT_EQ(r.read({w, 0, 3, w.size()}, TenseReach::Clause).tense, Tense::Present);
}

TEST(TenseReader, ClausePerfectInfinitiveNeedsALowerCaseParticiple) {
  auto w = words("sie sollen die Staaten haben");
  std::vector<bool> lower = {true, true, true, false, true};
  const TenseReader& r = TenseReader::builtin();
  EXPECT_EQ(r.read({w, 0, w.size(), w.size(), &lower}, TenseReach::Clause).tense, Tense::Future);
  std::vector<bool> all_lower(w.size(), true);
  EXPECT_EQ(r.read({w, 0, w.size(), w.size(), &all_lower}, TenseReach::Clause).tense, Tense::Past);
}

// The sentence reading (time expressions): every marker counts, the side with more wins.
TEST(TenseReader, Sentence) {
  EXPECT_EQ(sentence("im Juli sagte er das"), -1);
  EXPECT_EQ(sentence("im Juli hat er das"), -1);  // haben counts by itself
  EXPECT_EQ(sentence("im Juli wird er das tun"), 1);
  EXPECT_EQ(sentence("im Juli will er das tun , sagte er"), -1);  // a tie with some past: past
  EXPECT_EQ(sentence("im Juli will er das am kommenden Montag tun , sagte er"), 1);
  EXPECT_EQ(sentence("im Juli ist er dort"), 0);
  EXPECT_EQ(sentence("er verließ das Land im Juli"), -1);  // folded "verliess"
  EXPECT_EQ(sentence("die im Oktober anstehenden Wahlen"), 1);
}

TEST(TenseReader, Mood) {
  EXPECT_EQ(read("er sei am Montag dort gewesen", TenseReach::Clause).mood, Mood::KonjunktivI);
  EXPECT_EQ(read("die Lage gebe Anlass zur Sorge", TenseReach::Clause).mood, Mood::KonjunktivI);
  EXPECT_EQ(read("er wäre gern gekommen", TenseReach::Clause).mood, Mood::KonjunktivII);
  EXPECT_EQ(read("er sollte kommen", TenseReach::Clause).mood, Mood::Indicative);  // past or Konjunktiv II
  EXPECT_EQ(read("er kam am Montag", TenseReach::Clause).mood, Mood::Indicative);
}

TEST(TenseReader, MarkersFromTsv) {
  TenseReader r(Grammar::builtin(), "# word\tclass\tpoints\treach\tsource\ndemnächst\tadverb\tfuture\tclause\tx\n");
  auto w = words("er reist demnächst ab");
  EXPECT_EQ(r.read({w, 0, w.size(), w.size()}, TenseReach::Clause).tense, Tense::Future);
  EXPECT_THROW(TenseReader(Grammar::builtin(), "bald\tadverb\tsoon\tclause\tx\n"), Error);
}
