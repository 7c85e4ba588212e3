// FEC reader: the variations real exports contain are accepted, and every
// rejection names the file, the line and the field.
#include "fec/fec_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "support/temp_dir.hpp"

namespace comptoir {
namespace {

std::string fixture(const std::string& name) {
  return std::string(COMPTOIR_TEST_DATA_DIR) + "/fec/" + name;
}

// The files written by this process, in a directory of its own removed
// when it ends.
std::string write_temp(const std::string& name, const std::string& content) {
  static const test::TempDir dir("fec-reader");
  const std::string path = dir.file(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

const std::string header =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
    "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";

std::string line(const std::string& account, const std::string& debit, const std::string& credit,
                 const std::string& number = "1", const std::string& date = "20250110") {
  return "OD\tOpérations diverses\t" + number + "\t" + date + "\t" + account + "\tCompte " + account +
         "\t\t\tP1\t20250110\tLibellé\t" + debit + "\t" + credit + "\t\t\t20250111\t\t\n";
}

// Signed cents per account over the whole file.
std::map<std::string, std::int64_t> balances(const FecFile& file) {
  std::map<std::string, std::int64_t> out;
  for (std::size_t i = 0; i < file.line_count(); ++i) {
    out[std::string(file.account_number(file.line(i).account))] += file.line(i).amount;
  }
  return out;
}

void expect_base_content(const FecFile& file) {
  ASSERT_EQ(file.entry_count(), 2u);
  ASSERT_EQ(file.line_count(), 4u);
  EXPECT_EQ(file.entry_number(0), "1");
  EXPECT_EQ(file.journal_code(file.entry(0).journal), "AN");
  EXPECT_EQ(file.journal_label(file.entry(1).journal), "Ventes");
  EXPECT_EQ(Date::from_days(file.entry(1).date), Date::from_ymd(2025, 3, 15));
  EXPECT_EQ(Date::from_days(file.entry(1).piece_date), Date::from_ymd(2025, 3, 14));
  EXPECT_EQ(Date::from_days(file.entry(1).valid_date), Date::from_ymd(2025, 3, 16));
  EXPECT_EQ(file.text(file.entry(1).piece_ref), "F2025-01");
  EXPECT_EQ(file.text(file.line(0).label), "Report à nouveau");
  const FecLine& client = file.line(2);
  EXPECT_EQ(client.amount, 12000);
  EXPECT_EQ(client.line_number, 4u);
  ASSERT_NE(client.auxiliary, 0u);
  EXPECT_EQ(file.auxiliary_code(client.auxiliary - 1), "COM-VILLERS");
  EXPECT_EQ(file.auxiliary_label(client.auxiliary - 1), "Commune de Villers");
  EXPECT_EQ(file.account_number(file.auxiliary_parent(client.auxiliary - 1)), "411000");
  EXPECT_EQ(file.account_label(file.line(3).account), "Prestations de services");
  EXPECT_EQ(file.line(3).amount, -12000);
}

TEST(FecReader, ReadsTabSeparatedUtf8WithLf) {
  expect_base_content(read_fec_file(fixture("tab_lf_utf8.txt")));
}

TEST(FecReader, ReadsPipeSeparatedCrlfWithBom) {
  expect_base_content(read_fec_file(fixture("pipe_crlf_bom.txt")));
}

TEST(FecReader, ReadsMontantAndSens) {
  expect_base_content(read_fec_file(fixture("montant_sens.txt")));
}

TEST(FecReader, TranscodesIso885915) {
  const FecFile file = read_fec_file(fixture("latin9.txt"));
  EXPECT_EQ(file.text(file.line(2).label), "Opérations \xE2\x82\xAC");
  EXPECT_EQ(file.journal_label(file.entry(1).journal), "Ventes été");
  EXPECT_EQ(file.text(file.line(0).label), "Report à nouveau");
}

TEST(FecReader, AcceptsHeaderVariantsAmountSpellingsAndScatteredEntries) {
  const FecFile file = read_fec_file(fixture("variants.txt"));
  // VE 1 and AC 1: numbering per journal; VE 1's lines are not contiguous.
  ASSERT_EQ(file.entry_count(), 4u);
  EXPECT_EQ(file.line_count(), 8u);
  EXPECT_EQ(file.journal_code(file.entry(0).journal), "VE");
  EXPECT_EQ(file.journal_code(file.entry(1).journal), "AC");
  EXPECT_EQ(file.entry(0).valid_date, FecEntry::no_date);
  std::vector<std::uint32_t> ve_lines;
  file.for_each_line(0, [&](const FecLine& l) { ve_lines.push_back(l.line_number); });
  EXPECT_EQ(ve_lines, (std::vector<std::uint32_t>{2, 4}));
  auto b = balances(file);
  EXPECT_EQ(b["411000"], 12345);        // "000123,45"
  EXPECT_EQ(b["706000"], -12345);       // credit "123.45"
  EXPECT_EQ(b["607000"], 5000);         // "50", no decimals
  EXPECT_EQ(b["401000"], -5000);        // debit "-50,00" is a credit
  EXPECT_EQ(b["658000"], 300 - 1250);   // "+3" then "12,50-"
  EXPECT_EQ(b["758000"], -300 + 1250);  // credit "-12,50" is a debit
  EXPECT_EQ(file.text(file.line(1).label), "Achat février");
}

TEST(FecReader, SkipsBlankLinesAndReadsLastLineWithoutEnd) {
  const std::string content = header + line("512000", "10,00", "0,00") + "\n" + line("758000", "0,00", "10,00");
  const FecFile file = read_fec_file(write_temp("blank.txt", content.substr(0, content.size() - 1)));
  EXPECT_EQ(file.line_count(), 2u);
  EXPECT_EQ(file.line(1).line_number, 4u);
}

TEST(FecReader, ReadsOldMacLineEnds) {
  std::string content = header + line("512000", "10,00", "0,00") + line("758000", "0,00", "10,00");
  std::replace(content.begin(), content.end(), '\n', '\r');
  EXPECT_EQ(read_fec_file(write_temp("cr.txt", content)).line_count(), 2u);
}

TEST(FecReader, SplitsFieldsOfEveryLengthAndTrimsThem) {
  // Fields of 1 to 12 bytes put the separators at every offset of the
  // eight-byte words the splitter scans; spaces around fields are dropped.
  std::string content = header;
  for (std::size_t n = 1; n <= 12; ++n) {
    const std::string pad(n, 'x');
    content += "J" + pad + "\t " + pad + "\t" + std::to_string(n) + "\t20250110 \t" + "512" + pad + "\t" + pad +
               "\t\t\t" + pad + "\t20250110\t  " + pad + "  \t" + std::to_string(n) + ",00\t0\t\t\t\t\t\n";
    content += "J" + pad + "\t" + pad + "\t" + std::to_string(n) + "\t20250110\t758000\tDons\t\t\t" + pad +
               "\t20250110\t" + pad + "\t\t" + std::to_string(n) + ",00\t\t\t\t\t\n";
  }
  std::string piped = content;
  std::replace(piped.begin(), piped.end(), '\t', '|');
  for (const std::string& text : {content, piped}) {
    std::istringstream in(text);
    const FecFile file = read_fec(in, "split.txt");
    ASSERT_EQ(file.entry_count(), 12u);
    for (std::size_t n = 1; n <= 12; ++n) {
      const std::string pad(n, 'x');
      const FecLine& first = file.line(2 * (n - 1));
      EXPECT_EQ(file.journal_code(file.entry(n - 1).journal), "J" + pad);
      EXPECT_EQ(file.journal_label(file.entry(n - 1).journal), pad);
      EXPECT_EQ(file.entry_number(n - 1), std::to_string(n));
      EXPECT_EQ(file.account_number(first.account), "512" + pad);
      EXPECT_EQ(file.text(first.label), pad);
      EXPECT_EQ(first.amount, static_cast<std::int64_t>(n) * 100);
      EXPECT_EQ(file.line(2 * n - 1).amount, -static_cast<std::int64_t>(n) * 100);
    }
  }
}

TEST(FecReader, KeepsConsecutiveEntriesOfTwoJournalsWithOneNumberApart) {
  std::string second = line("758000", "0,00", "10,00");
  second.replace(0, 2, "BQ");
  std::string third = line("512000", "10,00", "0,00");
  third.replace(0, 2, "BQ");
  std::istringstream in(header + line("512000", "10,00", "0,00") + second + third + line("758000", "0,00", "10,00"));
  const FecFile file = read_fec(in, "journals.txt");
  ASSERT_EQ(file.entry_count(), 2u);
  std::vector<std::uint32_t> od_lines;
  file.for_each_line(0, [&](const FecLine& l) { od_lines.push_back(l.line_number); });
  EXPECT_EQ(od_lines, (std::vector<std::uint32_t>{2, 5}));
}

TEST(FecReader, HoldsMoreLinesAndEntriesThanOneStorageChunk) {
  // Entries and lines are stored in chunks of 4096: cross several.
  std::string content = header;
  const int count = 9000;
  for (int n = 1; n <= count; ++n) {
    const std::string cents = std::to_string(n) + ",00";
    content += line("512000", cents, "0", std::to_string(n)) + line("758000", "0", cents, std::to_string(n));
  }
  std::istringstream in(content);
  const FecFile file = read_fec(in, "many.txt");
  ASSERT_EQ(file.entry_count(), static_cast<std::size_t>(count));
  ASSERT_EQ(file.line_count(), static_cast<std::size_t>(2 * count));
  for (std::size_t e = 0; e < file.entry_count(); ++e) {
    ASSERT_EQ(file.entry_number(e), std::to_string(e + 1));
    std::vector<std::int64_t> amounts;
    file.for_each_line(e, [&](const FecLine& l) { amounts.push_back(l.amount); });
    const auto cents = static_cast<std::int64_t>(e + 1) * 100;
    ASSERT_EQ(amounts, (std::vector<std::int64_t>{cents, -cents}));
    ASSERT_EQ(file.line(2 * e + 1).line_number, 2 * e + 3);
  }
}

TEST(FecReader, DecodesLinesWithLongAsciiRuns) {
  // A Latin-9 file whose first accented byte comes after many ASCII ones.
  std::string latin9 = header + line("512000", "1,00", "0") + line("758000", "0", "1,00");
  for (std::size_t at = latin9.find("Opé"); at != std::string::npos; at = latin9.find("Opé")) {
    latin9.replace(at, std::string("Opé").size(), "Ope");
  }
  std::string text;
  for (char c : latin9) {
    if (c == '\xC3') continue;  // "é" in UTF-8 becomes "\xE9" in Latin-9
    text += (c == '\xA9') ? '\xE9' : c;
  }
  std::istringstream in(text);
  const FecFile file = read_fec(in, "latin9.txt");
  EXPECT_EQ(file.text(file.line(1).label), "Libellé");
  EXPECT_EQ(file.account_label(file.line(1).account), "Compte 758000");
  EXPECT_EQ(file.journal_label(file.entry(0).journal), "Operations diverses");
}

TEST(FecReader, RejectsInvalidUtf8AfterLongAsciiRuns) {
  std::string bad = line("758000", "0", "1,00");
  bad.replace(bad.find("Libellé"), std::string("Libellé").size(), "Libell\xE9");
  std::istringstream in(header + line("512000", "1,00", "0") + bad);
  try {
    (void)read_fec(in, "bad.txt");
    FAIL() << "accepted invalid UTF-8";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "bad.txt:3: invalid UTF-8 text in a file read as UTF-8 so far");
  }
}

// Reads `content` and expects an Error of `kind` whose message starts with
// "<file>:<line>: field '<field>': " and contains `words`.
void expect_rejected(const std::string& content, ErrorKind kind, int line_number, const std::string& field,
                     const std::string& words = "") {
  const std::string path = write_temp("rejected.txt", content);
  try {
    (void)read_fec_file(path);
    FAIL() << "accepted; expected a rejection at line " << line_number;
  } catch (const Error& e) {
    const std::string prefix = path + ":" + std::to_string(line_number) + ": field '" + field + "': ";
    EXPECT_EQ(e.kind(), kind) << e.what();
    EXPECT_EQ(std::string(e.what()).rfind(prefix, 0), 0u) << e.what();
    EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
  }
}

TEST(FecReader, RejectsMissingMandatoryColumn) {
  std::string h = header;
  h.replace(h.find("EcritureDate\t"), 13, "");
  expect_rejected(h, ErrorKind::InvalidInput, 1, "EcritureDate", "missing column");
  expect_rejected("JournalCode;JournalLib\n", ErrorKind::InvalidInput, 1, "JournalCode", "separator");
}

TEST(FecReader, RejectsAHeaderWithNoLines) {
  expect_rejected(header, ErrorKind::InvalidInput, 2, "JournalCode", "a header and no lines");
  expect_rejected(header + "\n  \n", ErrorKind::InvalidInput, 2, "JournalCode", "a header and no lines");
}

TEST(FecReader, RejectsBadDates) {
  expect_rejected(header + line("512000", "1,00", "0,00", "1", "20251301") + line("758000", "0", "1"),
                  ErrorKind::InvalidInput, 2, "EcritureDate", "not a calendar date");
  expect_rejected(header + line("512000", "1,00", "0,00") + line("758000", "0", "1", "1", "2025011"),
                  ErrorKind::InvalidInput, 3, "EcritureDate", "not a date");
}

TEST(FecReader, RejectsBadAmounts) {
  expect_rejected(header + line("512000", "1 000,00", "0,00"), ErrorKind::InvalidInput, 2, "Debit", "space");
  expect_rejected(header + line("512000", "0", "12,345"), ErrorKind::InvalidInput, 2, "Credit", "decimals");
  expect_rejected(header + line("512000", "-1-", "0"), ErrorKind::InvalidInput, 2, "Debit", "two signs");
  expect_rejected(header + line("512000", "1e5", "0"), ErrorKind::InvalidInput, 2, "Debit", "not a number");
}

TEST(FecReader, RejectsWrongFieldCount) {
  std::string short_line = line("512000", "1,00", "0,00");
  short_line = short_line.substr(0, short_line.find("\t\t\t20250111")) + "\n";  // stops after Credit
  expect_rejected(header + short_line, ErrorKind::InvalidInput, 2, "EcritureLet", "fields");
  std::string long_line = line("512000", "1,00", "0,00");
  long_line.insert(long_line.size() - 1, "\tx\ty");
  expect_rejected(header + long_line, ErrorKind::InvalidInput, 2, "Idevise", "fields");
}

TEST(FecReader, RejectsUnbalancedEntryAtItsFirstLine) {
  expect_rejected(header + line("512000", "10,00", "0,00", "1") + line("512000", "5,00", "0,00", "2") +
                      line("758000", "0,00", "9,99", "1") + line("758000", "0,00", "5,00", "2"),
                  ErrorKind::Unbalanced, 2, "Debit",
                  "entry 1 of journal OD is unbalanced: debits 10,00 != credits 9,99");
}

TEST(FecReader, RejectsDebitAndCreditOnOneLine) {
  expect_rejected(header + line("512000", "1,00", "1,00"), ErrorKind::InvalidInput, 2, "Credit", "both non-zero");
}

TEST(FecReader, RejectsCompteNumWithoutThreeDigits) {
  expect_rejected(header + line("41CLIENT", "1,00", "0"), ErrorKind::InvalidInput, 2, "CompteNum", "three digits");
}

TEST(FecReader, RejectsEmptyMandatoryField) {
  std::string no_label = line("758000", "0", "1,00");
  no_label.replace(no_label.find("Libellé"), std::string("Libellé").size(), "  ");
  expect_rejected(header + line("512000", "1,00", "0") + no_label, ErrorKind::InvalidInput, 3, "EcritureLib",
                  "empty mandatory field");
}

TEST(FecReader, RejectsBadSensAndANumberThatHoldsNoEntry) {
  // One number, two dates, neither balancing: the lines are named.
  expect_rejected(header + line("512000", "1,00", "0") + line("758000", "0", "1,00", "1", "20250111"),
                  ErrorKind::Unbalanced, 2, "EcritureNum",
                  "entry 1 of journal OD has lines of several dates or PieceRefs that do not balance by date and "
                  "PieceRef, nor by date: lines 2, 3");
  std::string montant = header;
  montant.replace(montant.find("Debit\tCredit"), 12, "Montant\tSens");
  expect_rejected(montant + line("512000", "1,00", "X"), ErrorKind::InvalidInput, 2, "Sens", "D, C, +1 or -1");
}

// A line of journal VE with its number, date and piece (real exports: the
// number left at 0 on every line).
std::string sale(const std::string& number, const std::string& date, const std::string& piece,
                 const std::string& account, const std::string& debit, const std::string& credit) {
  return "VE\tVentes\t" + number + "\t" + date + "\t" + account + "\tCompte\t\t\t" + piece + "\t" + date + "\tVente " +
         piece + "\t" + debit + "\t" + credit + "\t\t\t\t\t\n";
}

std::vector<std::vector<std::uint32_t>> entries_of(const FecFile& file) {
  std::vector<std::vector<std::uint32_t>> out;
  for (std::size_t e = 0; e < file.entry_count(); ++e) {
    if (file.entry(e).absorbed) continue;
    out.emplace_back();
    file.for_each_line(e, [&](const FecLine& l) { out.back().push_back(l.line_number); });
  }
  return out;
}

TEST(FecReader, NumbersLeftAtZeroAreGroupedByDateAndPiece) {
  const FecFile file = read_fec_file(write_temp(
      "zero_numbers.txt",
      header + sale("0", "20250110", "F1", "411000", "120,00", "0") +
          sale("0", "20250110", "F2", "411000", "50,00", "0") + sale("0", "20250110", "F1", "706000", "0", "120,00") +
          sale("0", "20250111", "F3", "411000", "9,00", "0") + sale("0", "20250110", "F2", "706000", "0", "50,00") +
          sale("0", "20250111", "F3", "706000", "0", "9,00") + sale("7", "20250112", "F4", "411000", "1,00", "0") +
          sale("7", "20250112", "F4", "706000", "0", "1,00")));
  EXPECT_EQ(entries_of(file), (std::vector<std::vector<std::uint32_t>>{{2, 4}, {3, 6}, {5, 7}, {8, 9}}));
  ASSERT_EQ(file.regroupings().size(), 1u);
  const FecRegrouping& r = file.regroupings()[0];
  EXPECT_EQ(r.journal, "VE");
  EXPECT_EQ(r.example_number, "0");
  EXPECT_EQ(r.numbers, 1u);
  EXPECT_EQ(r.lines, 6u);
  EXPECT_EQ(r.entries, 3u);
}

TEST(FecReader, AnEntryWhosePiecesDifferStaysOneEntryPerDate) {
  // A remittance: one bank line, two receipts naming their own invoice; and
  // a number repeated on two days, each day balancing.
  const FecFile file = read_fec_file(write_temp(
      "pieces.txt",
      header + sale("1", "20250110", "REM", "512000", "30,00", "0") +
          sale("1", "20250110", "F1", "411000", "0", "10,00") + sale("1", "20250110", "F2", "411000", "0", "20,00") +
          sale("1", "20250111", "F3", "411000", "0", "5,00") + sale("1", "20250111", "REM2", "512000", "5,00", "0")));
  EXPECT_EQ(entries_of(file), (std::vector<std::vector<std::uint32_t>>{{2, 3, 4}, {5, 6}}));
  ASSERT_EQ(file.regroupings().size(), 1u);
  EXPECT_EQ(file.regroupings()[0].entries, 2u);
}

TEST(FecReader, ANumberStillAmbiguousIsRefusedNamingItsLines) {
  expect_rejected(header + sale("0", "20250110", "F1", "411000", "120,00", "0") +
                      sale("0", "20250110", "F1", "706000", "0", "100,00") +
                      sale("0", "20250111", "F2", "411000", "50,00", "0") +
                      sale("0", "20250111", "F2", "706000", "0", "70,00"),
                  ErrorKind::Unbalanced, 2, "EcritureNum", "lines 2, 3, 4, 5");
}

TEST(FecReader, KeepsLetteringPerLine) {
  std::string lettered = line("411000", "1,00", "0");
  lettered.replace(lettered.find("\t\t\t20250111"), 11, "\tAB\t20250301\t20250111");
  const FecFile file = read_fec_file(write_temp("lettered.txt", header + lettered + line("706000", "0", "1,00")));
  ASSERT_NE(file.lettering(2), nullptr);
  EXPECT_EQ(file.text(file.lettering(2)->code), "AB");
  EXPECT_EQ(Date::from_days(file.lettering(2)->date), Date::from_ymd(2025, 3, 1));
  EXPECT_EQ(file.lettering(3), nullptr);
}

}  // namespace
}  // namespace comptoir
