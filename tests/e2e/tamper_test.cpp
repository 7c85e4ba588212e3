// End to end: one raw-SQL change of each kind, made behind Comptoir's back
// by a tamperer who drops the triggers first, and `verify` exiting 5 naming
// the entry it touched (or the closed year, or the FEC import record).
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

const char* fec_header =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
    "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";

std::string fec_line(const std::string& num, const std::string& date, const std::string& account,
                     const std::string& debit, const std::string& credit) {
  return "OD\tLib\t" + num + "\t" + date + "\t" + account + "\tCompte\t\t\tF" + num + "\t" + date + "\tImport " + num +
         "\t" + debit + "\t" + credit + "\t\t\t" + date + "\t\t\n";
}

// AT-2025-000001 to 000003 (P1 to P3: 10.00, 20.00, 30.00 of 625100 paid
// from 512000), triggers dropped; `verify` passes before each change.
class Tamper : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    for (int i = 1; i <= 3; ++i) {
      const std::string amount = std::to_string(10 * i) + ".00";
      auto r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-03-0" + std::to_string(i),
                         "--ref", "P" + std::to_string(i), "--label", "Frais " + std::to_string(i), "--debit",
                         "625100=" + amount, "--credit", "512000=" + amount, "--validate"});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  void drop_triggers() {
    auto r = comptoir({"verify"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string drop = query_one(db_,
                                       "SELECT group_concat('DROP TRIGGER ' || name, '; ') FROM sqlite_master "
                                       "WHERE type = 'trigger'");
    ASSERT_EQ(exec_sql(db_, drop), "");
  }
  // Runs the tamperer's SQL and `verify`, which must fail.
  RunResult tamper(const std::string& sql) {
    drop_triggers();
    EXPECT_EQ(exec_sql(db_, sql), "") << sql;
    auto r = comptoir({"verify"});
    EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
    return r;
  }
  static constexpr const char* p2 = "(SELECT id FROM txn WHERE piece_ref = 'P2')";
};

TEST_F(Tamper, AnAmount) {
  auto r = tamper(std::string("UPDATE posting SET debit = 2500 WHERE account = '625100' AND txn_id = ") + p2);
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000002 (journal OD, 2025-03-02, piece P2")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its hash")) << r.err;
}

TEST_F(Tamper, AnAccount) {
  auto r = tamper(std::string("UPDATE posting SET account = '606100' WHERE account = '625100' AND txn_id = ") + p2);
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000002 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its hash")) << r.err;
}

TEST_F(Tamper, ADate) {
  // The entry and its postings moved together, as a careful tamperer would.
  auto r = tamper(std::string("UPDATE txn SET date = '2025-03-05' WHERE piece_ref = 'P2';"
                              "UPDATE posting SET date = '2025-03-05' WHERE txn_id = ") +
                  p2);
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000002 (journal OD, 2025-03-05")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its hash")) << r.err;
}

TEST_F(Tamper, ALabel) {
  auto r = tamper(std::string("UPDATE posting SET label = 'Autre chose' WHERE txn_id = ") + p2);
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000002 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its hash")) << r.err;
}

TEST_F(Tamper, ADeletedPosting) {
  auto r = tamper(std::string("DELETE FROM posting WHERE account = '512000' AND txn_id = ") + p2);
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000002 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its hash")) << r.err;
}

TEST_F(Tamper, ADeletedEntry) {
  auto r = tamper(std::string("DELETE FROM posting WHERE txn_id = ") + p2 + "; DELETE FROM txn WHERE piece_ref = 'P2'");
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000003 ")) << r.err;
  EXPECT_TRUE(contains(r.err,
                       "chain position 3 where 2 was expected (a transaction is missing: AT-2025-000002 "
                       "was deleted)"))
      << r.err;
}

TEST_F(Tamper, AnInsertedEntry) {
  // Numbered and placed as the next entry, with a hash of the tamperer's.
  auto r = tamper(
      "INSERT INTO txn (id, entity, journal, date, piece_ref, piece_date, label, status, fiscal_year, sequence,"
      " chain_position, validation_date, hash) VALUES (99, 'AT', 'OD', '2025-03-04', 'P4', '2025-03-04', 'Faux',"
      " 'validated', 2025, 4, 4, '2025-03-04', '" +
      std::string(64, 'a') +
      "');"
      "INSERT INTO posting (txn_id, line_no, entity, date, account, debit, credit, label) VALUES"
      " (99, 1, 'AT', '2025-03-04', '625100', 100, 0, ''), (99, 2, 'AT', '2025-03-04', '512000', 0, 100, '')");
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000004 (journal OD, 2025-03-04, piece P4, id 99)")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its hash")) << r.err;
}

