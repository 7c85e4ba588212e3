// The tables of a PDF as people read them: each cell's text (as the text
// writer shows it), its alignment and the kind of its row. Plain data, no
// Qt: the layout (pdf_layout.hpp) measures and draws it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "labels/labels.hpp"
#include "pdf/pdf_document.hpp"
#include "render/chart_scene.hpp"

namespace comptoir {

// Emphasis: a statement's row of kind total, result or heading (its
// machine column "kind"), bold like a total.
enum class PdfRowKind { Row, Total, Footer, Emphasis };

struct PdfCell {
  std::string text;
  bool right = false;
};

struct PdfRow {
  PdfRowKind kind = PdfRowKind::Row;
  bool rule_above = false;  // a separator() before it
  std::vector<PdfCell> cells;
};

// A table, or a chart (no columns, no rows): the scene render/ laid out,
// drawn as vector paths and text.
struct PdfTable {
  std::string title;
  std::vector<std::string> headings;
  std::vector<bool> right;  // per column: amounts, counts
  std::vector<PdfRow> rows;
  std::optional<ChartScene> chart;
};

struct PdfDocument::Content {
  std::filesystem::path path;
  PdfInfo info;
  Language language = Language::French;
  std::vector<PdfTable> tables;
  int pages = 0;
};

// Lays the tables out on pages and draws them into `content.path`;
// returns the number of pages.
[[nodiscard]] int draw_pdf(const PdfDocument::Content& content);

}  // namespace comptoir
