// Schema version 4: grant and private-aid agreements and their tranches
// (each linked to the validated entry that booked it). Tranches are as
// immutable as their entries; an agreement is frozen once it has one.
// Never edit once released: a later change is a new migration function.
#include <string>

#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

// Amounts INTEGER cents, dates TEXT 'YYYY-MM-DD'.
constexpr const char* grant_tables = R"sql(
CREATE TABLE grant_agreement (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  entity TEXT NOT NULL REFERENCES entity(code),
  funder TEXT NOT NULL,
  purpose TEXT NOT NULL,
  awarded_cents INTEGER NOT NULL CHECK (awarded_cents > 0),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),
  earmarked INTEGER NOT NULL CHECK (earmarked IN (0, 1)),
  tag_key TEXT NOT NULL CHECK (tag_key <> ''),
  tag_value TEXT NOT NULL CHECK (tag_value <> ''),
  income_account TEXT NOT NULL,
  receivable_account TEXT NOT NULL,
  conditions TEXT NOT NULL,
  FOREIGN KEY (entity, funder) REFERENCES auxiliary(entity, code),
  FOREIGN KEY (entity, income_account) REFERENCES account(entity, number),
  FOREIGN KEY (entity, receivable_account) REFERENCES account(entity, number)
) STRICT, WITHOUT ROWID;
CREATE INDEX grant_agreement_by_entity ON grant_agreement(entity, code);

CREATE TABLE grant_tranche (
  id INTEGER PRIMARY KEY,
  grant_code TEXT NOT NULL REFERENCES grant_agreement(code),
  kind TEXT NOT NULL CHECK (kind IN ('call', 'receipt')),
  date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  txn_id INTEGER NOT NULL UNIQUE REFERENCES txn(id),
  piece TEXT NOT NULL
) STRICT;
CREATE INDEX grant_tranche_by_grant ON grant_tranche(grant_code, date, id);

CREATE TRIGGER grant_tranche_no_update BEFORE UPDATE ON grant_tranche
BEGIN SELECT RAISE(ABORT, 'a grant tranche cannot be changed: it is booked by a validated entry'); END;
CREATE TRIGGER grant_tranche_no_delete BEFORE DELETE ON grant_tranche
BEGIN SELECT RAISE(ABORT, 'a grant tranche cannot be deleted: it is booked by a validated entry'); END;
CREATE TRIGGER grant_agreement_no_update BEFORE UPDATE ON grant_agreement
WHEN EXISTS (SELECT 1 FROM grant_tranche WHERE grant_code = OLD.code)
BEGIN SELECT RAISE(ABORT, 'a grant with booked tranches cannot be changed'); END;
CREATE TRIGGER grant_agreement_no_delete BEFORE DELETE ON grant_agreement
WHEN EXISTS (SELECT 1 FROM grant_tranche WHERE grant_code = OLD.code)
BEGIN SELECT RAISE(ABORT, 'a grant with booked tranches cannot be deleted'); END;
)sql";

}  // namespace

void migrate_to_v4(Connection& connection) {
  connection.execute(grant_tables, "creating the grant tables (schema version 4)");
}

}  // namespace comptoir
