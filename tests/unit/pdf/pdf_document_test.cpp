// The PDF document: pages counted as the tables fill them, a short table
// kept on the page of the one before, nothing written where the file
// cannot go. poppler's tools read real reports in tests/formats/check_pdf.py.
#include "pdf/pdf_document.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "core/error.hpp"
#include "support/temp_dir.hpp"

namespace comptoir {
namespace {

using test::TempDir;

PdfInfo info() {
  return {"Action Territoriale", "900000011", "exercice 2025", Date::parse("2026-01-15"), "0123456789abcdef"};
}

void write_table(TableDocument& document, const std::string& title, int rows) {
  const Labels labels(Language::French);
  auto writer = document.next_table(labels);
  writer->begin(
      {title,
       {{"label", "Libellé", 30}, {"kind", "Kind", 0, Align::Left, 0, true}, {"amount", "Montant", 12, Align::Right}}});
  for (int i = 0; i < rows; ++i)
    writer->row({"ligne " + std::to_string(i), std::string("line"), Money::from_cents(i * 101)});
  writer->total({std::string("Total"), std::string("total"), Money::from_cents(123456)});
  writer->end();
}

std::string head(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text(5, '\0');
  in.read(text.data(), 5);
  return text;
}

TEST(PdfDocument, ALongTableSpansPages) {
  TempDir dir;
  PdfDocument document(dir.path() / "long.pdf", info());
  write_table(document, "Grand livre", 200);
  document.finish();
  EXPECT_GE(document.page_count(), 3);
  EXPECT_EQ(head(dir.path() / "long.pdf"), "%PDF-");
}

TEST(PdfDocument, ShortTablesShareAPage) {
  TempDir dir;
  PdfDocument document(dir.path() / "short.pdf", info());
  write_table(document, "Actif", 10);
  write_table(document, "Passif", 10);
  document.finish();
  EXPECT_EQ(document.page_count(), 1);
}

TEST(PdfDocument, ATableThatDoesNotFitStartsANewPage) {
  TempDir dir;
  PdfDocument document(dir.path() / "two.pdf", info());
  write_table(document, "Actif", 30);
  write_table(document, "Passif", 30);
  document.finish();
  EXPECT_EQ(document.page_count(), 2);
}

Chart bars(int categories) {
  Chart chart{ChartKind::Bars, "Subventions", "Montant (€)", "", {}, {{"Accordé", {}, {}}, {"Dépensé", {}, {}}}, {},
              std::nullopt};
  for (int i = 0; i < categories; ++i) {
    const std::string name = "S-" + std::to_string(i);
    chart.categories.push_back(name);
    for (auto& s : chart.series) {
      s.x_labels.push_back(name);
      s.values.push_back(Money::from_cents((i + 1) * 100000));
    }
  }
  return chart;
}

std::string bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST(PdfDocument, DrawsAChartAfterItsTableAsVectors) {
  TempDir dir;
  PdfDocument document(dir.path() / "chart.pdf", info());
  write_table(document, "Subventions", 5);
  document.chart(bars(3), Labels(Language::French));
  document.finish();
  EXPECT_EQ(document.page_count(), 1);
  const std::string pdf = bytes(dir.path() / "chart.pdf");
  EXPECT_EQ(pdf.find("/Subtype /Image"), std::string::npos);  // paths and text, no picture
}

TEST(PdfDocument, AChartThatDoesNotFitStartsANewPage) {
  TempDir dir;
  PdfDocument document(dir.path() / "charts.pdf", info());
  write_table(document, "Subventions", 30);
  document.chart(bars(12), Labels(Language::French));
  document.chart(bars(40), Labels(Language::French));  // taller than a page: scaled down to one
  document.finish();
  EXPECT_EQ(document.page_count(), 3);
}

TEST(PdfDocument, AnEmptyDocumentIsOnePage) {
  TempDir dir;
  PdfDocument document(dir.path() / "empty.pdf", info());
  document.finish();
  EXPECT_EQ(document.page_count(), 1);
  EXPECT_EQ(head(dir.path() / "empty.pdf"), "%PDF-");
}

TEST(PdfDocument, RefusesAFileItCannotWrite) {
  TempDir dir;
  PdfDocument document(dir.path() / "no-such-folder" / "x.pdf", info());
  write_table(document, "Actif", 3);
  EXPECT_THROW(document.finish(), Error);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "no-such-folder"));
}

}  // namespace
}  // namespace comptoir
