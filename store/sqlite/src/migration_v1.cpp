// Schema version 1: the initial tables, indexes and immutability triggers.
// Never edit once released: a later change is a new migration function.
#include <string>

#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

// Reference data: entities, charts, auxiliary accounts, journals, years.
constexpr const char* reference_tables = R"sql(
CREATE TABLE entity (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  siren TEXT NOT NULL,
  vat_liable INTEGER NOT NULL CHECK (vat_liable IN (0, 1))
) STRICT, WITHOUT ROWID;

CREATE TABLE account (
  entity TEXT NOT NULL REFERENCES entity(code),
  number TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (entity, number)
) STRICT, WITHOUT ROWID;

CREATE TABLE auxiliary (
  entity TEXT NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  parent_account TEXT NOT NULL,
  PRIMARY KEY (entity, code),
  FOREIGN KEY (entity, parent_account) REFERENCES account(entity, number)
) STRICT, WITHOUT ROWID;

CREATE TABLE journal (
  entity TEXT NOT NULL REFERENCES entity(code),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (entity, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE fiscal_year (
  entity TEXT NOT NULL REFERENCES entity(code),
  year INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (start_date <= end_date),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  PRIMARY KEY (entity, year)
) STRICT, WITHOUT ROWID;
)sql";

// Transactions, postings, tags, lettering and the monthly running totals.
// Amounts are INTEGER cents, dates TEXT 'YYYY-MM-DD'.
constexpr const char* ledger_tables = R"sql(
-- txn and posting carry no foreign keys: Book::check refuses unknown
-- entities, journals, accounts and auxiliaries, the store writes a txn with
-- its postings in one statement sequence, and `verify` reports any dangling
-- reference (SqliteBook::check_references). The per-row lookups cost half
-- of a bulk import's CPU (benchmark at 2.5M postings).
CREATE TABLE txn (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  journal TEXT NOT NULL,
  date TEXT NOT NULL,
  piece_ref TEXT NOT NULL,
  piece_date TEXT NOT NULL,
  label TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'validated')),
  fiscal_year INTEGER,
  sequence INTEGER,
  chain_position INTEGER,
  validation_date TEXT,
  hash TEXT,
  CHECK ((status = 'draft') = (sequence IS NULL)),
  CHECK ((status = 'draft') = (chain_position IS NULL)),
  CHECK ((status = 'draft') = (hash IS NULL))
) STRICT;
-- One index on txn besides its id: the validation order. Sequence numbers
-- are assigned with chain positions, both increasing, so the chain order is
-- also each year's numbering order: the last number of a year is read
-- backwards along this index, and `verify` walks it checking that every
-- year's numbers follow 1, 2, 3... without a gap or a repeat. A unique
-- index on (entity, fiscal_year, sequence) cost a tenth of a bulk import.
CREATE UNIQUE INDEX txn_by_chain ON txn(entity, chain_position);

CREATE TABLE posting (
  id INTEGER PRIMARY KEY,
  txn_id INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  entity TEXT NOT NULL,
  date TEXT NOT NULL,
  account TEXT NOT NULL,
  auxiliary TEXT,
  debit INTEGER NOT NULL CHECK (debit >= 0),
  credit INTEGER NOT NULL CHECK (credit >= 0),
  label TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX posting_by_txn ON posting(txn_id, line_no);
CREATE INDEX posting_by_account ON posting(entity, account, date, txn_id, line_no, debit, credit, auxiliary, label);

CREATE TABLE posting_tag (
  posting_id INTEGER NOT NULL REFERENCES posting(id),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (posting_id, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE lettering (
  posting_id INTEGER PRIMARY KEY REFERENCES posting(id),
  code TEXT NOT NULL,
  date TEXT NOT NULL
) STRICT;
CREATE INDEX lettering_by_code ON lettering(code);

CREATE TABLE account_month_total (
  entity TEXT NOT NULL,
  account TEXT NOT NULL,
  month TEXT NOT NULL,
  debit INTEGER NOT NULL,
  credit INTEGER NOT NULL,
  PRIMARY KEY (entity, account, month)
) STRICT, WITHOUT ROWID;
)sql";

}  // namespace

void migrate_to_v1(Connection& connection) {
  connection.execute(reference_tables, "creating the reference tables");
  connection.execute(ledger_tables, "creating the ledger tables");
  create_triggers_v1(connection);
  connection.execute("PRAGMA application_id = " + std::to_string(comptoir_application_id), "marking the file");
}

}  // namespace comptoir
