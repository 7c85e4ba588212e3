// Where a command's tables go: standard output, or the file of --out. The
// file is written under a temporary name in its folder and renamed once
// the command succeeded, so a failure or a kill never leaves a
// half-written report under the name asked for. Text, CSV and JSON are
// streams; HTML, XLSX and PDF are documents of all the command's tables.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "render/table_document.hpp"
#include "render/table_sequence.hpp"
#include "render/table_writers.hpp"
#include "reports/table_data.hpp"

namespace comptoir::cli {

// Whether this build draws PDF (Qt, with the desktop app).
#ifdef COMPTOIR_HAS_PDF
inline constexpr bool pdf_available = true;
#else
inline constexpr bool pdf_available = false;
#endif

// What a PDF's pages say besides the tables (pdf/pdf_document.hpp).
struct DocumentHeader {
  std::string name;
  std::string siren;
  std::string period;
  Date today;
  std::string chain;
};

class Output {
 public:
  // Opens the temporary file of `out` ("" = standard output) at once, so
  // a missing or unwritable folder is refused (Error(InvalidInput), exit
  // 3) before the command runs. XLSX needs a file: the caller refuses it
  // without --out.
  Output(OutputFormat format, const std::string& out, const DocumentHeader& header = {});
  // Removes the temporary file unless commit() ran.
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // The stream of text, CSV and JSON tables (and of text notes beside them).
  [[nodiscard]] std::ostream& stream();
  // The writer of the next table.
  [[nodiscard]] std::unique_ptr<TableWriter> table_writer(const Labels& labels, int width);
  // Tables one after another (render/table_sequence.hpp), and in HTML and
  // PDF the charts drawn from them, each after its tables.
  void write_tables(const std::vector<TableData>& tables, const Labels& labels, int width,
                    const std::vector<PlacedChart>& charts = {});
  // A chart after what was written (HTML and PDF; nothing in the other
  // formats, whose tables hold its figures).
  void write_chart(const Chart& chart, const Labels& labels);
  // Completes the document and puts the file in place (Error(Storage) if
  // it could not be written).
  void commit();

 private:
  OutputFormat format_;
  std::filesystem::path path_;  // --out, empty for standard output
  std::filesystem::path temp_;
  std::ofstream file_;
  std::unique_ptr<TableDocument> document_;
  bool any_table_ = false;
  bool committed_ = false;
};

}  // namespace comptoir::cli
