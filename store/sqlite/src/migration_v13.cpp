// Schema version 13: till import records and bank statements carry a seal
// over the record, its rows and the record before it (record_seals.hpp),
// so that `verify` notices one changed behind Comptoir's back, as schema
// version 12 did for FEC imports. Their no-update triggers now allow the
// one update that seals a record: from no seal to a seal, nothing else
// changed. Records written before are sealed as the book is when migrated.
// Never edit once released: a later change is a new migration function.
#include "connection.hpp"
#include "migrations.hpp"
#include "record_seals.hpp"

namespace comptoir {
namespace {

constexpr const char* seal_columns = R"sql(
ALTER TABLE till_import ADD COLUMN seal TEXT;
ALTER TABLE bank_statement ADD COLUMN seal TEXT;
DROP TRIGGER till_import_no_update;
DROP TRIGGER bank_statement_no_update;
)sql";

constexpr const char* sealing_triggers = R"sql(
CREATE TRIGGER till_import_no_update BEFORE UPDATE ON till_import
WHEN NOT (OLD.seal IS NULL AND NEW.seal IS NOT NULL AND NEW.id = OLD.id AND NEW.file_name = OLD.file_name
          AND NEW.sha256 = OLD.sha256 AND NEW.imported_on = OLD.imported_on)
BEGIN SELECT RAISE(ABORT, 'an imported till file cannot be changed'); END;

CREATE TRIGGER bank_statement_no_update BEFORE UPDATE ON bank_statement
WHEN NOT (OLD.seal IS NULL AND NEW.seal IS NOT NULL AND NEW.id = OLD.id AND NEW.entity = OLD.entity
          AND NEW.account = OLD.account AND NEW.file_name = OLD.file_name AND NEW.file_hash = OLD.file_hash
          AND NEW.format = OLD.format AND NEW.statement_ref = OLD.statement_ref
          AND NEW.from_date IS OLD.from_date AND NEW.to_date = OLD.to_date
          AND NEW.opening_cents = OLD.opening_cents AND NEW.closing_cents = OLD.closing_cents)
BEGIN SELECT RAISE(ABORT, 'a bank statement cannot be changed'); END;
)sql";

}  // namespace

void migrate_to_v13(Connection& connection) {
  connection.execute(seal_columns, "adding the import records' seals (schema version 13)");
  seal_unsealed_records(connection, SealedRecord::TillImport);
  seal_unsealed_records(connection, SealedRecord::BankStatement);
  connection.execute(sealing_triggers, "guarding the import records' seals (schema version 13)");
}

}  // namespace comptoir
