// See book_snapshot.hpp.
#include "support/book_snapshot.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace comptoir::test {
namespace {

using Handle = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

Statement prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    sqlite3_finalize(statement);
    return {nullptr, &sqlite3_finalize};
  }
  return {statement, &sqlite3_finalize};
}

std::string quoted(const char* text, int size) {
  std::string out = "'";
  for (int i = 0; i < size; ++i) {
    const char c = text[i];
    if (c == '\'')
      out += "''";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out + "'";
}

// One column value with its storage type, so 1, 1.0, '1' and x'31' differ.
std::string value_text(sqlite3_stmt* statement, int column) {
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
      return "NULL";
    case SQLITE_INTEGER:
      return std::to_string(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT: {
      char buffer[40];
      std::snprintf(buffer, sizeof buffer, "%.17gr", sqlite3_column_double(statement, column));
      return buffer;
    }
    case SQLITE_TEXT:
      return quoted(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                    sqlite3_column_bytes(statement, column));
    default: {
      const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(statement, column));
      std::string out = "x'";
      for (int i = 0; i < sqlite3_column_bytes(statement, column); ++i) {
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02x", bytes[i]);
        out += hex;
      }
      return out + "'";
    }
  }
}

std::int64_t pragma(sqlite3* db, const std::string& name) {
  const auto statement = prepare(db, "PRAGMA " + name);
  if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW) throw std::runtime_error("cannot read " + name);
  return sqlite3_column_int64(statement.get(), 0);
}

std::string identifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Rows in rowid order; a WITHOUT ROWID table in order of all its columns
// (its primary key comes first among them only by chance, but the order is
// total either way).
std::vector<std::string> table_rows(sqlite3* db, const std::string& table) {
  auto statement = prepare(db, "SELECT * FROM " + identifier(table) + " ORDER BY rowid");
  if (!statement) {
    const auto columns = prepare(db, "SELECT * FROM " + identifier(table));
    if (!columns) throw std::runtime_error("cannot read table " + table + ": " + sqlite3_errmsg(db));
    std::string order;
    for (int i = 1; i <= sqlite3_column_count(columns.get()); ++i) order += (i > 1 ? "," : "") + std::to_string(i);
    statement = prepare(db, "SELECT * FROM " + identifier(table) + " ORDER BY " + order);
  }
  std::vector<std::string> rows;
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(statement.get()); ++i)
      row += (i > 0 ? "|" : "") + value_text(statement.get(), i);
    rows.push_back(std::move(row));
  }
  if (step != SQLITE_DONE) throw std::runtime_error("cannot read table " + table + ": " + sqlite3_errmsg(db));
  return rows;
}

}  // namespace

BookSnapshot snapshot_book(const std::filesystem::path& path) {
  if (!std::filesystem::is_regular_file(path)) throw std::runtime_error("no book file at " + path.string());
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  Handle db(raw, &sqlite3_close);
  if (opened != SQLITE_OK) throw std::runtime_error("cannot open " + path.string() + ": " + sqlite3_errmsg(raw));
  sqlite3_busy_timeout(db.get(), 5000);

  BookSnapshot snapshot;
  snapshot.user_version = pragma(db.get(), "user_version");
  snapshot.application_id = pragma(db.get(), "application_id");
  const auto schema =
      prepare(db.get(), "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
  if (!schema) throw std::runtime_error(path.string() + " is not a SQLite file: " + sqlite3_errmsg(db.get()));
  std::vector<std::string> tables;
  while (sqlite3_step(schema.get()) == SQLITE_ROW) {
    auto column = [&](int i) {
      return std::string(reinterpret_cast<const char*>(sqlite3_column_text(schema.get(), i)));
    };
    snapshot.schema.push_back(column(0) + " " + column(1) + " on " + column(2) + ": " + column(3));
    // Virtual tables need their module (not on this connection); their
    // shadow tables, if any, are plain tables and are read.
    if (column(0) == "table" && column(3).rfind("CREATE VIRTUAL", 0) != 0) tables.push_back(column(1));
  }
  if (tables.empty()) throw std::runtime_error(path.string() + " holds no table: not a book");
  for (const auto& table : tables) snapshot.rows[table] = table_rows(db.get(), table);
  return snapshot;
}

std::string first_difference(const BookSnapshot& actual, const BookSnapshot& expected) {
  if (actual.user_version != expected.user_version) {
    return "PRAGMA user_version is " + std::to_string(actual.user_version) + ", was " +
           std::to_string(expected.user_version);
  }
  if (actual.application_id != expected.application_id) return "PRAGMA application_id changed";
  if (actual.schema != expected.schema) {
    for (const auto& line : actual.schema) {
      if (std::find(expected.schema.begin(), expected.schema.end(), line) == expected.schema.end()) {
        return "schema has a new or changed entry: " + line;
      }
    }
    for (const auto& line : expected.schema) {
      if (std::find(actual.schema.begin(), actual.schema.end(), line) == actual.schema.end()) {
        return "schema lost an entry: " + line;
      }
    }
    return "schema entries moved";
  }
  for (const auto& [table, rows] : expected.rows) {
    const auto& now = actual.rows.at(table);  // same schema, same tables
    if (now == rows) continue;
    const auto size = std::min(now.size(), rows.size());
    const auto at = static_cast<std::size_t>(
        std::mismatch(now.begin(), now.begin() + static_cast<long>(size), rows.begin()).first - now.begin());
    std::string text =
        "table " + table + ": " + std::to_string(now.size()) + " rows, was " + std::to_string(rows.size());
    if (at < size) return text + "; row " + std::to_string(at + 1) + " is " + now[at] + ", was " + rows[at];
    if (now.size() > size) return text + "; row " + std::to_string(at + 1) + " added: " + now[at];
    return text + "; row " + std::to_string(at + 1) + " removed: " + rows[at];
  }
  return "";
}

void PrintTo(const BookSnapshot& snapshot, std::ostream* out) {
  std::size_t rows = 0;
  for (const auto& [table, lines] : snapshot.rows) rows += lines.size();
  *out << "book (user_version " << snapshot.user_version << ", " << snapshot.rows.size() << " tables, " << rows
       << " rows)";
}

}  // namespace comptoir::test