TEST_F(Tamper, AnInsertedEntryWithARepeatedNumber) {
  auto r = tamper(
      "INSERT INTO txn (id, entity, journal, date, piece_ref, piece_date, label, status, fiscal_year, sequence,"
      " chain_position, validation_date, hash) VALUES (99, 'AT', 'OD', '2025-03-04', 'P4', '2025-03-04', 'Faux',"
      " 'validated', 2025, 2, 4, '2025-03-04', '" +
      std::string(64, 'a') + "')");
  EXPECT_TRUE(contains(r.err,
                       "transaction AT-2025-000002 (journal OD, 2025-03-04, piece P4, id 99): number 2 "
                       "follows 3 in fiscal year 2025 (the numbers are out of order or repeated"))
      << r.err;
}

TEST_F(Tamper, AReorderedChain) {
  // P2 and P3 swap their places in the chain (and keep their numbers).
  auto r = tamper(
      "UPDATE txn SET chain_position = -2 WHERE piece_ref = 'P2';"
      "UPDATE txn SET chain_position = 2 WHERE piece_ref = 'P3';"
      "UPDATE txn SET chain_position = 3 WHERE piece_ref = 'P2'");
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000003 (journal OD, 2025-03-03, piece P3")) << r.err;
  EXPECT_TRUE(contains(r.err,
                       "number 3 follows 1 in fiscal year 2025 (the sequence has a gap: AT-2025-000002 "
                       "missing or out of order)"))
      << r.err;
}

TEST_F(Tamper, ASwappedNumbering) {
  // P2 and P3 swap their numbers (and keep their places).
  auto r = tamper(
      "UPDATE txn SET sequence = -2 WHERE piece_ref = 'P2';"
      "UPDATE txn SET sequence = 2 WHERE piece_ref = 'P3';"
      "UPDATE txn SET sequence = 3 WHERE piece_ref = 'P2'");
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000003 (journal OD, 2025-03-02, piece P2")) << r.err;
  EXPECT_TRUE(contains(r.err, "number 3 follows 1")) << r.err;
}

TEST_F(Tamper, AChangedHash) {
  auto r = tamper("UPDATE txn SET hash = '" + std::string(64, 'f') + "' WHERE piece_ref = 'P2'");
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000002 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "(stored ffffffffffff…")) << r.err;
}

TEST_F(Tamper, TheLastHashChanged) {
  auto r = tamper("UPDATE txn SET hash = '" + std::string(64, 'f') + "' WHERE piece_ref = 'P3'");
  EXPECT_TRUE(contains(r.err, "transaction AT-2025-000003 ")) << r.err;
}

// 2024 of AT with one entry, closed (its opening entries AT-2025-000004...).
class TamperClosedYear : public Tamper {
 protected:
  void SetUp() override {
    Tamper::SetUp();
    ASSERT_EQ(comptoir({"year", "add", "--year", "2024"}).exit_code, 0);
    auto r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2024-12-31", "--ref", "C-2024",
                       "--label", "Capital", "--debit", "512000=1000.00", "--credit", "102000=1000.00", "--validate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = comptoir({"--today", "2025-12-31", "close", "--entity", "AT", "--year", "2024", "--accept-warnings"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    last_2024_ = query_one(db_, "SELECT max(sequence) FROM txn WHERE entity = 'AT' AND fiscal_year = 2024");
    ASSERT_EQ(last_2024_, "1");  // C-2024 alone: the messages below say "1 validated entry"
  }
  std::string last_2024_;
};

TEST_F(TamperClosedYear, IntactLocksVerify) {
  auto r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "closed years: as their closing recorded\n")) << r.out;
  EXPECT_EQ(query_one(db_,
                      "SELECT entries || ' ' || last_hash = (SELECT count(*) || ' ' || "
                      "(SELECT hash FROM txn WHERE fiscal_year = 2024 ORDER BY chain_position DESC LIMIT 1) "
                      "FROM txn WHERE fiscal_year = 2024) FROM year_lock WHERE entity = 'AT' AND year = 2024"),
            "1");
}

TEST_F(TamperClosedYear, AYearSetBackToOpen) {
  auto r = tamper("UPDATE fiscal_year SET status = 'open' WHERE entity = 'AT' AND year = 2024");
  EXPECT_TRUE(contains(r.out, "closed years: LOCKS CHANGED\n")) << r.out;
  EXPECT_TRUE(contains(r.err,
                       "closed fiscal year 2024 of AT is open again: its lock was undone; its closing "
                       "recorded 1 validated entry up to AT-2024-000001"))
      << r.err;
}

TEST_F(TamperClosedYear, ARecordedHeadChanged) {
  auto r = tamper("UPDATE year_lock SET last_hash = '" + std::string(64, 'e') + "' WHERE year = 2024");
  EXPECT_TRUE(contains(
      r.err, "closed fiscal year 2024 of AT: the chain hash of its last entry AT-2024-00000" + last_2024_ + " is "))
      << r.err;
  EXPECT_TRUE(contains(r.err, "its closing recorded eeeeeeeeeeee…")) << r.err;
}

