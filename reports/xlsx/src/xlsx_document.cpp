// The XLSX workbook of report tables (see xlsx_document.hpp), written with
// libxlsxwriter. A number cell is the decimal text CSV writes for it
// ("1234.56", "5.5e-2" for 5.5 %) read as a spreadsheet number, as Excel
// reads a typed number: the workbook and the CSV agree digit for digit,
// and nothing is computed on the way.
#include "xlsx/xlsx_document.hpp"

#include <xlsxwriter.h>

#include <charconv>
#include <map>

#include "core/error.hpp"
#include "render/table_writers.hpp"

namespace comptoir {
namespace {

// Format codes are stored in Excel's neutral (English) form; a French
// Excel shows the euro format as "1 234,56 €".
constexpr const char* euro_format = "#,##0.00\\ \"\u20ac\"";
constexpr const char* count_format = "0";
constexpr lxw_row_t max_excel_rows = 1'048'576;
constexpr std::uint8_t a4_paper = 9;

void check(lxw_error error, const std::string& what) {
  if (error != LXW_NO_ERROR) throw Error(ErrorKind::Storage, "xlsx: " + what + ": " + lxw_strerror(error));
}

// A percentage as Excel holds it (5.5 % is 0.055), with as many decimals
// as its text has.
std::string percent_format(const std::string& decimal) {
  const auto dot = decimal.find('.');
  const std::size_t places = dot == std::string::npos ? 0 : decimal.size() - dot - 1;
  return places == 0 ? "0%" : "0." + std::string(places, '0') + "%";
}

}  // namespace

struct XlsxDocument::Workbook {
  lxw_workbook* book = nullptr;
  XlsxOptions options;
  std::vector<std::string> sheets;
  std::map<std::string, lxw_format*> formats;

  // The format of `num_format` ("" for General), bold for totals, italic
  // for estimates; made once per workbook.
  lxw_format* format(const std::string& num_format, bool bold, bool italic = false) {
    const std::string key = num_format + (bold ? "|b" : "|") + (italic ? "i" : "");
    auto& f = formats[key];
    if (f == nullptr) {
      f = workbook_add_format(book);
      if (!num_format.empty()) format_set_num_format(f, num_format.c_str());
      if (bold) format_set_bold(f);
      if (italic) format_set_italic(f);
    }
    return f;
  }
  lxw_format* title() {
    auto& f = formats["#title"];
    if (f == nullptr) {
      f = workbook_add_format(book);
      format_set_bold(f);
      format_set_font_size(f, 13);
    }
    return f;
  }
  lxw_format* heading(bool right) {
    auto& f = formats[right ? "#heading-right" : "#heading"];
    if (f == nullptr) {
      f = workbook_add_format(book);
      format_set_bold(f);
      format_set_bottom(f, LXW_BORDER_THIN);
      format_set_bg_color(f, 0xEEEEEE);
      if (right) format_set_align(f, LXW_ALIGN_RIGHT);
    }
    return f;
  }
};

namespace {

using Workbook = XlsxDocument::Workbook;

class XlsxTableWriter final : public TableWriter {
 public:
  XlsxTableWriter(Workbook& book, const Labels& labels) : book_(book), labels_(labels) {}
  void begin(const TableHeader& header) override {
    header_ = header;
    start_sheet();
  }
  void row(const std::vector<Cell>& cells) override { line(cells, false); }
  void total(const std::vector<Cell>& cells) override { line(cells, true); }
  void footer(const std::vector<Cell>& cells) override { line(cells, true); }
  void end() override {}

 private:
  void start_sheet();
  void line(const std::vector<Cell>& cells, bool bold);
  void write(lxw_col_t col, const Cell& cell, bool bold);
  // A spreadsheet number is binary floating point; this is the one place an
  // amount becomes one, read from its exact decimal text (from_chars: the
  // nearest value, whatever the C locale).
  void number(lxw_col_t col, const std::string& decimal, lxw_format* format) {
    auto value = 0.0;
    const auto [end, error] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
    if (error != std::errc() || end != decimal.data() + decimal.size()) {
      throw Error(ErrorKind::Internal, "xlsx: not a number: " + decimal);
    }
    check(worksheet_write_number(sheet_, row_, col, value, format), "a number");
  }

