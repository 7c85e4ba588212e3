// One HTML page of report tables (see html_document.hpp). The page is
// streamed: its head is written with the first table (whose title names
// the page), each row as it comes, the end by finish().
#include "render/html_document.hpp"

#include "render/chart_scene.hpp"
#include "render/svg_chart.hpp"
#include "render/table_writers.hpp"

namespace comptoir {
namespace {

// Inline, so the file stands alone: no web font, no image, no link. Print:
// A4, headings repeated on each page (thead as a table-header-group), rows
// kept whole, a title kept with its table.
constexpr std::string_view style =
    R"(body{font:14px/1.4 system-ui,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#1a1a1a;margin:24px}
section{margin:0 0 32px}
h2{font-size:17px;margin:0 0 8px}
table{border-collapse:collapse}
th,td{padding:3px 10px;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top}
thead th{background:#f0f0f0;border-bottom:2px solid #999;font-weight:600}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.date{white-space:nowrap}
tr.break td{border-top:1px solid #999}
tr.total td,tr.footer td{font-weight:700;border-top:2px solid #555;background:#fafafa}
figure.chart{margin:0 0 32px}
figure.chart figcaption{font-size:15px;font-weight:600;margin:0 0 6px}
figure.chart svg{display:block;width:800px;max-width:100%;height:auto}
@media print{
@page{size:A4;margin:14mm 12mm}
body{margin:0;font-size:9pt}
section{margin-bottom:16px}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
h2{break-after:avoid;page-break-after:avoid}
figure.chart{break-inside:avoid;page-break-inside:avoid}
thead th,tr.total td,tr.footer td{background:none}
}
)";

class HtmlDocument;

class HtmlTableWriter final : public TableWriter {
 public:
  HtmlTableWriter(HtmlDocument& document, std::ostream& out, const Labels& labels)
      : document_(document), out_(out), labels_(labels) {}
  void begin(const TableHeader& header) override;
  void row(const std::vector<Cell>& cells) override { line(cells, ""); }
  void total(const std::vector<Cell>& cells) override { line(cells, "total"); }
  void footer(const std::vector<Cell>& cells) override { line(cells, "footer"); }
  void separator() override { separated_ = true; }
  void end() override { out_ << "</tbody>\n</table>\n</section>\n"; }

 private:
  void line(const std::vector<Cell>& cells, std::string_view kind);

  HtmlDocument& document_;
  std::ostream& out_;
  Labels labels_;
  std::vector<Column> columns_;
  bool separated_ = false;
};

class HtmlDocument final : public TableDocument {
 public:
  explicit HtmlDocument(std::ostream& out) : out_(out) {}
  std::unique_ptr<TableWriter> next_table(const Labels& labels) override {
    if (!started_) language_ = labels.language();
    return std::make_unique<HtmlTableWriter>(*this, out_, labels);
  }
  // A figure, not a section: the sections are the tables.
  void chart(const Chart& chart, const Labels& labels) override {
    if (!started_) language_ = labels.language();
    start(chart.title);
    const ChartScene scene = lay_out_chart(chart, labels);
    out_ << "<figure class=\"chart\">\n<figcaption>" << html_escape(chart.title) << "</figcaption>\n";
    write_svg(scene, out_);
    out_ << "</figure>\n";
  }
  void finish() override {
    start("");
    out_ << "</body>\n</html>\n";
  }
  // The page's head, once, titled after its first table.
  void start(const std::string& title) {
    if (started_) return;
    started_ = true;
    out_ << "<!DOCTYPE html>\n<html lang=\"" << (language_ == Language::French ? "fr" : "en") << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Comptoir\">\n"
         << "<title>" << html_escape(title.empty() ? "Comptoir" : title) << "</title>\n<style>\n"
         << style << "</style>\n</head>\n<body>\n";
  }

 private:
  std::ostream& out_;
  Language language_ = Language::French;
  bool started_ = false;
};

void HtmlTableWriter::begin(const TableHeader& header) {
  document_.start(header.title);
  columns_ = header.columns;
  out_ << "<section>\n";
  if (!header.title.empty()) out_ << "<h2>" << html_escape(header.title) << "</h2>\n";
  out_ << "<table>\n<thead>\n<tr>";
  for (const auto& c : columns_) {
    if (c.machine) continue;
    out_ << (c.align == Align::Right ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
         << html_escape(c.heading) << "</th>";
  }
  out_ << "</tr>\n</thead>\n<tbody>\n";
}

void HtmlTableWriter::line(const std::vector<Cell>& cells, std::string_view kind) {
  std::string classes(kind);
  if (separated_) classes += classes.empty() ? "break" : " break";
  separated_ = false;
  out_ << (classes.empty() ? "<tr>" : "<tr class=\"" + classes + "\">");
  const Cell empty;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].machine) continue;
    const Cell& cell = i < cells.size() ? cells[i] : empty;
    if (numeric_cell(cell) || columns_[i].align == Align::Right) {
      out_ << "<td class=\"num\">";
    } else if (std::holds_alternative<Date>(cell)) {
      out_ << "<td class=\"date\">";
    } else {
      out_ << "<td>";
    }
    out_ << html_escape(human_text(cell, labels_)) << "</td>";
  }
  out_ << "</tr>\n";
}

}  // namespace

std::unique_ptr<TableDocument> make_html_document(std::ostream& out) {
  return std::make_unique<HtmlDocument>(out);
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace comptoir
