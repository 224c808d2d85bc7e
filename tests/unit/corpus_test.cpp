#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus/decode.hpp"
#include "corpus/reader.hpp"
#include "error.hpp"

using namespace natocorpus::core;
namespace fs = std::filesystem;

TEST(Dates, IsoAndGermanForms) {
  EXPECT_EQ(parse_iso_date("2023-04"), "2023-04");
  EXPECT_EQ(parse_iso_date("2023-04-20"), "2023-04-20");
  EXPECT_EQ(parse_iso_date("13.04.2023"), "2023-04-13");
  EXPECT_EQ(parse_iso_date("3.4.2023"), "2023-04-03");
  EXPECT_EQ(parse_iso_date("2023/04/20"), "2023-04-20");
  EXPECT_EQ(parse_iso_date("2023-04-20T10:15:00Z"), "2023-04-20T10:15");
  EXPECT_EQ(parse_iso_date("11.07.2023 18:05 Uhr"), "2023-07-11T18:05");
  EXPECT_EQ(parse_iso_date("2023"), "2023");
}

TEST(Dates, ImpossibleDatesAreNotDates) {
  EXPECT_FALSE(parse_iso_date("31.02.2023"));
  EXPECT_FALSE(parse_iso_date("2023-13"));
  EXPECT_FALSE(parse_iso_date("99999"));
  EXPECT_FALSE(parse_iso_date("2023-04x"));
  EXPECT_FALSE(parse_iso_date("29.02.2023"));
  EXPECT_EQ(parse_iso_date("29.02.2024"), "2024-02-29");
}

TEST(Header, BareDateWithTheBodyOnTheSameLine) {
  std::string t = " date 2023-04 NATO-Generalsekretär Jens Stoltenberg hat ...";
  Header h = parse_header(t);
  EXPECT_EQ(h.date, "2023-04");
  EXPECT_EQ(t.substr(h.body_offset).rfind("NATO-Generalsekretär", 0), 0u);
}

TEST(Header, KeyValueLines) {
  std::string t = "Titel: Gipfel in Vilnius\nDatum: 13.04.2023\nAutor: Anna Beispiel\n\nDer Text.";
  Header h = parse_header(t);
  EXPECT_EQ(h.date, "2023-04-13");
  EXPECT_EQ(h.title, "Gipfel in Vilnius");
  ASSERT_EQ(h.other.size(), 1u);
  EXPECT_EQ(h.other[0].first, "autor");
  EXPECT_EQ(t.substr(h.body_offset), "Der Text.");
}

TEST(Header, ProseIsNotAHeader) {
  for (std::string t : {"Stand 2023 war die Lage ruhig.", "Datum der Wahl ist offen.",
                        "Die NATO tagt.", "date: demnächst"}) {
    Header h = parse_header(t);
    EXPECT_EQ(h.body_offset, 0u) << t;
    EXPECT_FALSE(h.date) << t;
  }
}

TEST(Title, AShortFirstLineWithoutFullStop) {
  EXPECT_EQ(find_title("NATO drängt Russland\n\nLitauen liefert."), "NATO drängt Russland");
  EXPECT_EQ(find_title("Ein ganzer Satz.\nNoch einer."), std::nullopt);
  EXPECT_EQ(find_title("Nur eine Zeile"), std::nullopt);
  EXPECT_EQ(find_title(std::string(250, 'x') + "\nText"), std::nullopt);
}

TEST(Words, CountsRunsWithLettersOrDigits) {
  EXPECT_EQ(count_words("Die NATO – 32 Staaten, „stark“."), 5);
  EXPECT_EQ(count_words(""), 0);
  EXPECT_EQ(count_words(" – … "), 0);
}

TEST(Decode, Utf8PassesThroughAndBomIsDropped) {
  Decoded d = decode_bytes("\xEF\xBB\xBFGrüße");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.text, "Grüße");
  EXPECT_FALSE(d.error);
}

TEST(Decode, Windows1252IsDetectedAndConverted) {
  // "Die Außenminister berieten über die Lage in Kiew – „heikel“." in windows-1252,
  // long enough for a detector.
  std::string s;
  for (int i = 0; i < 5; ++i)
    s += "Die Au\xdf" "enminister berieten \xfc" "ber die Lage in Kiew \x96 \x84heikel\x93. ";
  Decoded d = decode_bytes(s);
  EXPECT_FALSE(d.error);
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_NE(d.text.find("Außenminister berieten über"), std::string::npos);
  EXPECT_NE(d.text.find("– „heikel“"), std::string::npos);
}

