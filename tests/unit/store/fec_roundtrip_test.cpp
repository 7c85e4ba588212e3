// FEC import and export against the real SQLite store: what the import
// creates and posts, the exported format, and a seeded round trip
// (random book -> export -> import into an empty book -> same trial balance).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/book.hpp"
#include "core/error.hpp"
#include "core/lettering.hpp"
#include "fec/fec_export.hpp"
#include "fec/fec_import.hpp"
#include "sqlite_test_support.hpp"
#include "store/sqlite_book.hpp"
#include "store/sqlite_lettering_store.hpp"

namespace comptoir {
namespace {

// One directory per test process (parallel ctest runs stay apart), removed
// with everything in it when the process ends.
// The file is removed first: a loop may reuse a name for a new book.
std::string temp_path(const std::string& name) {
  static const test::TempDir dir;
  const std::string path = dir.file(name);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

std::string fixture(const std::string& name) {
  return std::string(COMPTOIR_TEST_DATA_DIR) + "/fec/" + name;
}

std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// A book with the default entities, chart and journals for 2025.
std::unique_ptr<SqliteBook> initialised_book(const std::string& name) {
  auto db = SqliteBook::open(temp_path(name), OpenMode::Create);
  Book book(*db, *db);
  auto scope = book.begin();
  book.initialise(2025);
  scope->commit();
  return db;
}

// A book with entity AT and fiscal year 2025 only: no journal, no account.
std::unique_ptr<SqliteBook> empty_book(const std::string& name) {
  auto db = SqliteBook::open(temp_path(name), OpenMode::Create);
  Book book(*db, *db);
  auto scope = book.begin();
  db->add_entity(Entity{"AT", "Action Territoriale", "900000011", true});
  book.add_fiscal_year("AT", 2025);
  scope->commit();
  return db;
}

FecImportResult import_into(SqliteBook& db, const std::string& path, FecImportOptions options = {}) {
  Book book(db, db);
  auto scope = book.begin();
  if (options.validation_date == Date()) options.validation_date = Date::from_ymd(2025, 12, 31);
  FecImportResult result = import_fec(path, "AT", book, options);
  scope->commit();
  return result;
}

std::vector<Transaction> transactions(const SqliteBook& db) {
  std::vector<Transaction> out;
  TransactionFilter filter;
  filter.entity = "AT";
  db.for_each_transaction(filter, [&](const Transaction& t) { out.push_back(t); });
  return out;
}

std::string export_text(const SqliteBook& db) {
  std::ostringstream out;
  export_fec(db, "AT", 2025, out);
  return out.str();
}

Transaction header(const std::string& journal, Date date, const std::string& piece_ref, Date piece_date,
                   const std::string& label) {
  Transaction t;
  t.entity = "AT";
  t.journal = journal;
  t.date = date;
  t.piece_ref = piece_ref;
  t.piece_date = piece_date;
  t.label = label;
  return t;
}

TEST(FecImport, PostsValidatedTransactionsAnFirstAndCreatesAuxiliaries) {
  auto db = initialised_book("fec_import_basic.db");
  const FecImportResult r = import_into(*db, fixture("tab_lf_utf8.txt"));
  EXPECT_EQ(r.entries, 2u);
  EXPECT_EQ(r.lines, 4u);
  EXPECT_EQ(r.created_auxiliaries, 1u);
  EXPECT_EQ(r.created_journals, 0u);
  const auto ts = transactions(*db);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].journal, "AN");
  EXPECT_EQ(ts[0].sequence, 1);
  EXPECT_TRUE(ts[1].is_validated());
  EXPECT_EQ(ts[1].piece_ref, "F2025-01");
  EXPECT_EQ(ts[1].piece_date, Date::from_ymd(2025, 3, 14));
  EXPECT_EQ(ts[1].validation_date, Date::from_ymd(2025, 3, 16));
  EXPECT_EQ(ts[1].label, "Prestation atelier");
  EXPECT_EQ(ts[1].postings[0].auxiliary, "COM-VILLERS");
  EXPECT_EQ(ts[1].postings[0].debit, Money::from_cents(12000));
  const auto aux = db->auxiliary("AT", "COM-VILLERS");
  ASSERT_TRUE(aux);
  EXPECT_EQ(aux->parent_account, "411000");
}

TEST(FecImport, SortsByDateCreatesJournalsAndPadsShortAccounts) {
  auto db = empty_book("fec_import_variants.db");
  std::vector<std::pair<std::size_t, std::size_t>> progress;
  FecImportOptions options;
  options.validation_date = Date::from_ymd(2025, 12, 31);
  options.progress = [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); };
  const FecImportResult r = import_into(*db, fixture("variants.txt"), options);
  EXPECT_EQ(r.entries, 4u);
  EXPECT_EQ(r.created_journals, 3u);
  EXPECT_EQ(r.created_accounts, 6u);
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.back(), std::make_pair(std::size_t{4}, std::size_t{4}));
  const auto ts = transactions(*db);
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].date, Date::from_ymd(2025, 1, 10));              // OD 7, line 6 of the file
  EXPECT_EQ(ts[3].date, Date::from_ymd(2025, 6, 1));               // VE 1, line 2 of the file
  EXPECT_EQ(ts[3].validation_date, Date::from_ymd(2025, 12, 31));  // blank ValidDate

  const std::string path = write_temp(
      "short_accounts.txt",
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tPieceRef\tPieceDate\tEcritureLib\t"
      "Debit\tCredit\tValidDate\n"
      "BQ2\tBanque 2\t1\t20250301\t512\tBanque\tB1\t20250301\tDépôt\t5,00\t0,00\t20250301\n"
      "BQ2\tBanque 2\t1\t20250301\t7580\tProduits divers\tB1\t20250301\tDépôt\t0,00\t5,00\t20250301\n");
  import_into(*db, path);
  EXPECT_TRUE(db->account("AT", "512000"));
  EXPECT_TRUE(db->account("AT", "758000"));
}

