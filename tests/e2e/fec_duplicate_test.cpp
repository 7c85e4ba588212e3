// End to end: the same FEC file imported twice into an entity is refused
// the second time (exit 4, book unchanged) unless --again; `import list`
// shows what the book remembers.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using FecDuplicate = E2eTest;

const char* header =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
    "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";

std::string line(const std::string& num, const std::string& date, const std::string& account, const std::string& debit,
                 const std::string& credit) {
  return "OD\tOpérations diverses\t" + num + "\t" + date + "\t" + account + "\tCompte\t\t\tP" + num + "\t" + date +
         "\tEcriture " + num + "\t" + debit + "\t" + credit + "\t\t\t" + date + "\t\t\n";
}

// Three entries, six lines.
std::string fec() {
  return std::string(header) + line("1", "20250301", "606100", "10,00", "0,00") +
         line("1", "20250301", "512000", "0,00", "10,00") + line("2", "20250302", "606100", "20,00", "0,00") +
         line("2", "20250302", "512000", "0,00", "20,00") + line("3", "20250303", "706000", "0,00", "30,00") +
         line("3", "20250303", "512000", "30,00", "0,00");
}

TEST_F(FecDuplicate, SecondImportIsRefusedAndChangesNothing) {
  write_file(dir_ / "fec.txt", fec());
  auto r = comptoir({"--today", "2026-01-15", "import", "fec", "fec.txt", "--entity", "AT"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto after_first = snapshot();
  const auto entries = query_one(db_, "SELECT count(*) FROM txn");
  r = comptoir({"--today", "2026-01-16", "import", "fec", "fec.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("fec.txt: already imported into AT on 2026-01-15 as entries AT-2025-000001..AT-2025-000003; "
                       "use --again to import it anyway"),
            std::string::npos)
      << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(after_first));
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM txn"), entries);
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM fec_import"), "1");
  // A copy under another name is the same file.
  write_file(dir_ / "copy.txt", fec());
  r = comptoir({"import", "fec", "copy.txt", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_THAT(snapshot(), SameBookAs(after_first));
}

TEST_F(FecDuplicate, AgainImportsAnywayAndBothImportsAreListed) {
  write_file(dir_ / "fec.txt", fec());
  ASSERT_EQ(comptoir({"--today", "2026-01-15", "import", "fec", "fec.txt", "--entity", "AT"}).exit_code, 0);
  const auto once = comptoir({"balance", "--entity", "AT", "--year", "2025", "--format", "csv"}).out;
  EXPECT_NE(once.find("606100"), std::string::npos) << once;
  auto r = comptoir({"--today", "2026-01-16", "import", "fec", "fec.txt", "--entity", "AT", "--again"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM txn WHERE entity = 'AT'"), "6");
  EXPECT_EQ(query_one(db_, "SELECT sum(debit) FROM posting WHERE account = '606100'"), "6000");  // cents: doubled
  // Same bytes into the other entity is another import, not a duplicate.
  r = comptoir({"--today", "2026-01-17", "import", "fec", "fec.txt", "--entity", "RES"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  r = comptoir({"import", "list", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string sha = query_one(db_, "SELECT sha256 FROM fec_import WHERE id = 1");
  EXPECT_EQ(sha.size(), 64u);
  EXPECT_EQ(r.out,
            "id,imported_on,entity,entries,lines,first_entry,last_entry,file,sha256\n"
            "1,2026-01-15,AT,3,6,AT-2025-000001,AT-2025-000003,fec.txt," +
                sha +
                "\n"
                "2,2026-01-16,AT,3,6,AT-2025-000004,AT-2025-000006,fec.txt," +
                sha +
                "\n"
                "3,2026-01-17,RES,3,6,RES-2025-000001,RES-2025-000003,fec.txt," +
                sha + "\n");
  r = comptoir({"import", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Imports FEC"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("15/01/2026"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Écritures"), std::string::npos) << r.out;
  EXPECT_LE(widest_line(r.out), 80U) << r.out;
  r = comptoir({"--locale", "en", "import", "list"});
  EXPECT_NE(r.out.find("FEC imports"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Entries"), std::string::npos) << r.out;
  r = comptoir({"import", "list", "--format", "json"});
  EXPECT_NE(r.out.find("\"first_entry\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("AT-2025-000004"), std::string::npos) << r.out;
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(FecDuplicate, AFailedImportIsNotRecorded) {
  write_file(dir_ / "bad.txt", std::string(header) + line("1", "20250301", "606100", "10,00", "0,00") +
                                   line("1", "20250301", "512000", "0,00", "9,00"));
  EXPECT_EQ(comptoir({"import", "fec", "bad.txt", "--entity", "AT"}).exit_code, 3);
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM fec_import"), "0");
}

}  // namespace
}  // namespace comptoir::e2e
