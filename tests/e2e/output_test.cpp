// --out FILE and the document formats on the real binary: the file appears
// whole when the command succeeds and not at all otherwise (no temporary
// file left), a folder that cannot take it is refused before the command
// runs, xlsx is refused on standard output, and a book command that writes
// several tables gives one HTML page with a section each.
#include "e2e_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

class Output : public DemoBookSuite {
 protected:
  // The names of the files in the test's folder (but run()'s out.txt and err.txt).
  [[nodiscard]] std::vector<std::string> files() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      const std::string name = entry.path().filename().string();
      if (name != "out.txt" && name != "err.txt") names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
  }
};

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_F(Output, WritesTheFileWholeAndNothingOnStandardOutput) {
  const auto r = comptoir({"--format", "html", "--out", "balance.html", "balance", "--entity", "AT", "--year", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(files(), (std::vector<std::string>{"balance.html"}));
  const std::string html = read_file(dir_ / "balance.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_TRUE(contains(html, "</html>\n")) << html;
}

TEST_F(Output, XlsxWithoutOutIsAUsageError) {
  const auto r = comptoir({"--format", "xlsx", "balance", "--entity", "AT"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "--format xlsx writes a binary workbook")) << r.err;
  EXPECT_TRUE(contains(r.err, "--out FILE.xlsx")) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(Output, AMissingFolderIsRefusedAndNothingIsLeft) {
  for (const std::string format : {"text", "html", "xlsx"}) {
    const auto r = comptoir({"--format", format, "--out", "missing/b." + format, "balance", "--entity", "AT"});
    EXPECT_EQ(r.exit_code, 3) << format << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "cannot write missing/b." + format + ": no folder missing")) << r.err;
  }
  EXPECT_TRUE(files().empty());
}

TEST_F(Output, AFileInPlaceOfTheFolderIsRefused) {
  write_file(dir_ / "notes.txt", "x");
  const auto r = comptoir({"--format", "csv", "--out", "notes.txt/b.csv", "balance"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "notes.txt is not a folder")) << r.err;
  EXPECT_EQ(files(), (std::vector<std::string>{"notes.txt"}));
}

TEST_F(Output, AFolderAsTheFileIsRefused) {
  fs::create_directory(dir_ / "out");
  const auto r = comptoir({"--format", "html", "--out", "out", "balance"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "--out out is a folder")) << r.err;
  EXPECT_TRUE(fs::is_empty(dir_ / "out"));
}

TEST_F(DemoBookTest, TheBookItselfIsRefusedAsOut) {
  const BookSnapshot before = snapshot();
  const auto r = comptoir({"--format", "csv", "--out", db_.string(), "balance"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "is the book itself")) << r.err;
  EXPECT_THAT(snapshot(), SameBookAs(before));
}

TEST_F(Output, AFailingCommandLeavesNoFileAndNoOldFileChanged) {
  for (const std::string format : {"text", "csv", "json", "html", "xlsx"}) {
    const auto r = comptoir({"--format", format, "--out", "is." + format, "report", "income-statement", "--entity",
                             "XX", "--year", "2025"});
    EXPECT_EQ(r.exit_code, 3) << format << ": " << r.err;
  }
  EXPECT_TRUE(files().empty());
  write_file(dir_ / "is.html", "the old report");
  const auto r = comptoir(
      {"--format", "html", "--out", "is.html", "report", "income-statement", "--entity", "AT", "--year", "2019"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_EQ(read_file(dir_ / "is.html"), "the old report");
  EXPECT_EQ(files(), (std::vector<std::string>{"is.html"}));
}

TEST_F(Output, ACommandWithNoTablePrintsNoEmptyPage) {
  const auto r = comptoir({"--format", "html", "verify"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "running totals")) << r.out;
  EXPECT_FALSE(contains(r.out, "<!DOCTYPE")) << r.out;
}

TEST_F(Output, SeveralTablesMakeOnePageWithASectionEach) {
  const auto r = comptoir({"--format", "html", "close", "--entity", "AT", "--year", "2025", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(r.out, "<!DOCTYPE html>"), 1U);
  EXPECT_EQ(count(r.out, "<section>"), 4U);
  EXPECT_EQ(count(r.out, "</html>"), 1U);
}

TEST_F(Output, SeveralTablesMakeOneWorkbookWithASheetEach) {
  const auto r =
      comptoir({"--format", "xlsx", "--out", "close.xlsx", "close", "--entity", "AT", "--year", "2025", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string book = read_file(dir_ / "close.xlsx");
  EXPECT_EQ(book.substr(0, 2), "PK");  // a zip archive
  EXPECT_TRUE(contains(book, "xl/worksheets/sheet4.xml")) << "4 sheets";
  EXPECT_FALSE(contains(book, "xl/worksheets/sheet5.xml"));
}

}  // namespace
}  // namespace comptoir::e2e