void expect_import_error(SqliteBook& db, const std::string& path, int line, const std::string& field) {
  const auto before = transactions(db).size();
  try {
    import_into(db, path);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput) << e.what();
    const std::string prefix = path + ":" + std::to_string(line) + ": field '" + field + "': ";
    EXPECT_EQ(std::string(e.what()).rfind(prefix, 0), 0u) << e.what();
  }
  EXPECT_EQ(transactions(db).size(), before);
}

TEST(FecImport, RejectsEntriesOutsideOpenYearsAndUnusableAccounts) {
  auto db = initialised_book("fec_import_rejects.db");
  const std::string head =
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tPieceRef\tPieceDate\tEcritureLib\t"
      "Debit\tCredit\tValidDate\n";
  const std::string ok =
      "OD\tOD\t1\t20250301\t512000\tBanque\tP\t20250301\tx\t1\t0\t20250301\n"
      "OD\tOD\t1\t20250301\t758000\tProduits\tP\t20250301\tx\t0\t1\t20250301\n";
  expect_import_error(
      *db,
      write_temp("out_of_year.txt", head + ok +
                                        "OD\tOD\t2\t20240301\t512000\tBanque\tP\t20240301\tx\t1\t0\t\n"
                                        "OD\tOD\t2\t20240301\t758000\tProduits\tP\t20240301\tx\t0\t1\t\n"),
      4, "EcritureDate");
  expect_import_error(
      *db,
      write_temp("long_account.txt", head + ok +
                                         "OD\tOD\t2\t20250301\t5120000000001\tBanque\tP\t20250301\tx\t1\t0\t\n"
                                         "OD\tOD\t2\t20250301\t758000\tProduits\tP\t20250301\tx\t0\t1\t\n"),
      4, "CompteNum");
}

