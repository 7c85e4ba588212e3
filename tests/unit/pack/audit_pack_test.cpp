// The audit pack's library without the book: a pack of two made-up
// reports and a file is written whole or not at all, its manifest reads
// back, SHA256SUMS has sha256sum's form, and the comparison of a twin
// names the line, the row and the column that differ.
#include "pack/audit_pack.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "pack/pack_check.hpp"
#include "support/temp_dir.hpp"

namespace comptoir {
namespace {

namespace fs = std::filesystem;

// A report of one table: account, amount.
PackReport balance_report(std::string stem, Money amount) {
  return {std::move(stem),
          "AT",
          [amount](TableSink& sink) {
            auto w = sink.next_table();
            w->begin({"Balance", {{"account", "Compte", 8}, {"amount", "Montant", 12, Align::Right}}});
            w->row({std::string("512000"), amount});
            w->row({std::string("706000"), Money::from_cents(-12345)});
            w->end();
          },
          {}};
}

PackContents contents(Money amount) {
  PackContents c;
  c.reports.push_back(balance_report("AT-2025-balance", amount));
  c.files.push_back({"FEC.txt", '\t', [](std::ostream& out) { out << "JournalCode\tMontant\nAC\t10,00\n"; }});
  return c;
}

PackInfo info() {
  PackInfo i;
  i.entity = "AT";
  i.year = 2025;
  i.date = Date::parse("2026-01-15");
  i.schema_version = 9;
  i.books.push_back(
      {"AT", 2025, Date::parse("2025-01-01"), Date::parse("2025-12-31"), false, 3, std::string(64, 'a'), 7});
  return i;
}

// CSV only: the documents are the caller's (PDF, XLSX).
const PackDocumentMaker no_documents = [](const fs::path&, const std::string&,
                                          const PackReport&) -> std::unique_ptr<TableDocument> {
  throw Error(ErrorKind::Internal, "no document expected");
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(AuditPack, WritesTheFolderWholeWithItsManifestAndSums) {
  test::TempDir tmp;
  const fs::path dir = tmp.path() / "pack";
  const Labels t(Language::French);
  {
    PackFolder folder(dir, false);
    folder.write(contents(Money::from_cents(100)), info(), {}, no_documents, t);
    EXPECT_FALSE(fs::exists(dir));  // not before commit()
    (void)folder.commit();
  }
  EXPECT_EQ(read(dir / "AT-2025-balance.csv"), "account,amount\n512000,1.00\n706000,-123.45\n");
  const PackManifest m = parse_manifest(read(dir / "manifest.json"));
  EXPECT_EQ(m.info.entity, "AT");
  EXPECT_EQ(m.info.date, Date::parse("2026-01-15"));
  EXPECT_TRUE(m.info.provisional());
  ASSERT_EQ(m.files.size(), 2U);
  EXPECT_EQ(m.files[0].name, "AT-2025-balance.csv");
  EXPECT_EQ(m.files[0].sha256, sha256_file_hex((dir / "AT-2025-balance.csv").string()));
  EXPECT_EQ(read(dir / "SHA256SUMS"), m.files[0].sha256 + "  AT-2025-balance.csv\n" + m.files[1].sha256 +
                                          "  FEC.txt\n" + sha256_hex(read(dir / "manifest.json")) +
                                          "  manifest.json\n");
  EXPECT_EQ(check_pack_files(dir).files.size(), 2U);
  EXPECT_NO_THROW(check_pack_figures(dir, m, info().books, contents(Money::from_cents(100)), t));
}

TEST(AuditPack, AFailureLeavesNothing) {
  test::TempDir tmp;
  const fs::path dir = tmp.path() / "pack";
  PackContents broken = contents(Money::from_cents(100));
  broken.reports.push_back(
      {"AT-2025-broken", "AT", [](TableSink&) { throw Error(ErrorKind::InvalidInput, "no"); }, {}});
  {
    PackFolder folder(dir, false);
    EXPECT_THROW(folder.write(broken, info(), {}, no_documents, Labels(Language::French)), Error);
  }
  EXPECT_TRUE(fs::is_empty(tmp.path()));
}

TEST(AuditPack, RefusesANonEmptyFolderWithoutForce) {
  test::TempDir tmp;
  const fs::path dir = tmp.path() / "pack";
  fs::create_directory(dir);
  std::ofstream(dir / "old.txt") << "old";
  EXPECT_THROW(PackFolder(dir, false), Error);
  EXPECT_THROW(PackFolder(tmp.path() / "missing" / "pack", false), Error);
  {
    PackFolder folder(dir, true);
    folder.write(contents(Money::from_cents(100)), info(), {}, no_documents, Labels(Language::French));
    (void)folder.commit();
  }
  EXPECT_FALSE(fs::exists(dir / "old.txt"));
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()), 1);
}

TEST(AuditPack, AFigureThatDiffersIsNamed) {
  test::TempDir tmp;
  const fs::path dir = tmp.path() / "pack";
  const Labels t(Language::French);
  PackFolder folder(dir, false);
  folder.write(contents(Money::from_cents(100)), info(), {}, no_documents, t);
  const PackManifest m = folder.commit();
  try {
    check_pack_figures(dir, m, info().books, contents(Money::from_cents(250)), t);
    FAIL() << "no difference found";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Integrity);
    EXPECT_NE(std::string(e.what()).find(
                  "AT-2025-balance.csv: line 2 (row 512000), column amount: '1.00' in the pack, '2.50' in the book"),
              std::string::npos)
        << e.what();
  }
}

