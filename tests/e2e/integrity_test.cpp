// End to end: `verify` on intact books, and on books tampered with plain
// SQL behind Comptoir's back (exit 5 naming the transaction).
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

class Integrity : public E2eTest {
 protected:
  void post_three();
  void drop_triggers() {
    const std::string drop = query_one(db_,
                                       "SELECT group_concat('DROP TRIGGER ' || name, '; ') FROM sqlite_master "
                                       "WHERE type = 'trigger'");
    ASSERT_EQ(exec_sql(db_, drop), "");
  }
};

void Integrity::post_three() {
  for (int i = 1; i <= 3; ++i) {
    auto r = comptoir({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-03-0" + std::to_string(i), "--ref",
                       "P" + std::to_string(i), "--label", "Frais " + std::to_string(i), "--debit",
                       "625100=" + std::to_string(10 * i) + ".00", "--credit",
                       "512000=" + std::to_string(10 * i) + ".00", "--validate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
}

TEST_F(Integrity, IntactBooksVerify) {
  post_three();
  auto r = comptoir({"--read-only", "verify"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("AT: 3 validated transactions"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("chain intact"), std::string::npos) << r.out;
}

TEST_F(Integrity, TriggersRefusePlainSqlUpdates) {
  post_three();
  EXPECT_NE(exec_sql(db_, "UPDATE posting SET debit = debit + 100 WHERE account = '625100'"), "");
  EXPECT_NE(exec_sql(db_, "DELETE FROM txn WHERE status = 'validated'"), "");
  EXPECT_EQ(comptoir({"verify"}).exit_code, 0);
}

TEST_F(Integrity, TamperedAmountIsNamed) {
  post_three();
  drop_triggers();  // a tamperer who knows SQLite removes the guards first
  ASSERT_EQ(exec_sql(db_, "UPDATE posting SET debit = 2500 WHERE account = '625100' AND debit = 2000"), "");
  auto r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_NE(r.err.find("AT-2025-000002"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no longer matches"), std::string::npos) << r.err;
}

TEST_F(Integrity, TamperedLabelIsNamed) {
  post_three();
  drop_triggers();
  ASSERT_EQ(exec_sql(db_, "UPDATE txn SET label = 'Autre chose' WHERE piece_ref = 'P3'"), "");
  auto r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_NE(r.err.find("AT-2025-000003"), std::string::npos) << r.err;
}

TEST_F(Integrity, DanglingReferencesAreNamed) {
  post_three();
  // txn and posting carry no foreign keys (import speed): verify checks them.
  auto intact = comptoir({"verify"});
  EXPECT_NE(intact.out.find("references: every account, journal and entry exists"), std::string::npos) << intact.out;
  drop_triggers();
  ASSERT_EQ(exec_sql(db_, "UPDATE posting SET account = '999999' WHERE account = '625100' AND debit = 1000"), "");
  ASSERT_EQ(exec_sql(db_, "UPDATE txn SET journal = 'ZZ' WHERE piece_ref = 'P2'"), "");
  ASSERT_EQ(exec_sql(db_,
                     "INSERT INTO posting (txn_id, line_no, entity, date, account, debit, credit, label) "
                     "VALUES (4242, 1, 'AT', '2025-03-01', '512000', 0, 0, '')"),
            "");
  auto r = comptoir({"verify"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_NE(r.out.find("references: DANGLING"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("account 999999 of entity AT does not exist"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("journal ZZ of entity AT does not exist"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("entry #4242: its entry does not exist"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace comptoir::e2e
