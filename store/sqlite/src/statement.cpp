// Prepared statements: bind, step, read columns; failures go through the
// connection so they carry the book's path and a plain message.
#include "statement.hpp"

#include <sqlite3.h>

#include <utility>

#include "connection.hpp"

namespace comptoir {

Statement::Statement(const Connection& connection, std::string_view sql, bool persistent) : connection_(&connection) {
  const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0U;
  const int rc =
      sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()), flags, &statement_, nullptr);
  if (rc != SQLITE_OK) connection.fail(rc, "preparing a query");
}

Statement::~Statement() {
  sqlite3_finalize(statement_);
}

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_), statement_(std::exchange(other.statement_, nullptr)) {}

void Statement::reset() noexcept {
  if (statement_ != nullptr) sqlite3_reset(statement_);
}

void Statement::bind(int index, std::int64_t value) {
  const int rc = sqlite3_bind_int64(statement_, index, value);
  if (rc != SQLITE_OK) connection_->fail(rc, "binding a value");
}

void Statement::bind(int index, std::string_view text) {
  const int rc = sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  if (rc != SQLITE_OK) connection_->fail(rc, "binding a value");
}

void Statement::bind_null(int index) {
  const int rc = sqlite3_bind_null(statement_, index);
  if (rc != SQLITE_OK) connection_->fail(rc, "binding a value");
}

void Statement::bind_or_null(int index, std::string_view text) {
  if (text.empty()) {
    bind_null(index);
  } else {
    bind(index, text);
  }
}

bool Statement::step(std::string_view what) {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const int code = sqlite3_reset(statement_);
  connection_->fail(code != SQLITE_OK ? code : rc, what);
}

void Statement::run(std::string_view what) {
  while (step(what)) {
  }
  reset();
}

std::int64_t Statement::column_int64(int index) const {
  return sqlite3_column_int64(statement_, index);
}

int Statement::column_int(int index) const {
  return sqlite3_column_int(statement_, index);
}

std::string Statement::column_text(int index) const {
  const auto* text = sqlite3_column_text(statement_, index);
  if (text == nullptr) return {};
  const int size = sqlite3_column_bytes(statement_, index);
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

bool Statement::column_is_null(int index) const {
  return sqlite3_column_type(statement_, index) == SQLITE_NULL;
}

}  // namespace comptoir
