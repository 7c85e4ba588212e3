// What every command shares: the global options (--db, --read-only,
// --format, --locale, --width) and how to open the book with them.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "labels/labels.hpp"
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
  std::string locale = "fr";
  std::string today;               // --today: overrides the system date (validation dates)
  int width = default_text_width;  // --width: text tables are fitted to it
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
  // The writer of --format on standard output, in --locale, fitted to --width.
  [[nodiscard]] std::unique_ptr<TableWriter> table_writer() const;
  // The date validations are stamped with: --today, else the system date.
  [[nodiscard]] Date today() const;
};

// {entity} if given, else every entity of the book (for --entity defaults).
[[nodiscard]] std::vector<std::string> entity_codes(const BookReader& reader, const std::string& entity);

}  // namespace comptoir::cli
