// FEC field values and text helpers: amounts, dates, Sens, header names,
// UTF-8 checks, Latin-9 transcoding and string interning.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/date.hpp"
#include "fec/fec_file.hpp"
#include "fec/fec_format.hpp"
#include "fec/fec_text.hpp"

namespace comptoir {
namespace {

std::int64_t cents(std::string_view text) {
  std::int64_t value = -999;
  const char* why = parse_fec_amount(text, value);
  EXPECT_EQ(why, nullptr) << text << ": " << (why ? why : "");
  return value;
}

TEST(FecValues, ParsesAmountSpellings) {
  EXPECT_EQ(cents("1234,56"), 123456);
  EXPECT_EQ(cents("1234.5"), 123450);
  EXPECT_EQ(cents("-12,50"), -1250);
  EXPECT_EQ(cents("12,50-"), -1250);
  EXPECT_EQ(cents("+3"), 300);
  EXPECT_EQ(cents("3+"), 300);
  EXPECT_EQ(cents("000123,45"), 12345);
  EXPECT_EQ(cents("  42 "), 4200);
  EXPECT_EQ(cents("1,500"), 150);
  EXPECT_EQ(cents(",5"), 50);
  std::int64_t v = 0;
  for (const char* bad :
       {"", "-", "1 000", "1,234,5", "1.2.3", "--1", "+1-", "1e5", "12,345", "abc", "999999999999999999999"}) {
    EXPECT_NE(parse_fec_amount(bad, v), nullptr) << bad;
  }
}

TEST(FecValues, ParsesDates) {
  std::int32_t days = 0;
  ASSERT_EQ(parse_fec_date("20250331", days), nullptr);
  EXPECT_EQ(Date::from_days(days), Date::from_ymd(2025, 3, 31));
  ASSERT_EQ(parse_fec_date("2025-03-31", days), nullptr);
  ASSERT_EQ(parse_fec_date("31/03/2025", days), nullptr);
  EXPECT_EQ(Date::from_days(days), Date::from_ymd(2025, 3, 31));
  for (const char* bad : {"", "2025033", "20250231", "20251301", "2025-0331", "31-03-2025", "2025/03-31"}) {
    EXPECT_NE(parse_fec_date(bad, days), nullptr) << bad;
  }
}

TEST(FecValues, ParsesSens) {
  EXPECT_EQ(parse_fec_direction("D"), 1);
  EXPECT_EQ(parse_fec_direction("+1"), 1);
  EXPECT_EQ(parse_fec_direction("c"), -1);
  EXPECT_EQ(parse_fec_direction("-1"), -1);
  EXPECT_EQ(parse_fec_direction("1"), 0);
  EXPECT_EQ(parse_fec_direction("X"), 0);
}

TEST(FecValues, MatchesHeaderNamesLeniently) {
  FecField f{};
  ASSERT_TRUE(fec_field_from_name("ecrituredate", f));
  EXPECT_EQ(f, FecField::EcritureDate);
  ASSERT_TRUE(
      fec_field_from_name("\xC3\x89"
                          "critureLib",
                          f));  // ÉcritureLib in UTF-8
  EXPECT_EQ(f, FecField::EcritureLib);
  ASSERT_TRUE(fec_field_from_name("MontantDevise", f));
  EXPECT_EQ(f, FecField::Montantdevise);
  ASSERT_TRUE(fec_field_from_name("Montant", f));
  EXPECT_EQ(f, FecField::Montant);
  EXPECT_FALSE(fec_field_from_name("DateRglt", f));
  EXPECT_EQ(fec_field_name(FecField::Idevise), "Idevise");
}

TEST(FecValues, ChecksUtf8AndTranscodesLatin9) {
  EXPECT_TRUE(is_valid_utf8("Opérations €"));
  EXPECT_FALSE(is_valid_utf8("Op\xE9rations"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  std::string out;
  append_latin9_as_utf8("\xE9t\xE9 \xA4 \xBD", out);
  EXPECT_EQ(out, "été € œ");
}

// is_valid_utf8 skips ASCII eight bytes at a time: put each kind of
// sequence at every offset around those words, and at the very end.
TEST(FecValues, ChecksUtf8AtEveryOffsetAfterAscii) {
  const std::vector<std::string> valid = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};  // é € 😀
  const std::vector<std::string> invalid = {
      "\xE9",        "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xF8\x88\x80\x80\x80",
      "\xE0\x80\xAF"};
  for (std::size_t offset = 0; offset <= 17; ++offset) {
    const std::string ascii(offset, 'a');
    for (const std::string& bytes : valid) {
      EXPECT_TRUE(is_valid_utf8(ascii + bytes + "bbbbbbbbb")) << offset;
      EXPECT_TRUE(is_valid_utf8(ascii + bytes)) << offset;
      EXPECT_TRUE(is_valid_utf8(ascii + bytes + ascii + bytes)) << offset;
      // Cut short: the last byte missing, at the end of the text.
      EXPECT_FALSE(is_valid_utf8(ascii + bytes.substr(0, bytes.size() - 1))) << offset;
    }
    for (const std::string& bytes : invalid) {
      EXPECT_FALSE(is_valid_utf8(ascii + bytes + "bbbbbbbbb")) << offset;
      EXPECT_FALSE(is_valid_utf8(ascii + bytes)) << offset;
      EXPECT_FALSE(is_valid_utf8(ascii + "\xC3\xA9" + ascii + bytes + "bbbbbbbbb")) << offset;
    }
  }
}

TEST(FecValues, InternsStringsOfEveryLengthApart) {
  // Strings differing in a single byte, at every position and length the
  // word-wise hash treats differently, all stay distinct.
  FecStringPool pool;
  std::vector<std::string> strings;
  for (std::size_t length = 0; length <= 26; ++length) {
    strings.emplace_back(length, 'x');
    for (std::size_t at = 0; at < length; ++at) {
      strings.push_back(std::string(length, 'x'));
      strings.back()[at] = 'y';
    }
  }
  for (std::size_t i = 0; i < strings.size(); ++i) {
    bool added = false;
    EXPECT_EQ(pool.intern(strings[i], added), i);
    EXPECT_TRUE(added) << strings[i];
  }
  for (std::size_t i = 0; i < strings.size(); ++i) {
    bool added = true;
    EXPECT_EQ(pool.intern(strings[i], added), i);
    EXPECT_FALSE(added);
    EXPECT_EQ(pool.view(static_cast<std::uint32_t>(i)), strings[i]);
  }
}

TEST(FecValues, InternsStringsOnce) {
  FecStringPool pool;
  bool added = false;
  EXPECT_EQ(pool.intern("411000", added), 0u);
  EXPECT_TRUE(added);
  EXPECT_EQ(pool.intern("", added), 1u);
  for (int i = 0; i < 5000; ++i) (void)pool.intern("label " + std::to_string(i));
  EXPECT_EQ(pool.intern("411000", added), 0u);
  EXPECT_FALSE(added);
  EXPECT_EQ(pool.view(1), "");
  EXPECT_EQ(pool.view(pool.intern("label 4999")), "label 4999");
  EXPECT_EQ(pool.size(), 5002u);
  const std::uint32_t twice = pool.append("411000");
  EXPECT_NE(twice, 0u);
  EXPECT_EQ(pool.view(twice), "411000");
}

}  // namespace
}  // namespace comptoir
