// An all-or-nothing unit of work: everything written through the writer
// while a scope is alive lands on commit(), or not at all if the scope is
// destroyed first (exception, early return).
#pragma once

namespace comptoir {

class WriteScope {
 public:
  virtual ~WriteScope() = default;
  virtual void commit() = 0;
};

}  // namespace comptoir
