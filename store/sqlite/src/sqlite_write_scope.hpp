// The store's all-or-nothing unit of work: BEGIN IMMEDIATE on creation,
// COMMIT (after flushing the running totals) on commit(), ROLLBACK if it is
// destroyed uncommitted. Must not outlive the SqliteBook that made it.
#pragma once

#include "core/book_writer.hpp"

namespace comptoir {

class SqliteBookState;

class SqliteWriteScope final : public WriteScope {
 public:
  // `rollback_journal`: see SqliteBookState::begin_scope.
  explicit SqliteWriteScope(SqliteBookState& state, bool rollback_journal = false);
  ~SqliteWriteScope() override;
  SqliteWriteScope(const SqliteWriteScope&) = delete;
  SqliteWriteScope& operator=(const SqliteWriteScope&) = delete;

  // Throws Error(Storage) if SQLite cannot commit; the scope then rolls
  // back when destroyed.
  void commit() override;

 private:
  SqliteBookState& state_;
  bool committed_ = false;
};

}  // namespace comptoir
