// End to end: the till import and bank statement records (schema version
// 13, sealed) changed behind Comptoir's back by a tamperer who drops the
// triggers first, and `verify` exiting 5 naming the record.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

// Two till files (two Guinguette days) and two bank statements of AT.
class TamperRecords : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    for (const char* date : {"2025-06-14", "2025-06-21"}) {
      ASSERT_EQ(comptoir({"guinguette", "event", "add", "--date", date, "--tour", "grand-est", "--commune", "Villers",
                          "--participants", "150", "--local-partners", "2"})
                    .exit_code,
                0);
    }
    const std::string header = "date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number\n";
    write_file(dir_ / "z1.csv", header + "2025-06-14,grand-est,120.00,120.00,0.00,0.00,50.00,70.00,Z1\n");
    write_file(dir_ / "z2.csv", header + "2025-06-21,grand-est,60.00,60.00,0.00,0.00,60.00,0.00,Z2\n");
    const std::string bank = "Date;Libellé;Référence;Montant\n";
    write_file(dir_ / "mars.csv", bank + "10/03/2025;LOYER;B-1;-1 440,00\n12/03/2025;VIREMENT;B-2;2 600,00\n");
    write_file(dir_ / "avril.csv", bank + "10/04/2025;LOYER;B-3;-1 440,00\n");
    for (const char* file : {"z1.csv", "z2.csv"}) {
      auto r = comptoir({"--today", "2025-06-30", "guinguette", "import", file});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    for (const char* file : {"mars.csv", "avril.csv"}) {
      auto r = comptoir({"bank", "import", file, "--entity", "AT", "--profile", "signed"});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    auto r = comptoir({"verify"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "till and bank imports: records match their seals\n")) << r.out;
    EXPECT_EQ(query_one(db_, "SELECT count(*) FROM till_import WHERE length(seal) = 64"), "2");
    EXPECT_EQ(query_one(db_, "SELECT count(*) FROM bank_statement WHERE length(seal) = 64"), "2");
  }
  // Runs the tamperer's SQL after dropping the triggers; `verify` must fail.
  RunResult tamper(const std::string& sql) {
    const std::string drop = query_one(db_,
                                       "SELECT group_concat('DROP TRIGGER ' || name, '; ') FROM sqlite_master "
                                       "WHERE type = 'trigger'");
    EXPECT_EQ(exec_sql(db_, drop), "");
    EXPECT_EQ(exec_sql(db_, sql), "") << sql;
    auto r = comptoir({"verify"});
    EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "till and bank imports: RECORDS CHANGED\n")) << r.out;
    return r;
  }
  static constexpr const char* till2 = "till import #2 (file z2.csv, imported on 2025-06-30)";
  static constexpr const char* bank2 = "bank statement #2 of AT 512000 (avril.csv, file avril.csv)";
};

TEST_F(TamperRecords, TheTriggersRefuseAChangeAndASecondSeal) {
  EXPECT_TRUE(contains(exec_sql(db_, "UPDATE till_import SET seal = NULL WHERE id = 1"), "cannot be changed"));
  EXPECT_TRUE(contains(exec_sql(db_, "UPDATE till_import SET seal = 'x' WHERE id = 1"), "cannot be changed"));
  EXPECT_TRUE(contains(exec_sql(db_, "UPDATE bank_statement SET statement_ref = 'x'"), "cannot be changed"));
  EXPECT_TRUE(contains(exec_sql(db_, "UPDATE till_import_day SET cash = 0"), "cannot be changed"));
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(TamperRecords, ATillFileName) {
  auto r = tamper("UPDATE till_import SET file_name = 'z9.csv' WHERE id = 2");
  EXPECT_TRUE(contains(r.err,
                       "till import #2 (file z9.csv, imported on 2025-06-30): its record or its days no longer "
                       "match its seal"))
      << r.err;
}

TEST_F(TamperRecords, ATillDaysTakings) {
  auto r = tamper("UPDATE till_import_day SET cash = 4000, card = 2000 WHERE z_number = 'Z2'");
  EXPECT_TRUE(contains(r.err, std::string(till2) + ": its record or its days no longer match")) << r.err;
}

TEST_F(TamperRecords, ATillDayDeleted) {
  auto r = tamper("DELETE FROM till_import_day WHERE z_number = 'Z2'");
  EXPECT_TRUE(contains(r.err, std::string(till2) + ": its record or its days")) << r.err;
}

TEST_F(TamperRecords, AnEarlierTillImportDeleted) {
  auto r = tamper("DELETE FROM till_import_day WHERE import_id = 1; DELETE FROM till_import WHERE id = 1");
  EXPECT_TRUE(contains(r.err, std::string(till2) + ": its record or its days no longer match its seal (changed, "
                                                   "added or deleted, or an earlier till import record was deleted)"))
      << r.err;
}

TEST_F(TamperRecords, ATillSealErased) {
  auto r = tamper("UPDATE till_import SET seal = NULL WHERE id = 1");
  EXPECT_TRUE(contains(r.err, "till import #1 (file z1.csv, imported on 2025-06-30): it has no seal")) << r.err;
}

TEST_F(TamperRecords, ABankStatementsClosingBalance) {
  auto r = tamper("UPDATE bank_statement SET closing_cents = closing_cents + 100000 WHERE id = 2");
  EXPECT_TRUE(contains(r.err, std::string(bank2) + ": its record or its lines no longer match its seal")) << r.err;
}

TEST_F(TamperRecords, ABankLinesAmount) {
  auto r = tamper("UPDATE bank_line SET amount_cents = -14000 WHERE reference = 'B-1'");
  EXPECT_TRUE(contains(r.err, "bank statement #1 of AT 512000 (mars.csv, file mars.csv): its record or its lines"))
      << r.err;
  EXPECT_FALSE(contains(r.err, bank2)) << r.err;  // the chain holds seals, not rows: #2 is intact
}

TEST_F(TamperRecords, ABankLineAdded) {
  auto r = tamper(
      "INSERT INTO bank_line (statement_id, entity, account, reference, occurrence, booking_date, amount_cents, label)"
      " VALUES (2, 'AT', '512000', 'B-9', 1, '2025-04-11', 50000, 'AJOUT')");
  EXPECT_TRUE(contains(r.err, std::string(bank2) + ": its record or its lines")) << r.err;
}

TEST_F(TamperRecords, AnEarlierBankStatementDeleted) {
  auto r = tamper("DELETE FROM bank_line WHERE statement_id = 1; DELETE FROM bank_statement WHERE id = 1");
  EXPECT_TRUE(contains(r.err, std::string(bank2) + ": its record or its lines no longer match its seal (changed, "
                                                   "added or deleted, or an earlier bank statement of the same "
                                                   "entity was deleted)"))
      << r.err;
}

}  // namespace
}  // namespace comptoir::e2e
