// One posting line of a parsed FEC file, kept small (32 bytes): strings are
// ids into the FecFile's pools, the amount is signed cents.
#pragma once

#include <cstdint>

namespace comptoir {

struct FecLine {
  std::uint32_t line_number = 0;  // 1-based line in the file (header = 1)
  std::uint32_t next = 0;         // index + 1 of the entry's next line, 0 = last
  std::uint32_t account = 0;      // FecFile account id (CompteNum)
  std::uint32_t auxiliary = 0;    // FecFile auxiliary id + 1, 0 = none
  std::uint32_t label = 0;        // FecFile text id (EcritureLib)
  std::int64_t amount = 0;        // cents: debit positive, credit negative
};

}  // namespace comptoir
