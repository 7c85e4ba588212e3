// A prepared SQLite statement owned by RAII, with the few bind/column calls
// the store needs. Errors become comptoir::Error through the Connection.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace comptoir {

class Connection;

class Statement {
 public:
  // Prepares `sql`; `persistent` hints SQLite that it will be reused often.
  Statement(const Connection& connection, std::string_view sql, bool persistent);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  // Resets the statement (and its bindings stay until rebound).
  void reset() noexcept;
  // Binds are 1-based. Text is bound without copy: it must outlive step().
  void bind(int index, std::int64_t value);
  void bind(int index, std::string_view text);
  // A temporary string would be gone before step() reads it (SQLite keeps
  // the pointer): refused at compile time, bind a named string instead.
  void bind(int index, std::string&& text) = delete;
  void bind_null(int index);
  // Binds text, or NULL when it is empty.
  void bind_or_null(int index, std::string_view text);
  void bind_or_null(int index, std::string&& text) = delete;

  // Runs one step: true when a row is available, false when done.
  // Throws Error (Locked for a trigger refusal, Storage otherwise).
  bool step(std::string_view what);
  // Runs to completion (for INSERT/UPDATE/DELETE) and resets.
  void run(std::string_view what);

  // Columns are 0-based.
  [[nodiscard]] std::int64_t column_int64(int index) const;
  [[nodiscard]] int column_int(int index) const;
  [[nodiscard]] std::string column_text(int index) const;
  [[nodiscard]] bool column_is_null(int index) const;

 private:
  const Connection* connection_;
  sqlite3_stmt* statement_ = nullptr;
};

}  // namespace comptoir
