// Schema version 5: the record of FEC imports, so that importing the same
// file (same SHA-256) into an entity again is refused unless asked for.
// Rows are as immutable as the validated entries they point to.
// Never edit once released: a later change is a new migration function.
#include <string>

#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

// first/last_txn_id: the first and last entries the import posted (in
// chain order), both NULL when it posted none. Dates TEXT 'YYYY-MM-DD'.
constexpr const char* fec_import_table = R"sql(
CREATE TABLE fec_import (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL REFERENCES entity(code),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  entries INTEGER NOT NULL CHECK (entries >= 0),
  lines INTEGER NOT NULL CHECK (lines >= 0),
  first_txn_id INTEGER REFERENCES txn(id),
  last_txn_id INTEGER REFERENCES txn(id),
  imported_on TEXT NOT NULL,
  CHECK ((first_txn_id IS NULL) = (last_txn_id IS NULL))
) STRICT;
CREATE INDEX fec_import_by_file ON fec_import(entity, sha256);

CREATE TRIGGER fec_import_no_update BEFORE UPDATE ON fec_import
BEGIN SELECT RAISE(ABORT, 'a FEC import record cannot be changed'); END;
CREATE TRIGGER fec_import_no_delete BEFORE DELETE ON fec_import
BEGIN SELECT RAISE(ABORT, 'a FEC import record cannot be deleted'); END;
)sql";

}  // namespace

void migrate_to_v5(Connection& connection) {
  connection.execute(fec_import_table, "creating the FEC import record (schema version 5)");
}

}  // namespace comptoir
