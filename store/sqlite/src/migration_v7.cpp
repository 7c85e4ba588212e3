// Schema version 7: the fixed-asset register (immobilisations). An asset
// is written once; only its disposal (date and price, together) may be
// recorded later, once. Never edit once released: a later change is a new
// migration function.
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

// Amounts INTEGER cents, dates TEXT 'YYYY-MM-DD'.
constexpr const char* asset_tables = R"sql(
CREATE TABLE fixed_asset (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  entity TEXT NOT NULL REFERENCES entity(code),
  label TEXT NOT NULL,
  account TEXT NOT NULL CHECK (account LIKE '2%'),
  in_service_date TEXT NOT NULL,
  cost_cents INTEGER NOT NULL CHECK (cost_cents > 0),
  life_years INTEGER NOT NULL CHECK (life_years > 0),
  residual_cents INTEGER NOT NULL CHECK (residual_cents >= 0 AND residual_cents < cost_cents),
  disposal_date TEXT CHECK (disposal_date IS NULL OR disposal_date >= in_service_date),
  disposal_price_cents INTEGER CHECK (disposal_price_cents >= 0),
  CHECK ((disposal_date IS NULL) = (disposal_price_cents IS NULL)),
  FOREIGN KEY (entity, account) REFERENCES account(entity, number)
) STRICT, WITHOUT ROWID;
CREATE INDEX fixed_asset_by_entity ON fixed_asset(entity, code);

CREATE TRIGGER fixed_asset_no_update BEFORE UPDATE ON fixed_asset
WHEN OLD.disposal_date IS NOT NULL
  OR NEW.code IS NOT OLD.code OR NEW.entity IS NOT OLD.entity OR NEW.label IS NOT OLD.label
  OR NEW.account IS NOT OLD.account OR NEW.in_service_date IS NOT OLD.in_service_date
  OR NEW.cost_cents IS NOT OLD.cost_cents OR NEW.life_years IS NOT OLD.life_years
  OR NEW.residual_cents IS NOT OLD.residual_cents
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be changed, only its disposal recorded once'); END;
CREATE TRIGGER fixed_asset_no_delete BEFORE DELETE ON fixed_asset
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be deleted: record its disposal'); END;
)sql";

}  // namespace

void migrate_to_v7(Connection& connection) {
  connection.execute(asset_tables, "creating the fixed-asset table (schema version 7)");
}

}  // namespace comptoir
