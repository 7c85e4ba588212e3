// The one SQLite connection of a store: opened and closed by RAII, runs
// scripts and turns every SQLite failure into a plain comptoir::Error.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;

namespace comptoir {

class Connection {
 public:
  // Opens `path` with SQLite open `flags`. Throws Error(Storage).
  Connection(std::string path, int flags);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  [[nodiscard]] sqlite3* handle() const { return db_; }
  [[nodiscard]] const std::string& path() const { return path_; }

  // Runs one or more statements without results. `what` names the action
  // in error messages ("creating the schema").
  void execute(const std::string& sql, std::string_view what) const;
  // The integer result of a one-value query such as "PRAGMA user_version".
  [[nodiscard]] std::int64_t query_int(const std::string& sql, std::string_view what) const;
  // The first column of the first row as text ("" when no row).
  [[nodiscard]] std::string query_text(const std::string& sql, std::string_view what) const;
  // Rolls back the open transaction, if any, ignoring failures (for
  // destructors and error paths).
  void rollback_quietly() const noexcept;
  // Runs `sql` ignoring any error (undoing a half-done step on a path that
  // already failed).
  void execute_quietly(const char* sql) const noexcept;
  [[nodiscard]] std::int64_t last_insert_rowid() const;
  [[nodiscard]] std::int64_t changes() const;

  // Throws the Error matching the connection's last failure `code`:
  // Locked for a trigger's refusal, Storage for everything else.
  [[noreturn]] void fail(int code, std::string_view what) const;

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace comptoir
