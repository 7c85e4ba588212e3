// Seals of the till import and bank statement records (schema version 13):
// a SHA-256 over the record, its rows (a till file's days with the chain
// hash of the entry each posted; a statement's lines) and the seal of the
// record before it (every till import; a statement of the same entity),
// so that `verify` notices a record or a row changed, or a record taken
// out of the list, as it does for FEC imports (fec_import_seal.hpp).
// A record is sealed once its rows are written, in the same transaction;
// the triggers allow that one update, from no seal to a seal.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace comptoir {

class Connection;

enum class SealedRecord { TillImport, BankStatement };

// Seals record `id` of `kind`, whose rows are written.
void seal_record(const Connection& connection, SealedRecord kind, std::int64_t id);

// Seals every record of `kind` without one, in id order (the migration).
void seal_unsealed_records(const Connection& connection, SealedRecord kind);

// For `comptoir verify`: every record of `kind` against its seal, one line
// per problem naming the record; empty when all match.
[[nodiscard]] std::vector<std::string> check_record_seals(const Connection& connection, SealedRecord kind);

}  // namespace comptoir
