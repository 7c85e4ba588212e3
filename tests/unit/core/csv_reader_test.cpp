// CSV reading: quoting, line numbers, header lookup.
#include "core/csv_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "core/error.hpp"

namespace comptoir {
namespace {

std::vector<CsvRecord> read(const std::string& text) {
  std::istringstream in(text);
  std::vector<CsvRecord> out;
  read_csv(in, "t.csv", ',', [&](const CsvRecord& r) { out.push_back(r); });
  return out;
}

TEST(CsvReader, QuotesAndLineNumbers) {
  auto rows = read(
      "\xEF\xBB\xBF"
      "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"multi\nline\",2\nlast,3");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].fields[0], "a");
  EXPECT_EQ(rows[1].fields[0], "x, y");
  EXPECT_EQ(rows[1].fields[1], "say \"hi\"");
  EXPECT_EQ(rows[2].fields[0], "multi\nline");
  EXPECT_EQ(rows[2].line, 4);
  EXPECT_EQ(rows[3].line, 6);
}

TEST(CsvReader, MalformedQuotingNamesTheLine) {
  try {
    (void)read("a,b\n1,\"open\n");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("t.csv:2"), std::string::npos) << e.what();
  }
}

TEST(CsvHeader, FindsColumnsIgnoringCase) {
  auto rows = read("Txn, Debit ,credit\n1,2,3\n1,2,3,4\n");
  CsvHeader h(rows[0], "t.csv");
  EXPECT_EQ(h.index("debit", true), 1);
  EXPECT_EQ(h.index("label", false), -1);
  EXPECT_THROW((void)h.index("label", true), Error);
  EXPECT_EQ(h.field(rows[1], 2), "3");
  EXPECT_THROW((void)h.field(rows[2], 0), Error);
}

TEST(CsvDelimiter, SemicolonOnlyWhenTheFirstLineHasNoComma) {
  EXPECT_EQ(csv_delimiter_of("line;amount\n64;1,5\n"), ';');
  EXPECT_EQ(csv_delimiter_of("line,amount\n64;1\n"), ',');
  EXPECT_EQ(csv_delimiter_of("a;b,c\n"), ',');
  EXPECT_EQ(csv_delimiter_of("single"), ',');
  EXPECT_EQ(csv_delimiter_of(""), ',');
}

}  // namespace
}  // namespace comptoir