TEST(FecExport, WritesTheLegalFormat) {
  auto db = initialised_book("fec_export_format.db");
  {
    Book book(*db, *db);
    auto scope = book.begin();
    Transaction sale = header("VE", Date::from_ymd(2025, 3, 15), "F|1", Date::from_ymd(2025, 3, 14), "Vente\tatelier");
    sale.postings = {Posting{"411000", "", Money::from_cents(123456), Money(), "", {}},
                     Posting{"706000", "", Money(), Money::from_cents(123456), "Ligne\r\nproduit", {}}};
    book.post(sale, true, Date::from_ymd(2025, 3, 20));
    Transaction opening = header("AN", Date::from_ymd(2025, 1, 1), "AN1", Date::from_ymd(2025, 1, 1), "Report");
    opening.postings = {Posting{"512000", "", Money::from_cents(5), Money(), "", {}},
                        Posting{"102000", "", Money(), Money::from_cents(5), "", {}}};
    book.post(opening, true, Date::from_ymd(2025, 3, 21));
    scope->commit();
  }
  const std::string text = export_text(*db);
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0],
            "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
            "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise");
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_NE(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(lines[1].substr(0, 3), "AN\t");  // à-nouveaux first although validated last
  EXPECT_EQ(lines[1].find("\t2\t20250101\t512000\t"), lines[1].find('\t', 3));
  EXPECT_NE(lines[1].find("\t0,05\t0,00\t\t\t20250321\t\t"), std::string::npos);
  EXPECT_NE(lines[3].find("\t1\t20250315\t411000\t"), std::string::npos);
  EXPECT_NE(lines[3].find("\tF 1\t20250314\tVente atelier\t1234,56\t0,00\t\t\t20250320\t\t"), std::string::npos);
  EXPECT_NE(lines[4].find("\tLigne  produit\t0,00\t1234,56\t"), std::string::npos);
  for (const auto& l : lines) EXPECT_EQ(std::count(l.begin(), l.end(), '\t'), 17) << l;
  EXPECT_EQ(fec_file_name(*db->entity("AT"), db->fiscal_years("AT").at(0)), "900000011FEC20251231.txt");
}

// Random balanced transactions over a few accounts and auxiliaries.
void post_random_book(Book& book, std::mt19937& rng, int count) {
  const std::vector<std::string> accounts = {"411000", "401000", "512000", "530000", "606100", "706000", "758000"};
  const std::vector<std::string> journals = {"AC", "VE", "BQ", "CA", "OD"};
  book.add_auxiliary("AT", AuxiliaryAccount{"C-001", "Client é|1", "411000"});
  book.add_auxiliary("AT", AuxiliaryAccount{"F-002", "Fournisseur 2", "401000"});
  std::uniform_int_distribution<std::int64_t> cents(1, 100000000);
  for (int i = 0; i < count; ++i) {
    const std::string& journal = journals[rng() % journals.size()];
    const Date date = Date::from_ymd(2025, 1, 1).plus_days(static_cast<int>(rng() % 365));
    Transaction t =
        header(journal, date, "P" + std::to_string(i), Date::from_ymd(2025, 1, 1), "Écriture " + std::to_string(i));
    const std::size_t lines = 2 + rng() % 4;
    std::int64_t balance = 0;
    for (std::size_t l = 0; l + 1 < lines; ++l) {
      const std::int64_t amount = cents(rng) * (rng() % 2 == 0 ? 1 : -1);
      balance += amount;
      const std::string& account = accounts[rng() % accounts.size()];
      Posting p{account, account == "411000" && rng() % 2 == 0 ? "C-001" : "", {}, {}, "", {}};
      (amount > 0 ? p.debit : p.credit) = Money::from_cents(amount > 0 ? amount : -amount);
      t.postings.push_back(p);
    }
    if (balance == 0) continue;
    Posting last{"512000", "", {}, {}, "contrepartie", {}};
    (balance < 0 ? last.debit : last.credit) = Money::from_cents(balance < 0 ? -balance : balance);
    t.postings.push_back(last);
    book.post(t, true, t.date.plus_days(static_cast<int>(rng() % 5)));
  }
}

