// End to end: books written by every earlier schema version open, migrate
// and keep working. Each tests/data/books/<name>.sql is a book written by
// the comptoir of the commit that had that version (write_old_book.sh says
// how), with the balance that binary printed for it.
#include <set>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

const std::filesystem::path books_dir = std::filesystem::path(COMPTOIR_TEST_DATA_DIR) / "books";

struct OldBook {
  const char* name;                // file name without .sql
  const char* commit;              // the commit whose comptoir wrote it
  int version;                     // its PRAGMA user_version
  std::set<std::string> features;  // commune, guinguette, grant, asset: the data it holds
};

void PrintTo(const OldBook& book, std::ostream* out) {
  *out << book.name << " (written by " << book.commit << ")";
}

class SchemaMigration : public E2eTest, public ::testing::WithParamInterface<OldBook> {
 protected:
  // The old book restored in old.db (the dump is the file, row for row).
  void restore() {
    const std::string sql = read_file(books_dir / (std::string(GetParam().name) + ".sql"));
    ASSERT_FALSE(sql.empty()) << GetParam().name;
    ASSERT_EQ(exec_sql(old_, sql), "");
    ASSERT_EQ(query_one(old_, "PRAGMA user_version"), std::to_string(GetParam().version));
  }
  RunResult on_old(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", old_.string()});
    return run(dir_, args);
  }
  bool has(const std::string& feature) const { return GetParam().features.count(feature) != 0; }

  std::filesystem::path old_ = dir_ / "old.db";
};

