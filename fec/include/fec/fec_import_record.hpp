// One FEC import as the book remembers it: which file (by name and by the
// SHA-256 of its bytes) went into which entity, when, and which entries it
// produced, so that the same file is not booked twice by mistake.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/date.hpp"

namespace comptoir {

struct FecImportRecord {
  std::int64_t id = 0;  // store id, 0 before it is recorded
  std::string entity;
  std::string file_name;  // as given on the command line
  std::string sha256;     // lower-case hex of the file's bytes
  std::size_t entries = 0;
  std::size_t lines = 0;
  // The entries it posted: chain positions first..last of the entity
  // (validated transactions), both 0 when it posted none.
  std::int64_t first_chain_position = 0;
  std::int64_t last_chain_position = 0;
  // Their references ("AT-2025-000001"), filled when read back; empty when
  // it posted none.
  std::string first_entry;
  std::string last_entry;
  Date imported_on;
};

}  // namespace comptoir
