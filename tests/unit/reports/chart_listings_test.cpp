// Entities, accounts, auxiliary accounts and FEC imports as tables: keys,
// typed cells (dates, counts) and the refusal of an unknown entity.
#include "reports/chart_listings.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "recording_writer.hpp"
#include "report_book_support.hpp"

namespace comptoir {
namespace {

using Strings = std::vector<std::string>;

TEST(ChartListings, EntitiesWithTheirVatStatus) {
  test::ReportBook book;
  test::RecordingWriter out;
  write_entities(book.store(), Labels(Language::English), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Entities");
  EXPECT_EQ(table.keys(), (Strings{"entity", "name", "siren", "vat"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(test::machine_row(table.rows[0]), (Strings{"AT", "Action Territoriale", "900000011", "liable"}));
  EXPECT_EQ(test::machine_text(table.rows[1][3]), "not liable");
}

TEST(ChartListings, AccountsByPrefixAndEntity) {
  test::ReportBook book;
  test::RecordingWriter out;
  write_accounts(book.store(), "AT", "44571", Labels(Language::French), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Plan comptable");
  EXPECT_EQ(table.keys(), (Strings{"entity", "account", "label"}));
  ASSERT_GE(table.rows.size(), 4u);
  EXPECT_EQ(test::machine_row(table.rows[0]), (Strings{"AT", "445710", "TVA collectée"}));
  for (const auto& row : table.rows) EXPECT_EQ(test::machine_text(row[1]).rfind("44571", 0), 0u);

  test::RecordingWriter both;
  write_accounts(book.store(), "", "445710", Labels(Language::French), both);
  ASSERT_EQ(both.table().rows.size(), 2u);  // AT then RES
  EXPECT_EQ(test::machine_text(both.table().rows[1][0]), "RES");
}

TEST(ChartListings, AnUnknownEntityIsRefused) {
  test::ReportBook book;
  test::RecordingWriter out;
  try {
    write_accounts(book.store(), "XX", "", Labels(Language::French), out);
    FAIL() << "expected Error(NotFound)";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  EXPECT_TRUE(out.tables.empty());  // refused before the table starts
  EXPECT_THROW(write_auxiliary_accounts(book.store(), "XX", Labels(Language::French), out), Error);
}

TEST(ChartListings, AuxiliaryAccountsWithTheirCollective) {
  test::ReportBook book;
  {
    Book writer(book.store(), book.store());
    auto scope = writer.begin();
    writer.add_auxiliary("RES", AuxiliaryAccount{"F-ANCT", "ANCT", "441000"});
    scope->commit();
  }
  test::RecordingWriter out;
  write_auxiliary_accounts(book.store(), "RES", Labels(Language::English), out);
  const auto& table = out.table();
  EXPECT_EQ(table.keys(), (Strings{"entity", "code", "label", "parent"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(test::machine_row(table.rows[0]), (Strings{"RES", "F-ANCT", "ANCT", "441000"}));
}

// The import log port over a fixed list of records.
class FixedImportLog final : public FecImportLog {
 public:
  explicit FixedImportLog(std::vector<FecImportRecord> records) : records_(std::move(records)) {}
  std::vector<FecImportRecord> imports() const override { return records_; }
  std::vector<FecImportRecord> imports_of(const std::string&, const std::string&) const override { return {}; }
  std::int64_t record(const FecImportRecord&) override { return 0; }

 private:
  std::vector<FecImportRecord> records_;
};

TEST(ChartListings, FecImportsWithTypedDateAndCounts) {
  FecImportRecord r;
  r.id = 1;
  r.entity = "AT";
  r.file_name = "900000011FEC20251231.txt";
  r.sha256 = std::string(64, 'a');
  r.entries = 3;
  r.lines = 6;
  r.first_entry = "AT-2025-000001";
  r.last_entry = "AT-2025-000003";
  r.imported_on = Date::from_ymd(2026, 1, 15);
  test::RecordingWriter out;
  write_fec_imports(FixedImportLog({r}), Labels(Language::French), out);
  const auto& table = out.table();
  EXPECT_EQ(table.header.title, "Imports FEC");
  EXPECT_EQ(table.keys(), (Strings{"id", "imported_on", "entity", "entries", "lines", "first_entry", "last_entry",
                                   "file", "sha256"}));
  EXPECT_EQ(table.header.columns.back().width, 0);  // the SHA-256 is for machines
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(std::get<Date>(table.rows[0][1]), Date::from_ymd(2026, 1, 15));
  EXPECT_EQ(std::get<std::int64_t>(table.rows[0][3]), 3);
  EXPECT_EQ(test::machine_row(table.rows[0]), (Strings{"1", "2026-01-15", "AT", "3", "6", "AT-2025-000001",
                                                       "AT-2025-000003", "900000011FEC20251231.txt", r.sha256}));
}

}  // namespace
}  // namespace comptoir
