// What every command shares: the global options (--db, --read-only,
// --format, --out, --locale, --width, --today, --wait), how to open the book with them and
// where the tables go.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "labels/labels.hpp"
#include "output.hpp"
#include "render/table_writers.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir::cli {

// The help of every --year that names a fiscal year.
inline constexpr const char* fiscal_year_help =
    "Fiscal year, named by the year it ends in (2024-09-01..2025-08-31 is 2025)";

struct GlobalOptions {
  std::string db = "comptoir.db";
  bool read_only = false;
  std::string format = "text";
  std::string out;  // --out FILE: the tables go there instead of standard output
  std::string locale = "fr";
  std::string today;               // --today: overrides the system date (validation dates)
  int wait = 5;                    // --wait: seconds to wait for another program's write, then exit 7
  int width = default_text_width;  // --width: text tables are fitted to it
  std::string entity;              // the command's --entity, if any: whose name heads a PDF's pages
  std::string period;              // its --year, --from/--to, --as-of or --period, as a PDF's pages say it
};

class Context {
 public:
  GlobalOptions options;
  CLI::Option* db_option = nullptr;  // to tell whether --db was given

  [[nodiscard]] bool db_given() const { return db_option != nullptr && db_option->count() > 0; }

  // Opens the existing book for reading (read-only at the SQLite level).
  [[nodiscard]] std::unique_ptr<SqliteBook> open_for_read() const;
  // Opens the existing book for writing; with --read-only the store refuses
  // the first write (exit 4).
  [[nodiscard]] std::unique_ptr<SqliteBook> open_for_write() const;
  // Creates a new book file at `path`.
  [[nodiscard]] std::unique_ptr<SqliteBook> create(const std::string& path) const;

  [[nodiscard]] OutputFormat format() const { return parse_output_format(options.format); }
  [[nodiscard]] Language language() const { return parse_language(options.locale); }
  [[nodiscard]] Labels labels() const { return Labels(language()); }
  // Checks --format against --out and opens the output (main, once the
  // options are parsed and before the command runs): xlsx without --out is
  // a usage error; a folder that cannot take the file is refused (exit 3).
  void open_output();
  // What a PDF's pages say besides the tables: the entity's (else the
  // book's) name and SIREN, the date, the hash chain's head.
  [[nodiscard]] DocumentHeader document_header() const;
  // Completes the output once the command succeeded (the file of --out is
  // put in place); without it the temporary file is removed.
  void finish_output();
  // The writer of --format for the next table, in --locale, fitted to
  // --width: on standard output or --out, a section or sheet of HTML or XLSX.
  [[nodiscard]] std::unique_ptr<TableWriter> table_writer() const;
  // Several tables in a row (render/table_sequence.hpp), in `labels` (a
  // command's --lang).
  void write_tables(const std::vector<TableData>& tables, const Labels& labels,
                    const std::vector<PlacedChart>& charts = {}) const;
  // Whether --format draws charts (html, pdf): a command computes them only then.
  [[nodiscard]] bool draws_charts() const { return format() == OutputFormat::Html || format() == OutputFormat::Pdf; }
  // A chart after what was written, in HTML and PDF.
  void write_chart(const Chart& chart, const Labels& labels) const;
  // The stream of text, CSV and JSON output, for text notes beside tables.
  [[nodiscard]] std::ostream& out() const;
  // The date validations are stamped with: --today, else the system date.
  [[nodiscard]] Date today() const;

 private:
  [[nodiscard]] Output& output() const;
  std::unique_ptr<Output> output_;
};

// The option `name` (e.g. "--entity") given to the chosen command or
// subcommand, "" if none.
[[nodiscard]] std::string chosen_option(const CLI::App& app, const std::string& name);
// The period its options name, in words ("exercice 2025"), "" if none.
[[nodiscard]] std::string chosen_period(const CLI::App& app, const Labels& t);

// {entity} if given, else every entity of the book (for --entity defaults).
[[nodiscard]] std::vector<std::string> entity_codes(const BookReader& reader, const std::string& entity);

}  // namespace comptoir::cli
