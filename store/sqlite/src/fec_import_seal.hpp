// The seal of a FEC import record (schema version 12): a SHA-256 over the
// record's fields, the hashes of its first and last entries and the seal of
// the entity's previous record, so that `verify` notices a record changed
// (file name, file hash, counts, date, range) or one taken out of the list.
#pragma once

#include <cstdint>
#include <string>

namespace comptoir {

struct FecImportSealFields {
  std::string entity;
  std::string file_name;
  std::string sha256;
  std::int64_t entries = 0;
  std::int64_t lines = 0;
  std::string imported_on;  // ISO date
  std::string first_hash;   // chain hash of its first entry, "" when it posted none
  std::string last_hash;
};

// SHA-256 hex of `previous_seal` (the entity's record before, "" for its
// first) and the fields.
[[nodiscard]] std::string fec_import_seal(const std::string& previous_seal, const FecImportSealFields& fields);

}  // namespace comptoir
