// Schema version 2: co-financing rules, communes with their flags,
// prestations and their splits between payers; the shipped rules are
// loaded. Never edit once released: a later change is a new migration.
#include <string>

#include "cofinancing/cofinancing_rule.hpp"
#include "cofinancing_rule_insert.hpp"
#include "connection.hpp"
#include "migrations.hpp"
#include "statement.hpp"

namespace comptoir {
namespace {

// Amounts INTEGER cents, rates exact text ("1/2"), dates TEXT 'YYYY-MM-DD'.
constexpr const char* cofinancing_tables = R"sql(
CREATE TABLE cofinancing_rule (
  code TEXT PRIMARY KEY,
  funder TEXT NOT NULL CHECK (funder <> ''),
  funder_name TEXT NOT NULL,
  rate TEXT NOT NULL,
  cap_cents INTEGER NOT NULL CHECK (cap_cents >= 0),
  cap_scope TEXT NOT NULL CHECK (cap_scope IN ('commune', 'prestation', 'commune-year')),
  base TEXT NOT NULL CHECK (base IN ('ht', 'ttc')),
  valid_from TEXT NOT NULL,
  valid_to TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
  eligibility_flag TEXT NOT NULL DEFAULT '',
  priority INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE commune (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE commune_flag (
  commune TEXT NOT NULL REFERENCES commune(code),
  flag TEXT NOT NULL CHECK (flag <> ''),
  PRIMARY KEY (commune, flag)
) STRICT, WITHOUT ROWID;

CREATE TABLE prestation (
  id INTEGER PRIMARY KEY,
  commune TEXT NOT NULL REFERENCES commune(code),
  type TEXT NOT NULL CHECK (type IN ('feasibility', 'recruitment', 'opening-support', 'operation-support')),
  label TEXT NOT NULL,
  price_ht_cents INTEGER NOT NULL CHECK (price_ht_cents > 0),
  vat_rate TEXT NOT NULL,
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('quoted', 'signed', 'delivered', 'invoiced', 'paid'))
) STRICT;
CREATE INDEX prestation_by_commune ON prestation (commune, date, id);

CREATE TABLE prestation_share (
  prestation INTEGER NOT NULL REFERENCES prestation(id),
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  payer TEXT NOT NULL,
  payer_name TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  cap_reached INTEGER NOT NULL CHECK (cap_reached IN (0, 1)),
  txn INTEGER REFERENCES txn(id),
  PRIMARY KEY (prestation, position)
) STRICT, WITHOUT ROWID;
)sql";

void insert_shipped_rules(Connection& connection) {
  Statement insert(connection, insert_cofinancing_rule_sql, false);
  for (const auto& rule : default_cofinancing_rules()) {
    insert_cofinancing_rule(insert, rule, "loading the shipped co-financing rule " + rule.code);
  }
}

}  // namespace

void migrate_to_v2(Connection& connection) {
  connection.execute(cofinancing_tables, "creating the co-financing tables (schema version 2)");
  insert_shipped_rules(connection);
}

}  // namespace comptoir