// `count` random entries exported, imported into an empty book: the same
// trial balance, as many entries and lines.
void expect_round_trip(unsigned seed, int count) {
  SCOPED_TRACE("seed " + std::to_string(seed) + ", " + std::to_string(count) + " entries");
  std::mt19937 rng(seed);
  auto source = initialised_book("fec_rt_source.db");
  {
    Book book(*source, *source);
    auto scope = book.begin();
    post_random_book(book, rng, count);
    scope->commit();
  }
  const std::string path = write_temp("fec_rt.txt", export_text(*source));
  auto target = empty_book("fec_rt_target.db");
  import_into(*target, path);
  TransactionFilter filter;
  filter.entity = "AT";
  filter.fiscal_year = 2025;
  const auto expected = source->trial_balance(filter);
  const auto actual = target->trial_balance(filter);
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(actual[i].account, expected[i].account);
    EXPECT_EQ(actual[i].debit, expected[i].debit) << expected[i].account;
    EXPECT_EQ(actual[i].credit, expected[i].credit) << expected[i].account;
  }
  EXPECT_EQ(transactions(*target).size(), transactions(*source).size());
  const std::string exported = export_text(*source);
  const std::string again = export_text(*target);  // same lines, numbered in date order now
  EXPECT_EQ(std::count(again.begin(), again.end(), '\n'), std::count(exported.begin(), exported.end(), '\n'));
}

TEST(FecRoundTrip, ExportThenImportIntoAnEmptyBookKeepsTheTrialBalance) {
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) expect_round_trip(seed, 60);
}

// Above one batch of 4,096 entries the import reads and checks on one
// thread while it stores on another (run_two_stage_pipeline): the case
// .ci/run's ThreadSanitizer stage is there for.
TEST(FecRoundTrip, AnImportOfTwoBatchesOnTwoThreadsKeepsTheTrialBalance) {
  expect_round_trip(6, 5000);
}

TEST(FecRoundTrip, LetteringGoesOutAndComesBackExactly) {
  auto source = initialised_book("fec_let_source.db");
  {
    Book book(*source, *source);
    auto scope = book.begin();
    book.add_auxiliary("AT", AuxiliaryAccount{"C-001", "Client 1", "411000"});
    const auto post = [&](const char* journal, Date date, const char* piece, std::int64_t cents) {
      Transaction t = header(journal, date, piece, date, piece);
      t.postings = {Posting::with_balance("411000", Money::from_cents(cents), {.auxiliary = "C-001"}),
                    Posting::with_balance(cents > 0 ? "706000" : "512000", Money::from_cents(-cents))};
      book.post(t, true, date);
    };
    post("VE", Date::from_ymd(2025, 2, 1), "F-1", 10000);
    post("VE", Date::from_ymd(2025, 2, 2), "F-2", 2500);
    post("VE", Date::from_ymd(2025, 2, 3), "F-3", 7500);
    post("BQ", Date::from_ymd(2025, 3, 1), "R-1", -10000);
    post("BQ", Date::from_ymd(2025, 3, 9), "R-2", -10000);
    SqliteLetteringStore lettering(*source);
    ASSERT_EQ(letter_automatically(*source, lettering, "AT", "411000", "").size(), 2u);
    scope->commit();
  }
  const std::string exported = export_text(*source);
  EXPECT_NE(exported.find("\tF-1\t20250201\tF-1\t100,00\t0,00\tAA\t20250301\t"), std::string::npos) << exported;
  EXPECT_NE(exported.find("\tR-2\t20250309\tR-2\t0,00\t100,00\tAB\t20250309\t"), std::string::npos) << exported;
  auto target = empty_book("fec_let_target.db");
  import_into(*target, write_temp("fec_let.txt", exported));
  EXPECT_EQ(export_text(*target), exported);
  EXPECT_EQ(test::query_int(target->path(), "SELECT count(*) FROM lettering"), 5);
}

}  // namespace
}  // namespace comptoir
