// The one SQLite connection of a store: opened and closed by RAII, runs
// scripts and turns every SQLite failure into a plain comptoir::Error.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
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

  // How long a statement waits for another program's lock before failing
  // with Error(Busy) (SQLite's busy timeout; 0: not at all).
  void set_busy_wait(std::chrono::milliseconds wait);

  // How many hot journals SQLite rolled back in this process so far (its
  // SQLITE_NOTICE_RECOVER_ROLLBACK log), or nullopt when the process used
  // SQLite before Comptoir could ask for the log.
  [[nodiscard]] static std::optional<long> journal_rollbacks();

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
  // Locked for a trigger's refusal, Busy when another program held the
  // lock longer than the busy wait, InvalidInput for a file that is not a
  // database, Integrity for a damaged one, Storage for everything else (a
  // full disk and I/O errors with a message of their own).
  [[noreturn]] void fail(int code, std::string_view what) const;

 private:
  // SQLite's message and the system's (errno) of the last failure.
  [[nodiscard]] std::string system_error() const;

  std::string path_;
  sqlite3* db_ = nullptr;
  std::chrono::milliseconds busy_wait_{0};
};

}  // namespace comptoir