TEST_F(TamperClosedYear, ARecordedCountChanged) {
  auto r = tamper(
      "UPDATE year_lock SET entries = entries - 1, last_chain_position = last_chain_position - 1 "
      "WHERE year = 2024");
  EXPECT_TRUE(contains(r.err, "closed fiscal year 2024 of AT: its closing recorded ")) << r.err;
  EXPECT_TRUE(contains(r.err, "it now has 1 validated entry, the last at chain position")) << r.err;
}

TEST_F(TamperClosedYear, ALockErased) {
  auto r = tamper("DELETE FROM year_lock WHERE year = 2024");
  EXPECT_TRUE(contains(r.err, "closed fiscal year 2024 of AT: its closing was not recorded")) << r.err;
}

TEST_F(TamperClosedYear, AYearReopenedAndItsLockErased) {
  auto r = tamper(
      "UPDATE fiscal_year SET status = 'open' WHERE entity = 'AT' AND year = 2024;"
      "DELETE FROM year_lock WHERE year = 2024");
  EXPECT_TRUE(contains(r.out, "closed years: LOCKS CHANGED\n")) << r.out;
  const std::string an = query_one(db_, "SELECT sequence FROM txn WHERE journal = 'AN' AND fiscal_year = 2025");
  ASSERT_FALSE(an.empty());
  EXPECT_TRUE(contains(r.err, "fiscal year 2024 of AT is open, yet AT-2025-" + std::string(6 - an.size(), '0') + an +
                                  " (AN-2025) is the opening entry its closing wrote"))
      << r.err;
}

// Two FEC entries imported into AT after its three: AT-2025-000004, 000005.
class TamperImport : public Tamper {
 protected:
  void SetUp() override {
    Tamper::SetUp();
    write_file(dir_ / "achats.txt", std::string(fec_header) + fec_line("1", "20250310", "606100", "5,00", "0,00") +
                                        fec_line("1", "20250310", "512000", "0,00", "5,00") +
                                        fec_line("2", "20250311", "606100", "7,00", "0,00") +
                                        fec_line("2", "20250311", "512000", "0,00", "7,00"));
    auto r = comptoir({"import", "fec", "achats.txt", "--entity", "AT"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = comptoir({"verify"});
    EXPECT_TRUE(contains(r.out, "FEC imports: records match their seals\n")) << r.out;
  }
};

TEST_F(TamperImport, AFileHash) {
  auto r = tamper("UPDATE fec_import SET sha256 = '" + std::string(64, '0') + "'");
  EXPECT_TRUE(contains(r.out, "FEC imports: RECORDS CHANGED\n")) << r.out;
  EXPECT_TRUE(contains(r.err,
                       "FEC import #1 of AT (file achats.txt, SHA-256 000000000000…), entries "
                       "AT-2025-000004 to AT-2025-000005: its record no longer matches its seal"))
      << r.err;
}

TEST_F(TamperImport, AFileName) {
  auto r = tamper("UPDATE fec_import SET file_name = 'autre.txt'");
  EXPECT_TRUE(contains(r.err, "FEC import #1 of AT (file autre.txt, SHA-256 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "no longer matches its seal")) << r.err;
}

TEST_F(TamperImport, AnEntryCount) {
  auto r = tamper("UPDATE fec_import SET entries = 3");
  EXPECT_TRUE(contains(r.err, "FEC import #1 of AT (file achats.txt, SHA-256 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "it records 3 entries but its range AT-2025-000004 to AT-2025-000005 holds 2")) << r.err;
}

TEST_F(TamperImport, ARange) {
  auto r = tamper("UPDATE fec_import SET first_txn_id = (SELECT id FROM txn WHERE piece_ref = 'P3'), entries = 3");
  EXPECT_TRUE(contains(r.err, "FEC import #1 of AT (file achats.txt, SHA-256 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "entries AT-2025-000003 to AT-2025-000005: its record no longer matches its seal"))
      << r.err;
}

TEST_F(TamperImport, AnEarlierRecordDeleted) {
  write_file(dir_ / "ventes.txt", std::string(fec_header) + fec_line("1", "20250320", "512000", "9,00", "0,00") +
                                      fec_line("1", "20250320", "706000", "0,00", "9,00"));
  ASSERT_EQ(comptoir({"import", "fec", "ventes.txt", "--entity", "AT"}).exit_code, 0);
  auto r = tamper("DELETE FROM fec_import WHERE file_name = 'achats.txt'");
  EXPECT_TRUE(contains(r.err, "FEC import #2 of AT (file ventes.txt, SHA-256 ")) << r.err;
  EXPECT_TRUE(contains(r.err, "or an earlier import record of AT was deleted")) << r.err;
}

}  // namespace
}  // namespace comptoir::e2e
