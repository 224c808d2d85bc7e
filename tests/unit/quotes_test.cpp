#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/marks.hpp"
#include "quotes/quotes.hpp"
#include "quotes/ranker.hpp"

using namespace natocorpus::core;

namespace {

std::vector<std::string> inner_texts(std::string_view text) {
  std::vector<QuotedSpan> spans;
  find_quoted_spans(text, spans);
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.inner.begin, s.inner.size()));
  return out;
}

}  // namespace

TEST(QuoteMarks, PairsEveryKindOfMark) {
  EXPECT_EQ(inner_texts("Er sagte: „Wir sind bereit.“ Dann ging er."), (std::vector<std::string>{"Wir sind bereit."}));
  EXPECT_EQ(inner_texts("\"Unsere Verteidigung\", schrieb er."), (std::vector<std::string>{"Unsere Verteidigung"}));
  EXPECT_EQ(inner_texts("Sie rief “Hello there” und ging."), (std::vector<std::string>{"Hello there"}));
  EXPECT_EQ(inner_texts("»Das ist gut«, sagte sie."), (std::vector<std::string>{"Das ist gut"}));
  EXPECT_EQ(inner_texts("«C'est bon», sagte sie."), (std::vector<std::string>{"C'est bon"}));
  EXPECT_EQ(inner_texts("‚Kurz‘ war es."), (std::vector<std::string>{"Kurz"}));
}

TEST(QuoteMarks, NestedQuotesStayInsideTheOuterOne) {
  EXPECT_EQ(inner_texts("„Er nannte es ‚eine Farce‘ und »falsch«“, sagte sie."),
            (std::vector<std::string>{"Er nannte es ‚eine Farce‘ und »falsch«"}));
}

TEST(QuoteMarks, ApostrophesAreNotMarks) {
  EXPECT_EQ(inner_texts("„Geht's noch? Hans' Buch“, fragte er."), (std::vector<std::string>{"Geht's noch? Hans' Buch"}));
}

TEST(QuoteMarks, AQuoteGoesOnIntoAParagraphThatOpensWithAMark) {
  std::string text = "„Der erste Teil.\n\n„Der zweite Teil“, sagte er.";
  std::vector<QuotedSpan> spans;
  find_quoted_spans(text, spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_TRUE(spans[0].paragraphs);
  EXPECT_EQ(text.substr(spans[0].inner.begin, spans[0].inner.size()), "Der erste Teil.\n\n„Der zweite Teil");
}

TEST(QuoteMarks, StrayMarksDoNotSwallowTheText) {
  // An opening mark never closed in its paragraph is dropped; a stray closing
  // mark is ignored; the quotes after them are still found.
  EXPECT_EQ(inner_texts("Ein „stray mark.\n\nDann: „Echt“, sagte er."), (std::vector<std::string>{"Echt"}));
  EXPECT_EQ(inner_texts("aus einer Position der Stärke“ heraus. „Wir handeln“, sagte er."),
            (std::vector<std::string>{"Wir handeln"}));
}

TEST(QuoteMarks, ManyUnbalancedMarksStayLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "„a ";
  text += "\n\nDann „Ende“";
  auto found = inner_texts(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "Ende");
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "„‚»";
  EXPECT_EQ(inner_texts(nested).size(), 0u);
}

TEST(QuoteFinder, TextWithNoSentenceEndStaysLinear) {
  // One "sentence" of 160,000 tokens: every search is bounded, so this runs
  // in well under a second (it took a minute when searches ran to the
  // sentence's ends).
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Er sagte, „es sei gut“ und meinte ";
  QuoteFinder finder;
  std::vector<Quotation> quotes;
  finder.find(text, quotes);
  std::size_t direct = 0;
  for (const auto& q : quotes) direct += q.direct;
  EXPECT_EQ(direct, 20000u);
}

TEST(SpeakerRanker, ScoresTheSumOfKnownWeights) {
  SpeakerRanker r({{"step=phrase_after_cue", 1.5}, {"kind=none", -2.0}});
  EXPECT_DOUBLE_EQ(r.score({"step=phrase_after_cue", "kind=none", "unknown"}), -0.5);
  EXPECT_DOUBLE_EQ(r.score({}), 0.0);
  EXPECT_TRUE(SpeakerRanker::none().empty());
  // The shipped weights are read (ext/data/quote_ranker.tsv).
  EXPECT_FALSE(SpeakerRanker::builtin().empty());
}

TEST(QuoteFinder, TraceRecordsEveryCandidateAndTheChoice) {
  // "Demnach" opens the clause and names no one: the ranker chooses among
  // the phrases, and the union after the verb speaks.
  std::string text = "Demnach fordert die Gewerkschaft, dass die Löhne steigen.";
  QuoteFinder finder;
  std::vector<SpeakerTrace> trace;
  finder.set_trace(&trace);
  std::vector<Quotation> quotes;
  finder.find(text, quotes);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_FALSE(trace.empty());
  const SpeakerTrace& t = trace.back();
  EXPECT_EQ(text.substr(t.cue.begin, t.cue.size()), "fordert");
  ASSERT_GE(t.candidates.size(), 2u);
  EXPECT_TRUE(t.learned);
  const SpeakerCandidate& chosen = t.candidates[t.chosen];
  EXPECT_EQ(text.substr(chosen.span.begin, chosen.span.size()), "die Gewerkschaft");
  EXPECT_EQ(chosen.step, SpeakerStep::PhraseAfterCue);
  EXPECT_EQ(chosen.features.front(), "bias");
  ASSERT_TRUE(quotes[0].has_speaker);
  EXPECT_EQ(text.substr(quotes[0].speaker.begin, quotes[0].speaker.size()), "die Gewerkschaft");
  // trace_cue reads a cue the sieves did not use, as training does.
  trace.clear();
  finder.trace_cue(text.find("fordert"));
  ASSERT_EQ(trace.size(), 1u);
  EXPECT_EQ(trace[0].candidates.size(), t.candidates.size());
  // Not a verb: nothing to choose.
  trace.clear();
  finder.trace_cue(text.find("Demnach"));
  EXPECT_TRUE(trace.empty());
}
