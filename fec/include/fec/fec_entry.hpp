// One entry (écriture) of a parsed FEC file: the lines sharing a
// (JournalCode, EcritureNum) key, with the header fields of its first line.
#pragma once

#include <cstdint>

namespace comptoir {

struct FecEntry {
  static constexpr std::int32_t no_date = -1000000;

  std::uint32_t journal = 0;     // FecFile journal id
  std::uint32_t piece_ref = 0;   // FecFile text id (PieceRef)
  std::int32_t date = 0;         // EcritureDate, Date::days()
  std::int32_t piece_date = 0;   // Date::days()
  std::int32_t valid_date = no_date;  // ValidDate as Date::days(), or no_date if blank
  std::uint32_t first_line = 0;  // index into FecFile::lines()
  std::uint32_t last_line = 0;   // index into FecFile::lines()
  std::int64_t balance = 0;      // sum of the lines' amounts; 0 when balanced
};

}  // namespace comptoir