  Workbook& book_;
  Labels labels_;
  TableHeader header_;
  lxw_worksheet* sheet_ = nullptr;
  lxw_row_t row_ = 0;  // the next row to write
};

void XlsxTableWriter::start_sheet() {
  const std::string fallback = labels_("common.sheet", {{"n", std::to_string(book_.sheets.size() + 1)}});
  const std::string name = sheet_name(header_.title, fallback, book_.sheets);
  sheet_ = workbook_add_worksheet(book_.book, name.c_str());
  if (sheet_ == nullptr) throw Error(ErrorKind::Storage, "xlsx: cannot add the sheet '" + name + "'");
  book_.sheets.push_back(name);
  row_ = 0;
  if (!header_.title.empty()) {
    check(worksheet_write_string(sheet_, row_++, 0, header_.title.c_str(), book_.title()), "the title");
  }
  const auto& columns = header_.columns;
  for (lxw_col_t c = 0; c < columns.size(); ++c) {
    const Column& column = columns[c];
    const bool right = column.align == Align::Right;
    check(worksheet_write_string(sheet_, row_, c, column.heading.c_str(), book_.heading(right)), "a heading");
    // Room for the text's width (a machine-only column: an amount's) and
    // the euro sign, or the heading, whichever is wider.
    const int text = (column.width > 0 ? column.width : 12) + (right ? 4 : 2);
    const int heading = static_cast<int>(column.heading.size()) + 2;
    check(worksheet_set_column(sheet_, c, c, std::min(std::max(text, heading), 60), nullptr), "a column width");
  }
  worksheet_freeze_panes(sheet_, row_ + 1, 0);
  check(worksheet_repeat_rows(sheet_, row_, row_), "the printed headings");
  worksheet_set_paper(sheet_, a4_paper);
  if (columns.size() > 6) worksheet_set_landscape(sheet_);
  worksheet_fit_to_pages(sheet_, 1, 0);
  ++row_;
}

void XlsxTableWriter::line(const std::vector<Cell>& cells, bool bold) {
  if (row_ >= book_.options.max_rows_per_sheet) start_sheet();
  for (lxw_col_t c = 0; c < cells.size() && c < header_.columns.size(); ++c) write(c, cells[c], bold);
  ++row_;
}

void XlsxTableWriter::write(lxw_col_t col, const Cell& cell, bool bold) {
  if (const auto* m = std::get_if<Money>(&cell)) return number(col, m->to_string(), book_.format(euro_format, bold));
  if (const auto* e = std::get_if<Estimate>(&cell)) {
    return number(col, e->amount.to_string(), book_.format(euro_format, bold, true));
  }
  if (const auto* n = std::get_if<std::int64_t>(&cell)) {
    return number(col, std::to_string(*n), book_.format(count_format, bold));
  }
  if (const auto* p = std::get_if<Percent>(&cell)) {
    return number(col, p->decimal + "e-2", book_.format(percent_format(p->decimal), bold));
  }
  if (const auto* d = std::get_if<Decimal>(&cell)) return number(col, d->decimal, book_.format("", bold));
  if (const auto* b = std::get_if<bool>(&cell)) {
    return check(worksheet_write_boolean(sheet_, row_, col, *b ? 1 : 0, book_.format("", bold)), "a yes/no");
  }
  if (const auto* date = std::get_if<Date>(&cell); date != nullptr && date->year() >= 1900) {
    lxw_datetime when{date->year(), static_cast<int>(date->month()), static_cast<int>(date->day()), 0, 0, 0};
    const char* shown = labels_.french() ? "dd/mm/yyyy" : "yyyy-mm-dd";
    return check(worksheet_write_datetime(sheet_, row_, col, &when, book_.format(shown, bold)), "a date");
  }
  const std::string text = std::holds_alternative<Date>(cell) ? machine_text(cell) : human_text(cell, labels_);
  if (text.empty()) return;
  check(worksheet_write_string(sheet_, row_, col, text.c_str(), bold ? book_.format("", true) : nullptr), "a text");
}

}  // namespace

XlsxDocument::XlsxDocument(const std::filesystem::path& path, XlsxOptions options)
    : book_(std::make_unique<Workbook>()) {
  if (options.max_rows_per_sheet < 3 || options.max_rows_per_sheet > max_excel_rows) {
    throw Error(ErrorKind::Internal, "xlsx: rows per sheet out of 3.." + std::to_string(max_excel_rows));
  }
  book_->options = options;
  lxw_workbook_options lxw{};
  lxw.constant_memory = LXW_TRUE;
  book_->book = workbook_new_opt(path.string().c_str(), &lxw);
  if (book_->book == nullptr) throw Error(ErrorKind::InvalidInput, "cannot start the workbook " + path.string());
}

XlsxDocument::~XlsxDocument() {
  if (book_->book != nullptr) lxw_workbook_free(book_->book);  // unfinished: nothing is written
}

std::unique_ptr<TableWriter> XlsxDocument::next_table(const Labels& labels) {
  return std::make_unique<XlsxTableWriter>(*book_, labels);
}

void XlsxDocument::finish() {
  lxw_workbook* book = book_->book;
  book_->book = nullptr;  // workbook_close frees it, whatever it returns
  check(workbook_close(book), "writing the workbook");
}

const std::vector<std::string>& XlsxDocument::sheet_names() const {
  return book_->sheets;
}

}  // namespace comptoir
