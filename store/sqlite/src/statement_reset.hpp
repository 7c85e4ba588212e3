// Resets a cached statement when leaving a scope, so it never keeps a read
// open after an exception or an early return.
#pragma once

#include "statement.hpp"

namespace comptoir {

class StatementReset {
 public:
  explicit StatementReset(Statement& statement) : statement_(statement) {}
  ~StatementReset() { statement_.reset(); }
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;

 private:
  Statement& statement_;
};

}  // namespace comptoir
