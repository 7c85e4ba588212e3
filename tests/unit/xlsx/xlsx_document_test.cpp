// The XLSX workbook: Excel's sheet names, and a table longer than a sheet
// continued on the next ones (the per-sheet row limit lowered to 5, read
// back by openpyxl through tests/formats/check_formats.py).
#include "xlsx/xlsx_document.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "core/error.hpp"
#include "support/temp_dir.hpp"

namespace comptoir {
namespace {

TEST(SheetName, KeepsAShortTitle) {
  EXPECT_EQ(sheet_name("Compte de résultat", "Tableau 1", {}), "Compte de résultat");
}

TEST(SheetName, ReplacesTheCharactersExcelRefuses) {
  EXPECT_EQ(sheet_name("TVA [2025]: 3/4 *?\\", "x", {}), "TVA -2025-- 3-4 ---");
  EXPECT_EQ(sheet_name("'cité'", "x", {}), "cité");
}

TEST(SheetName, ShortensALongTitleBeforeCuttingIt) {
  EXPECT_EQ(sheet_name("Bilan RES — exercice 2025 (01/01/2025 – 31/12/2025) — actif", "x", {}), "Bilan RES — actif");
  EXPECT_EQ(sheet_name("Compte de résultat AT — exercice 2025 (01/01/2025 – 31/12/2025)", "x", {}),
            "Compte de résultat AT");
  EXPECT_EQ(sheet_name("Grand livre (comptes 6 et 7)", "x", {}), "Grand livre (comptes 6 et 7)");
  EXPECT_EQ(sheet_name("Projection du modèle de financement — AT", "x", {}), "Projection du modèle de f… — AT");
  EXPECT_EQ(sheet_name("Monte Carlo — AT + RES (combiné, flux internes éliminés) (10000 tirages)", "x", {}),
            "Monte Carlo — AT + RES");
}

TEST(SheetName, CutsAtThirtyOneCharactersOnACodePoint) {
  const std::string name = sheet_name("Écritures de fonds dédiés proposées - AT 2025", "x", {});
  EXPECT_EQ(name, "Écritures de fonds dédiés propo");
}

TEST(SheetName, NamesAnUntitledSheet) {
  EXPECT_EQ(sheet_name("", "Tableau 3", {}), "Tableau 3");
  EXPECT_EQ(sheet_name(" ", "Tableau 3", {}), "Tableau 3");
}

TEST(SheetName, IsUniqueIgnoringCase) {
  EXPECT_EQ(sheet_name("Grand livre", "x", {"GRAND LIVRE"}), "Grand livre (2)");
  EXPECT_EQ(sheet_name("Grand livre", "x", {"Grand livre", "grand livre (2)"}), "Grand livre (3)");
  const std::string long_title(40, 'a');
  const std::string first = sheet_name(long_title, "x", {});
  EXPECT_EQ(first.size(), 31U);
  EXPECT_EQ(sheet_name(long_title, "x", {first}), std::string(27, 'a') + " (2)");
}

TEST(XlsxDocument, RefusesARowLimitBelowTitleHeadingsAndARow) {
  test::TempDir dir;
  EXPECT_THROW(XlsxDocument(dir.path() / "x.xlsx", XlsxOptions{2}), Error);
}

TEST(XlsxDocument, ContinuesALongTableOnTheNextSheets) {
  test::TempDir dir;
  const auto path = dir.path() / "long.xlsx";
  constexpr int rows = 7;
  {
    XlsxDocument document(path, XlsxOptions{5});
    auto writer = document.next_table(Labels(Language::English));
    writer->begin({"Long", {{"n", "N"}, {"amount", "Amount", 12, Align::Right}}});
    std::int64_t sum = 0;
    for (int i = 1; i <= rows; ++i) {
      writer->row({std::to_string(i), Money::from_cents(i * 100)});
      sum += i * 100;
    }
    writer->total({std::string("Total"), Money::from_cents(sum)});
    writer->end();
    document.finish();
    // 3 rows a sheet under the title and headings: 7 rows and the total.
    EXPECT_EQ(document.sheet_names(), (std::vector<std::string>{"Long", "Long (2)", "Long (3)"}));
  }
  const std::string command = std::string(COMPTOIR_PYTHON) + " " + COMPTOIR_CHECK_FORMATS + " overflow " +
                              path.string() + " 5 " + std::to_string(rows);
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

TEST(XlsxDocument, WritesNothingWhenNotFinished) {
  test::TempDir dir;
  const auto path = dir.path() / "never.xlsx";
  {
    XlsxDocument document(path);
    auto writer = document.next_table(Labels(Language::French));
    writer->begin({"T", {{"a", "A"}}});
    writer->row({std::string("x")});
    writer->end();
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace comptoir
