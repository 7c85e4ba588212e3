// The PDF document's tables, collected cell by cell as text shows them
// (see pdf_document.hpp); pdf_layout.cpp draws them.
#include "pdf/pdf_document.hpp"

#include "pdf_content.hpp"
#include "render/table_writers.hpp"

namespace comptoir {
namespace {

bool bold_kind(const Cell& cell) {
  const auto kind = machine_text(cell);
  return kind == "total" || kind == "result" || kind == "year_result" || kind == "heading";
}

class PdfTableWriter final : public TableWriter {
 public:
  PdfTableWriter(std::vector<PdfTable>& tables, const Labels& labels) : tables_(tables), labels_(labels) {}
  void begin(const TableHeader& header) override {
    columns_ = header.columns;
    PdfTable table;
    table.title = header.title;
    for (const auto& c : columns_) {
      if (c.machine) continue;
      table.headings.push_back(c.heading);
      table.right.push_back(c.align == Align::Right);
    }
    tables_.push_back(std::move(table));
  }
  void row(const std::vector<Cell>& cells) override { line(cells, PdfRowKind::Row); }
  void total(const std::vector<Cell>& cells) override { line(cells, PdfRowKind::Total); }
  void footer(const std::vector<Cell>& cells) override { line(cells, PdfRowKind::Footer); }
  void separator() override { separated_ = true; }
  void end() override {}

 private:
  void line(const std::vector<Cell>& cells, PdfRowKind kind) {
    PdfRow row;
    row.kind = kind;
    row.rule_above = separated_;
    separated_ = false;
    const Cell empty;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].machine) {
        // A statement's rows say their kind: its totals and results are
        // bold, as total() rows are, and so are its headings.
        if (kind == PdfRowKind::Row && columns_[i].key == "kind" && i < cells.size() && bold_kind(cells[i])) {
          row.kind = PdfRowKind::Emphasis;
        }
        continue;
      }
      const Cell& cell = i < cells.size() ? cells[i] : empty;
      row.cells.push_back({human_text(cell, labels_), numeric_cell(cell) || columns_[i].align == Align::Right});
    }
    tables_.back().rows.push_back(std::move(row));
  }

  std::vector<PdfTable>& tables_;
  Labels labels_;
  std::vector<Column> columns_;
  bool separated_ = false;
};

}  // namespace

PdfDocument::PdfDocument(std::filesystem::path path, PdfInfo info) : content_(std::make_unique<Content>()) {
  content_->path = std::move(path);
  content_->info = std::move(info);
}

PdfDocument::~PdfDocument() = default;

std::unique_ptr<TableWriter> PdfDocument::next_table(const Labels& labels) {
  if (content_->tables.empty()) content_->language = labels.language();
  return std::make_unique<PdfTableWriter>(content_->tables, labels);
}

void PdfDocument::chart(const Chart& chart, const Labels& labels) {
  if (content_->tables.empty()) content_->language = labels.language();
  PdfTable table;
  table.title = chart.title;
  table.chart = lay_out_chart(chart, labels);
  content_->tables.push_back(std::move(table));
}

void PdfDocument::finish() {
  content_->pages = draw_pdf(*content_);
}

int PdfDocument::page_count() const {
  return content_->pages;
}

}  // namespace comptoir
