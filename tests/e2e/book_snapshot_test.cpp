// The "book unchanged" checks can fail: the snapshot sees every table of
// the file, so a grant slipped in with plain SQL changes it while the
// trial balance and the journal (what it compared before) stay the same;
// a changed value, the schema and user_version are seen too. And a command
// that did not run fails the test instead of passing as "refused".
#include <gtest/gtest-spi.h>

#include <stdexcept>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using Snapshot = E2eTest;

TEST_F(Snapshot, NothingChangedIsTheSameBook) {
  const auto before = snapshot();
  EXPECT_FALSE(before.rows.empty());
  EXPECT_GT(before.user_version, 0);
  ASSERT_EQ(comptoir({"--read-only", "verify"}).exit_code, 0);
  output({"balance", "--format", "csv"});
  EXPECT_THAT(snapshot(), SameBookAs(before));
  EXPECT_EQ(snapshot(), before);
}

TEST_F(Snapshot, AGrantInsertedWithPlainSqlIsSeen) {
  const auto before = snapshot();
  const auto balance = output({"balance", "--format", "csv"});
  const auto journal = output({"journal", "--format", "csv"});
  ASSERT_EQ(exec_sql(db_,
                     "INSERT INTO grant_agreement VALUES ('RAW-1', 'RES', 'F-RAW', 'raw', 100, '2025-01-01', "
                     "'2025-12-31', 0, 'grant', 'RAW-1', '741100', '441000', '')"),
            "");
  // What the snapshot compared before this file: blind to the grant.
  EXPECT_EQ(output({"balance", "--format", "csv"}), balance);
  EXPECT_EQ(output({"journal", "--format", "csv"}), journal);
  const auto after = snapshot();
  EXPECT_THAT(after, Not(SameBookAs(before)));
  EXPECT_THAT(test::first_difference(after, before),
              HasSubstr("table grant_agreement: 1 rows, was 0; row 1 added: 'RAW-1'"));
}

TEST_F(Snapshot, AChangedValueIsNamedWithItsRow) {
  const auto before = snapshot();
  ASSERT_EQ(exec_sql(db_, "UPDATE journal SET label = 'Achats !' WHERE entity = 'AT' AND code = 'AC'"), "");
  const auto difference = test::first_difference(snapshot(), before);
  EXPECT_THAT(difference, HasSubstr("table journal:"));
  EXPECT_THAT(difference, HasSubstr("'Achats !'"));
}

TEST_F(Snapshot, SchemaAndUserVersionAreSeen) {
  const auto before = snapshot();
  ASSERT_EQ(exec_sql(db_, "DROP INDEX grant_agreement_by_entity"), "");
  EXPECT_THAT(test::first_difference(snapshot(), before),
              HasSubstr("schema lost an entry: index grant_agreement_by_entity"));
  const auto without_index = snapshot();
  ASSERT_EQ(exec_sql(db_, "PRAGMA user_version = 99"), "");
  EXPECT_THAT(test::first_difference(snapshot(), without_index), HasSubstr("user_version is 99"));
}

TEST_F(Snapshot, AMissingBookIsAnErrorNotAnEmptyBook) {
  EXPECT_THROW((void)test::snapshot_book(dir_ / "none.db"), std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "none.db"));
  write_file(dir_ / "empty.db", "");
  EXPECT_THROW((void)test::snapshot_book(dir_ / "empty.db"), std::runtime_error);
}

// Statics: EXPECT_NONFATAL_FAILURE's statement cannot see locals.
const std::filesystem::path& scratch() {
  static const test::TempDir dir("run-check");
  return dir.path();
}

TEST(Run, AMissingBinaryFailsTheTest) {
  EXPECT_NONFATAL_FAILURE(run_program("/nonexistent/comptoir", scratch(), {"verify"}), "comptoir did not run");
}

TEST(Run, AProgramThatCannotBeExecutedFailsTheTest) {
  write_file(scratch() / "not-executable", "#!/bin/sh\nexit 0\n");
  EXPECT_NONFATAL_FAILURE(run_program(scratch() / "not-executable", scratch(), {"verify"}),
                          "comptoir did not run or was killed (status 126)");
}

}  // namespace
}  // namespace comptoir::e2e
