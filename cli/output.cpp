// See output.hpp.
#include "output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "core/error.hpp"
#include "render/html_document.hpp"
#include "render/table_sequence.hpp"
#include "xlsx/xlsx_document.hpp"
#ifdef COMPTOIR_HAS_PDF
#include "pdf/pdf_document.hpp"
#endif

namespace comptoir::cli {
namespace {

namespace fs = std::filesystem;

// Why `path` cannot be written, in the user's words.
std::string refusal(const fs::path& path, int error) {
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::exists(folder, ec)) return "cannot write " + path.string() + ": no folder " + folder.string();
  if (!fs::is_directory(folder, ec))
    return "cannot write " + path.string() + ": " + folder.string() + " is not a folder";
  return "cannot write " + path.string() + ": " + std::strerror(error);
}

}  // namespace

Output::Output(OutputFormat format, const std::string& out, [[maybe_unused]] const DocumentHeader& header)
    : format_(format), path_(out) {
  if (!path_.empty()) {
    std::error_code ec;
    if (fs::is_directory(path_, ec)) throw Error(ErrorKind::InvalidInput, "--out " + out + " is a folder, not a file");
    // Beside the file, so the rename stays on one file system.
    temp_ = path_.parent_path() / ("." + path_.filename().string() + "." + std::to_string(::getpid()) + ".part");
    errno = 0;
    file_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!file_) throw Error(ErrorKind::InvalidInput, refusal(path_, errno));
  }
  if (format_ == OutputFormat::Html) document_ = make_html_document(stream());
  if (format_ == OutputFormat::Xlsx) {
    file_.close();  // libxlsxwriter writes the file itself, at the end
    document_ = std::make_unique<XlsxDocument>(temp_);
  }
#ifdef COMPTOIR_HAS_PDF
  if (format_ == OutputFormat::Pdf) {
    file_.close();  // Qt writes the file itself, at the end
    document_ = std::make_unique<PdfDocument>(
        temp_, PdfInfo{header.name, header.siren, header.period, header.today, header.chain});
  }
#endif
}

Output::~Output() {
  if (committed_ || temp_.empty()) return;
  document_.reset();
  file_.close();
  std::error_code ignored;
  fs::remove(temp_, ignored);
}

std::ostream& Output::stream() {
  return path_.empty() ? std::cout : file_;
}

std::unique_ptr<TableWriter> Output::table_writer(const Labels& labels, int width) {
  if (document_) {
    any_table_ = true;
    return document_->next_table(labels);
  }
  return make_table_writer(format_, stream(), labels, width);
}

void Output::write_tables(const std::vector<TableData>& tables, const Labels& labels, int width,
                          const std::vector<PlacedChart>& charts) {
  if (document_) {
    any_table_ = any_table_ || !tables.empty();
    return comptoir::write_tables(tables, *document_, labels, charts);
  }
  comptoir::write_tables(tables, format_, stream(), labels, width);
}

void Output::write_chart(const Chart& chart, const Labels& labels) {
  if (document_) document_->chart(chart, labels);
}

void Output::commit() {
  // On standard output, a command that wrote no table (a confirmation
  // message) prints no empty page; a file asked for is always a document.
  if (document_ && (any_table_ || !path_.empty())) document_->finish();
  if (path_.empty()) {
    std::cout.flush();
    committed_ = true;
    return;
  }
  if (file_.is_open()) {
    file_.close();
    if (!file_) throw Error(ErrorKind::Storage, "failed writing " + temp_.string());
  }
  std::error_code ec;
  fs::rename(temp_, path_, ec);
  if (ec) throw Error(ErrorKind::Storage, "cannot put " + path_.string() + " in place: " + ec.message());
  committed_ = true;
}

}  // namespace comptoir::cli
