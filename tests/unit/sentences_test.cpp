#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/sentences.hpp"

using namespace natocorpus::core;

static std::vector<std::string> split(const std::string& text) {
  SentenceSplitter s;
  s.reset(text);
  std::vector<std::string> out;
  Span span;
  while (s.next(span)) out.push_back(text.substr(span.begin, span.size()));
  return out;
}

TEST(Sentences, SplitsOnFullStops) {
  EXPECT_EQ(split("Die NATO tagt. Russland protestiert! Was nun?"),
            (std::vector<std::string>{"Die NATO tagt.", "Russland protestiert!", "Was nun?"}));
}

TEST(Sentences, NoBreakAfterOrdinalDates) {
  EXPECT_EQ(split("Das am 5. Dezember 1994 unterzeichnete Memorandum gilt. Am 3. Mai kam er."),
            (std::vector<std::string>{"Das am 5. Dezember 1994 unterzeichnete Memorandum gilt.",
                                      "Am 3. Mai kam er."}));
}

TEST(Sentences, NoBreakAfterAbbreviationsAndInitials) {
  EXPECT_EQ(split("Dr. Müller kam z. B. mit Prof. Dr. Meier. Er nannte u. a. Nr. 5 bzw. Jh. 19."),
            (std::vector<std::string>{"Dr. Müller kam z. B. mit Prof. Dr. Meier.",
                                      "Er nannte u. a. Nr. 5 bzw. Jh. 19."}));
  EXPECT_EQ(split("Es sprach John F. Kennedy. Ca. 1.000 Menschen hörten zu."),
            (std::vector<std::string>{"Es sprach John F. Kennedy.", "Ca. 1.000 Menschen hörten zu."}));
}

TEST(Sentences, YearsAtTheEndStillBreak) {
  EXPECT_EQ(split("Das war 1994. Danach kam mehr."),
            (std::vector<std::string>{"Das war 1994.", "Danach kam mehr."}));
}

TEST(Sentences, ClosingQuoteBelongsToItsSentence) {
  EXPECT_EQ(split("„Wir kommen.“ Dann ging er. \"Gut.\" Ende."),
            (std::vector<std::string>{"„Wir kommen.“", "Dann ging er.", "\"Gut.\"", "Ende."}));
}

TEST(Sentences, NoBreakAtEllipsisInsideAQuotation) {
  EXPECT_EQ(split("Er sagte: „Wir werden ... Das wird sich zeigen.“ Dann ging er."),
            (std::vector<std::string>{"Er sagte: „Wir werden ... Das wird sich zeigen.“",
                                      "Dann ging er."}));
  EXPECT_EQ(split("„Wir werden … Sehen Sie.“ Gut."),
            (std::vector<std::string>{"„Wir werden … Sehen Sie.“", "Gut."}));
}

TEST(Sentences, EllipsisOutsideQuotationsBreaks) {
  EXPECT_EQ(split("Und dann ... Nichts mehr."),
            (std::vector<std::string>{"Und dann ...", "Nichts mehr."}));
}

TEST(Sentences, LineBreaksEndSentencesAndHeadlines) {
  EXPECT_EQ(split("NATO drängt Russland\n\nLitauen liefert Waffen. Mehr folgt.\nNeue Zeile"),
            (std::vector<std::string>{"NATO drängt Russland", "Litauen liefert Waffen.",
                                      "Mehr folgt.", "Neue Zeile"}));
}

TEST(Sentences, WrappedLinesAreJoined) {
  EXPECT_EQ(split("Die NATO hat am Montag\nbeschlossen, mehr zu tun.\nDas ist neu."),
            (std::vector<std::string>{"Die NATO hat am Montag\nbeschlossen, mehr zu tun.",
                                      "Das ist neu."}));
}

TEST(Sentences, EmptyAndBlankTextsHaveNoSentences) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split(" \n\t ").empty());
}

TEST(Sentences, SpansAreTrimmed) {
  std::string text = "  Eins.   Zwei.  ";
  SentenceSplitter s;
  s.reset(text);
  Span span;
  ASSERT_TRUE(s.next(span));
  EXPECT_EQ(span.begin, 2u);
  EXPECT_EQ(span.end, 7u);
  ASSERT_TRUE(s.next(span));
  EXPECT_EQ(text.substr(span.begin, span.size()), "Zwei.");
  EXPECT_FALSE(s.next(span));
}
