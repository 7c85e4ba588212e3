// Schema version 3: Guinguette tours and events, the record of imported
// till days (Z reports), and an index for balances by analytic tag.
// Never edit once released: a later change is a new migration function.
#include <string>

#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

constexpr const char* guinguette_tables = R"sql(
CREATE TABLE guinguette_tour (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO guinguette_tour (code, label) VALUES ('grand-est', 'Grand Est'), ('picardie', 'Picardie');

CREATE TABLE guinguette_event (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  tour TEXT NOT NULL REFERENCES guinguette_tour(code),
  commune TEXT NOT NULL CHECK (commune <> ''),
  participants INTEGER NOT NULL CHECK (participants >= 0),
  local_partners INTEGER NOT NULL CHECK (local_partners >= 0),
  UNIQUE (tour, date)
) STRICT;
CREATE INDEX guinguette_event_by_date ON guinguette_event(date);

CREATE TABLE till_import (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  imported_on TEXT NOT NULL
) STRICT;

CREATE TABLE till_import_day (
  tour TEXT NOT NULL,
  date TEXT NOT NULL,
  import_id INTEGER NOT NULL REFERENCES till_import(id),
  event_id INTEGER NOT NULL UNIQUE REFERENCES guinguette_event(id),
  txn_id INTEGER REFERENCES txn(id),
  z_number TEXT NOT NULL,
  total_ttc INTEGER NOT NULL CHECK (total_ttc >= 0),
  cash INTEGER NOT NULL CHECK (cash >= 0),
  card INTEGER NOT NULL CHECK (card >= 0),
  PRIMARY KEY (tour, date)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER till_import_no_update BEFORE UPDATE ON till_import
BEGIN SELECT RAISE(ABORT, 'an imported till file cannot be changed'); END;
CREATE TRIGGER till_import_no_delete BEFORE DELETE ON till_import
BEGIN SELECT RAISE(ABORT, 'an imported till file cannot be deleted'); END;
CREATE TRIGGER till_import_day_no_update BEFORE UPDATE ON till_import_day
BEGIN SELECT RAISE(ABORT, 'an imported till day cannot be changed'); END;
CREATE TRIGGER till_import_day_no_delete BEFORE DELETE ON till_import_day
BEGIN SELECT RAISE(ABORT, 'an imported till day cannot be deleted'); END;

CREATE INDEX posting_tag_by_key ON posting_tag(key, value, posting_id);
)sql";

}  // namespace

void migrate_to_v3(Connection& connection) {
  connection.execute(guinguette_tables, "creating the Guinguette tables");
}

}  // namespace comptoir
