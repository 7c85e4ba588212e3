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

}  // namespace
}  // namespace comptoir::e2e
