// RAII transaction of the SQLite store.
#include "sqlite_write_scope.hpp"

#include "core/error.hpp"
#include "sqlite_book_state.hpp"

namespace comptoir {

SqliteWriteScope::SqliteWriteScope(SqliteBookState& state, bool rollback_journal) : state_(state) {
  state_.begin_scope(rollback_journal);
}

SqliteWriteScope::~SqliteWriteScope() {
  if (!committed_) state_.rollback_scope();
}

void SqliteWriteScope::commit() {
  if (committed_) throw Error(ErrorKind::Internal, "a write scope was committed twice");
  state_.commit_scope();
  committed_ = true;
}

}  // namespace comptoir