TEST_P(SchemaMigration, OpensMigratesKeepsItsDataAndTakesNewWrites) {
  restore();
  // A reading command asks for the upgrade; the first write migrates.
  auto r = on_old({"balance"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "open it once for writing")) << r.err;
  r = on_old({"post", "--entity", "AT", "--journal", "OD", "--date", "2025-05-05", "--ref", "NEW", "--label",
              "After the migration", "--debit", "606100=1.00", "--credit", "512000=1.00", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(query_one(old_, "PRAGMA user_version"), query_one(db_, "PRAGMA user_version"));
  r = on_old({"verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  // The figures the old program printed, before the new entry.
  r = on_old({"balance", "--to", "2025-04-30", "--format", "csv"});
  EXPECT_EQ(r.out, read_file(books_dir / (std::string(GetParam().name) + ".balance.csv")));
  r = on_old({"journal", "--entity", "AT", "--year", "2025", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "AT-2025-000003")) << r.out;  // numbering goes on
  r = on_old({"journal", "--entity", "RES", "--status", "draft", "--format", "csv"});
  EXPECT_TRUE(contains(r.out, "BROUILLON")) << r.out;
  if (has("commune")) {
    EXPECT_TRUE(contains(on_old({"prestation", "list", "--format", "csv"}).out, "COM-A"));
  }
  if (has("guinguette")) {
    EXPECT_TRUE(contains(on_old({"guinguette", "event", "list", "--format", "csv"}).out, "Villers"));
  }
  if (has("grant")) {
    EXPECT_TRUE(contains(on_old({"grant", "list", "--format", "csv"}).out, "REGION-2025"));
    // Version 8: the grant's action takes a budget and has its report.
    write_file(dir_ / "budget.csv", "line,amount\n64,30000\n74.region,30000\n");
    r = on_old({"grant", "budget", "REGION-2025", "--file", (dir_ / "budget.csv").string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    r = on_old({"--format", "csv", "report", "grant-report", "REGION-2025"});
    EXPECT_TRUE(contains(r.out, "74.region,line,Subvention de la Région,30000.00,18000.00,-12000.00,-40.0")) << r.out;
  }
  if (has("asset")) {
    EXPECT_TRUE(contains(on_old({"asset", "list", "--format", "csv"}).out, "FOUR-1"));
    r = on_old({"asset", "subsidy", "FOUR-1", "--amount", "3000"});  // version 10's columns
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(on_old({"asset", "show", "FOUR-1", "--format", "csv"}).out, "subsidy_amount,3000.00"));
  }
  r = on_old({"validate", "--all"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = on_old({"post", "--entity", "AT", "--journal", "OD", "--date", "2024-06-01", "--label", "Closed", "--debit",
              "606100=1.00", "--credit", "512000=1.00"});
  EXPECT_EQ(r.exit_code, 4) << r.err;  // 2024 was closed by the old program
  r = on_old({"commune", "add", "COM-Z", "Commune Z"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = on_old({"guinguette", "event", "add", "--date", "2025-07-14", "--tour", "picardie", "--commune", "Ham"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = on_old({"import", "list"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Version 11: the bank statements of an account.
  write_file(dir_ / "bank.csv", "Date;Libellé;Référence;Montant\n10/02/2025;LOYER;B-1;-1 440,00\n");
  r = on_old({"bank", "import", (dir_ / "bank.csv").string(), "--entity", "AT", "--profile", "signed"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = on_old({"bank", "match", "--auto", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Matched 1 line(s) with 1 posting(s)")) << r.out;
  r = on_old({"verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

// No program wrote version 2 as its last: version 3 (9a3531d) came first,
// without version 2's tables, and version 2 was added beside it (702b823).
// v1 is the first schema (foreign keys on txn and posting, a unique index on
// the numbers), v5 the one before version 6, v7 the one before the grant
// budgets (version 8; its 2024 closed by `close`, with opening entries),
// v8 the one before the closed year's links were locked in SQL (version 9),
// v9 the one before investment subsidies were linked to assets (version 10),
// v10 the one before the bank statements (version 11), v11 the one before
// closed years' locks and sealed FEC import records (version 12; it holds a
// FEC import into RES), v12 the one before sealed till imports and bank
// statements (version 13; it holds one of each).
INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, SchemaMigration,
                         ::testing::Values(OldBook{"v1", "ab8a8bf", 1, {}},
                                           OldBook{"v3_without_v2", "9a3531d", 3, {"guinguette"}},
                                           OldBook{"v3", "4caa46d", 3, {"commune", "guinguette"}},
                                           OldBook{"v4", "59b27df", 4, {"commune", "guinguette", "grant"}},
                                           OldBook{"v5", "30b15ce", 5, {"commune", "guinguette", "grant"}},
                                           OldBook{"v7", "5f78997", 7, {"commune", "guinguette", "grant", "asset"}},
                                           OldBook{"v8", "781bd28", 8, {"commune", "guinguette", "grant", "asset"}},
                                           OldBook{"v9", "731c2a2", 9, {"commune", "guinguette", "grant", "asset"}},
                                           OldBook{"v10", "fe33e8c", 10, {"commune", "guinguette", "grant", "asset"}},
                                           OldBook{"v11", "94318b4", 11, {"commune", "guinguette", "grant", "asset"}},
                                           OldBook{"v12", "c43eaba", 12, {"commune", "guinguette", "grant", "asset"}}),
                         [](const ::testing::TestParamInfo<OldBook>& book) { return std::string(book.param.name); });

// Version 12: a book closed and imported into before it gets, when
// migrated, the records `verify` holds its closed year and its FEC import
// to, taken from the book as it is; a change behind Comptoir's back then
// shows.
using SchemaVersion12 = E2eTest;

TEST_F(SchemaVersion12, AVersion11BookHasItsLockAndImportRecordedWhenMigrated) {
  const std::filesystem::path old = dir_ / "old.db";
  ASSERT_EQ(exec_sql(old, read_file(books_dir / "v11.sql")), "");
  auto r = run(dir_, {"--db", old.string(), "post", "--entity", "AT", "--journal", "OD", "--date", "2025-05-05",
                      "--label", "Migrates", "--debit", "606100=1.00", "--credit", "512000=1.00"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(query_one(old,
                      "SELECT entries || ' ' || (last_hash = (SELECT hash FROM txn WHERE entity = 'AT' AND "
                      "fiscal_year = 2024 ORDER BY chain_position DESC LIMIT 1)) FROM year_lock "
                      "WHERE entity = 'AT' AND year = 2024"),
            query_one(old, "SELECT count(*) FROM txn WHERE entity = 'AT' AND fiscal_year = 2024") + " 1");
  EXPECT_EQ(query_one(old, "SELECT count(*) FROM fec_import WHERE length(seal) = 64"), "1");
  r = run(dir_, {"--db", old.string(), "verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(contains(r.out, "closed years: as their closing recorded\nFEC imports: records match their seals\n"))
      << r.out;
  const std::string drop = query_one(old,
                                     "SELECT group_concat('DROP TRIGGER ' || name, '; ') FROM sqlite_master "
                                     "WHERE type = 'trigger'");
  ASSERT_EQ(exec_sql(old, drop + "; UPDATE fiscal_year SET status = 'open' WHERE entity = 'AT' AND year = 2024;"
                                 "UPDATE fec_import SET file_name = 'autre.txt'"),
            "");
  r = run(dir_, {"--db", old.string(), "verify"});
  EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "closed fiscal year 2024 of AT is open again")) << r.err;
  EXPECT_TRUE(contains(r.err, "FEC import #1 of RES (file autre.txt, SHA-256 ")) << r.err;
}

// Version 13: the till import and the bank statement of a version 12 book
// are sealed when it is migrated; a change behind Comptoir's back to
// either, to one of their rows, or a seal erased, then shows.
using SchemaVersion13 = E2eTest;

TEST_F(SchemaVersion13, AVersion12BooksTillAndBankRecordsAreSealedWhenMigrated) {
  const std::filesystem::path old = dir_ / "old.db";
  ASSERT_EQ(exec_sql(old, read_file(books_dir / "v12.sql")), "");
  auto r = run(dir_, {"--db", old.string(), "post", "--entity", "AT", "--journal", "OD", "--date", "2025-05-05",
                      "--label", "Migrates", "--debit", "606100=1.00", "--credit", "512000=1.00"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(query_one(old, "SELECT count(*) FROM till_import WHERE length(seal) = 64"), "1");
  EXPECT_EQ(query_one(old, "SELECT count(*) FROM bank_statement WHERE length(seal) = 64"), "1");
  r = run(dir_, {"--db", old.string(), "verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(contains(r.out, "till and bank imports: records match their seals\n")) << r.out;
  // The triggers still refuse a plain change; the seal is set only once.
  EXPECT_NE(exec_sql(old, "UPDATE till_import SET seal = NULL"), "");
  EXPECT_NE(exec_sql(old, "UPDATE bank_statement SET closing_cents = 0"), "");
  const std::string drop = query_one(old,
                                     "SELECT group_concat('DROP TRIGGER ' || name, '; ') FROM sqlite_master "
                                     "WHERE type = 'trigger'");
  ASSERT_EQ(exec_sql(old, drop + "; UPDATE till_import_day SET cash = 6000, card = 6000;"
                                 "UPDATE bank_line SET amount_cents = 250000"),
            "");
  r = run(dir_, {"--db", old.string(), "verify"});
  EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
  EXPECT_TRUE(contains(r.out, "till and bank imports: RECORDS CHANGED\n")) << r.out;
  EXPECT_TRUE(contains(r.err,
                       "till import #1 (file z.csv, imported on 2025-12-31): its record or its days no "
                       "longer match its seal"))
      << r.err;
  EXPECT_TRUE(contains(r.err,
                       "bank statement #1 of AT 512000 (releve.csv, file releve.csv): its record or its "
                       "lines no longer match its seal"))
      << r.err;
}

}  // namespace
}  // namespace comptoir::e2e