TEST(AuditPack, AnEntryMoreInTheBookIsNamedInTheManifest) {
  test::TempDir tmp;
  const fs::path dir = tmp.path() / "pack";
  const Labels t(Language::French);
  PackFolder folder(dir, false);
  folder.write(contents(Money::from_cents(100)), info(), {}, no_documents, t);
  const PackManifest m = folder.commit();
  auto books = info().books;
  books[0].entries = 4;
  books[0].chain_head = std::string(64, 'b');
  try {
    check_pack_figures(dir, m, books, contents(Money::from_cents(100)), t);
    FAIL() << "no difference found";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("manifest.json: AT 2025: 3 entries up to chain head aaaaaaaaaaaaaaaa in the "
                                         "pack, 4 up to bbbbbbbbbbbbbbbb in the book"),
              std::string::npos)
        << e.what();
  }
}

// A document that only says which format it was: its file holds the
// format's name once finished.
class NamedDocument final : public TableDocument {
 public:
  NamedDocument(fs::path path, std::string format) : path_(std::move(path)), format_(std::move(format)) {}
  std::unique_ptr<TableWriter> next_table(const Labels&) override { return std::make_unique<TableDataCollector>(""); }
  void finish() override { std::ofstream(path_) << format_; }

 private:
  fs::path path_;
  std::string format_;
};

TEST(AuditPack, AReportOfItsOwnFormatsGetsOnlyThose) {
  test::TempDir tmp;
  const fs::path dir = tmp.path() / "pack";
  PackContents c = contents(Money::from_cents(100));
  c.reports.push_back(balance_report("AT-2025-general-ledger", Money::from_cents(100)));
  c.reports.back().formats = {"xlsx"};
  PackFolder folder(dir, false);
  folder.write(
      c, info(), {"pdf", "xlsx"},
      [](const fs::path& file, const std::string& format, const PackReport&) {
        return std::make_unique<NamedDocument>(file, format);
      },
      Labels(Language::French));
  (void)folder.commit();
  EXPECT_EQ(read(dir / "AT-2025-balance.pdf"), "pdf");
  EXPECT_EQ(read(dir / "AT-2025-balance.xlsx"), "xlsx");
  EXPECT_FALSE(fs::exists(dir / "AT-2025-general-ledger.pdf"));
  EXPECT_EQ(read(dir / "AT-2025-general-ledger.xlsx"), "xlsx");
  EXPECT_TRUE(fs::exists(dir / "AT-2025-general-ledger.csv"));
}

TEST(FirstCsvDifference, NamesTheColumnOfTheTableTheLineIsIn) {
  const std::string pack = "a,b\n1,2\n\nkey,total\nx,\"3,5\"\n";
  EXPECT_EQ(first_csv_difference(pack, pack, ','), "");
  EXPECT_EQ(first_csv_difference(pack, "a,b\n1,2\n\nkey,total\nx,\"3,6\"\n", ','),
            "line 5 (row x), column total: '3,5' in the pack, '3,6' in the book");
  EXPECT_EQ(first_csv_difference(pack, pack + "y,1\n", ','), "line 6: the book has a row the pack lacks (y,1)");
  EXPECT_EQ(first_csv_difference("A\tB\nAC\t1\n", "A\tB\nAC\t2\n", '\t'),
            "line 2 (row AC), column B: '1' in the pack, '2' in the book");
}

}  // namespace
}  // namespace comptoir
