// What the FEC import needs from storage to refuse a file already imported:
// the record of past imports. record() needs the book's open write scope,
// so the record lands with the entries or not at all.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "fec/fec_import_record.hpp"

namespace comptoir {

class FecImportLog {
 public:
  virtual ~FecImportLog() = default;

  // Every recorded import, oldest first.
  [[nodiscard]] virtual std::vector<FecImportRecord> imports() const = 0;
  // The imports into `entity` of a file with this SHA-256, oldest first.
  [[nodiscard]] virtual std::vector<FecImportRecord> imports_of(const std::string& entity,
                                                                const std::string& sha256) const = 0;
  // Records an import whose entries are already stored; returns its id.
  virtual std::int64_t record(const FecImportRecord& record) = 0;
};

}  // namespace comptoir