TEST(Decode, Utf16WithBom) {
  std::string s("\xFF\xFE" "K\0i\0e\0w\0", 10);
  Decoded d = decode_bytes(s);
  EXPECT_FALSE(d.error);
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.text, "Kiew");
}

TEST(Decode, BinaryIsAnError) {
  std::string s("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  Decoded d = decode_bytes(s);
  ASSERT_TRUE(d.error);
  EXPECT_NE(d.error->find("binary"), std::string::npos);
}

class CorpusDir : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/natocorpus_test_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& rel, const std::string& content) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }
  void write_gz(const std::string& rel, const std::string& content) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    gzFile f = gzopen(p.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    gzwrite(f, content.data(), static_cast<unsigned>(content.size()));
    gzclose(f);
  }
  std::vector<Article> read_all(const std::string& source) {
    CorpusReader r(source);
    std::vector<Article> out;
    Article a;
    while (r.next(a)) out.push_back(a);
    return out;
  }
  fs::path dir_;
};

TEST_F(CorpusDir, WalksRecursivelyInPathOrder) {
  write("b.txt", "B.");
  write("a/z.txt", "AZ.");
  write("a.txt", "A.");
  write("c.jsonl", "{\"text\":\"C1.\"}\n\n{\"text\":\"C3.\",\"id\":\"x\"}\n");
  write("notes.md", "ignored");
  write(".hidden.txt", "ignored");
  auto all = read_all(dir_.string());
  std::vector<std::string> ids;
  for (auto& a : all) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "z", "b", "c:1", "x"}));
  EXPECT_EQ(all[0].path, (dir_ / "a.txt").string());
  EXPECT_EQ(all[1].path, (dir_ / "a/z.txt").string());
  EXPECT_EQ(all[3].body, "C1.");
}

TEST_F(CorpusDir, GzipAndGlobs) {
  write_gz("one.txt.gz", "Titel: Eins\n\nText eins.");
  write_gz("two.jsonl.gz", "{\"body\":\"Zwei.\",\"date\":\"2024-12-03\",\"outlet\":\"X\"}\n");
  write("three.txt", "Drei.");
  auto all = read_all((dir_ / "*.gz").string());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, "one");
  EXPECT_EQ(all[0].title, "Eins");
  EXPECT_EQ(all[0].body, "Text eins.");
  EXPECT_EQ(all[1].id, "two:1");
  EXPECT_EQ(all[1].date, "2024-12-03");
  EXPECT_EQ(all[1].meta, "{\"outlet\":\"X\"}");
}

TEST_F(CorpusDir, BadFilesAndLinesStillGiveRows) {
  write("bad.jsonl", "{\"text\": \"ok\"}\nnot json\n[1,2]\n{\"title\":\"no text\"}\n");
  write("bin.txt", std::string("\0\1\2\3", 4));
  write("corrupt.txt.gz", std::string("\x1f\x8b\x08\x00garbage that is not deflate", 31));
  write("truncated.txt.gz", "\x1f\x8b\x08");
  fs::create_symlink(dir_ / "nowhere.txt", dir_ / "broken.txt");
  auto all = read_all(dir_.string());
  ASSERT_EQ(all.size(), 8u);
  EXPECT_FALSE(all[0].error);  // bad:1
  EXPECT_EQ(all[1].id, "bad:2");
  EXPECT_NE(all[1].error->find("not valid JSON"), std::string::npos);
  EXPECT_NE(all[2].error->find("not a JSON object"), std::string::npos);
  EXPECT_NE(all[3].error->find("no \"text\""), std::string::npos);
  EXPECT_NE(all[4].error->find("binary"), std::string::npos);   // bin.txt
  EXPECT_NE(all[5].error->find("cannot"), std::string::npos);   // broken.txt
  ASSERT_TRUE(all[6].error.has_value());                        // corrupt.txt.gz
  EXPECT_NE(all[6].error->find("cannot read"), std::string::npos);
  ASSERT_TRUE(all[7].error.has_value());                        // truncated.txt.gz
  EXPECT_NE(all[7].error->find("unexpected end of file"), std::string::npos);
}

TEST_F(CorpusDir, MissingSourcesAreErrors) {
  EXPECT_THROW(CorpusReader((dir_ / "nope").string()), Error);
  EXPECT_THROW(CorpusReader((dir_ / "*.nothing").string()), Error);
  try {
    CorpusReader r((dir_ / "nope").string());
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no such file or directory"), std::string::npos);
  }
}
