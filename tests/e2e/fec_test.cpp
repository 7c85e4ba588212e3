// End to end: FEC export, import into an empty book, and rejections.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using Fec = E2eTest;

const char* header =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
    "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";

std::string line(const std::string& journal, const std::string& num, const std::string& date,
                 const std::string& account, const std::string& debit, const std::string& credit) {
  return journal + "\tLib\t" + num + "\t" + date + "\t" + account + "\tCompte\t\t\tP" + num + "\t" + date +
         "\tEcriture " + num + "\t" + debit + "\t" + credit + "\t\t\t" + date + "\t\t\n";
}

TEST_F(Fec, ExportThenImportGivesTheSameTrialBalance) {
  const std::string demo = test::shared_demo_book().string();
  auto r =
      run(dir_, {"--db", demo, "--read-only", "export", "fec", "--entity", "AT", "--year", "2025", "--out", "fec"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string file = r.out.substr(0, r.out.find('\n'));
  EXPECT_NE(file.find("FEC20251231.txt"), std::string::npos) << file;
  r = comptoir({"import", "fec", file, "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto original =
      run(dir_, {"--db", demo, "--read-only", "balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  const auto imported = comptoir({"balance", "--entity", "AT", "--year", "2025", "--format", "csv"});
  EXPECT_EQ(imported.out, original.out);
  EXPECT_GT(original.out.size(), 1000u);
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
  test::expect_shared_demo_book_untouched();
}

TEST_F(Fec, UnbalancedEntryIsRejectedAndNothingWritten) {
  const auto before = snapshot();
  write_file(dir_ / "bad.txt", std::string(header) + line("OD", "1", "20250301", "606100", "10,00", "0,00") +
                                   line("OD", "1", "20250301", "512000", "0,00", "10,00") +
                                   line("OD", "2", "20250302", "606100", "10,00", "0,00") +
                                   line("OD", "2", "20250302", "512000", "0,00", "9,00"));
  auto r = comptoir({"import", "fec", "bad.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("bad.txt:4"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Fec, AHeaderWithNoLinesIsRefusedAndNotRecorded) {
  const auto before = snapshot();
  write_file(dir_ / "empty.txt", std::string(header));
  const auto r = comptoir({"import", "fec", "empty.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(r.err.find("empty.txt:2: field 'JournalCode': the file has a header and no lines") != std::string::npos)
      << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Fec, BadAmountAndDateNameLineAndField) {
  const auto before = snapshot();
  write_file(dir_ / "amount.txt", std::string(header) + line("OD", "1", "20250301", "606100", "10,0x", "0,00") +
                                      line("OD", "1", "20250301", "512000", "0,00", "10,00"));
  auto r = comptoir({"import", "fec", "amount.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("amount.txt:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Debit"), std::string::npos) << r.err;
  write_file(dir_ / "date.txt", std::string(header) + line("OD", "1", "20250230", "606100", "10,00", "0,00") +
                                    line("OD", "1", "20250230", "512000", "0,00", "10,00"));
  r = comptoir({"import", "fec", "date.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("date.txt:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("EcritureDate"), std::string::npos) << r.err;
  write_file(dir_ / "year.txt", std::string(header) + line("OD", "1", "20240301", "606100", "10,00", "0,00") +
                                    line("OD", "1", "20240301", "512000", "0,00", "10,00"));
  r = comptoir({"import", "fec", "year.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("year.txt:2"), std::string::npos) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Fec, MissingColumnAndWrongFieldCount) {
  std::string no_credit = header;
  no_credit.replace(no_credit.find("\tCredit"), 7, "");
  write_file(dir_ / "cols.txt", no_credit);
  auto r = comptoir({"import", "fec", "cols.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("Credit"), std::string::npos) << r.err;
  write_file(dir_ / "fields.txt", std::string(header) + "OD\tLib\t1\t20250301\t606100\n");
  r = comptoir({"import", "fec", "fields.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("fields.txt:2"), std::string::npos) << r.err;
}

TEST_F(Fec, AcceptsRealWorldVariations) {
  // "|" separators, CRLF, ISO 8859-15 labels, a sign at the end, zero padding,
  // no decimals, lower-case header, numbering per journal, lines not contiguous.
  std::string h =
      "journalcode|journallib|ecriturenum|ecrituredate|comptenum|comptelib|compauxnum|compauxlib|"
      "pieceref|piecedate|ecriturelib|debit|credit|ecriturelet|datelet|validdate|montantdevise|idevise\r\n";
  std::string body =
      "AC|Achats|1|20250105|607|Achats marchandises|||F1|20250105|Boissons caf\xE9|000100,50|0||||||\r\n"
      "BQ|Banque|1|20250106|512000|Banque|||B1|20250106|R\xE8glement|0|100,50||||||\r\n"
      "AC|Achats|1|20250105|401000|Fournisseurs|BRASS|Brasserie|F1|20250105|Boissons caf\xE9|0|100,50||||||\r\n"
      "BQ|Banque|1|20250106|401000|Fournisseurs|BRASS|Brasserie|B1|20250106|R\xE8glement|100,50+|0||||||\r\n";
  write_file(dir_ / "variants.txt", h + body);
  auto r = comptoir({"import", "fec", "variants.txt", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"balance", "--entity", "AT", "--format", "csv"});
  EXPECT_NE(r.out.find("607000,"), std::string::npos) << r.out;
  r = comptoir({"journal", "--entity", "AT", "--format", "csv"});
  EXPECT_NE(r.out.find("Boissons café"), std::string::npos) << r.out;
}

// A line of a real export that leaves EcritureNum at 0: the piece tells.
std::string unnumbered(const std::string& date, const std::string& piece, const std::string& account,
                       const std::string& debit, const std::string& credit) {
  return "VE\tVentes\t0\t" + date + "\t" + account + "\tCompte\t\t\t" + piece + "\t" + date + "\tVente " + piece +
         "\t" + debit + "\t" + credit + "\t\t\t\t\t\n";
}

TEST_F(Fec, NumbersLeftAtZeroAreGroupedAndTheImportSaysSo) {
  write_file(dir_ / "zero.txt", std::string(header) + unnumbered("20250301", "F1", "411000", "120,00", "0,00") +
                                    unnumbered("20250302", "F2", "411000", "80,00", "0,00") +
                                    unnumbered("20250301", "F1", "706000", "0,00", "120,00") +
                                    unnumbered("20250302", "F2", "706000", "0,00", "80,00") +
                                    unnumbered("20250302", "F2", "708000", "0,00", "0,00"));  // kept
  auto r = comptoir({"import", "fec", "zero.txt", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Imported 2 entries (5 lines) into AT; kept 1 zero-amount lines")) << r.out;
  EXPECT_TRUE(contains(r.out,
                       "Notice: journal VE: 1 EcritureNum (e.g. '0') held several entries; their 5 lines "
                       "were grouped by date and PieceRef into 2 entries"))
      << r.out;
  r = comptoir({"journal", "--entity", "AT", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "AT-2025-000002,2025-03-02,VE,F2,")) << r.out;
  EXPECT_TRUE(contains(r.out, ",708000,")) << r.out;
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(Fec, ANumberStillAmbiguousIsRefusedAndNothingWritten) {
  const auto before = snapshot();
  write_file(dir_ / "ambiguous.txt", std::string(header) + unnumbered("20250301", "F1", "411000", "120,00", "0,00") +
                                         unnumbered("20250301", "F1", "706000", "0,00", "100,00") +
                                         unnumbered("20250302", "F2", "411000", "80,00", "0,00") +
                                         unnumbered("20250302", "F2", "706000", "0,00", "100,00"));
  const auto r = comptoir({"import", "fec", "ambiguous.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "ambiguous.txt:2: field 'EcritureNum'")) << r.err;
  EXPECT_TRUE(contains(r.err, "lines 2, 3, 4, 5")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Fec, LetteringGoesOutAndComesBack) {
  ASSERT_EQ(comptoir({"post", "--entity", "AT", "--journal", "VE", "--date", "2025-02-01", "--ref", "F-1", "--label",
                      "Facture", "--debit", "411000=100", "--credit", "706000=100", "--validate"})
                .exit_code,
            0);
  ASSERT_EQ(comptoir({"post", "--entity", "AT", "--journal", "BQ", "--date", "2025-03-01", "--ref", "R-1", "--label",
                      "Règlement", "--debit", "512000=100", "--credit", "411000=100", "--validate"})
                .exit_code,
            0);
  ASSERT_EQ(comptoir({"letter", "--entity", "AT", "--account", "411000", "--auto"}).exit_code, 0);
  auto r = comptoir({"export", "fec", "--entity", "AT", "--year", "2025", "--out", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string file = r.out.substr(0, r.out.find('\n'));
  const std::string exported = read_file(dir_ / file);
  EXPECT_TRUE(contains(exported, "\t100,00\t0,00\tAA\t20250301\t")) << exported;
  // Into a second book: the same lettering, and the same file out again.
  ASSERT_EQ(run(dir_, {"--db", "other.db", "init", "--year", "2025"}).exit_code, 0);
  ASSERT_EQ(run(dir_, {"--db", "other.db", "import", "fec", file, "--entity", "AT"}).exit_code, 0);
  EXPECT_EQ(query_one(dir_ / "other.db", "SELECT group_concat(code || ' ' || date) FROM lettering"),
            "AA 2025-03-01,AA 2025-03-01");
  r = run(dir_, {"--db", "other.db", "export", "fec", "--entity", "AT", "--year", "2025", "--out", "again"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir_ / r.out.substr(0, r.out.find('\n'))), exported);
}

}  // namespace
}  // namespace comptoir::e2e
