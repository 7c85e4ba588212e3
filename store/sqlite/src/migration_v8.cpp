// Schema version 8: the budget of an agreement's action (budget
// prévisionnel, CERFA n° 15059): one row per agreement with its indirect
// rate and comment, and its lines by nature. A budget is replaced whole
// (`grant budget --replace`), in the write scope that records the new one.
// Never edit once released: a later change is a new migration function.
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

// Amounts INTEGER cents; the indirect rate an exact fraction of 1 as text
// ("1/10" for 10 %).
constexpr const char* budget_tables = R"sql(
CREATE TABLE grant_budget (
  grant_code TEXT PRIMARY KEY REFERENCES grant_agreement(code),
  indirect_rate TEXT NOT NULL CHECK (indirect_rate <> ''),
  comment TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE grant_budget_line (
  grant_code TEXT NOT NULL REFERENCES grant_budget(grant_code),
  position INTEGER NOT NULL CHECK (position > 0),
  line TEXT NOT NULL CHECK (line <> ''),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  detail TEXT NOT NULL,
  PRIMARY KEY (grant_code, position),
  UNIQUE (grant_code, line)
) STRICT, WITHOUT ROWID;
)sql";

}  // namespace

void migrate_to_v8(Connection& connection) {
  connection.execute(budget_tables, "creating the grant budget tables (schema version 8)");
}

}  // namespace comptoir
