// See context.hpp. The system clock is read here, at the edge, and nowhere
// in the core.
#include "context.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>

#include "core/error.hpp"

namespace comptoir::cli {

std::unique_ptr<SqliteBook> Context::open_for_read() const {
  return SqliteBook::open(options.db, OpenMode::ReadOnly);
}

std::unique_ptr<SqliteBook> Context::open_for_write() const {
  return SqliteBook::open(options.db, options.read_only ? OpenMode::ReadOnly : OpenMode::ReadWrite);
}

std::unique_ptr<SqliteBook> Context::create(const std::string& path) const {
  if (options.read_only) {
    throw Error(ErrorKind::Locked, "--read-only: refusing to create the book " + path);
  }
  return SqliteBook::open(path, OpenMode::Create);
}

void Context::open_output() {
  if (format() == OutputFormat::Xlsx && options.out.empty()) {
    throw CLI::ValidationError("--format xlsx writes a binary workbook, not text: name its file with --out FILE.xlsx");
  }
  std::error_code ec;
  if (!options.out.empty() && std::filesystem::equivalent(options.out, options.db, ec)) {
    throw Error(ErrorKind::InvalidInput, "--out " + options.out + " is the book itself: name another file");
  }
  output_ = std::make_unique<Output>(format(), options.out);
}

void Context::finish_output() {
  if (output_) output_->commit();
}

Output& Context::output() const {
  if (!output_) throw Error(ErrorKind::Internal, "the output is not open");
  return *output_;
}

std::unique_ptr<TableWriter> Context::table_writer() const {
  return output().table_writer(labels(), options.width);
}

void Context::write_tables(const std::vector<TableData>& tables, const Labels& labels) const {
  output().write_tables(tables, labels, options.width);
}

std::ostream& Context::out() const {
  return output().stream();
}

Date Context::today() const {
  if (!options.today.empty()) return Date::parse(options.today);
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::from_days(static_cast<std::int32_t>(now.time_since_epoch().count()));
}

std::vector<std::string> entity_codes(const BookReader& reader, const std::string& entity) {
  if (!entity.empty()) return {entity};
  std::vector<std::string> out;
  for (const auto& e : reader.entities()) out.push_back(e.code);
  return out;
}

}  // namespace comptoir::cli
