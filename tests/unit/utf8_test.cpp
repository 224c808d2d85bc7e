#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>

#include "error.hpp"
#include "text/utf8.hpp"

using namespace natocorpus::core;

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("Grüße aus Kiew"), npos);
  EXPECT_EQ(find_invalid_utf8(""), npos);
  EXPECT_EQ(find_invalid_utf8("abc\xff"), 3u);
  EXPECT_EQ(find_invalid_utf8("0123456789\xc3"), 10u);        // truncated sequence
  EXPECT_EQ(find_invalid_utf8("a\xc0\xaf"), 1u);              // overlong
  EXPECT_EQ(find_invalid_utf8("a\xed\xa0\x80"), 1u);          // surrogate
  EXPECT_EQ(find_invalid_utf8("a\xf4\x90\x80\x80"), 1u);      // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xf0\x9f\x98\x80 ok"), npos);  // emoji
}

TEST(Utf8, RequireReportsAOneBasedByte) {
  try {
    require_utf8("ab\xfe");
    FAIL() << "no exception";
  } catch (const InvalidUtf8& e) {
    EXPECT_EQ(e.offset(), 2u);
    EXPECT_STREQ(e.what(), "input is not valid UTF-8 (byte 3)");
  }
}

TEST(Utf8, NfcComposes) {
  EXPECT_EQ(nfc("Mu\xcc\x88nchen"), "M\xc3\xbcnchen");  // u + combining diaeresis
  EXPECT_EQ(nfc("Kyjiw"), "Kyjiw");
}

TEST(Utf8, FoldCaseFoldsAndNormalises) {
  EXPECT_EQ(fold("NATO-Generalsekretär"), "nato-generalsekretär");
  EXPECT_EQ(fold("STRASSE"), "strasse");
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("U\xcc\x88"), "\xc3\xbc");
}

TEST(Utf8, CharPositionsCountCodePoints) {
  std::string s = "Größe „Kiew“";
  CharPositions p(s);
  EXPECT_EQ(p.at(0), 0u);
  EXPECT_EQ(p.at(s.find("Kiew")), 7u);
  EXPECT_EQ(p.at(s.size()), count_chars(s));
  EXPECT_EQ(count_chars(s), 12u);
  EXPECT_EQ(p.at(2), 2u);  // going back restarts
}

TEST(Utf8, FoldMatchesUtf8procForEveryCodePointBelowU0300) {
  // fold_into has a fast path below U+0300; it must agree with utf8proc's
  // case folding everywhere (ß -> ss, µ -> μ, ſ -> s, ...).
  for (char32_t c = 1; c < 0x300; ++c) {
    utf8proc_uint8_t buf[8];
    utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    std::string s(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
    std::string word = "x" + s + "y";  // not ASCII-only unless c is ASCII
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t m = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                      static_cast<utf8proc_ssize_t>(word.size()), &out,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                     UTF8PROC_CASEFOLD));
    ASSERT_GE(m, 0);
    std::string want(reinterpret_cast<char*>(out), static_cast<std::size_t>(m));
    std::free(out);
    EXPECT_EQ(fold(word), want) << "U+" << std::hex << static_cast<unsigned>(c);
  }
}

TEST(Utf8, IsNfc) {
  EXPECT_TRUE(is_nfc("Grüße „aus“ Kiew – 5 €"));
  EXPECT_FALSE(is_nfc("Mu\xcc\x88nchen"));
  EXPECT_EQ(nfc("„Mu\xcc\x88nchen“"), "„M\xc3\xbcnchen“");
}
