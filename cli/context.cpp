// See context.hpp. The system clock is read here, at the edge, and nowhere
// in the core.
#include "context.hpp"

#include <chrono>
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

std::unique_ptr<TableWriter> Context::table_writer() const {
  return make_table_writer(format(), std::cout, labels(), options.width);
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
