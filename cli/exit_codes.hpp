// Exit codes of DESIGN.md: 0 ok, 2 usage, 3 invalid input or rejected data,
// 4 closed period / validated entry / read-only, 5 integrity or a damaged
// book, 6 an interrupted write a read-only open cannot roll back, 7 the book
// stayed busy (another program writing) longer than --wait, 1 other.
#pragma once

#include "core/error.hpp"

namespace comptoir::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_other = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_invalid = 3;
inline constexpr int exit_locked = 4;
inline constexpr int exit_integrity = 5;
inline constexpr int exit_interrupted = 6;
inline constexpr int exit_busy = 7;

[[nodiscard]] inline int exit_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::Unbalanced:
    case ErrorKind::NotFound:
      return exit_invalid;
    case ErrorKind::Locked:
      return exit_locked;
    case ErrorKind::Integrity:
      return exit_integrity;
    case ErrorKind::Interrupted:
      return exit_interrupted;
    case ErrorKind::Busy:
      return exit_busy;
    case ErrorKind::Storage:
    case ErrorKind::Internal:
      return exit_other;
  }
  return exit_other;
}

}  // namespace comptoir::cli
